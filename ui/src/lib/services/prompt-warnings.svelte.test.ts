import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { flushSync } from "svelte";
import { clearMocks, mockConvertFileSrc, mockIPC } from "@tauri-apps/api/mocks";

let service: typeof import("./prompt-warnings.svelte");
beforeAll(async () => {
  mockConvertFileSrc("linux");
  service = await import("./prompt-warnings.svelte");
});
afterEach(() => {
  clearMocks();
  mockConvertFileSrc("linux");
  vi.useRealTimers();
});

describe("prompt warnings as you type", () => {
  it("checks the prompt once typing pauses, and an empty prompt without asking", async () => {
    vi.useFakeTimers();
    const checked: string[] = [];
    mockIPC((cmd, args) => {
      if (cmd !== "prompt_check") throw { code: "internal", message: cmd };
      const prompt = (args as { prompt: string }).prompt;
      checked.push(prompt);
      return prompt.includes("@") ? [{ kind: "email", message: "an e-mail address" }] : [];
    });
    let text = $state("write to a");
    let warnings: { readonly list: { kind: string }[] } | undefined;
    const stop = $effect.root(() => {
      warnings = service.promptWarnings(() => text);
    });
    flushSync();
    text = "write to ana@example.org";
    flushSync();
    await vi.advanceTimersByTimeAsync(300);
    expect(checked).toEqual(["write to ana@example.org"]);
    expect(warnings?.list.map((w) => w.kind)).toEqual(["email"]);
    text = "  ";
    flushSync();
    await vi.advanceTimersByTimeAsync(300);
    expect(checked).toHaveLength(1);
    expect(warnings?.list).toEqual([]);
    stop();
  });
});
