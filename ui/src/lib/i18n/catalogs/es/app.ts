import type en from "../en/app";
import { plural } from "../../plural";

export default {
  sections: {
    gallery: "Galería",
    create: "Crear",
    idphoto: "Foto de carné",
    tasks: "Tareas",
    privacy: "Privacidad",
    settings: "Ajustes",
  },
  nav: {
    label: "Secciones",
    lock: "Bloquear",
    about: "Acerca de",
    local: "Solo local",
    localTitle: "Las imágenes y las claves se quedan en este dispositivo",
  },
  keyringBanner: (detail: string | null) =>
    `No se puede acceder al llavero del sistema${detail ? ` (${detail})` : ""}. Protege la bóveda con una frase de contraseña; así, las claves de API de los proveedores se guardan selladas dentro de la bóveda.`,
  fatal: {
    title: "Seed Studio no puede abrir tus datos",
    help: (file: string) =>
      `No se ha cambiado ni borrado nada. Corrige o elimina ${file} en la carpeta de datos y vuelve a iniciar Seed Studio.`,
  },
  about: {
    title: "Acerca de Seed Studio",
    tagline: "Tus fotos son tuyas: las imágenes y las claves se quedan cifradas en este dispositivo.",
    version: "Versión",
    dataFolder: "Carpeta de datos",
    settingsFile: "Archivo de ajustes",
    notCreatedYet: "aún no creado, se usan los valores predeterminados",
    logs: "Registros",
    keyring: "Llavero",
    keyringWorking: "funciona",
    keyringNotReachable: "no accesible",
    vault: "Bóveda",
    vaultNone: "todavía no hay",
    vaultStates: { open: "abierta", locked: "bloqueada", error: "con errores", none: "ninguna" },
    vaultInKeyring: (state: string) => `clave en el llavero del sistema, ${state}`,
    vaultByPassphrase: (state: string) => `protegida con frase de contraseña, ${state}`,
    encryption: "Cifrado",
    encryptionImages: (cipher: string) => `imágenes: ${cipher}`,
    encryptionIndex: (sqlcipher: string, sqlite: string) => `índice: SQLCipher ${sqlcipher} (SQLite ${sqlite})`,
    checking: "Comprobando…",
  },
  lock: {
    title: "Seed Studio está bloqueado",
    bodyVaultPassphrase:
      "Tus imágenes y sus claves ya no están en memoria. Los borrados programados se siguen haciendo a tiempo. Escribe la frase de contraseña de la bóveda.",
    bodyLockPassphrase:
      "Tus imágenes y sus claves ya no están en memoria. Los borrados programados se siguen haciendo a tiempo. Escribe la frase de contraseña de bloqueo.",
    passphrase: "Frase de contraseña",
    unlock: "Desbloquear",
    unlocking: "Desbloqueando…",
  },
  vaultSetup: {
    createTitle: "Configura tu bóveda privada",
    unlockTitle: "Desbloquea tu bóveda",
    createIntro:
      "Las fotos que importes se guardan aquí cifradas, cada una con su propia clave, y se borran automáticamente: los originales importados, en 24 horas. La clave maestra de la bóveda no sale de este equipo.",
    unlockIntro:
      "Esta bóveda está protegida con una frase de contraseña. No se puede mostrar nada de su contenido hasta que la escribas.",
    keyQuestion: "¿Dónde debe guardarse la clave?",
    keyInKeyring: "En el llavero del sistema (recomendado: no hay nada que recordar)",
    keyInKeyringUnavailable: "En el llavero del sistema (no accesible en este sistema)",
    keyBehindPassphrase: "Tras una frase de contraseña que elijo yo (si se pierde, la bóveda no se podrá abrir)",
    passphrase: "Frase de contraseña",
    repeat: "Repítela",
    hint: "Al menos 10 caracteres. Abrir tarda alrededor de un segundo: eso es lo que hace lento adivinarla.",
    create: "Crear la bóveda",
    unlock: "Desbloquear",
    working: "Procesando…",
  },
  time: {
    kept: "se conserva hasta que lo borres",
    beingDeleted: "borrándose",
    deletedInMinutes: (n: number) => plural("es", n, { other: "se borra en # min" }),
    deletedInHours: (n: number) => plural("es", n, { other: "se borra en # h" }),
    deletedInDays: (n: number) => plural("es", n, { one: "se borra en # día", other: "se borra en # días" }),
    nothing: "nada",
    originals: (n: number) => plural("es", n, { one: "# original", other: "# originales" }),
    outputs: (n: number) => plural("es", n, { one: "# imagen generada", other: "# imágenes generadas" }),
    thumbnails: (n: number) => plural("es", n, { one: "# miniatura", other: "# miniaturas" }),
    logFiles: (n: number) => plural("es", n, { one: "# archivo de registro", other: "# archivos de registro" }),
    ledgerEntries: (n: number) =>
      plural("es", n, { one: "# entrada del registro de envíos", other: "# entradas del registro de envíos" }),
  },
} satisfies typeof en;
