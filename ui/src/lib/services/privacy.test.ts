import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { clearMocks, mockConvertFileSrc, mockIPC } from "@tauri-apps/api/mocks";
import type { ExportReport, Inventory, LedgerEntry, TaskDetails } from "../ipc";

// The ipc module builds its thumbnail URL base when it loads: give it a platform first.
mockConvertFileSrc("linux");
let PrivacyState: typeof import("./privacy.svelte").PrivacyState;
beforeAll(async () => {
  ({ PrivacyState } = await import("./privacy.svelte"));
});
afterEach(() => clearMocks());

const INVENTORY: Inventory = {
  kinds: [
    { kind: "original", count: 2, bytes: 2_000_000 },
    { kind: "output", count: 1, bytes: 900_000 },
  ],
  ledger_entries: 1,
  saved_prompts: 2,
  prompt_history: 3,
  log_files: 1,
  log_bytes: 4_000,
  oldest: "2025-01-02T03:04:05Z",
  next: null,
  data_dir: "/data",
  key_source: "keyring",
  object_cipher: "XChaCha20-Poly1305",
  index_cipher: "SQLCipher",
  consents: [],
};
const ENTRY: LedgerEntry = {
  task_id: "t1",
  provider: "gemini",
  host: "generativelanguage.googleapis.com",
  time: "2025-01-02T03:04:05Z",
  prompt_chars: 24,
  parts: [],
  status: 200,
  method: "POST",
};
const DETAILS: TaskDetails = {
  task: {
    task_id: "t1",
    kind: "generate",
    status: "succeeded",
    provider: "gemini",
    prompt: "a poster",
    created_at: "2025-01-02T03:04:05Z",
    ended_at: null,
    reason: null,
    outputs: [],
    inputs_kept: 0,
    inputs: 0,
    retryable: false,
  },
  parameters: null,
  inputs: [],
  outputs: [],
  ledger: [ENTRY],
  events: [],
};
const REPORT: ExportReport = { path: "/home/u/x.zip", files: 1, bytes: 10, tasks: 1, ledger_entries: 1, written: [] };

type Handler = (args: Record<string, unknown>) => unknown;

/** A backend answering `handlers`' commands (events are mocked too); returns the calls made. */
function backend(handlers: Record<string, Handler>): { cmd: string; args: Record<string, unknown> }[] {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  mockIPC(
    (cmd, args) => {
      calls.push({ cmd, args: args as Record<string, unknown> });
      const handler = handlers[cmd];
      if (!handler) throw { code: "internal", message: `unexpected ${cmd}` };
      return handler(args as Record<string, unknown>);
    },
    { shouldMockEvents: true },
  );
  return calls;
}

const loaded: Record<string, Handler> = {
  consent_list: () => [{ provider: "gemini", granted: true, granted_at: "2025-01-01T00:00:00Z", scope: "images" }],
  ledger_list: () => [ENTRY],
  privacy_inventory: () => INVENTORY,
};

