// Prompt help: a provider's text model improves Create's prompt or describes an image of the
// gallery; the preset library expands a short idea on this device, with no network.

export default {
  improve: "Improve prompt",
  improveHint: "A text model rewrites your prompt into a detailed one; you compare both before anything changes.",
  /** The picker of the provider whose text model is asked. */
  textModel: "Text model",
  expand: "Expand on this device",
  expandHint: "Adds composition, lighting, colours and detail to a short idea, in English, without the network.",
  waiting: (provider: string) => `Waiting for ${provider}…`,
  /** The request is not cancelled: its answer is ignored. */
  stopWaiting: "Stop waiting",

  /** The side-by-side view of the prompt and the suggestion. */
  compare: "Your prompt and the suggestion",
  yours: "Your prompt",
  suggestedBy: (provider: string) => `Suggested by ${provider}`,
  expanded: "Expanded on this device",
  useNew: "Use the new prompt",
  keepMine: "Keep mine",

  /** What leaves, said before asking for consent. */
  sendsText: (provider: string) => `Only the text of your prompt is sent to ${provider}; no images.`,
  sendsImage: (provider: string) =>
    `Only one minimized copy of this image is sent to ${provider} (metadata removed, downscaled); no prompt, no other images.`,
  consentNeeded: (provider: string) => `You have not allowed sending to ${provider} yet.`,
  consentBody:
    "Allowing it gives the same consent Create asks for before sending, and you can withdraw it on the Privacy page at any time. Each request is listed in the ledger.",
  allow: "Allow and ask",
  offlineExpand: "The preset library can still expand your idea into a full prompt on this device, with no network.",
  offlineDescribe: "Describing an image needs a provider: turn offline mode off in Settings to ask one.",
  /** {shortcut}: the keys that open Settings ("Ctrl+,"). */
  missingKey: (provider: string, shortcut: string) =>
    `Add an API key for ${provider} in Settings (${shortcut}), or choose the other text model.`,

  /** In an image's detail. */
  describe: "Describe this image",
  describeHint: "A text model writes the prompt that would recreate this image.",
  described: (provider: string) => `Prompt suggested by ${provider}`,
  copy: "Copy",
  copied: "Copied.",
  useInCreate: "Use in Create",
};
