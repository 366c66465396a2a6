import type en from "../en/privacy";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

const n = (x: number) => formatNumber("de", x);
const images = (x: number) => plural("de", x, { one: "# Bild", other: "# Bilder" });
const tasks = (x: number) => plural("de", x, { one: "# Aufgabe", other: "# Aufgaben" });
const entries = (x: number) => plural("de", x, { one: "# Eintrag im Versandprotokoll", other: "# Einträge im Versandprotokoll" });

export default {
  subtitle: "Was gespeichert ist, wo, wer es erhalten darf – und alles, was dieses Gerät verlassen hat.",

  notices: {
    exported: (i: number, t: number, e: number, path: string) =>
      `Exportiert: ${images(i)}, ${tasks(t)} und ${entries(e)} nach ${path}`,
    backedUp: (i: number, t: number, e: number, path: string) =>
      `Gesichert: ${images(i)}, ${tasks(t)} und ${entries(e)} in ${path}`,
    restored: (originals: number, outputs: number, t: number, duplicates: number) =>
      `Wiederhergestellt: ${plural("de", originals, { one: "# Original", other: "# Originale" })}, ${plural("de", outputs, { one: "# erzeugtes Bild", other: "# erzeugte Bilder" })} und ${tasks(t)}; ${plural("de", duplicates, { one: "# Bild war", other: "# Bilder waren" })} schon vorhanden.`,
    taskDeleted: (files: number, e: number) =>
      `Aufgabe gelöscht, mit ${plural("de", files, { one: "# gespeicherten Datei", other: "# gespeicherten Dateien" })} samt Schlüsseln und ${plural("de", e, { one: "# Eintrag im Versandprotokoll", other: "# Einträgen im Versandprotokoll" })}.`,
    stopped: {
      export: "Der Export wurde abgebrochen.",
      backup: "Die Sicherung wurde abgebrochen.",
      restore: "Die Wiederherstellung wurde abgebrochen.",
    },
    diagnosticsCopied:
      "Diagnosedaten in die Zwischenablage kopiert. Sie enthalten keine Schlüssel, Prompts, Dateinamen oder Pfade Ihres Benutzerordners.",
  },

  inventory: {
    title: "Was gespeichert ist",
    kinds: {
      original: "Originale",
      output: "Erzeugte Bilder",
      thumbnail: "Vorschaubilder",
    },
    ledgerEntries: "Einträge im Versandprotokoll",
    logFiles: "Betriebsprotokoll-Dateien",
    oldest: (date: string) => `Ältester Eintrag: ${date}.`,
    nextDeletion: (date: string, what: string) => `Nächste Löschung am ${date}: ${what}.`,
    nothingScheduled: "Es ist keine Löschung geplant.",
    nothing: "nichts",
    originals: (x: number) => plural("de", x, { one: "# Original", other: "# Originale" }),
    outputs: (x: number) => plural("de", x, { one: "# erzeugtes Bild", other: "# erzeugte Bilder" }),
    thumbnails: (x: number) => plural("de", x, { one: "# Vorschaubild", other: "# Vorschaubilder" }),
    protectedByPassphrase: (objectCipher: string, indexCipher: string) =>
      `Schutz: Bilder versiegelt mit ${objectCipher}; Index verschlüsselt mit ${indexCipher}; Hauptschlüssel versiegelt durch Ihre Passphrase (Argon2id).`,
    protectedByKeyring: (objectCipher: string, indexCipher: string) =>
      `Schutz: Bilder versiegelt mit ${objectCipher}; Index verschlüsselt mit ${indexCipher}; Hauptschlüssel im Schlüsselbund des Systems.`,
  },

  export: {
    title: "Exportieren",
    zip: "als eine .zip-Datei",
    strip: "eingebettete Metadaten entfernen (EXIF, XMP, C2PA)",
    all: "Alles exportieren",
    saveAs: "Speichern unter…",
    where:
      "Exporte landen in `Pictures/Seed Studio exports` (oder wo Sie es mit „Speichern unter…“ wählen): entschlüsselte Bilder unter lesbaren Namen und eine `manifest.json`, die Aufgaben, Prompts, Anbieter und das Versandprotokoll beschreibt.",
  },

  progress: {
    export: (done: number, total: number) => `Exportiere ${n(done)} von ${n(total)}…`,
    backup: (done: number, total: number) => `Sichere ${n(done)} von ${n(total)}…`,
    restore: (done: number, total: number) => `Stelle ${n(done)} von ${n(total)} wieder her…`,
  },

  backup: {
    title: "Verschlüsselte Sicherung",
    about:
      "Eine Datei mit allen Bildern, Aufgaben und Einträgen des Versandprotokolls, versiegelt mit einer Passphrase (im offenen Format `age`), um Ergebnisse über ihre Aufbewahrungsfrist hinaus zu behalten oder auf einen anderen Computer umzuziehen. Ohne die Passphrase kann niemand sie öffnen – auch Sie nicht. Beim Wiederherstellen kommen Bilder und Aufgaben zurück in diesen Tresor; was schon vorhanden ist, wird übersprungen.",
    passphrase: "Passphrase der Sicherung",
    again: "Zum Sichern wiederholen",
    againLabel: "Passphrase der Sicherung wiederholen",
    make: "Sicherung erstellen…",
    restore: "Sicherung wiederherstellen…",
    restoreNeedsPassphrase: "Geben Sie zuerst die Passphrase der Sicherung ein",
    tooShort: (min: number) =>
      `Eine Passphrase für die Sicherung braucht mindestens ${plural("de", min, { one: "# Zeichen", other: "# Zeichen" })}.`,
    differ: "Die beiden Passphrasen stimmen nicht überein.",
  },

  lookup: {
    title: "Aufgabe nachschlagen",
    placeholder: "Aufgaben-ID einfügen",
    label: "Aufgaben-ID",
    show: "Anzeigen",
    thisDevice: "dieses Gerät",
    reference: "Referenz",
    result: "Ergebnis",
    until: (date: string) => `bis ${date}`,
    kept: "dauerhaft",
    summary: (requests: number, changes: number) =>
      `${plural("de", requests, { one: "# Anfrage", other: "# Anfragen" })} gesendet; ${plural("de", changes, { one: "# Statuswechsel", other: "# Statuswechsel" })} aufgezeichnet.`,
    exportTask: "Diese Aufgabe exportieren",
    deleteTask: "Diese Aufgabe löschen…",
    deleteConfirm: (i: number, e: number) =>
      `Dies löscht ${images(i)} samt Vorschaubildern und Schlüsseln, ${entries(e)} und den Verlauf der Aufgabe.`,
    keep: "Behalten",
    sentTitle: "Was das Gerät verlassen hat",
    sentShow: "Gesendete Kopie zeigen",
    sentSame: "Auf diesem Gerät aus der Referenz neu erstellt: identisch mit dem Gesendeten (ihr SHA-256 steht im Protokoll).",
    sentDiffers:
      "Auf diesem Gerät neu erstellt, aber nicht identisch mit dem Gesendeten: Eine Einstellung, die sie prägt (das Größenlimit eines Anbieters), hat sich seitdem geändert. Das Protokoll bewahrt, was gesendet wurde.",
    sentGone:
      "Die Referenzen und die gesendeten Kopien wurden mit dem Ende der Aufgabe gelöscht; das Protokoll bewahrt Größe, Stufen und SHA-256 jedes Teils (oben).",
  },

  location: {
    title: "Wo Ihre Daten liegen",
    noTelemetry: "Nirgendwo sonst wird etwas gespeichert. Es werden niemals Telemetriedaten erhoben.",
  },

  keys: {
    title: "Schlüssel",
    working: "funktioniert",
    unreachable: "nicht erreichbar",
    checking: "Wird geprüft…",
    about: "API-Schlüssel der Anbieter liegen im Schlüsselbund des Systems (oder, wenn er nicht erreichbar ist, versiegelt im passphrasengeschützten Tresor), niemals in unverschlüsselten Dateien oder Protokollen.",
  },

  consents: {
    title: "Wer Ihre Bilder erhalten darf",
    about: "Ohne Ihre Einwilligung wird nichts an einen Anbieter gesendet. Ein Widerruf stoppt neue Anfragen sofort.",
    none: "Kein Anbieter hat Ihre Einwilligung. Sie werden gefragt, wenn Sie zum ersten Mal an einen senden.",
    allowedSince: (date: string) => `erlaubt seit ${date}`,
    notAllowed: "nicht erlaubt",
    withdraw: "Widerrufen",
    allow: "Erlauben",
  },

  troubleshooting: {
    title: "Fehlerbehebung",
    about:
      "Das Betriebsprotokoll der letzten 24 Stunden hält fest, was geschah (Aktionen, Anbieter, Ergebnisse, Fehler) – niemals Prompts, Schlüssel, Bilder oder Dateinamen. Die Diagnose ergänzt Versionen und Einstellungen, für einen Fehlerbericht.",
    showLog: "Protokoll anzeigen",
    copyDiagnostics: "Diagnose kopieren",
    logLabel: "Betriebsprotokoll",
    diagnosticsLabel: "Diagnose",
    omitted: (x: number) => `… ${plural("de", x, { one: "# frühere Zeile", other: "# frühere Zeilen" })}`,
    empty: "Das Protokoll ist leer.",
  },

  erase: {
    title: "Alles löschen",
    about:
      "Vernichtet den Hauptschlüssel des Tresors (damit nichts Gespeichertes mehr gelesen werden kann) und löscht dann alle Bilder, Vorschaubilder, den Index, das Versandprotokoll, die Protokolle und Einstellungen, widerruft jede Einwilligung und entfernt die API-Schlüssel der Anbieter aus dem Schlüsselbund. Seed Studio startet danach wie neu. Das lässt sich nicht rückgängig machen; exportieren Sie vorher, wenn Sie eine Kopie möchten.",
    howTo: "Geben Sie zur Bestätigung das englische Wort ERASE in Großbuchstaben ein.",
    placeholder: "ERASE eingeben",
    label: "Zur Bestätigung ERASE eingeben",
    button: "Alles löschen",
    erasing: "Wird gelöscht…",
  },

  ledger: {
    title: "Versandprotokoll",
    emptyTitle: "Nichts hat dieses Gerät verlassen",
    emptyBody:
      "Jede Anfrage an einen KI-Anbieter wird hier festgehalten: welcher Anbieter, wann, für welche Aufgabe und für jedes Bild Größe, Abmessungen und Fingerabdruck – so sehen Sie genau, was gesendet wurde.",
    provider: "Anbieter",
    allProviders: "Alle Anbieter",
    filter: "Filtern",
    filterPlaceholder: "Aufgaben-ID, Host oder Bild-Fingerabdruck",
    shown: (shown: number, total: number) => `${n(shown)} von ${plural("de", total, { one: "# Anfrage", other: "# Anfragen" })}`,
    when: "Wann",
    to: "An",
    what: "Was",
    answer: "Antwort",
    task: "Aufgabe",
    promptChars: (x: number) => plural("de", x, { one: "# Zeichen Prompt", other: "# Zeichen Prompt" }),
    noAnswer: "keine Antwort",
    openTask: "Diese Aufgabe unter „Aufgaben“ zeigen",
  },
} satisfies typeof en;