describe("PrivacyState", () => {
  it("loading fills the inventory, consents and ledger", async () => {
    backend(loaded);
    const privacy = new PrivacyState();
    await privacy.load();
    expect(privacy.inventory).toEqual(INVENTORY);
    expect(privacy.consents.map((c) => c.provider)).toEqual(["gemini"]);
    expect(privacy.ledger).toEqual([ENTRY]);
    expect(privacy.error).toBeNull();
  });

  it("with no vault yet, loading shows nothing and no error", async () => {
    backend({ ...loaded, privacy_inventory: () => Promise.reject({ code: "no_vault", message: "no vault" }) });
    const privacy = new PrivacyState();
    await privacy.load();
    expect(privacy.inventory).toBeNull();
    expect(privacy.error).toBeNull();
  });

  it("looking up a task that does not exist exposes the error code", async () => {
    const calls = backend({
      task_show: () => Promise.reject({ code: "invalid_input", message: "no such task: nope" }),
    });
    const privacy = new PrivacyState();
    await privacy.lookup("  nope ");
    expect(calls).toEqual([{ cmd: "task_show", args: { taskId: "nope" } }]);
    expect(privacy.details).toBeNull();
    expect(privacy.lookupErrorCode).toBe("invalid_input");
  });

  it("looking up a task shows its details", async () => {
    backend({ task_show: () => DETAILS });
    const privacy = new PrivacyState();
    await privacy.lookup("t1");
    expect(privacy.details?.task.task_id).toBe("t1");
    expect(privacy.lookupError).toBeNull();
  });

  it("erases everything only once ERASE is typed", async () => {
    const calls = backend({ erase_all: () => ({ master_keys: 1, api_keys: 0, files: 9 }) });
    const privacy = new PrivacyState();
    expect(await privacy.eraseAll("")).toBe(false);
    expect(await privacy.eraseAll("erase")).toBe(false);
    expect(await privacy.eraseAll("ERASED")).toBe(false);
    expect(calls).toEqual([]);
    expect(await privacy.eraseAll(" ERASE ")).toBe(true);
    expect(calls).toEqual([{ cmd: "erase_all", args: { confirm: "ERASE" } }]);
    expect(privacy.erasing).toBe(false);
  });

  it("an export reports where it went, with the chosen options", async () => {
    const calls = backend({ export_start: () => REPORT });
    const privacy = new PrivacyState();
    privacy.strip = true;
    expect(await privacy.exportSelection({ kind: "task", value: "t1" }, true)).toBe(true);
    expect(calls.find((c) => c.cmd === "export_start")?.args).toEqual({
      selection: { kind: "task", value: "t1" },
      zip: true,
      stripMetadata: true,
      choose: true,
    });
    expect(privacy.notice).toEqual({ kind: "exported", report: REPORT });
    expect(privacy.busy).toBe(false);
    privacy.dispose();
  });

  it("a failed export exposes the code and leaves the previous state", async () => {
    backend({ ...loaded, task_show: () => DETAILS, export_start: () => Promise.reject({ code: "data_dir", message: "disk full" }) });
    const privacy = new PrivacyState();
    await privacy.load();
    await privacy.lookup("t1");
    expect(await privacy.exportSelection({ kind: "all" })).toBe(false);
    expect(privacy.errorCode).toBe("data_dir");
    expect(privacy.notice).toBeNull();
    expect(privacy.progress).toBeNull();
    expect(privacy.busy).toBe(false);
    expect(privacy.inventory).toEqual(INVENTORY);
    expect(privacy.ledger).toEqual([ENTRY]);
    expect(privacy.details?.task.task_id).toBe("t1");
    privacy.dispose();
  });

  it("a job stopped on purpose is a notice, not an error", async () => {
    backend({ backup_start: () => Promise.reject({ code: "cancelled", message: "no place was chosen" }) });
    const privacy = new PrivacyState();
    expect(await privacy.backup("correct horse")).toBe(false);
    expect(privacy.error).toBeNull();
    expect(privacy.notice).toEqual({ kind: "stopped", job: "backup", detail: "no place was chosen" });
    privacy.dispose();
  });

  it("follows the job's progress events", async () => {
    const { emit } = await import("@tauri-apps/api/event");
    let finish: (r: ExportReport) => void = () => {};
    backend({ backup_start: () => new Promise<ExportReport>((resolve) => (finish = resolve)) });
    const privacy = new PrivacyState();
    const running = privacy.backup("correct horse");
    await new Promise((r) => setTimeout(r, 0));
    expect(privacy.job).toBe("backup");
    await emit("export-progress", { done: 2, total: 5 });
    expect(privacy.progress).toEqual({ done: 2, total: 5 });
    finish(REPORT);
    expect(await running).toBe(true);
    expect(privacy.progress).toBeNull();
    expect(privacy.notice).toEqual({ kind: "backedUp", report: REPORT });
    privacy.dispose();
  });
});
