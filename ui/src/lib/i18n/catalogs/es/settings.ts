import type en from "../en/settings";

export default {
  subtitle:
    "Apariencia, conservación de datos, funcionamiento en segundo plano, claves de los proveedores, la carpeta vigilada y dónde se guardan tus datos.",
  loading: "Cargando…",
  notSaved: "No se cambió nada: los ajustes siguen como estaban.",

  appearance: {
    title: "Apariencia",
    language: "Idioma",
    languageSystem: (name: string) => `Idioma del sistema (${name})`,
    languageHelp: "La ventana cambia de idioma al instante.",
    theme: "Tema",
    themes: { system: "Según el sistema", light: "Claro", dark: "Oscuro" },
  },

  logs: {
    title: "Registro de actividad",
    level: "Nivel de detalle",
    levels: { error: "Solo errores", warn: "Advertencias", info: "Estándar", debug: "Diagnóstico de problemas" },
    help: "Los registros nunca contienen instrucciones, claves, imágenes ni nombres de archivo. Se aplica en el próximo inicio.",
  },

  background: {
    title: "Funcionamiento en segundo plano",
    help: "Los borrados solo se hacen a tiempo mientras Seed Studio está en marcha. Al cerrarlo, sigue funcionando en la bandeja del sistema (vuelve a abrirlo desde ahí o sal del todo). Si no está en marcha en absoluto, todo lo caducado se borra en cuanto se inicia, antes de mostrar nada.",
    closeToTray: "Al cerrar la ventana, Seed Studio sigue funcionando en la bandeja del sistema",
    startAtLogin: "Iniciar Seed Studio en la bandeja al iniciar sesión",
  },

  lock: {
    title: "Bloqueo de la aplicación",
    help: "Mientras está bloqueado, Seed Studio no muestra nada de la bóveda y borra sus claves de la memoria; los borrados siguen haciéndose a tiempo. Bloquéalo con el botón de la parte inferior de la barra lateral o con {0}.",
    byVault: "Se desbloquea con la frase de contraseña de tu bóveda.",
    newPassphrase: "Nueva frase de contraseña de bloqueo…",
    choosePassphrase: "Elige una frase de contraseña de bloqueo (8 caracteres o más)…",
    passphraseLabel: "Frase de contraseña de bloqueo",
    save: "Guardar",
    remove: "Quitar",
    saved: "Frase de contraseña de bloqueo guardada (como hash Argon2id).",
    removed: "Frase de contraseña de bloqueo quitada.",
    idle: "Bloquear automáticamente",
    never: "Nunca",
    after: (duration: string) => `Tras ${duration}`,
    lockNow: "Bloquear ahora",
  },

  network: {
    title: "Red y proveedores",
    offline: "Modo sin conexión",
    offlineHelp: "Nada sale de este equipo; las tareas para proveedores en la nube se rechazan.",
    provider: "Proveedor",
    model: "Modelo",
    atOnce: "Simultáneas",
    preview: "Vista previa antes de enviar",
    modelOf: (provider: string) => `Modelo de ${provider}`,
    atOnceOf: (provider: string) => `Tareas simultáneas de ${provider}`,
    showWhatLeaves: "mostrar lo que saldrá",
    timeout: "Un proveedor que no responda en {0} falla con un mensaje claro ({1} en config.toml).",
    previewHelp:
      "Desmarca la vista previa solo para un proveedor de confianza: sus tareas saldrán en cuanto pulses {0}, igualmente reducidas y anotadas en el registro de envíos.",
  },

  keys: {
    title: "Claves de API de los proveedores",
    help: "Se guardan en el llavero del sistema o, si no se puede acceder a él, selladas en la bóveda cifrada. Seed Studio nunca vuelve a mostrar una clave guardada, nunca la escribe sin cifrar en un archivo y solo la envía a su proveedor.",
    stored: "Guardada",
    storedInVault: "Guardada en la bóveda",
    fromEnvironment: "Del entorno",
    notSet: "Sin configurar",
    replace: "Reemplazar clave…",
    paste: "Pegar clave…",
    keyFor: (provider: string) => `Clave de API de ${provider}`,
    save: "Guardar",
    remove: "Quitar",
    saved: "Clave guardada en el llavero del sistema.",
    savedInVault: "No se puede acceder al llavero del sistema, así que la clave se selló en la bóveda cifrada.",
    removed: "Clave quitada.",
  },

  watch: {
    title: "Carpeta vigilada",
    help: "Las fotos nuevas que se guarden en esta carpeta se importan automáticamente en cuanto terminan de copiarse (también se importan las que ya están en ella).",
    placeholder: "/home/tu/Imágenes/Para importar",
    pathLabel: "Carpeta vigilada (ruta absoluta)",
    save: "Guardar",
    stop: "Dejar de vigilar",
    deleteAfter: "Borrar cada archivo de la carpeta cuando su copia cifrada se haya vuelto a leer y verificado",
    osCopies:
      "El sistema operativo puede conservar copias en otros lugares: en la papelera, en copias de seguridad o en el historial de un servicio de sincronización. Borrar aquí solo elimina este archivo.",
  },

  dataDir: {
    title: "Carpeta de datos",
    help: "Para usar otra carpeta, inicia Seed Studio con {0} o define {1}.",
    folderArg: "CARPETA",
  },

  retention: {
    title: "Conservación de datos",
    intro:
      "Cuánto tiempo guarda Seed Studio cada tipo de dato en este equipo antes de destruirlo (primero la clave, después el archivo). Duraciones como {0}, {1}, {2} o {3}.",
    unavailable: "Crea o desbloquea la bóveda en la Galería para ver y cambiar la conservación de datos.",
    next: (when: string, what: string) => `Próximo borrado: ${when} — ${what}.`,
    nothingScheduled: "No hay ningún borrado programado.",
    fields: {
      originals: {
        label: "Originales importados",
        help: "Desde la importación; se borran antes, en cuanto termina la tarea que los usa.",
      },
      outputs: { label: "Imágenes generadas", help: "Desde que se crearon." },
      outputsMax: {
        label: "Plazo máximo de una imagen generada",
        help: "Ampliar el plazo desde la vista de detalle llega como mucho hasta aquí.",
      },
      logs: { label: "Registros de actividad", help: "Desde la última línea de cada archivo de registro." },
      ledger: { label: "Entradas del registro de envíos", help: "Desde que se escribió cada una." },
    },
    why: {
      originals: "Los originales nunca se guardan más de 24 horas: esa es la promesa.",
      outputs: "Hasta diez años.",
      outputsMax: "Aunque se amplíe, una imagen se conserva como mucho este tiempo; no menos que el plazo de las imágenes generadas.",
      logs: "Los registros de actividad nunca se guardan más de 24 horas.",
      ledger: "Hasta diez años.",
    },
    allowed: (min: string, max: string) => `Permitido: de ${min} a ${max}.`,
    review: "Revisar el cambio…",
    undo: "Deshacer",
    deletesNow: (what: string) => `Al aplicarlo se borra de inmediato: ${what}.`,
    cannotUndo: "No se puede deshacer.",
    nothingNow: "No se borra nada de inmediato; los nuevos plazos se aplican a todo lo guardado.",
    apply: "Aplicar",
    cancel: "Cancelar",
    updated: "Conservación actualizada. Lo que ya superó su plazo se está borrando.",
  },
} satisfies typeof en;
