// Editing a region: only the painted part (and a margin around it) leaves; the answer is put back on this device.

export default {
  /** In an image's detail: opens the region editor. */
  open: "Edit a region…",
  title: "Edit a region",
  intro: "Paint over what to change. Only that part, with a margin of context around it, is sent; the answer is put back into the full image on this computer, and every other pixel stays as it is.",
  prompt: "What to change there",
  promptPlaceholder: "e.g. a red bicycle leaning on the wall",
  provider: "Provider",
  margin: "Context around the painted part",
  /** The margin slider's value, e.g. "25 %" (formatted for the locale). */
  marginValue: (percent: string) => `${percent} of its size on each side`,
  wholeImage: "Send the whole image",
  wholeImageHint: "Some edits need to see the whole picture (to match its light or style). The mask still decides what changes, but all of the photo leaves this computer.",
  preview: "Preview what leaves",
  /** In the send preview: how much of the photo leaves, e.g. "18 %". */
  share: (percent: string) => `${percent} of the photo leaves; the rest stays on this computer.`,
  partAlt: "The part of the photo that leaves",
  maskAlt: "The mask sent with it (its shape only)",
  coversAll: "The mask covers the whole image, so the whole image would be sent. Send it anyway, or paint less?",
  sendWhole: "Send the whole image",
  paintLess: "Paint less",
  queued: "The edit is on its way. The result will appear in the gallery, beside the original, when it comes back.",
  paintFirst: "Paint over the part to change first.",
  sourceGone: "The image this edit was made on has been deleted, so it cannot be edited again.",
};
