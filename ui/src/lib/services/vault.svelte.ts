// The shell's view of the core: the health report (About, the keyring banner), whether the core
// could open the data at all, and the app lock. App.svelte holds one; state is reactive ($state).
import { ipc, IpcError, APP_LOCKED_EVENT, type Code, type Config, type DoctorReport, type LockStatus } from "../ipc";

/** Failures that mean the core could not start on this data (bad config.toml, unusable folder). */
const FATAL: readonly Code[] = ["invalid_config", "data_dir"];

export class VaultService {
  /** The last health report (`doctor`), or null until one arrives. */
  report: DoctorReport | null = $state(null);
  /** Why the last report (or locking) failed: what was caught, for <ErrorNote error>. */
  error: unknown = $state(null);
  /** Set when the core could not open the data: nothing else can work. */
  fatal: IpcError | null = $state(null);
  /** The app lock's state, or null until known. */
  lock: LockStatus | null = $state(null);

  /** Whether the lock screen replaces everything. */
  get locked(): boolean {
    return this.lock?.locked ?? false;
  }
  /** Whether locking is possible (a lock or vault passphrase exists). */
  get canLock(): boolean {
    return this.lock !== null && this.lock.method !== "none";
  }

  // Any call that finds the app locked (the ipc module dispatches the event on `app_locked`)
  // locks the window at once; the full status follows.
  private readonly onLocked = (): void => {
    this.lock = { method: "lock_passphrase", idle_minutes: 0, ...this.lock, locked: true };
    void this.refreshLock();
  };

  constructor() {
    if (typeof window !== "undefined") window.addEventListener(APP_LOCKED_EVENT, this.onLocked);
  }

  /** Stop following lock events. */
  dispose(): void {
    if (typeof window !== "undefined") window.removeEventListener(APP_LOCKED_EVENT, this.onLocked);
  }

  private noteFatal(e: unknown): void {
    if (e instanceof IpcError && FATAL.includes(e.code)) this.fatal = e;
  }

  /** Ask the core for its health report. */
  async refresh(): Promise<void> {
    try {
      this.report = await ipc.doctor();
      this.error = null;
    } catch (e) {
      this.error = e;
      this.noteFatal(e);
    }
  }

  /** The settings, or null when they cannot be read (then `fatal` says why, if it is fatal). */
  async settings(): Promise<Config | null> {
    try {
      return await ipc.settingsGet();
    } catch (e) {
      this.noteFatal(e);
      return null;
    }
  }

  /** Ask the core whether the app is locked; keeps what it knew when the question fails. */
  async refreshLock(): Promise<void> {
    try {
      this.lock = await ipc.lockStatus();
    } catch (e) {
      this.noteFatal(e);
    }
  }

  /** Lock now. True when locked (then start the page over); false with `error` set otherwise. */
  async lockNow(): Promise<boolean> {
    try {
      this.lock = await ipc.appLock();
      return true;
    } catch (e) {
      this.error = e;
      return false;
    }
  }
}
