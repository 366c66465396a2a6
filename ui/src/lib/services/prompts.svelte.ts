// The prompt library and the history of prompts used, apart from how they are drawn: saved
// prompts searched as you type, saving, deleting, and the history's entries. Failures are kept
// as caught (an IpcError: branch on `code`), never as text.
import { ipc, type HistoryEntry, type PromptEntry } from "../ipc";

export class PromptLibraryService {
  query = $state("");
  saved: PromptEntry[] = $state([]);
  history: HistoryEntry[] = $state([]);
  error: unknown = $state(null);
  /** The name of the prompt just saved, for a confirmation. */
  justSaved: string | null = $state(null);

  private async run(action: () => Promise<void>): Promise<boolean> {
    this.error = null;
    try {
      await action();
      return true;
    } catch (e) {
      this.error = e;
      return false;
    }
  }

  /** Saved prompts matching the query, and the history. */
  load(): Promise<boolean> {
    return this.run(async () => {
      [this.saved, this.history] = await Promise.all([ipc.promptsList(this.query.trim() || null), ipc.promptHistory()]);
    });
  }

  search(): Promise<boolean> {
    return this.run(async () => {
      this.saved = await ipc.promptsList(this.query.trim() || null);
    });
  }

  save(name: string, text: string): Promise<boolean> {
    this.justSaved = null;
    return this.run(async () => {
      const entry = await ipc.promptSave(name, text);
      this.justSaved = entry.name;
      this.saved = await ipc.promptsList(this.query.trim() || null);
    });
  }

  delete(name: string): Promise<boolean> {
    return this.run(async () => {
      await ipc.promptDelete(name);
      this.saved = this.saved.filter((p) => p.name !== name);
    });
  }

  forget(id: number): Promise<boolean> {
    return this.run(async () => {
      await ipc.promptHistoryDelete(id);
      this.history = this.history.filter((h) => h.id !== id);
    });
  }

  clearHistory(): Promise<boolean> {
    return this.run(async () => {
      await ipc.promptHistoryClear();
      this.history = [];
    });
  }
}

/** Where the first `{placeholder}` in `text` is, to select it after inserting: [start, end). */
export function firstPlaceholder(text: string): [number, number] | null {
  const match = /\{[^{}\s]{1,40}\}/.exec(text);
  return match ? [match.index, match.index + match[0].length] : null;
}
