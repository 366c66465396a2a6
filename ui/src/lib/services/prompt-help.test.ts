import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { clearMocks, mockConvertFileSrc, mockIPC } from "@tauri-apps/api/mocks";

// lib/ipc builds its thumbnail URL when it loads, so Tauri's internals are mocked first.
let service: typeof import("./prompt-help.svelte");
beforeAll(async () => {
  mockConvertFileSrc("linux");
  service = await import("./prompt-help.svelte");
});
afterEach(() => {
  clearMocks();
  mockConvertFileSrc("linux");
});

type Call = { cmd: string; args: Record<string, unknown> };

/**
 * A fake core: providers in `granted` have consent; prompt help answers with `answer` (or
 * throws `fail`), after `gate` resolves when given.
 */
function fakeCore(opts: { granted?: string[]; fail?: { code: string; message: string }; gate?: Promise<void> } = {}) {
  const granted = new Set(opts.granted ?? []);
  const calls: Call[] = [];
  mockIPC(async (cmd, args) => {
    const a = args as Record<string, unknown>;
    calls.push({ cmd, args: a });
    switch (cmd) {
      case "consent_grant":
        granted.add(a.provider as string);
        return { provider: a.provider, granted: true, granted_at: "2026-01-01T00:00:00Z", scope: "…" };
      case "prompt_improve":
      case "prompt_describe":
        if (!granted.has(a.provider as string)) throw { code: "consent_required", message: "no consent" };
        await opts.gate;
        if (opts.fail) throw opts.fail;
        return { prompt: cmd === "prompt_improve" ? `Better: ${a.text}` : `Image ${a.id}` };
    }
    throw { code: "internal", message: `unexpected command ${cmd}` };
  });
  return calls;
}

describe("textProviderFor", () => {
  it("keeps a provider with a text model, else Gemini", () => {
    expect(service.textProviderFor("openai")).toBe("openai");
    expect(service.textProviderFor("gemini")).toBe("gemini");
    expect(service.textProviderFor("seedream")).toBe("gemini");
    expect(service.textProviderFor(null)).toBe("gemini");
  });
});

describe("PromptHelpService", () => {
  it("improves a prompt: old and new side by side", async () => {
    const calls = fakeCore({ granted: ["openai"] });
    const help = new service.PromptHelpService();
    const asked = help.improve("openai", "a fox");
    expect(help.state).toEqual({ phase: "busy", provider: "openai" });
    await asked;
    expect(help.state).toEqual({ phase: "done", from: "openai", before: "a fox", after: "Better: a fox" });
    expect(calls).toEqual([{ cmd: "prompt_improve", args: { provider: "openai", text: "a fox" } }]);
    help.dismiss();
    expect(help.state).toEqual({ phase: "idle" });
  });

  it("asks for consent, then grants it and asks again", async () => {
    const calls = fakeCore();
    const help = new service.PromptHelpService();
    await help.describe("gemini", "obj1");
    expect(help.state).toEqual({ phase: "consent", provider: "gemini" });
    expect(help.code).toBeNull();
    await help.allow();
    expect(help.state).toEqual({ phase: "done", from: "gemini", before: "", after: "Image obj1" });
    expect(calls.map((c) => c.cmd)).toEqual(["prompt_describe", "consent_grant", "prompt_describe"]);
    expect(calls[1].args).toEqual({ provider: "gemini" });
  });

  it("drops the answer of a request it stopped waiting for", async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    fakeCore({ granted: ["gemini"], gate });
    const help = new service.PromptHelpService();
    const asked = help.improve("gemini", "a kite");
    help.dismiss();
    release();
    await asked;
    expect(help.state).toEqual({ phase: "idle" });
  });

  it("keeps a failure's code: offline, a missing key", async () => {
    fakeCore({ granted: ["gemini"], fail: { code: "offline", message: "offline mode is on" } });
    const help = new service.PromptHelpService();
    await help.improve("gemini", "a fox");
    expect(help.state.phase).toBe("failed");
    expect(help.code).toBe("offline");
    fakeCore({ granted: ["gemini"], fail: { code: "missing_api_key", message: "no key" } });
    await help.improve("gemini", "a fox");
    expect(help.code).toBe("missing_api_key");
  });

  it("expands on this device without calling the core", () => {
    const calls = fakeCore();
    const help = new service.PromptHelpService();
    help.expand("a red fox");
    expect(help.state).toMatchObject({ phase: "done", from: "device", before: "a red fox" });
    expect(help.state.phase === "done" && help.state.after).toMatch(/^A red fox\. A detailed image: /);
    expect(calls).toEqual([]);
  });
});
