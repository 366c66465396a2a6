import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { clearMocks, mockConvertFileSrc, mockIPC } from "@tauri-apps/api/mocks";
import { emit } from "@tauri-apps/api/event";
import type { TaskProgress, TaskStatus, TaskSummary } from "../ipc";

// lib/ipc builds its thumbnail URL when it loads, so Tauri's internals are mocked first.
let TasksService: typeof import("./tasks.svelte").TasksService;
let applyLanguage: typeof import("../i18n/index.svelte").applyLanguage;
let tasksLib: typeof import("../tasks");

beforeAll(async () => {
  mockConvertFileSrc("linux");
  ({ TasksService } = await import("./tasks.svelte"));
  ({ applyLanguage } = await import("../i18n/index.svelte"));
  tasksLib = await import("../tasks");
});

afterEach(() => {
  clearMocks();
  mockConvertFileSrc("linux");
  applyLanguage("en");
});

function task(id: string, status: TaskStatus, outputs: string[] = []): TaskSummary {
  return {
    task_id: id,
    kind: "generate",
    status,
    provider: "gemini",
    prompt: "a quiet beach",
    created_at: "2025-01-02T03:04:05Z",
    ended_at: null,
    reason: status === "failed" ? "the provider refused" : null,
    outputs,
    inputs_kept: 1,
    inputs: 1,
    retryable: status === "failed",
  };
}

type Call = { cmd: string; args: Record<string, unknown> };

/** A fake core listing `tasks`; `fail` makes a command throw an error body. */
function fakeCore(tasks: TaskSummary[], fail: Record<string, { code: string; message: string }> = {}) {
  const calls: Call[] = [];
  mockIPC(
    (cmd, args) => {
      calls.push({ cmd, args: args as Record<string, unknown> });
      if (fail[cmd]) throw fail[cmd];
      switch (cmd) {
        case "tasks_list":
          return structuredClone(tasks);
        case "task_cancel":
          return null;
        case "task_retry":
          return task((args as { taskId: string }).taskId, "queued");
      }
      throw { code: "internal", message: `unexpected command ${cmd}` };
    },
    { shouldMockEvents: true },
  );
  return calls;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("TasksService", () => {
  it("refresh lists the latest tasks with the limit", async () => {
    const calls = fakeCore([task("t1", "succeeded", ["o1"]), task("t2", "failed")]);
    const list = new TasksService(() => 5);
    await list.refresh();
    expect(list.loaded).toBe(true);
    expect(list.tasks.map((t) => t.task_id)).toEqual(["t1", "t2"]);
    expect(calls[0]).toEqual({ cmd: "tasks_list", args: { limit: 5 } });
  });

  it("no vault yet is simply no tasks", async () => {
    fakeCore([], { tasks_list: { code: "no_vault", message: "no vault" } });
    const list = new TasksService(() => 50);
    await list.refresh();
    expect(list.loaded).toBe(true);
    expect(list.tasks).toEqual([]);
    expect(list.error).toBeNull();
  });

  it("a failed refresh leaves the list intact and exposes the error's code", async () => {
    fakeCore([task("t1", "succeeded")]);
    const list = new TasksService(() => 50);
    await list.refresh();
    clearMocks();
    fakeCore([], { tasks_list: { code: "locked", message: "the vault is locked" } });
    await list.refresh();
    expect(list.tasks.map((t) => t.task_id)).toEqual(["t1"]);
    expect(list.errorCode).toBe("locked");
  });

  it("cancel and retry call their commands with the task id, then refresh", async () => {
    const calls = fakeCore([task("t1", "sending"), task("t2", "failed")]);
    const list = new TasksService(() => 50);
    await list.refresh();
    await list.cancel("t1");
    await list.retry("t2");
    await list.discard("t2");
    expect(calls.map((c) => c.cmd)).toEqual([
      "tasks_list",
      "task_cancel",
      "tasks_list",
      "task_retry",
      "tasks_list",
      "task_cancel",
      "tasks_list",
    ]);
    expect(calls[1].args).toEqual({ taskId: "t1" });
    expect(calls[3].args).toEqual({ taskId: "t2" });
    expect(list.error).toBeNull();
  });

  it("a refused retry exposes its code and keeps the list", async () => {
    fakeCore([task("t2", "failed")], { task_retry: { code: "invalid_input", message: "its references are gone" } });
    const list = new TasksService(() => 50);
    await list.refresh();
    await list.retry("t2");
    expect(list.errorCode).toBe("invalid_input");
    expect(list.tasks).toHaveLength(1);
  });

  it("progress events update a task live and an ending one reloads the list", async () => {
    const calls = fakeCore([task("t1", "sending")]);
    const list = new TasksService(() => 50);
    const stop = await list.watch();
    expect(list.tasks).toHaveLength(1);

    const step: TaskProgress = { task_id: "t1", status: "receiving", done: 1, total: 2, reason: null };
    await emit("task-progress", step);
    await tick();
    expect(list.statusOf(list.tasks[0])).toEqual(step);
    expect(calls.filter((c) => c.cmd === "tasks_list")).toHaveLength(1);

    await emit("task-progress", { ...step, status: "succeeded", done: 2 });
    await tick();
    expect(calls.filter((c) => c.cmd === "tasks_list")).toHaveLength(2);

    // A task the list does not know yet reloads it too.
    await emit("task-progress", { ...step, task_id: "t9", status: "queued" });
    await tick();
    expect(calls.filter((c) => c.cmd === "tasks_list")).toHaveLength(3);
    stop();
  });
});

describe("task words", () => {
  it("name every status and kind in the window's language", () => {
    expect(tasksLib.statusLabel("waiting")).toBe("Provider working");
    expect(tasksLib.kindLabel("idphoto")).toBe("ID photo");
    applyLanguage("de");
    expect(tasksLib.statusLabel("succeeded")).not.toBe("Done");
    expect(tasksLib.anyStatusLabel("something-new")).toBe("something-new");
  });

  it("translate the reasons the core writes in fixed words, and keep the others", () => {
    applyLanguage("fr");
    expect(tasksLib.reasonLabel("cancelled by you")).not.toBe("cancelled by you");
    expect(tasksLib.reasonLabel("the provider refused")).toBe("the provider refused");
  });
});
