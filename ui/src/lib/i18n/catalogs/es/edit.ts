import type en from "../en/edit";

export default {
  open: "Editar una zona…",
  title: "Editar una zona",
  intro:
    "Pinta sobre lo que quieres cambiar. Solo se envía esa parte, con un margen de contexto alrededor; la respuesta se vuelve a colocar en la imagen completa en este equipo, y todos los demás píxeles quedan como están.",
  prompt: "Qué cambiar ahí",
  promptPlaceholder: "p. ej., una bicicleta roja apoyada en la pared",
  provider: "Proveedor",
  margin: "Contexto alrededor de la parte pintada",
  marginValue: (percent: string) => `${percent} de su tamaño por cada lado`,
  wholeImage: "Enviar la imagen completa",
  wholeImageHint:
    "Algunas ediciones necesitan ver la imagen entera (para igualar su luz o su estilo). La máscara sigue decidiendo qué cambia, pero toda la foto sale de este equipo.",
  preview: "Ver qué se enviará",
  share: (percent: string) => `Sale el ${percent} de la foto; el resto se queda en este equipo.`,
  partAlt: "La parte de la foto que se envía",
  maskAlt: "La máscara que se envía con ella (solo su forma)",
  coversAll:
    "La máscara cubre toda la imagen, así que se enviaría la imagen completa. ¿Enviarla de todos modos o pintar menos?",
  sendWhole: "Enviar la imagen completa",
  paintLess: "Pintar menos",
  queued: "La edición está en camino. El resultado aparecerá en la galería, junto al original, cuando vuelva.",
  paintFirst: "Primero pinta sobre la parte que quieres cambiar.",
  sourceGone: "La imagen sobre la que se hizo esta edición se ha eliminado, así que no se puede volver a editar.",
} satisfies typeof en;
