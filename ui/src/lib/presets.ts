// The preset library: prompt templates with a few named parameters. Filling the fields
// rewrites the prompt; the user can still edit the prompt by hand afterwards.
//
// The templates, and the values put in them when a field is left empty, are part of the prompt
// sent to the provider and stay English in every language: the image models follow English
// prompts most reliably (Seedream documents Chinese and English only), and what the user types
// into a field can be in any language. What the window shows about a preset (its name, hint,
// references, field labels and examples) is translated: `i18n.m.create.presets[id]` and
// `i18n.m.create.fields[key]`.

import type { Level } from "./ipc/bindings/Level";

export type PresetId = "figure" | "product" | "style" | "background";
/** A parameter; the same key is translated once in `create.fields`. */
export type FieldKey = "figureStyle" | "base" | "setting" | "mood" | "style" | "background";
/** `fallback`: the English words put into the template while the field is empty. */
export type PresetField = { key: FieldKey; fallback: string };
export type Preset = {
  id: PresetId;
  fields: PresetField[];
  template: string;
  size: string | null;
  /**
   * What of the references the preset needs to leave, beyond the metadata floor: the most
   * private choice that still does the job (a background swap needs only the person, so the
   * background is replaced on the device first; nothing needs other people's faces).
   */
  levels: Level[];
};

export const PRESETS: Preset[] = [
  {
    id: "figure",
    fields: [
      { key: "figureStyle", fallback: "1/7 scale PVC figure" },
      { key: "base", fallback: "round transparent acrylic base" },
    ],
    template:
      "Create a {figureStyle} of the subject in the reference photo, keeping their face, hair and clothing recognisable. " +
      "The figure stands on a {base} on a computer desk, with its packaging box beside it. Realistic studio lighting.",
    size: "3:4",
    levels: ["bystanders"],
  },
  {
    id: "product",
    fields: [
      { key: "setting", fallback: "marble counter with soft morning light" },
      { key: "mood", fallback: "fresh and premium" },
    ],
    template:
      "A professional advertising photograph of the product in the reference image, placed on a {setting}. " +
      "Mood: {mood}. Keep the product's shape, colours and label exactly as in the reference. Sharp focus, no text.",
    size: "4:3",
    levels: ["bystanders"],
  },
  {
    id: "style",
    fields: [{ key: "style", fallback: "loose watercolour with ink outlines" }],
    template:
      "Redraw the first reference image in the style of {style}" +
      " (or of the second reference image, if given), keeping its composition and subjects.",
    size: null,
    levels: ["bystanders"],
  },
  {
    id: "background",
    fields: [{ key: "background", fallback: "a quiet beach at sunset" }],
    template:
      "Keep the subject of the reference photo exactly as it is (pose, face, lighting on the subject) and replace " +
      "the background with {background}. Match the light direction and colour of the new background.",
    size: null,
    levels: ["background", "bystanders"],
  },
];

/** The template with each `{key}` replaced by its value, or by the field's fallback when empty. */
export function fill(preset: Preset, values: Partial<Record<FieldKey, string>>): string {
  return preset.fields.reduce(
    (text, f) => text.replaceAll(`{${f.key}}`, values[f.key]?.trim() || f.fallback),
    preset.template,
  );
}

/**
 * What a full prompt describes beyond its subject, in the order it is added. An aspect the
 * idea already mentions (in English words) is left to the user's own wording.
 */
const ASPECTS: { mentioned: RegExp; words: string }[] = [
  {
    mentioned: /\b(composition|composed|framing|framed|close-up|wide shot|angle|perspective)\b/i,
    words: "balanced composition with the subject clearly framed",
  },
  {
    mentioned: /\b(light|lights|lighting|lit|sunlight|sunset|sunrise|golden hour|shadows?)\b/i,
    words: "soft natural lighting with gentle shadows",
  },
  {
    mentioned: /\b(colou?rs?|colou?rful|palette|monochrome|black and white)\b/i,
    words: "a harmonious palette of natural colours",
  },
  { mentioned: /\b(detail|detailed|sharp|high resolution)\b/i, words: "sharp focus, high detail" },
];

/**
 * A short idea made into a full prompt on this device (no network, the same answer every
 * time): the idea as the subject, then the aspects it does not mention yet, in English like
 * the templates above. An idea that already mentions them all is returned as it is, so
 * expanding twice changes nothing; an empty idea gives "".
 */
export function expandIdea(idea: string): string {
  const text = idea.trim().replace(/\s+/g, " ");
  const missing = ASPECTS.filter((a) => !a.mentioned.test(text)).map((a) => a.words);
  // The idea's own closing punctuation (any script) gives way to the template's.
  const subject = text.replace(/[\s.。!！?？,，、;；:：…؟،؛।]+$/u, "");
  if (!subject || missing.length === 0) return text;
  const first = subject.charAt(0).toLocaleUpperCase("en") + subject.slice(1);
  return `${first}. A detailed image: ${missing.join("; ")}.`;
}

/** Output sizes; `key` names the label in `create.sizes`. */
export type SizeKey = "providerDefault" | "square" | "landscape" | "portrait" | "photo" | "photoPortrait" | "wide" | "tall" | "cinema";
export const SIZES: { value: string | null; key: SizeKey }[] = [
  { value: null, key: "providerDefault" },
  { value: "1:1", key: "square" },
  { value: "4:3", key: "landscape" },
  { value: "3:4", key: "portrait" },
  { value: "3:2", key: "photo" },
  { value: "2:3", key: "photoPortrait" },
  { value: "16:9", key: "wide" },
  { value: "9:16", key: "tall" },
  { value: "21:9", key: "cinema" },
];
