// The gallery's state and actions, apart from how they are drawn: the vault's phase, the listed
// images and the filters that chose them, the selection, and import / export / keep / delete
// through `ipc`. Failures are kept as caught (an IpcError: branch on `code`), never as text.
import { ipc, IpcError, onBackendEvent, type BoardSummary, type Code, type ObjectSummary } from "../ipc";

export type GalleryPhase = "loading" | "none" | "locked" | "open" | "error";
export type KindFilter = "" | "original" | "output" | "video";
export type WithinFilter = "" | "1" | "7" | "30";
export type Order = "newest" | "oldest" | "name";

/** What the last action did, for the component to say in words. */
export type GalleryNotice =
  | { kind: "imported"; added: number; duplicates: number }
  | { kind: "exported"; files: number; path: string }
  | { kind: "kept"; expiresAt: string }
  | { kind: "deleted"; count: number }
  | { kind: "starred"; id: string; expiresAt: string | null }
  | { kind: "boarded"; count: number; board: string }
  | { kind: "editQueued" };

/** What a dragged tile carries: the ids of the images being dragged. */
export const DRAG_TYPE = "application/x-seed-studio-images";

export class GalleryService {
  phase: GalleryPhase = $state("loading");
  items: ObjectSummary[] = $state([]);
  // Filters: the list follows them.
  query = $state("");
  kind: KindFilter = $state("");
  within: WithinFilter = $state("");
  order: Order = $state("newest");
  provider = $state("");
  taskStatus = $state("");
  starredOnly = $state(false);
  /** The board being viewed ("": all images). */
  board = $state("");
  boards: BoardSummary[] = $state([]);
  // Filter choices from tasks (facets): they change only with the vault's content.
  providers: string[] = $state([]);
  statuses: string[] = $state([]);
  // Select mode: tiles toggle instead of opening; bulk export and delete.
  selecting = $state(false);
  chosen: string[] = $state([]);
  /** The last failure, as caught. */
  error: unknown = $state(null);
  /** Files that failed to import, one caught error each. */
  importErrors: unknown[] = $state([]);
  /** A watch-folder import that failed (the core's message). */
  watchFailure: string | null = $state(null);
  notice: GalleryNotice | null = $state(null);
  progress: { done: number; total: number } | null = $state(null);
  // Deadlines are shown relative to now, and an item past its deadline is hidden at once,
  // before the next purge removes it for good.
  private nowMs = $state(Date.now());
  readonly visible = $derived(this.items.filter((i) => !i.expires_at || Date.parse(i.expires_at) > this.nowMs));

  /** The time deadlines are measured from (moves every 15 s while watching); never mutated. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a snapshot, replaced on each tick
  readonly now = $derived(new Date(this.nowMs));

  /** The failure's code, for branching (null: none, or not from the backend). */
  get errorCode(): Code | null {
    return this.error instanceof IpcError ? this.error.code : null;
  }

  /** Whether a search or filter narrows the list. */
  get filtered(): boolean {
    return Boolean(this.query || this.kind || this.within || this.provider || this.taskStatus || this.starredOnly);
  }

  private clearMessages(): void {
    this.error = null;
    this.notice = null;
    this.importErrors = [];
    this.watchFailure = null;
  }

  /** The list and the filter choices (after the vault's content changed). */
  async load(): Promise<void> {
    await this.refresh();
    if (this.phase === "open") {
      try {
        const facets = await ipc.objectsFacets();
        this.providers = facets.providers;
        this.statuses = facets.task_statuses;
        this.boards = await ipc.boardsList();
      } catch (e) {
        this.error = e;
      }
    }
  }

  /** The list for the current filters. On failure the list shown stays as it was. */
  async refresh(): Promise<void> {
    try {
      const items = await ipc.objectsList({
        text: this.query || null,
        kind: this.kind || null,
        withinDays: this.within ? Number(this.within) : null,
        order: this.order,
        provider: this.provider || null,
        taskStatus: this.taskStatus || null,
        starred: this.starredOnly,
        board: this.board || null,
      });
      this.items = items;
      this.chosen = this.chosen.filter((id) => items.some((i) => i.id === id));
      this.phase = "open";
    } catch (e) {
      if (e instanceof IpcError && e.code === "no_vault") this.phase = "none";
      else if (e instanceof IpcError && e.code === "locked") this.phase = "locked";
      else {
        if (this.phase === "loading") this.phase = "error";
        this.error = e;
      }
    }
  }

  /** Search names and tags. */
  async search(text: string): Promise<void> {
    this.query = text;
    await this.refresh();
  }

