// The model catalog: the models each provider offers and what they accept; models of your own.
import { plural } from "../../plural";

export default {
  title: "Models",
  intro: "What each model accepts decides what Create offers. Add a model a provider released after this version, with its limits.",
  builtIn: "Built-in models",
  yours: "Your models",
  none: "None yet.",
  provider: "Provider",
  model: "Model",
  accepts: "Accepts",
  /** A model's reference limit, e.g. "up to 14 references". */
  references: (n: number) => plural("en", n, { one: "up to # reference", other: "up to # references" }),
  textOnly: "text only",
  imageSizes: (tiers: string) => `image sizes ${tiers}`,
  fidelity: "input fidelity",
  defaultModel: "default",
  remove: "Remove",
  removeLabel: (id: string) => `Remove ${id}`,
  add: "Add a model",
  id: "Model id",
  idPlaceholder: "e.g. gemini-nano-banana-2.1",
  maxReferences: "Most references per request",
  edits: "Edits images (takes references)",
  tiers: "Image size tiers",
  inputFidelity: "Takes input fidelity",
  sizesNote: "Its sizes follow the provider's other models.",
  added: (id: string) => `${id} added.`,
  /** In Create: a model id not in the list. */
  other: "Other model…",
  otherLabel: "Model id",
  /** In Create: the resolution tier select. */
  tier: "Resolution",
  tierDefault: "The model's default",
  /** In Create: OpenAI's input fidelity. */
  keepDetails: "Keep faces and details of the references",
  keepDetailsHint: "Asks the model to follow the reference images more closely (OpenAI input fidelity: high).",
  /** In Create, when more references are picked than the model takes. */
  tooManyRefs: (model: string, n: number) =>
    plural("en", n, { one: `${model} takes at most # reference image.`, other: `${model} takes at most # reference images.` }),
  noRefs: (model: string) => `${model} makes images from text only; it takes no reference images.`,
  unknown: (model: string) => `${model} is not in the model catalog: the provider's general limits apply. Add it in Settings → Models to set its own.`,
};
