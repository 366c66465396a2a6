// The preset library: prompt templates with a few named parameters. Filling the fields
// rewrites the prompt; the user can still edit the prompt by hand afterwards.

export type PresetField = { key: string; label: string; placeholder: string };
export type Preset = {
  id: string;
  name: string;
  hint: string;
  /** How many reference images it expects (a hint for the picker). */
  refs: string;
  fields: PresetField[];
  template: string;
  size: string | null;
};

export const PRESETS: Preset[] = [
  {
    id: "figure",
    name: "Character figure",
    hint: "Turn the person or pet in a photo into a collectible figure on a desk.",
    refs: "1 photo of the subject",
    fields: [
      { key: "style", label: "Figure style", placeholder: "1/7 scale PVC figure" },
      { key: "base", label: "Base", placeholder: "round transparent acrylic base" },
    ],
    template:
      "Create a {style} of the subject in the reference photo, keeping their face, hair and clothing recognisable. " +
      "The figure stands on a {base} on a computer desk, with its packaging box beside it. Realistic studio lighting.",
    size: "3:4",
  },
  {
    id: "product",
    name: "Product ad shot",
    hint: "A clean advertising image of a product from a casual photo.",
    refs: "1 photo of the product",
    fields: [
      { key: "setting", label: "Setting", placeholder: "marble counter with soft morning light" },
      { key: "mood", label: "Mood", placeholder: "fresh and premium" },
    ],
    template:
      "A professional advertising photograph of the product in the reference image, placed on a {setting}. " +
      "Mood: {mood}. Keep the product's shape, colours and label exactly as in the reference. Sharp focus, no text.",
    size: "4:3",
  },
  {
    id: "style",
    name: "Style transfer",
    hint: "Redraw a photo in the style of a second image or a named style.",
    refs: "1 content photo, optionally 1 style image",
    fields: [{ key: "style", label: "Style", placeholder: "loose watercolour with ink outlines" }],
    template:
      "Redraw the first reference image in the style of {style}" +
      " (or of the second reference image, if given), keeping its composition and subjects.",
    size: null,
  },
  {
    id: "background",
    name: "Background swap",
    hint: "Keep the subject, replace everything behind it.",
    refs: "1 photo of the subject",
    fields: [{ key: "background", label: "New background", placeholder: "a quiet beach at sunset" }],
    template:
      "Keep the subject of the reference photo exactly as it is (pose, face, lighting on the subject) and replace " +
      "the background with {background}. Match the light direction and colour of the new background.",
    size: null,
  },
];

/** The template with each `{key}` replaced by its value, or by the field's placeholder when empty. */
export function fill(preset: Preset, values: Record<string, string>): string {
  return preset.fields.reduce(
    (text, f) => text.replaceAll(`{${f.key}}`, values[f.key]?.trim() || f.placeholder),
    preset.template,
  );
}

export const SIZES: { value: string | null; label: string }[] = [
  { value: null, label: "Provider default" },
  { value: "1:1", label: "Square 1:1" },
  { value: "4:3", label: "Landscape 4:3" },
  { value: "3:4", label: "Portrait 3:4" },
  { value: "3:2", label: "Photo 3:2" },
  { value: "2:3", label: "Photo portrait 2:3" },
  { value: "16:9", label: "Wide 16:9" },
  { value: "9:16", label: "Tall 9:16" },
  { value: "21:9", label: "Cinema 21:9" },
];
