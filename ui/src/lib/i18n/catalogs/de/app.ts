import type en from "../en/app";
import { plural } from "../../plural";

export default {
  sections: {
    gallery: "Galerie",
    create: "Erstellen",
    idphoto: "Passfoto",
    tasks: "Aufgaben",
    privacy: "Datenschutz",
    settings: "Einstellungen",
  },
  nav: {
    label: "Bereiche",
    lock: "Sperren",
    about: "Über",
    local: "Lokal",
    localTitle: "Bilder und Schlüssel bleiben auf diesem Gerät",
  },
  keyringBanner: (detail: string | null) =>
    `Der Schlüsselbund des Systems ist nicht erreichbar${detail ? ` (${detail})` : ""}. Schützen Sie den Tresor stattdessen mit einer Passphrase; die API-Schlüssel der Anbieter werden dann versiegelt im Tresor aufbewahrt.`,
  fatal: {
    title: "Seed Studio kann Ihre Daten nicht öffnen",
    help: (file: string) =>
      `Es wurde nichts geändert oder gelöscht. Korrigieren oder entfernen Sie ${file} im Datenordner und starten Sie Seed Studio dann neu.`,
  },
  about: {
    title: "Über Seed Studio",
    tagline: "Ihre Fotos gehören Ihnen: Bilder und Schlüssel bleiben verschlüsselt auf diesem Gerät.",
    version: "Programmversion",
    dataFolder: "Datenordner",
    settingsFile: "Einstellungsdatei",
    notCreatedYet: "noch nicht angelegt, Standardwerte gelten",
    logs: "Protokolle",
    keyring: "Schlüsselbund",
    keyringWorking: "funktioniert",
    keyringNotReachable: "nicht erreichbar",
    vault: "Tresor",
    vaultNone: "noch keiner",
    vaultStates: { open: "geöffnet", locked: "gesperrt", error: "fehlerhaft", none: "keiner" },
    vaultInKeyring: (state: string) => `Schlüssel im Schlüsselbund des Systems, ${state}`,
    vaultByPassphrase: (state: string) => `durch eine Passphrase geschützt, ${state}`,
    encryption: "Verschlüsselung",
    encryptionImages: (cipher: string) => `Bilder: ${cipher}`,
    encryptionIndex: (sqlcipher: string, sqlite: string) => `Index: SQLCipher ${sqlcipher} (SQLite ${sqlite})`,
    checking: "Wird geprüft…",
  },
  lock: {
    title: "Seed Studio ist gesperrt",
    bodyVaultPassphrase:
      "Ihre Bilder und deren Schlüssel sind nicht mehr im Arbeitsspeicher. Geplante Löschungen finden trotzdem pünktlich statt. Geben Sie die Passphrase des Tresors ein.",
    bodyLockPassphrase:
      "Ihre Bilder und deren Schlüssel sind nicht mehr im Arbeitsspeicher. Geplante Löschungen finden trotzdem pünktlich statt. Geben Sie Ihre Sperr-Passphrase ein.",
    passphrase: "Passphrase eingeben",
    unlock: "Entsperren",
    unlocking: "Wird entsperrt…",
  },
  vaultSetup: {
    createTitle: "Ihren privaten Tresor einrichten",
    unlockTitle: "Ihren Tresor entsperren",
    createIntro:
      "Importierte Fotos werden hier verschlüsselt gespeichert, jedes mit einem eigenen Schlüssel, und automatisch gelöscht: importierte Originale innerhalb von 24 Stunden. Der Hauptschlüssel des Tresors bleibt auf diesem Computer.",
    unlockIntro:
      "Dieser Tresor ist mit einer Passphrase geschützt. Nichts darin kann angezeigt werden, bevor Sie sie eingeben.",
    keyQuestion: "Wo soll der Schlüssel liegen?",
    keyInKeyring: "Im Schlüsselbund des Systems (empfohlen: nichts zu merken)",
    keyInKeyringUnavailable: "Im Schlüsselbund des Systems (auf diesem System nicht erreichbar)",
    keyBehindPassphrase:
      "Hinter einer selbst gewählten Passphrase (geht sie verloren, lässt sich der Tresor nicht mehr öffnen)",
    passphrase: "Passphrase eingeben",
    repeat: "Wiederholen",
    hint: "Mindestens 10 Zeichen. Das Öffnen dauert etwa eine Sekunde – genau das macht das Erraten langsam.",
    create: "Tresor anlegen",
    unlock: "Entsperren",
    working: "Wird bearbeitet…",
  },
  time: {
    kept: "bleibt, bis Sie es löschen",
    beingDeleted: "wird gerade gelöscht",
    deletedInMinutes: (n: number) => plural("de", n, { other: "Löschung in # Min." }),
    deletedInHours: (n: number) => plural("de", n, { other: "Löschung in # Std." }),
    deletedInDays: (n: number) => plural("de", n, { one: "Löschung in # Tag", other: "Löschung in # Tagen" }),
    nothing: "nichts",
    originals: (n: number) => plural("de", n, { one: "# Original", other: "# Originale" }),
    outputs: (n: number) => plural("de", n, { one: "# erzeugtes Bild", other: "# erzeugte Bilder" }),
    thumbnails: (n: number) => plural("de", n, { one: "# Vorschaubild", other: "# Vorschaubilder" }),
    logFiles: (n: number) => plural("de", n, { one: "# Protokolldatei", other: "# Protokolldateien" }),
    ledgerEntries: (n: number) =>
      plural("de", n, { one: "# Eintrag im Versandprotokoll", other: "# Einträge im Versandprotokoll" }),
  },
} satisfies typeof en;
