import type en from "../en/mask";

export default {
  title: "Zu bearbeitender Bereich",
  tools: "Maskenwerkzeuge",
  brush: "Pinsel",
  eraser: "Radierer",
  size: "Größe",
  hardness: "Härte",
  invert: "Umkehren",
  clear: "Alles löschen",
  undo: "Rückgängig",
  redo: "Wiederholen",
  zoomIn: "Vergrößern",
  zoomOut: "Verkleinern",
  fit: "Einpassen",
  canvasLabel:
    "Bild: Malen Sie über den Teil, der geändert werden soll. B Pinsel, E Radierer, [ und ] Pinselgröße; zum Zoomen scrollen oder + und − drücken; zum Verschieben die Leertaste halten und ziehen oder die Pfeiltasten verwenden",
  coverage: (percent: string) => `${percent} des Bildes ausgewählt`,
  empty: "Noch nichts ausgewählt: Malen Sie über den Teil des Bildes, der geändert werden soll.",
} satisfies typeof en;
