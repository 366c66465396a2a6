import type en from "../en/create";
import { plural } from "../../plural";

export default {
  subtitle: "Bilder mit dem KI-Anbieter Ihrer Wahl erzeugen und bearbeiten.",

  noVault: {
    title: "Richten Sie zuerst Ihren Tresor ein",
    intro:
      "„Erstellen“ sendet einen Prompt und, falls Sie welche auswählen, verkleinerte Kopien von Referenzfotos an den KI-Anbieter Ihrer Wahl und speichert die Ergebnisse in Ihrem verschlüsselten Tresor.",
    setUp: { before: "Richten Sie den Tresor in der ", after: " ein und kommen Sie dann zurück." },
    decide:
      "Bevor irgendetwas dieses Gerät verlässt, sehen Sie genau, was gesendet würde – ohne Metadaten, verkleinert – und entscheiden selbst.",
  },

  presetsTitle: "Mit einer Vorlage beginnen",
  presetsLabel: "Vorlagen",
  presets: {
    figure: {
      name: "Sammelfigur",
      hint: "Macht aus der Person oder dem Haustier auf einem Foto eine Sammelfigur auf einem Schreibtisch.",
      refs: "Referenzen: 1 Foto des Motivs.",
    },
    product: {
      name: "Produktwerbefoto",
      hint: "Ein sauberes Werbebild eines Produkts aus einem beiläufigen Foto.",
      refs: "Referenzen: 1 Foto des Produkts.",
    },
    style: {
      name: "Stilübertragung",
      hint: "Zeichnet ein Foto im Stil eines zweiten Bildes oder eines genannten Stils neu.",
      refs: "Referenzen: 1 Inhaltsfoto, optional 1 Stilbild.",
    },
    background: {
      name: "Hintergrund tauschen",
      hint: "Das Motiv bleibt, alles dahinter wird ersetzt.",
      refs: "Referenzen: 1 Foto des Motivs.",
    },
  },
  fields: {
    figureStyle: { label: "Art der Figur", placeholder: "PVC-Figur im Maßstab 1:7" },
    base: { label: "Sockel", placeholder: "runder, transparenter Acrylsockel" },
    setting: { label: "Umgebung", placeholder: "Marmortheke in weichem Morgenlicht" },
    mood: { label: "Stimmung", placeholder: "frisch und hochwertig" },
    style: { label: "Stil", placeholder: "lockeres Aquarell mit Tuschekonturen" },
    background: { label: "Neuer Hintergrund", placeholder: "ein ruhiger Strand bei Sonnenuntergang" },
  },

  promptTitle: "Prompt-Text",
  promptPlaceholder: "Beschreiben Sie das gewünschte Bild. Strg+Eingabe erzeugt es.",
  warnings: {
    email: "Der Prompt enthält anscheinend eine E-Mail-Adresse; der Anbieter erhält sie.",
    phone: "Der Prompt enthält anscheinend eine Telefonnummer; der Anbieter erhält sie.",
    address: "Der Prompt enthält anscheinend eine Anschrift; der Anbieter erhält sie.",
    other: "Der Prompt enthält anscheinend personenbezogene Daten; der Anbieter erhält sie.",
  },

  refsTitle: "Referenzbilder",
  picked: (n: number) => plural("de", n, { other: "(# ausgewählt)" }),
  importing: (n: number) =>
    plural("de", n, { one: "# Datei wird importiert…", other: "# Dateien werden importiert…" }),
  noImages:
    "Noch keine Bilder im Tresor. Legen Sie Fotos hier ab oder importieren Sie sie in der Galerie, um sie als Referenzen zu verwenden.",
  dropHint:
    "Legen Sie Dateien hier ab, um sie zu importieren und auszuwählen. Nur verkleinerte Kopien verlassen das Gerät: ohne Metadaten, herunterskaliert, mit zufälligen Namen.",
  imageAlt: "Bild",

  optionsTitle: "Anbieter und Ausgabe",
  provider: "Anbieter",
  model: "Modell",
  size: "Format",
  count: "Anzahl",
  sizes: {
    providerDefault: "Standard des Anbieters",
    square: "Quadratisch 1:1",
    landscape: "Querformat 4:3",
    portrait: "Hochformat 3:4",
    photo: "Foto 3:2",
    photoPortrait: "Foto hochkant 2:3",
    wide: "Breitbild 16:9",
    tall: "Hochkant 9:16",
    cinema: "Kino 21:9",
  },
  generate: "Erzeugen",
  preparing: "Wird vorbereitet…",
  provenance:
    "Ergebnisse behalten die Herkunftsdaten, die der Anbieter einbettet (C2PA, EXIF/XMP); unsichtbare Wasserzeichen wie Googles SynthID sind Teil der Pixel und bleiben erhalten.",

  recentTitle: "Letzte Aufgaben",

  preview: {
    sizeChanged: (model: string, asked: string, sent: string) => `${model} erzeugt kein ${asked}; angefragt wird ${sent}, die nächstliegende Größe, die das Modell anbietet.`,
    title: "Genau das verlässt Ihren Computer",
    to: "An",
    model: "Modell",
    prompt: "Prompt-Text",
    promptChars: (n: number) => plural("de", n, { one: "# Zeichen", other: "# Zeichen" }),
    images: "Bilder",
    none: "keine",
    imageAlt: (n: number) => `Referenz ${n}, wie sie gesendet wird`,
    sentAs: "gesendet als",
    metadata: "Standort, Kameradaten und andere Metadaten sind nicht enthalten; die Pixel wurden neu kodiert.",
    termsLead: (provider: string) => `Was ${provider} nach eigenen Angaben damit macht:`,
    consentNeeded: "Ihre Einwilligung ist erforderlich.",
    consentBody: (scope: string) =>
      `Beim Senden wird sie mit diesem Wortlaut festgehalten: „${scope}“ Sie können sie jederzeit auf der Seite „Datenschutz“ widerrufen.`,
    send: "Senden",
    allowAndSend: "Erlauben und senden",
  },

  terms: {
    gemini:
      "Kostenpflichtige API: Prompts, Bilder und Ergebnisse werden nicht zum Trainieren von Modellen verwendet; sie werden bis zu 55 Tage zur Missbrauchsüberwachung aufbewahrt, und Projekte, die nach dem 2026-10-26 angelegt wurden, speichern Anfragen standardmäßig 55 Tage. Kostenlose Stufe: Daten können zur Verbesserung von Google-Produkten verwendet und von Prüfern gelesen werden.",
    openai:
      "API-Eingaben und -Ausgaben werden standardmäßig nicht zum Training verwendet; sie werden bis zu 30 Tage zur Missbrauchsüberwachung aufbewahrt.",
    seedream:
      "Ark bewahrt Eingaben und Ausgaben gemäß den Bedingungen von BytePlus/Volcengine zur Missbrauchsüberwachung auf; Ergebnisse kommen direkt in der Antwort zurück (nichts wird gehostet).",
    kling:
      "Es gibt keine veröffentlichte API-spezifische Aussage zu Aufbewahrung oder Training; fertige Videos bleiben etwa 30 Tage lang hinter einem Link auf den Servern von Kling. Seed Studio lädt das Video einmal herunter und bewahrt es nur in Ihrem Tresor auf.",
    seedance:
      "Ark bewahrt Eingaben und Ausgaben gemäß den Bedingungen von BytePlus/Volcengine zur Missbrauchsüberwachung auf; das fertige Video wird hinter einem temporären Link (etwa 24 Stunden) gehostet, von dem Seed Studio es einmal in Ihren Tresor herunterlädt.",
  },
  consentScope: (provider: string, terms: string) =>
    `Seed Studio darf ${provider} Ihre Prompts und verkleinerte Kopien der von Ihnen gewählten Referenzbilder (ohne Metadaten, herunterskaliert, mit zufälligen Namen) für die von Ihnen gestarteten Aufgaben senden. ${terms}`,
} satisfies typeof en;
