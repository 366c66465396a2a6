// Prompt help apart from how it is drawn (Create's "Improve prompt", the image detail's
// "Describe this image"): one request to a provider's text model at a time, the consent it may
// need first, the answer, and the on-device expansion that needs no network. The core refuses
// a provider without consent before anything leaves, so `consent_required` is where the window
// explains what would be sent and asks. Failures are kept as caught: branch on `code`.
import { ipc, IpcError, type Code, type ProviderId } from "../ipc";
import { expandIdea } from "../presets";

/** The providers with a text model (Seedream has none: the core refuses it). */
export type TextProvider = Extract<ProviderId, "gemini" | "openai">;
export const TEXT_PROVIDERS: readonly TextProvider[] = ["gemini", "openai"];

/** `provider` when it has a text model, else Gemini. */
export function textProviderFor(provider: ProviderId | null | undefined): TextProvider {
  return TEXT_PROVIDERS.find((p) => p === provider) ?? "gemini";
}

type Ask = { kind: "improve"; text: string } | { kind: "describe"; id: string };

export type HelpState =
  | { phase: "idle" }
  | { phase: "busy"; provider: TextProvider }
  /** Nothing was sent: the provider needs the user's consent first. */
  | { phase: "consent"; provider: TextProvider }
  | { phase: "failed"; provider: TextProvider; error: unknown }
  /** `before` is the prompt improved ("" for a description); `from` who wrote `after`. */
  | { phase: "done"; from: TextProvider | "device"; before: string; after: string };

export class PromptHelpService {
  state: HelpState = $state({ phase: "idle" });
  /** The last request, asked again once consent is given. */
  private asked: { provider: TextProvider; ask: Ask } | null = null;
  /** Bumped by every request and by "stop waiting": an answer to an older one is ignored. */
  private ticket = 0;

  /** The failure's code, for the window to branch on (null unless failed). */
  get code(): Code | "unknown" | null {
    const s = this.state;
    if (s.phase !== "failed") return null;
    return s.error instanceof IpcError ? s.error.code : "unknown";
  }

  /** Ask `provider`'s text model to rewrite `text` (only the text leaves). */
  improve(provider: TextProvider, text: string): Promise<void> {
    return this.send(provider, { kind: "improve", text });
  }

  /** Ask `provider`'s text model for the prompt of image `id` (one minimized copy leaves). */
  describe(provider: TextProvider, id: string): Promise<void> {
    return this.send(provider, { kind: "describe", id });
  }

  /** Give the consent asked for, then ask again. */
  async allow(): Promise<void> {
    const s = this.state;
    if (s.phase !== "consent" || !this.asked) return;
    const { provider, ask } = this.asked;
    const ticket = ++this.ticket;
    this.state = { phase: "busy", provider };
    try {
      await ipc.consentGrant(provider);
    } catch (error) {
      if (ticket === this.ticket) this.state = { phase: "failed", provider, error };
      return;
    }
    if (ticket === this.ticket) await this.send(provider, ask);
  }

  /** Expand `text` with the preset library's template, on this device: nothing leaves. */
  expand(text: string): void {
    this.ticket++;
    this.state = { phase: "done", from: "device", before: text, after: expandIdea(text) };
  }

  /**
   * Stop waiting, or close what is shown. A request under way still reaches the provider (and
   * the ledger); its answer is dropped.
   */
  dismiss(): void {
    this.ticket++;
    this.state = { phase: "idle" };
  }

  private async send(provider: TextProvider, ask: Ask): Promise<void> {
    const ticket = ++this.ticket;
    this.asked = { provider, ask };
    this.state = { phase: "busy", provider };
    try {
      const { prompt } =
        ask.kind === "improve" ? await ipc.promptImprove(provider, ask.text) : await ipc.promptDescribe(provider, ask.id);
      if (ticket !== this.ticket) return;
      this.state = { phase: "done", from: provider, before: ask.kind === "improve" ? ask.text : "", after: prompt };
    } catch (error) {
      if (ticket !== this.ticket) return;
      const consent = error instanceof IpcError && error.code === "consent_required";
      this.state = consent ? { phase: "consent", provider } : { phase: "failed", provider, error };
    }
  }
}
