import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { clearMocks, mockConvertFileSrc, mockIPC } from "@tauri-apps/api/mocks";
import type { DoctorReport, LockStatus } from "../ipc";

// lib/ipc asks Tauri for the thumb: URL base when it loads, so the mock must exist first.
type Modules = { service: typeof import("./vault.svelte"); ipc: typeof import("../ipc") };
let m: Modules;
beforeAll(async () => {
  mockConvertFileSrc("linux");
  m = { service: await import("./vault.svelte"), ipc: await import("../ipc") };
});

const REPORT: DoctorReport = {
  app_version: "0.1.0",
  platform: "linux x86_64",
  data_dir: "/home/a/.local/share/seed-studio",
  config_file: "/home/a/.local/share/seed-studio/config.toml",
  config_exists: false,
  logs_dir: "/home/a/.local/share/seed-studio/logs",
  keyring: { reachable: true, backend: "Secret Service", detail: null },
  index_file: "/home/a/.local/share/seed-studio/index.db",
  index_exists: true,
  vault: {
    initialized: true,
    key_source: "keyring",
    state: "open",
    detail: null,
    object_cipher: "XChaCha20-Poly1305",
    sqlite_version: "3.46.0",
    sqlcipher_version: "4.6.1",
  },
};
const UNLOCKED: LockStatus = { locked: false, method: "lock_passphrase", idle_minutes: 5 };
const LOCKED: LockStatus = { ...UNLOCKED, locked: true };

// A backend: each command answers with a value or fails with an ErrorBody, as Tauri rejects.
type Answer = unknown | { error: { code: string; message: string } };
function backend(answers: Record<string, Answer>): { calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  mockIPC((cmd, args) => {
    calls.push([cmd, args]);
    const answer = answers[cmd];
    if (answer && typeof answer === "object" && "error" in answer) throw answer.error;
    if (answer === undefined) throw { code: "internal", message: `unexpected command ${cmd}` };
    return answer;
  });
  return { calls };
}

describe("VaultService", () => {
  let vault: InstanceType<Modules["service"]["VaultService"]>;
  beforeEach(() => {
    vault = new m.service.VaultService();
  });
  afterEach(() => {
    vault.dispose();
    clearMocks();
    mockConvertFileSrc("linux");
  });

  it("keeps a successful doctor report and clears an earlier error", async () => {
    backend({ doctor: { error: { code: "internal", message: "boom" } } });
    await vault.refresh();
    expect(vault.error).toBeInstanceOf(m.ipc.IpcError);
    const { calls } = backend({ doctor: REPORT });
    await vault.refresh();
    expect(calls).toEqual([["doctor", {}]]);
    expect(vault.report).toEqual(REPORT);
    expect(vault.error).toBeNull();
    expect(vault.fatal).toBeNull();
  });

  it("marks the app as fatal on invalid_config, from the report or the settings", async () => {
    const body = { code: "invalid_config", message: "unknown field `ui.colour`" };
    backend({ doctor: { error: body }, settings_get: { error: body } });
    await vault.refresh();
    expect(vault.report).toBeNull();
    expect(vault.fatal?.code).toBe("invalid_config");
    expect(vault.fatal?.message).toContain("ui.colour");

    const again = new m.service.VaultService();
    expect(await again.settings()).toBeNull();
    expect(again.fatal?.code).toBe("invalid_config");
    again.dispose();
  });

  it("does not call a passing failure fatal", async () => {
    backend({ doctor: { error: { code: "already_running", message: "busy" } } });
    await vault.refresh();
    expect(vault.fatal).toBeNull();
    expect((vault.error as { code: string }).code).toBe("already_running");
  });

  it("locks the window when any call finds the app locked", async () => {
    const answers: Record<string, Answer> = { lock_status: UNLOCKED };
    const { calls } = backend(answers);
    await vault.refreshLock();
    expect(vault.locked).toBe(false);
    expect(vault.canLock).toBe(true);
    expect(calls).toEqual([["lock_status", {}]]);

    // The idle timeout locked the core; a call made elsewhere in the window finds out.
    answers.lock_status = LOCKED;
    answers.tasks_list = { error: { code: "app_locked", message: "Seed Studio is locked" } };
    await expect(m.ipc.ipc.tasksList(5)).rejects.toMatchObject({ code: "app_locked" });
    expect(vault.locked).toBe(true);
    await vi.waitFor(() => expect(vault.lock).toEqual(LOCKED));

    // The service's own calls too.
    const other = new m.service.VaultService();
    backend({ doctor: { error: { code: "app_locked", message: "locked" } }, lock_status: LOCKED });
    await other.refresh();
    expect(other.locked).toBe(true);
    expect(other.fatal).toBeNull();
    other.dispose();
  });

  it("locks now, or says why not", async () => {
    const { calls } = backend({ app_lock: LOCKED });
    expect(await vault.lockNow()).toBe(true);
    expect(vault.lock).toEqual(LOCKED);
    expect(calls).toEqual([["app_lock", {}]]);

    const later = new m.service.VaultService();
    backend({ app_lock: { error: { code: "invalid_input", message: "no lock passphrase" } } });
    expect(await later.lockNow()).toBe(false);
    expect(later.locked).toBe(false);
    expect((later.error as { code: string }).code).toBe("invalid_input");
    later.dispose();
  });

  it("keeps the lock state it knew when lock_status fails", async () => {
    backend({ lock_status: UNLOCKED });
    await vault.refreshLock();
    backend({ lock_status: { error: { code: "internal", message: "gone" } } });
    await vault.refreshLock();
    expect(vault.lock).toEqual(UNLOCKED);
  });
});