  async importFiles(files: FileList | File[]): Promise<void> {
    const list = Array.from(files);
    if (!list.length) return;
    this.clearMessages();
    this.progress = { done: 0, total: list.length };
    const failures: unknown[] = [];
    let added = 0;
    for (const [i, file] of list.entries()) {
      try {
        const item = await ipc.objectImport(file);
        if (!item.duplicate) added += 1;
      } catch (e) {
        failures.push(e);
      }
      this.progress = { done: i + 1, total: list.length };
    }
    this.progress = null;
    this.importErrors = failures;
    this.notice = { kind: "imported", added, duplicates: list.length - failures.length - added };
    await this.load();
  }

  toggle(id: string): void {
    this.chosen = this.chosen.includes(id) ? this.chosen.filter((c) => c !== id) : [...this.chosen, id];
  }

  selectAll(): void {
    this.chosen = this.items.map((i) => i.id);
  }

  endSelecting(): void {
    this.selecting = false;
    this.chosen = [];
  }

  /** Decrypted copies of `ids`, with a manifest, into the exports folder. */
  async exportIds(ids: string[]): Promise<void> {
    this.clearMessages();
    try {
      const report = await ipc.exportStart({ kind: "objects", value: ids }, false, false);
      this.notice = { kind: "exported", files: report.files, path: report.path };
      this.endSelecting();
    } catch (e) {
      this.error = e;
    }
  }

  /** Keep a generated image longer, e.g. by "30d"; its new deadline, or null on failure. */
  async keepLonger(id: string, by: string): Promise<string | null> {
    this.clearMessages();
    try {
      const expiresAt = await ipc.objectKeepLonger(id, by);
      this.notice = { kind: "kept", expiresAt };
      await this.refresh();
      return expiresAt;
    } catch (e) {
      this.error = e;
      return null;
    }
  }

  /** Delete `ids` for good (thumbnails and keys too); they leave the list at once. */
  async deleteIds(ids: string[]): Promise<boolean> {
    this.clearMessages();
    try {
      await ipc.objectsDelete(ids);
      this.items = this.items.filter((i) => !ids.includes(i.id));
      this.notice = { kind: "deleted", count: ids.length };
      this.endSelecting();
      await this.load();
      return true;
    } catch (e) {
      this.error = e;
      return false;
    }
  }

  /** Star or unstar one image; starring a generated image says it is still deleted on time. */
  async setStar(item: ObjectSummary, starred: boolean): Promise<void> {
    this.clearMessages();
    try {
      await ipc.objectsStar([item.id], starred);
      this.items = this.items.map((i) => (i.id === item.id ? { ...i, starred } : i));
      if (starred && item.kind === "output") this.notice = { kind: "starred", id: item.id, expiresAt: item.expires_at };
      if (this.starredOnly) await this.refresh();
    } catch (e) {
      this.error = e;
    }
  }

  /** Show one board ("" for all images). */
  async viewBoard(name: string): Promise<void> {
    this.board = name;
    this.endSelecting();
    await this.refresh();
  }

  /** Run a board action, then reload the boards and the list; false on failure. */
  private async boardAction(action: () => Promise<unknown>): Promise<boolean> {
    this.clearMessages();
    try {
      await action();
      await this.load();
      return true;
    } catch (e) {
      this.error = e;
      return false;
    }
  }

  createBoard(name: string): Promise<boolean> {
    return this.boardAction(() => ipc.boardCreate(name));
  }

  renameBoard(old: string, name: string): Promise<boolean> {
    return this.boardAction(async () => {
      const renamed = await ipc.boardRename(old, name);
      if (this.board === old) this.board = renamed.name;
    });
  }

  deleteBoard(name: string): Promise<boolean> {
    return this.boardAction(async () => {
      await ipc.boardDelete(name);
      if (this.board === name) this.board = "";
    });
  }

  /** Put images on a board (dropped, or chosen in a menu). */
  addToBoard(name: string, ids: string[]): Promise<boolean> {
    return this.boardAction(async () => {
      const { changed } = await ipc.boardAdd(name, ids);
      this.notice = { kind: "boarded", count: changed, board: name };
    });
  }

  removeFromBoard(name: string, ids: string[]): Promise<boolean> {
    return this.boardAction(() => ipc.boardRemove(name, ids));
  }

  /** The images a drag from `item` carries: the selection if it is part of it, else the one. */
  dragIds(item: ObjectSummary): string[] {
    return this.selecting && this.chosen.includes(item.id) ? [...this.chosen] : [item.id];
  }

  /**
   * Follow the backend (the watch folder imports, retention purges) and the clock; returns
   * the function that stops.
   */
  watch(): () => void {
    const stops = [
      onBackendEvent("vault-changed", () => void this.load()),
      onBackendEvent("import-failed", (message) => (this.watchFailure = message)),
      onBackendEvent("retention-purged", () => void this.load()),
    ];
    const ticker = setInterval(() => (this.nowMs = Date.now()), 15_000);
    return () => {
      clearInterval(ticker);
      stops.forEach((stop) => void stop.then((f) => f()));
    };
  }
}
