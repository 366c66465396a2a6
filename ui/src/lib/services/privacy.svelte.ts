// The Privacy section's state and actions: the inventory, consents and ledger, a task looked up
// by its id, and the long jobs (export, encrypted backup, restore) with their progress, then
// erasing everything. The cards render this; words are theirs (outcomes are kept as data).
import {
  ipc,
  IpcError,
  onBackendEvent,
  type Code,
  type ConsentStatus,
  type ExportProgress,
  type ExportReport,
  type Inventory,
  type LedgerEntry,
  type LogView,
  type ProviderId,
  type RestoreReport,
  type Selection,
  type TaskDeletion,
  type TaskDetails,
} from "../ipc";
import { PROVIDER_NAMES } from "../names";

/** The long jobs; one runs at a time and they share the progress events. */
export type Job = "export" | "backup" | "restore";

/** What the last action did, for the status line. */
export type Notice =
  | { kind: "exported"; report: ExportReport }
  | { kind: "backedUp"; report: ExportReport }
  | { kind: "restored"; report: RestoreReport }
  | { kind: "taskDeleted"; deletion: TaskDeletion }
  /** Stopped on purpose (Cancel, a closed dialog); `detail` is the core's account of it. */
  | { kind: "stopped"; job: Job; detail: string }
  | { kind: "diagnosticsCopied" };

/** The word that confirms erasing everything: the same in every language (the core checks it). */
export const ERASE_WORD = "ERASE";

/** The backend's minimum passphrase length (`lock::MIN_CHARS`); it refuses shorter ones too. */
export const BACKUP_MIN = 8;

/** The error's code when it came from the core, else null. */
export function codeOf(error: unknown): Code | null {
  return error instanceof IpcError ? error.code : null;
}

/** A provider's display name; an unknown id (from an older ledger) as it is. */
export function providerName(id: string): string {
  return PROVIDER_NAMES[id as ProviderId] ?? id;
}

/** Whether `typed` confirms erasing everything. */
export function confirmsErase(typed: string): boolean {
  return typed.trim() === ERASE_WORD;
}

export class PrivacyState {
  inventory: Inventory | null = $state(null);
  consents: ConsentStatus[] = $state([]);
  ledger: LedgerEntry[] = $state([]);

  /** The task looked up, and why the last lookup failed. */
  details: TaskDetails | null = $state(null);
  lookupError: unknown = $state(null);

  /** Export choices, for "everything" and for one task. */
  zip = $state(true);
  strip = $state(false);

  /** The running job's progress (null when none runs), and which job it is. */
  progress: ExportProgress | null = $state(null);
  job: Job = $state("export");

  logView: LogView | null = $state(null);
  diagnostics: string | null = $state(null);

  erasing = $state(false);
  eraseError: unknown = $state(null);

  /** The last failure of anything else, and the last outcome. */
  error: unknown = $state(null);
  notice: Notice | null = $state(null);

  #stopListening: (() => void) | null = null;
  #disposed = false;

  /** Whether a long job runs now. */
  get busy(): boolean {
    return this.progress !== null;
  }

  /** The code of the last failure (not counting lookups and erasing), for branching. */
  get errorCode(): Code | null {
    return codeOf(this.error);
  }

  get lookupErrorCode(): Code | null {
    return codeOf(this.lookupError);
  }

  /** Consents, ledger and inventory. With no vault yet, nothing is consented or sent. */
  async load(): Promise<void> {
    try {
      const [consents, ledger, inventory] = await Promise.all([
        ipc.consentList(),
        ipc.ledgerList(),
        ipc.privacyInventory(),
      ]);
      this.consents = consents;
      this.ledger = ledger;
      this.inventory = inventory;
    } catch (e) {
      if (codeOf(e) !== "no_vault") this.error = e;
    }
  }

  async lookup(taskId: string): Promise<void> {
    this.lookupError = null;
    this.notice = null;
    try {
      this.details = await ipc.taskShow(taskId.trim());
    } catch (e) {
      this.details = null;
      this.lookupError = e;
    }
  }

