import type en from "../en/models";
import { plural } from "../../plural";

export default {
  title: "Modelos",
  intro:
    "Lo que acepta cada modelo determina lo que ofrece Crear. Añade un modelo que un proveedor haya lanzado después de esta versión, con sus límites.",
  builtIn: "Modelos integrados",
  yours: "Tus modelos",
  none: "Todavía ninguno.",
  provider: "Proveedor",
  model: "Modelo",
  accepts: "Acepta",
  references: (n: number) =>
    plural("es", n, { one: "hasta # imagen de referencia", other: "hasta # imágenes de referencia" }),
  textOnly: "solo texto",
  imageSizes: (tiers: string) => `tamaños de imagen ${tiers}`,
  fidelity: "fidelidad de entrada",
  defaultModel: "predeterminado",
  remove: "Quitar",
  removeLabel: (id: string) => `Quitar ${id}`,
  add: "Añadir un modelo",
  id: "ID del modelo",
  idPlaceholder: "p. ej., gemini-nano-banana-2.1",
  maxReferences: "Máximo de imágenes de referencia por solicitud",
  edits: "Edita imágenes (acepta imágenes de referencia)",
  tiers: "Niveles de tamaño de imagen",
  inputFidelity: "Admite fidelidad de entrada",
  sizesNote: "Sus tamaños son los mismos que los de los demás modelos del proveedor.",
  added: (id: string) => `${id} añadido.`,
  other: "Otro modelo…",
  otherLabel: "ID del modelo",
  tier: "Resolución",
  tierDefault: "La predeterminada del modelo",
  keepDetails: "Conservar las caras y los detalles de las referencias",
  keepDetailsHint:
    "Pide al modelo que siga más fielmente las imágenes de referencia (fidelidad de entrada de OpenAI: alta).",
  tooManyRefs: (model: string, n: number) =>
    plural("es", n, {
      one: `${model} acepta como máximo # imagen de referencia.`,
      other: `${model} acepta como máximo # imágenes de referencia.`,
    }),
  noRefs: (model: string) => `${model} genera imágenes solo a partir de texto; no acepta imágenes de referencia.`,
  unknown: (model: string) =>
    `${model} no está en el catálogo de modelos: se aplican los límites generales del proveedor. Añádelo en Ajustes → Modelos para fijar los suyos.`,
} satisfies typeof en;
