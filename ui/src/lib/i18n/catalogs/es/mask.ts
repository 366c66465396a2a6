import type en from "../en/mask";

export default {
  title: "Zona de edición",
  tools: "Herramientas de máscara",
  brush: "Pincel",
  eraser: "Borrador",
  size: "Tamaño",
  hardness: "Dureza",
  invert: "Invertir",
  clear: "Borrar todo",
  undo: "Deshacer",
  redo: "Rehacer",
  zoomIn: "Acercar",
  zoomOut: "Alejar",
  fit: "Ajustar",
  canvasLabel:
    "Imagen: pinta sobre la parte que quieres cambiar. B pincel, E borrador, [ y ] tamaño del pincel; desplázate o pulsa + y − para hacer zoom; mantén pulsada la barra espaciadora y arrastra, o usa las teclas de flecha, para moverte",
  coverage: (percent: string) => `Seleccionado: ${percent} de la imagen`,
  empty: "Aún no hay nada seleccionado: pinta sobre la parte de la imagen que quieres cambiar.",
} satisfies typeof en;
