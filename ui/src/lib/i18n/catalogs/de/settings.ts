import type en from "../en/settings";

export default {
  subtitle:
    "Darstellung, Aufbewahrung, Hintergrundbetrieb, Anbieterschlüssel, der überwachte Ordner und wo Ihre Daten liegen.",
  loading: "Wird geladen…",
  notSaved: "Nichts wurde geändert: Die Einstellungen bleiben, wie sie waren.",

  appearance: {
    title: "Darstellung",
    language: "Sprache",
    languageSystem: (name: string) => `Systemsprache (${name})`,
    languageHelp: "Das Fenster wechselt sofort die Sprache.",
    theme: "Design",
    themes: { system: "Wie das System", light: "Hell", dark: "Dunkel" },
  },

  logs: {
    title: "Betriebsprotokoll",
    level: "Detailgrad",
    levels: { error: "Nur Fehler", warn: "Warnungen", info: "Standard", debug: "Fehlersuche" },
    help: "Protokolle enthalten nie Prompts, Schlüssel, Bilder oder Dateinamen. Gilt ab dem nächsten Start.",
  },

  background: {
    title: "Im Hintergrund ausführen",
    help: "Löschungen erfolgen nur pünktlich, solange Seed Studio läuft. Geschlossen läuft es in der Systemleiste weiter (von dort wieder öffnen oder beenden). Läuft es gar nicht, wird alles Abgelaufene gelöscht, sobald es startet – bevor irgendetwas angezeigt wird.",
    closeToTray: "Beim Schließen des Fensters läuft Seed Studio in der Systemleiste weiter",
    startAtLogin: "Seed Studio bei der Anmeldung in der Systemleiste starten",
  },

  lock: {
    title: "App-Sperre",
    help: "Gesperrt zeigt Seed Studio nichts aus dem Tresor an und entfernt seine Schlüssel aus dem Speicher; Löschungen erfolgen weiterhin pünktlich. Sperren Sie mit der Schaltfläche unten in der Seitenleiste oder mit {0}.",
    byVault: "Die Passphrase Ihres Tresors entsperrt sie.",
    newPassphrase: "Neue Sperr-Passphrase…",
    choosePassphrase: "Sperr-Passphrase wählen (mind. 8 Zeichen)…",
    passphraseLabel: "Sperr-Passphrase",
    save: "Speichern",
    remove: "Entfernen",
    saved: "Sperr-Passphrase gespeichert (als Argon2id-Hash).",
    removed: "Sperr-Passphrase entfernt.",
    idle: "Automatisch sperren",
    never: "Nie",
    after: (duration: string) => `Nach ${duration}`,
    lockNow: "Jetzt sperren",
  },

  network: {
    title: "Netzwerk und Anbieter",
    offline: "Offlinemodus",
    offlineHelp: "Nichts verlässt diesen Computer; Aufgaben für Cloud-Anbieter werden abgelehnt.",
    provider: "Anbieter",
    model: "Modell",
    atOnce: "Gleichzeitig",
    preview: "Vorschau vor dem Senden",
    modelOf: (provider: string) => `Modell für ${provider}`,
    atOnceOf: (provider: string) => `Gleichzeitige Aufgaben für ${provider}`,
    showWhatLeaves: "zeigen, was gesendet wird",
    timeout:
      "Ein Anbieter, der nicht innerhalb von {0} antwortet, schlägt mit einer klaren Meldung fehl ({1} in config.toml).",
    previewHelp:
      "Deaktivieren Sie die Vorschau nur für einen Anbieter, dem Sie vertrauen: Seine Aufgaben gehen dann sofort hinaus, wenn Sie auf {0} klicken – weiterhin verkleinert und im Versandprotokoll vermerkt.",
  },

  keys: {
    title: "API-Schlüssel der Anbieter",
    help: "Im Schlüsselbund des Systems gespeichert oder, wenn dieser nicht erreichbar ist, versiegelt im verschlüsselten Tresor. Seed Studio zeigt einen gespeicherten Schlüssel nie wieder an, schreibt ihn nie unverschlüsselt in eine Datei und sendet ihn nur an seinen Anbieter.",
    stored: "Gespeichert",
    storedInVault: "Im Tresor gespeichert",
    fromEnvironment: "Aus der Umgebung",
    notSet: "Nicht festgelegt",
    replace: "Schlüssel ersetzen…",
    paste: "Schlüssel einfügen…",
    keyFor: (provider: string) => `API-Schlüssel für ${provider}`,
    save: "Speichern",
    remove: "Entfernen",
    saved: "Schlüssel im Schlüsselbund des Systems gespeichert.",
    savedInVault:
      "Der Schlüsselbund des Systems ist nicht erreichbar, daher wurde der Schlüssel im verschlüsselten Tresor versiegelt.",
    removed: "Schlüssel entfernt.",
  },

  watch: {
    title: "Überwachter Ordner",
    help: "Neue Fotos, die in diesem Ordner gespeichert werden, werden automatisch importiert, sobald sie fertig kopiert sind (bereits vorhandene Dateien ebenfalls).",
    placeholder: "/home/benutzer/Bilder/Zu importieren",
    pathLabel: "Überwachter Ordner (absoluter Pfad)",
    save: "Speichern",
    stop: "Überwachung beenden",
    deleteAfter:
      "Jede Datei aus dem Ordner löschen, sobald ihre verschlüsselte Kopie zurückgelesen und geprüft wurde",
    osCopies:
      "Das Betriebssystem kann anderswo noch Kopien aufbewahren – im Papierkorb, in Backups oder im Verlauf eines Synchronisierungsdienstes. Löschen hier entfernt nur diese Datei.",
  },

  dataDir: {
    title: "Datenordner",
    help: "Um einen anderen Ordner zu verwenden, starten Sie Seed Studio mit {0} oder setzen Sie {1}.",
    folderArg: "ORDNER",
  },

  retention: {
    title: "Aufbewahrung",
    intro:
      "Wie lange Seed Studio jede Art von Daten auf diesem Computer aufbewahrt, bevor es sie vernichtet (zuerst den Schlüssel, dann die Datei). Zeitspannen wie {0}, {1}, {2} oder {3}.",
    unavailable: "Erstellen oder entsperren Sie den Tresor in der Galerie, um die Aufbewahrung zu sehen und zu ändern.",
    next: (when: string, what: string) => `Nächste Löschung: ${when} – ${what}.`,
    nothingScheduled: "Es ist keine Löschung geplant.",
    fields: {
      originals: {
        label: "Importierte Originale",
        help: "Ab dem Import; sie werden früher gelöscht, sobald die Aufgabe endet, die sie verwendet.",
      },
      outputs: { label: "Erzeugte Bilder", help: "Ab ihrer Erstellung." },
      outputsMax: {
        label: "Längste Aufbewahrung eines erzeugten Bildes",
        help: "Bis hierhin reicht das Verlängern in der Detailansicht.",
      },
      logs: { label: "Betriebsprotokolle", help: "Ab der letzten Zeile jeder Protokolldatei." },
      ledger: { label: "Einträge im Versandprotokoll", help: "Ab dem Zeitpunkt, an dem sie geschrieben wurden." },
    },
    why: {
      originals: "Originale werden nie länger als 24 Stunden aufbewahrt: Das ist das Versprechen.",
      outputs: "Bis zu zehn Jahre.",
      outputsMax: "Auch verlängert bleibt ein Bild höchstens so lange; nicht kürzer als die Frist für erzeugte Bilder.",
      logs: "Betriebsprotokolle werden nie länger als 24 Stunden aufbewahrt.",
      ledger: "Bis zu zehn Jahre.",
    },
    allowed: (min: string, max: string) => `Erlaubt: ${min} bis ${max}.`,
    review: "Änderung prüfen…",
    undo: "Rückgängig",
    deletesNow: (what: string) => `Das Anwenden löscht sofort: ${what}.`,
    cannotUndo: "Dies lässt sich nicht rückgängig machen.",
    nothingNow: "Nichts wird sofort gelöscht; die neuen Fristen gelten für alles Gespeicherte.",
    apply: "Anwenden",
    cancel: "Abbrechen",
    updated: "Aufbewahrung aktualisiert. Alles, was jetzt seine Frist überschritten hat, wird gelöscht.",
  },
} satisfies typeof en;
