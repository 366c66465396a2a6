// Display names of things that are names, not words: the same in every language, kept in one
// place, exhaustive over the Rust enums (a new provider fails the type-check until it is named).
import type { ProviderId } from "./ipc/bindings/ProviderId";

export const PROVIDER_NAMES: Record<ProviderId, string> = {
  gemini: "Google Gemini",
  openai: "OpenAI",
  seedream: "Seedream (Volcengine Ark)",
  kling: "Kling AI",
  seedance: "Seedance (Volcengine Ark)",
};

/** Every provider, in the order the window lists them. */
export const PROVIDERS = Object.keys(PROVIDER_NAMES) as ProviderId[];

/** The providers that make videos. */
export const VIDEO_PROVIDERS: ProviderId[] = ["kling", "seedance"];

/** The providers that make and edit images. */
export const IMAGE_PROVIDERS: ProviderId[] = PROVIDERS.filter((p) => !VIDEO_PROVIDERS.includes(p));
