import type en from "../en/edit";

export default {
  open: "Bereich bearbeiten…",
  title: "Bereich bearbeiten",
  intro:
    "Malen Sie über das, was geändert werden soll. Nur dieser Teil wird gesendet, mit einem Rand als Kontext ringsum; die Antwort wird auf diesem Computer wieder in das vollständige Bild eingesetzt, und alle anderen Pixel bleiben unverändert.",
  prompt: "Was dort geändert werden soll",
  promptPlaceholder: "z. B. ein rotes Fahrrad, das an der Wand lehnt",
  provider: "Anbieter",
  margin: "Kontext um den bemalten Teil",
  marginValue: (percent: string) => `${percent} seiner Größe auf jeder Seite`,
  wholeImage: "Das ganze Bild senden",
  wholeImageHint:
    "Manche Bearbeitungen müssen das ganze Bild sehen (um sein Licht oder seinen Stil zu treffen). Die Maske bestimmt weiterhin, was sich ändert, aber das gesamte Foto verlässt diesen Computer.",
  preview: "Ansehen, was gesendet wird",
  share: (percent: string) => `${percent} des Fotos verlassen diesen Computer; der Rest bleibt hier.`,
  partAlt: "Der Teil des Fotos, der gesendet wird",
  maskAlt: "Die mitgesendete Maske (nur ihre Form)",
  coversAll:
    "Die Maske bedeckt das ganze Bild, daher würde das ganze Bild gesendet. Trotzdem senden oder weniger übermalen?",
  sendWhole: "Das ganze Bild senden",
  paintLess: "Weniger übermalen",
  queued:
    "Die Bearbeitung ist unterwegs. Das Ergebnis erscheint in der Galerie neben dem Original, sobald es zurückkommt.",
  paintFirst: "Übermalen Sie zuerst den Teil, der geändert werden soll.",
  sourceGone: "Das Bild, an dem diese Bearbeitung vorgenommen wurde, ist gelöscht; sie lässt sich nicht wiederholen.",
} satisfies typeof en;
