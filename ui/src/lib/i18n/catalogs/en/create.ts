// The Create section: prompt, presets, references, provider options and the send preview.
import { plural } from "../../plural";

export default {
  subtitle: "Generate and edit images with the AI provider you choose.",

  noVault: {
    title: "Set up your vault first",
    intro:
      "Create sends a prompt and, if you pick them, minimized copies of reference photos to the AI provider you choose, and stores the results in your encrypted vault.",
    /** Around the Gallery section's name (app.sections.gallery), shown in bold. */
    setUp: { before: "Set the vault up in the ", after: ", then come back." },
    decide:
      "Before anything leaves this device you will see exactly what would be sent — metadata removed, downscaled — and decide.",
  },

  presetsTitle: "Start from a preset",
  presetsLabel: "Presets",
  /** What the window shows about each preset of ui/src/lib/presets.ts (the templates stay English). */
  presets: {
    figure: {
      name: "Character figure",
      hint: "Turn the person or pet in a photo into a collectible figure on a desk.",
      refs: "References: 1 photo of the subject.",
    },
    product: {
      name: "Product ad shot",
      hint: "A clean advertising image of a product from a casual photo.",
      refs: "References: 1 photo of the product.",
    },
    style: {
      name: "Style transfer",
      hint: "Redraw a photo in the style of a second image or a named style.",
      refs: "References: 1 content photo, optionally 1 style image.",
    },
    background: {
      name: "Background swap",
      hint: "Keep the subject, replace everything behind it.",
      refs: "References: 1 photo of the subject.",
    },
  },
  /** Preset parameters: a label and an example shown in the empty field. */
  fields: {
    figureStyle: { label: "Figure style", placeholder: "1/7 scale PVC figure" },
    base: { label: "Base", placeholder: "round transparent acrylic base" },
    setting: { label: "Setting", placeholder: "marble counter with soft morning light" },
    mood: { label: "Mood", placeholder: "fresh and premium" },
    style: { label: "Style", placeholder: "loose watercolour with ink outlines" },
    background: { label: "New background", placeholder: "a quiet beach at sunset" },
  },

  promptTitle: "Prompt",
  promptPlaceholder: "Describe the image you want. Ctrl+Enter generates.",
  /** Prompt hygiene, by the kind of personal data found (PromptWarning.kind). */
  warnings: {
    email: "The prompt contains what looks like an e-mail address; the provider will receive it.",
    phone: "The prompt contains what looks like a phone number; the provider will receive it.",
    address: "The prompt contains what looks like a street address; the provider will receive it.",
    other: "The prompt contains what looks like personal data; the provider will receive it.",
  },

  refsTitle: "Reference images",
  picked: (n: number) => plural("en", n, { other: "(# picked)" }),
  importing: (n: number) => plural("en", n, { one: "Importing # file…", other: "Importing # files…" }),
  noImages:
    "No images in the vault yet. Drop photos here, or import them in the Gallery, to use them as references.",
  dropHint:
    "Drop files here to import and pick them. Only minimized copies leave: metadata removed, downscaled, random names.",
  imageAlt: "Image",

  optionsTitle: "Provider and output",
  provider: "Provider",
  model: "Model",
  size: "Size",
  count: "Images",
  sizes: {
    providerDefault: "Provider default",
    square: "Square 1:1",
    landscape: "Landscape 4:3",
    portrait: "Portrait 3:4",
    photo: "Photo 3:2",
    photoPortrait: "Photo portrait 2:3",
    wide: "Wide 16:9",
    tall: "Tall 9:16",
    cinema: "Cinema 21:9",
  },
  generate: "Generate",
  preparing: "Preparing…",
  provenance:
    "Results keep the provenance data the provider embeds (C2PA, EXIF/XMP); invisible watermarks such as Google's SynthID are part of the pixels and stay.",

  recentTitle: "Recent tasks",

  preview: {
    /** The model does not make the size asked for: what will be asked instead. */
    sizeChanged: (model: string, asked: string, sent: string) => `${model} does not make ${asked}; it will be asked for ${sent}, the nearest size it offers.`,
    title: "This is exactly what will leave your computer",
    to: "To",
    model: "Model",
    prompt: "Prompt",
    promptChars: (n: number) => plural("en", n, { one: "# character", other: "# characters" }),
    images: "Images",
    /** No reference images are sent (the end-to-end test reads this word). */
    none: "none",
    imageAlt: (n: number) => `Reference ${n} as sent`,
    /** Before the random file name an image is sent under. */
    sentAs: "sent as",
    metadata: "No location, camera data or other metadata is included; the pixels were re-encoded.",
    termsLead: (provider: string) => `What ${provider} says it does with it:`,
    consentNeeded: "Your consent is needed.",
    consentBody: (scope: string) =>
      `Sending records it with these words: “${scope}” You can withdraw it on the Privacy page at any time.`,
    send: "Send",
    allowAndSend: "Allow and send",
  },

  /**
   * The provider's terms and the consent wording, as the core states them in English
   * (src-tauri/providers/mod.rs `terms`, src-tauri/api/consent.rs `scope_text`). The English here
   * must stay identical to the core's: when the core's text differs, the window shows the core's.
   */
  terms: {
    gemini:
      "Paid API: prompts, images and results are not used to train models; they are kept up to 55 days for abuse monitoring, and projects created after 2026-10-26 store requests for 55 days by default. Free tier: may be used to improve Google products and read by reviewers.",
    openai: "API inputs and outputs are not used for training by default; kept up to 30 days for abuse monitoring.",
    seedream:
      "Ark keeps inputs and outputs for abuse monitoring under BytePlus/Volcengine terms; results are returned inline (nothing hosted).",
    kling:
      "No API-specific retention or training statement is published; finished videos stay on Kling's servers for about 30 days behind a link. Seed Studio downloads the video once and keeps it only in your vault.",
    seedance:
      "Ark keeps inputs and outputs for abuse monitoring under BytePlus/Volcengine terms; the finished video is hosted behind a temporary link (about 24 hours), which Seed Studio downloads once into your vault.",
  },
  consentScope: (provider: string, terms: string) =>
    `Seed Studio may send ${provider} your prompts and minimized copies of the reference images you pick (metadata removed, downscaled, random names), for the tasks you start. ${terms}`,
};
