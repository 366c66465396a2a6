import type en from "../en/help";

export default {
  improve: "Prompt verbessern",
  improveHint: "Ein Textmodell schreibt Ihren Prompt ausführlicher um; Sie vergleichen beide, bevor sich etwas ändert.",
  textModel: "Textmodell",
  expand: "Auf diesem Gerät erweitern",
  expandHint: "Ergänzt eine kurze Idee um Bildaufbau, Licht, Farben und Details – auf Englisch und ohne Netzwerk.",
  waiting: (provider: string) => `Warten auf ${provider}…`,
  stopWaiting: "Nicht mehr warten",

  compare: "Ihr Prompt und der Vorschlag",
  yours: "Ihr Prompt",
  suggestedBy: (provider: string) => `Vorschlag von ${provider}`,
  expanded: "Auf diesem Gerät erweitert",
  useNew: "Neuen Prompt übernehmen",
  keepMine: "Meinen behalten",

  sendsText: (provider: string) => `An ${provider} wird nur der Text Ihres Prompts gesendet, keine Bilder.`,
  sendsImage: (provider: string) =>
    `An ${provider} wird nur eine verkleinerte Kopie dieses Bildes gesendet (ohne Metadaten, herunterskaliert) – weder der Prompt noch andere Bilder.`,
  consentNeeded: (provider: string) => `Sie haben das Senden an ${provider} noch nicht erlaubt.`,
  consentBody:
    "Damit erteilen Sie dieselbe Einwilligung, die „Erstellen“ vor dem Senden erfragt; Sie können sie jederzeit auf der Seite „Datenschutz“ widerrufen. Jede Anfrage wird im Versandprotokoll festgehalten.",
  allow: "Erlauben und fragen",
  offlineExpand:
    "Mit den Vorlagen lässt sich Ihre Idee trotzdem auf diesem Gerät zu einem vollständigen Prompt erweitern – ganz ohne Netzwerk.",
  offlineDescribe:
    "Zum Beschreiben eines Bildes braucht es einen Anbieter: Schalten Sie den Offlinemodus in den Einstellungen aus, um einen zu fragen.",
  missingKey: (provider: string, shortcut: string) =>
    `Fügen Sie in den Einstellungen (${shortcut}) einen API-Schlüssel für ${provider} hinzu, oder wählen Sie das andere Textmodell.`,

  describe: "Dieses Bild beschreiben",
  describeHint: "Ein Textmodell schreibt den Prompt, mit dem sich dieses Bild nachbilden ließe.",
  described: (provider: string) => `Prompt-Vorschlag von ${provider}`,
  copy: "Kopieren",
  copied: "Kopiert.",
  useInCreate: "In „Erstellen“ verwenden",
} satisfies typeof en;
