import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { clearMocks, mockConvertFileSrc, mockIPC } from "@tauri-apps/api/mocks";
import type { HistoryEntry, PromptEntry } from "../ipc";

// lib/ipc builds its thumbnail URL when it loads, so Tauri's internals are mocked first.
let service: typeof import("./prompts.svelte");
beforeAll(async () => {
  mockConvertFileSrc("linux");
  service = await import("./prompts.svelte");
});
afterEach(() => {
  clearMocks();
  mockConvertFileSrc("linux");
});

/** A fake core with a library and a history; `fail` makes a command throw. */
function fakeCore(fail: Record<string, { code: string; message: string }> = {}) {
  let saved: PromptEntry[] = [{ name: "Mug", text: "A {colour} mug", saved_at: "2026-01-01T00:00:00Z" }];
  let history: HistoryEntry[] = [
    { id: 2, text: "a fox", used_at: "2026-01-02T00:00:00Z", expires_at: "2026-02-01T00:00:00Z" },
    { id: 1, text: "a kite", used_at: "2026-01-01T00:00:00Z", expires_at: "2026-01-31T00:00:00Z" },
  ];
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  mockIPC((cmd, args) => {
    const a = args as Record<string, unknown>;
    calls.push({ cmd, args: a });
    if (fail[cmd]) throw fail[cmd];
    switch (cmd) {
      case "prompts_list": {
        const q = (a.query as string | null)?.toLowerCase();
        return saved.filter((p) => !q || p.name.toLowerCase().includes(q) || p.text.toLowerCase().includes(q));
      }
      case "prompt_save": {
        const entry = { name: a.name as string, text: a.text as string, saved_at: "2026-01-03T00:00:00Z" };
        saved = [...saved.filter((p) => p.name !== entry.name), entry];
        return entry;
      }
      case "prompt_delete":
        saved = saved.filter((p) => p.name !== a.name);
        return null;
      case "prompt_history":
        return history;
      case "prompt_history_delete":
        history = history.filter((h) => h.id !== a.id);
        return null;
      case "prompt_history_clear": {
        const changed = history.length;
        history = [];
        return { changed };
      }
    }
    throw { code: "internal", message: `unexpected command ${cmd}` };
  });
  return calls;
}

describe("PromptLibraryService", () => {
  it("loads, searches as you type, saves and deletes", async () => {
    const calls = fakeCore();
    const library = new service.PromptLibraryService();
    expect(await library.load()).toBe(true);
    expect(library.saved.map((p) => p.name)).toEqual(["Mug"]);
    expect(library.history.map((h) => h.text)).toEqual(["a fox", "a kite"]);
    library.query = "  poster ";
    await library.search();
    expect(calls.at(-1)?.args).toEqual({ query: "poster" });
    expect(library.saved).toEqual([]);
    library.query = "";
    expect(await library.save("Poster", "A poster of {city}")).toBe(true);
    expect(library.justSaved).toBe("Poster");
    expect(library.saved.map((p) => p.name)).toEqual(["Mug", "Poster"]);
    await library.delete("Mug");
    expect(library.saved.map((p) => p.name)).toEqual(["Poster"]);
  });

  it("history entries go one by one or all at once; failures keep their code", async () => {
    fakeCore({ prompt_save: { code: "invalid_input", message: "a saved prompt needs a name" } });
    const library = new service.PromptLibraryService();
    await library.load();
    await library.forget(2);
    expect(library.history.map((h) => h.id)).toEqual([1]);
    await library.clearHistory();
    expect(library.history).toEqual([]);
    expect(await library.save("", "x")).toBe(false);
    expect((library.error as { code: string }).code).toBe("invalid_input");
  });

  it("finds the first placeholder to select after inserting", () => {
    expect(service.firstPlaceholder("A {colour} mug on a {surface}")).toEqual([2, 10]);
    expect(service.firstPlaceholder("no placeholder {} here { spaced }")).toBeNull();
  });
});