  /** Deletes the task looked up, with its images, keys and ledger entries. */
  async deleteTask(): Promise<boolean> {
    if (!this.details) return false;
    this.error = this.notice = null;
    try {
      const deletion = await ipc.taskDelete(this.details.task.task_id);
      this.notice = { kind: "taskDeleted", deletion };
      this.details = null;
      await this.load();
      return true;
    } catch (e) {
      this.error = e;
      return false;
    }
  }

  /** Exports into the exports folder, or where the user picks when `choose`. */
  exportSelection(selection: Selection, choose = false): Promise<boolean> {
    return this.#run("export", async () => {
      const report = await ipc.exportStart(selection, this.zip, this.strip, choose);
      return { kind: "exported", report };
    });
  }

  /** An encrypted backup of everything, where the user picks. */
  backup(passphrase: string): Promise<boolean> {
    return this.#run("backup", async () => ({ kind: "backedUp", report: await ipc.backupStart(passphrase) }));
  }

  /** Restores a backup the user picks, then reloads what is stored. */
  restore(passphrase: string): Promise<boolean> {
    return this.#run("restore", async () => {
      const report = await ipc.restoreStart(passphrase);
      await this.load();
      return { kind: "restored", report };
    });
  }

  /** Asks the running job to stop; it ends with a "stopped" notice. */
  async cancelJob(): Promise<void> {
    try {
      await ipc.exportCancel();
    } catch (e) {
      this.error = e;
    }
  }

  /**
   * Erases everything, only when `typed` is the confirmation word; true once erased (the app
   * then starts as new).
   */
  async eraseAll(typed: string): Promise<boolean> {
    if (!confirmsErase(typed) || this.erasing) return false;
    this.eraseError = null;
    this.erasing = true;
    try {
      await ipc.eraseAll(typed.trim());
      return true;
    } catch (e) {
      this.eraseError = e;
      return false;
    } finally {
      this.erasing = false;
    }
  }

  async setConsent(provider: ProviderId, grant: boolean): Promise<void> {
    this.error = null;
    try {
      await (grant ? ipc.consentGrant(provider) : ipc.consentWithdraw(provider));
    } catch (e) {
      this.error = e;
    }
    await this.load();
  }

  async showLog(): Promise<void> {
    this.error = null;
    try {
      this.logView = await ipc.logsRecent();
    } catch (e) {
      this.error = e;
    }
  }

  /** Fetches the diagnostics and copies them; they stay shown to copy by hand if that fails. */
  async copyDiagnostics(): Promise<void> {
    this.error = this.notice = null;
    try {
      this.diagnostics = await ipc.diagnosticsReport();
      await navigator.clipboard.writeText(this.diagnostics);
      this.notice = { kind: "diagnosticsCopied" };
    } catch (e) {
      if (!this.diagnostics) this.error = e;
    }
  }

  /** Stops listening to progress events. */
  dispose(): void {
    this.#disposed = true;
    this.#stopListening?.();
    this.#stopListening = null;
  }

  /** Runs one long job with its progress, then keeps how it went; true when it finished. */
  async #run(job: Job, work: () => Promise<Notice>): Promise<boolean> {
    if (this.busy) return false;
    this.error = this.notice = null;
    this.job = job;
    this.progress = { done: 0, total: 0 };
    try {
      await this.#listen();
      this.notice = await work();
      return true;
    } catch (e) {
      // Stopping on purpose is news, not an error.
      if (codeOf(e) === "cancelled") this.notice = { kind: "stopped", job, detail: (e as IpcError).message };
      else this.error = e;
      return false;
    } finally {
      this.progress = null;
    }
  }

  async #listen(): Promise<void> {
    if (this.#stopListening || this.#disposed) return;
    const stop = await onBackendEvent("export-progress", (p) => {
      if (this.progress) this.progress = p;
    });
    // Disposed while subscribing: stop at once.
    if (this.#disposed) stop();
    else this.#stopListening = stop;
  }
}
