import type en from "../en/mask";

// French puts a no-break space before ":" and ";" (written \u00a0 here).
export default {
  title: "Zone à modifier",
  tools: "Outils de masque",
  brush: "Pinceau",
  eraser: "Gomme",
  size: "Taille",
  hardness: "Dureté",
  invert: "Inverser",
  clear: "Tout effacer",
  undo: "Annuler",
  redo: "Rétablir",
  zoomIn: "Zoom avant",
  zoomOut: "Zoom arrière",
  fit: "Ajuster",
  canvasLabel:
    "Image\u00a0: peignez la partie à modifier. B pinceau, E gomme, [ et ] taille du pinceau\u00a0; faites défiler ou appuyez sur + et − pour zoomer\u00a0; maintenez Espace enfoncée et faites glisser, ou utilisez les flèches, pour vous déplacer",
  coverage: (percent: string) => `Sélection\u00a0: ${percent} de l’image`,
  empty: "Rien n’est sélectionné pour l’instant\u00a0: peignez la partie de l’image à modifier.",
} satisfies typeof en;
