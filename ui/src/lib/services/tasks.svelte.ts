// The task list's state and actions: the latest tasks, their live progress from "task-progress"
// events, and cancel / retry / discard through `ipc`. Failures are kept as caught (an IpcError:
// branch on `code`), never as text.
import { ipc, IpcError, onBackendEvent, type Code, type TaskProgress, type TaskSummary } from "../ipc";
import { isTerminal } from "../tasks";

export class TasksService {
  tasks: TaskSummary[] = $state([]);
  /** The newest progress event of each task. */
  live: Record<string, TaskProgress> = $state({});
  loaded = $state(false);
  /** The last failure, as caught. */
  error: unknown = $state(null);

  private readonly limit: () => number;

  /** `limit`: how many of the latest tasks to list (a function, so it may follow a prop). */
  constructor(limit: () => number) {
    this.limit = limit;
  }

  /** The failure's code, for branching (null: none, or not from the backend). */
  get errorCode(): Code | null {
    return this.error instanceof IpcError ? this.error.code : null;
  }

  /** The list. On failure the list shown stays as it was. */
  async refresh(): Promise<void> {
    try {
      this.tasks = await ipc.tasksList(this.limit());
      this.loaded = true;
    } catch (e) {
      // No vault yet: simply no tasks.
      if (e instanceof IpcError && e.code === "no_vault") this.loaded = true;
      else this.error = e;
    }
  }

  /** A progress event: kept for its task; a task that ended or is new reloads the list. */
  onProgress(p: TaskProgress): Promise<void> {
    this.live[p.task_id] = p;
    if (isTerminal(p.status) || !this.tasks.some((t) => t.task_id === p.task_id)) return this.refresh();
    return Promise.resolve();
  }

  /** Where a task stands: a live event newer than the list wins until the list catches up. */
  statusOf(t: TaskSummary): TaskProgress {
    const p = this.live[t.task_id];
    return p && !isTerminal(t.status)
      ? p
      : { task_id: t.task_id, status: t.status, done: t.outputs.length, total: 0, reason: t.reason, remote: t.remote };
  }

  private async act(action: () => Promise<unknown>): Promise<void> {
    this.error = null;
    try {
      await action();
    } catch (e) {
      this.error = e;
    }
    await this.refresh();
  }

  /** Stop a queued or running task. */
  cancel(taskId: string): Promise<void> {
    return this.act(() => ipc.taskCancel(taskId));
  }

  /** Queue a failed or cancelled task again, as it was asked. */
  retry(taskId: string): Promise<void> {
    return this.act(() => ipc.taskRetry(taskId));
  }

  /** Give up on a failed task: its reference images are deleted now. */
  discard(taskId: string): Promise<void> {
    return this.act(() => ipc.taskCancel(taskId));
  }

  /** Follow progress and retention, and load the list; resolves to the function that stops. */
  async watch(): Promise<() => void> {
    const stops = await Promise.all([
      onBackendEvent("task-progress", (p) => void this.onProgress(p)),
      onBackendEvent("retention-purged", () => void this.refresh()),
    ]);
    await this.refresh();
    return () => stops.forEach((stop) => stop());
  }
}
