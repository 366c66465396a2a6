// The mask editor: painting the part of an image an edit may change.

export default {
  title: "Area to edit",
  tools: "Mask tools",
  brush: "Brush",
  eraser: "Eraser",
  size: "Size",
  hardness: "Hardness",
  invert: "Invert",
  clear: "Clear",
  undo: "Undo",
  redo: "Redo",
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  fit: "Fit",
  canvasLabel:
    "Image: paint over the part to change. B brush, E eraser, [ and ] brush size; scroll or press + and − to zoom; hold Space and drag, or use the arrow keys, to pan",
  /** The live share of the image painted, e.g. "12 %" (formatted for the locale). */
  coverage: (percent: string) => `${percent} of the image selected`,
  empty: "Nothing selected yet: paint over the part of the image to change.",
};
