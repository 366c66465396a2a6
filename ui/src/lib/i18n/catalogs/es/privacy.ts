import type en from "../en/privacy";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

const n = (x: number) => formatNumber("es", x);
const images = (x: number) => plural("es", x, { one: "# imagen", other: "# imágenes" });
const tasks = (x: number) => plural("es", x, { one: "# tarea", other: "# tareas" });
const entries = (x: number) => plural("es", x, { one: "# entrada del registro de envíos", other: "# entradas del registro de envíos" });

export default {
  subtitle: "Qué se guarda, dónde, quién puede recibirlo y todo lo que ha salido de este dispositivo.",

  notices: {
    exported: (i: number, t: number, e: number, path: string) =>
      `Exportación lista: ${images(i)}, ${tasks(t)} y ${entries(e)} en ${path}`,
    backedUp: (i: number, t: number, e: number, path: string) =>
      `Copia de seguridad lista: ${images(i)}, ${tasks(t)} y ${entries(e)} en ${path}`,
    restored: (originals: number, outputs: number, t: number, duplicates: number) =>
      `Restauración lista: ${plural("es", originals, { one: "# original", other: "# originales" })}, ${plural("es", outputs, { one: "# imagen generada", other: "# imágenes generadas" })} y ${tasks(t)}; ${plural("es", duplicates, { one: "# imagen ya estaba", other: "# imágenes ya estaban" })} aquí.`,
    taskDeleted: (files: number, e: number) =>
      `Tarea eliminada, junto con ${plural("es", files, { one: "# archivo guardado", other: "# archivos guardados" })} con sus claves y ${entries(e)}.`,
    stopped: {
      export: "La exportación se detuvo.",
      backup: "La copia de seguridad se detuvo.",
      restore: "La restauración se detuvo.",
    },
    diagnosticsCopied:
      "Diagnóstico copiado al portapapeles. No contiene claves, instrucciones, nombres de archivo ni rutas de tu carpeta personal.",
  },

  inventory: {
    title: "Qué se guarda",
    kinds: {
      original: "Originales",
      output: "Imágenes generadas",
      thumbnail: "Miniaturas",
    },
    ledgerEntries: "Entradas del registro de envíos",
    logFiles: "Archivos del registro de actividad",
    oldest: (date: string) => `Elemento más antiguo: ${date}.`,
    nextDeletion: (date: string, what: string) => `Próxima eliminación el ${date}: ${what}.`,
    nothingScheduled: "No hay ninguna eliminación programada.",
    nothing: "nada",
    originals: (x: number) => plural("es", x, { one: "# original", other: "# originales" }),
    outputs: (x: number) => plural("es", x, { one: "# imagen generada", other: "# imágenes generadas" }),
    thumbnails: (x: number) => plural("es", x, { one: "# miniatura", other: "# miniaturas" }),
    protectedByPassphrase: (objectCipher: string, indexCipher: string) =>
      `Protección: imágenes selladas con ${objectCipher}; el índice, cifrado con ${indexCipher}; la clave maestra, sellada con tu frase de contraseña (Argon2id).`,
    protectedByKeyring: (objectCipher: string, indexCipher: string) =>
      `Protección: imágenes selladas con ${objectCipher}; el índice, cifrado con ${indexCipher}; la clave maestra, en el llavero del sistema.`,
  },

  export: {
    title: "Exportar",
    zip: "en un solo archivo .zip",
    strip: "quitar los metadatos incrustados (EXIF, XMP, C2PA)",
    all: "Exportar todo",
    saveAs: "Guardar como…",
    where:
      "Las exportaciones van a `Pictures/Seed Studio exports` (o adonde elijas con Guardar como…): imágenes descifradas con nombres legibles y un `manifest.json` que describe las tareas, instrucciones, proveedores y el registro de envíos.",
  },

  progress: {
    export: (done: number, total: number) => `Exportando ${n(done)} de ${n(total)}…`,
    backup: (done: number, total: number) => `Haciendo la copia de seguridad: ${n(done)} de ${n(total)}…`,
    restore: (done: number, total: number) => `Restaurando ${n(done)} de ${n(total)}…`,
  },

  backup: {
    title: "Copia de seguridad cifrada",
    about:
      "Un solo archivo con todas las imágenes, tareas y entradas del registro de envíos, sellado con una frase de contraseña (el formato abierto `age`), para conservar resultados más allá de su plazo de conservación o pasarlos a otro ordenador. Sin la frase de contraseña nadie puede abrirlo, ni siquiera tú. Al restaurar, las imágenes y tareas vuelven a esta bóveda y se omite lo que ya está aquí.",
    passphrase: "Frase de contraseña de la copia",
    again: "Repítela para crear la copia",
    againLabel: "Repite la frase de contraseña de la copia",
    make: "Crear una copia de seguridad…",
    restore: "Restaurar una copia de seguridad…",
    restoreNeedsPassphrase: "Escribe primero la frase de contraseña de la copia",
    tooShort: (min: number) =>
      `La frase de contraseña de la copia necesita al menos ${plural("es", min, { one: "# carácter", other: "# caracteres" })}.`,
    differ: "Las dos frases de contraseña no coinciden.",
  },

  lookup: {
    title: "Buscar una tarea",
    placeholder: "Pega el ID de una tarea",
    label: "ID de la tarea",
    show: "Mostrar",
    thisDevice: "este dispositivo",
    reference: "referencia",
    result: "resultado",
    until: (date: string) => `hasta el ${date}`,
    kept: "se conserva",
    summary: (requests: number, changes: number) =>
      `${plural("es", requests, { one: "# solicitud enviada", other: "# solicitudes enviadas" })}; ${plural("es", changes, { one: "# cambio de estado registrado", other: "# cambios de estado registrados" })}.`,
    exportTask: "Exportar esta tarea",
    deleteTask: "Eliminar esta tarea…",
    deleteConfirm: (i: number, e: number) =>
      `Esto eliminará ${images(i)} con sus miniaturas y claves, ${entries(e)} y el historial de la tarea.`,
    keep: "Conservar",
    sentTitle: "Lo que salió del dispositivo",
    sentShow: "Mostrar lo que se envió",
    sentSame: "Reconstruida en este dispositivo a partir de la referencia: idéntica a lo que se envió (su SHA-256 está en el registro).",
    sentDiffers:
      "Reconstruida en este dispositivo, pero no idéntica a lo que se envió: un ajuste que le da forma (el límite de tamaño de un proveedor) cambió desde entonces. El registro guarda lo que salió.",
    sentGone:
      "Las referencias y las copias enviadas se borraron al terminar la tarea; el registro guarda el tamaño, los niveles y el SHA-256 de cada parte (arriba).",
  },

  location: {
    title: "Dónde están tus datos",
    noTelemetry: "No se escribe nada en ningún otro sitio. Nunca se recopila telemetría.",
  },

  keys: {
    title: "Claves",
    working: "funciona",
    unreachable: "no accesible",
    checking: "Comprobando…",
    about: "Las claves de API de los proveedores se guardan en el llavero del sistema (o, si no está disponible, selladas dentro de la bóveda protegida con frase de contraseña), nunca en archivos sin cifrar ni en registros.",
  },

  consents: {
    title: "Quién puede recibir tus imágenes",
    about: "No se envía nada a un proveedor sin tu consentimiento. Si lo retiras, las nuevas solicitudes se detienen al instante.",
    none: "Ningún proveedor tiene tu consentimiento. Se te preguntará la primera vez que envíes algo a uno.",
    allowedSince: (date: string) => `permitido desde el ${date}`,
    notAllowed: "no permitido",
    withdraw: "Retirar",
    allow: "Permitir",
  },

  troubleshooting: {
    title: "Solución de problemas",
    about:
      "El registro de actividad de las últimas 24 horas anota lo que ocurrió (acciones, proveedores, resultados, errores) y nunca instrucciones, claves, imágenes ni nombres de archivo. El diagnóstico añade versiones y ajustes, para informar de un error.",
    showLog: "Mostrar el registro",
    copyDiagnostics: "Copiar diagnóstico",
    logLabel: "Registro de actividad",
    diagnosticsLabel: "Diagnóstico",
    omitted: (x: number) => `… ${plural("es", x, { one: "# línea anterior", other: "# líneas anteriores" })}`,
    empty: "El registro está vacío.",
  },

  erase: {
    title: "Borrar todo",
    about:
      "Destruye la clave maestra de la bóveda (así nada de lo guardado podrá volver a leerse) y luego elimina todas las imágenes, miniaturas, el índice, el registro de envíos, los registros de actividad y los ajustes, retira todos los consentimientos y quita del llavero las claves de API de los proveedores. Después, Seed Studio empieza como nuevo. No se puede deshacer; exporta antes si quieres una copia.",
    howTo: "Para confirmar, escribe la palabra ERASE en mayúsculas (en inglés, tal cual).",
    placeholder: "Escribe ERASE",
    label: "Escribe ERASE para confirmar",
    button: "Borrar todo",
    erasing: "Borrando…",
  },

  ledger: {
    title: "Registro de envíos",
    emptyTitle: "Nada ha salido de este dispositivo",
    emptyBody:
      "Cada solicitud a un proveedor de IA queda registrada aquí: a qué proveedor, cuándo, para qué tarea y, de cada imagen, su tamaño, dimensiones y huella, para que veas exactamente qué se envió.",
    provider: "Proveedor",
    allProviders: "Todos los proveedores",
    filter: "Filtrar",
    filterPlaceholder: "ID de tarea, host o huella de imagen",
    shown: (shown: number, total: number) =>
      `${n(shown)} de ${plural("es", total, { one: "# solicitud", other: "# solicitudes" })}`,
    when: "Cuándo",
    to: "Destino",
    what: "Qué",
    answer: "Respuesta",
    task: "Tarea",
    promptChars: (x: number) => plural("es", x, { one: "# carácter de instrucción", other: "# caracteres de instrucción" }),
    noAnswer: "sin respuesta",
    openTask: "Ver esta tarea en Tareas",
  },
} satisfies typeof en;
