// The Settings page's state: the config as the core last accepted it, the provider keys'
// statuses, and the last failure with its code. A refused save (e.g. `invalid_config` for a
// value out of range) leaves `config` as it was, so the page never shows what was not saved.
import { applyLanguage } from "../i18n/index.svelte";
import { ipc, IpcError, type Code, type Config, type KeyLocation, type ProviderId, type ProviderKeyStatus } from "../ipc";
import type { Language } from "../ipc/bindings/Language";

/** A change to the config, saved at once; resolves to whether the core accepted it. */
export type ConfigChange = (change: (config: Config) => Config) => Promise<boolean>;

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3_600, d: 86_400 };

/** The seconds in a window as typed in config.toml ("90s", "15m", "12h", "30d"), or null. */
export function windowSeconds(text: string): number | null {
  const m = /^\s*(\d{1,9})([smhd])\s*$/.exec(text);
  return m ? Number(m[1]) * UNIT_SECONDS[m[2]] : null;
}

export class SettingsService {
  /** The config in force (null until loaded). */
  config: Config | null = $state(null);
  /** Whether each provider has a key in the system keyring. */
  keys: ProviderKeyStatus[] = $state([]);
  /** Providers with a key action under way. */
  busy: Partial<Record<ProviderId, boolean>> = $state({});
  /** The last failure, as caught (an IpcError carries its `code`), for `<ErrorNote>`. */
  error: unknown = $state(null);

  /** The last failure's code, to branch on. */
  get code(): Code | null {
    return this.error instanceof IpcError ? this.error.code : null;
  }

  /** Read the config and the key statuses. */
  async load(): Promise<boolean> {
    this.error = null;
    try {
      const [config, keys] = await Promise.all([ipc.settingsGet(), ipc.providerKeysList()]);
      this.config = config;
      this.keys = keys;
      return true;
    } catch (e) {
      this.error = e;
      return false;
    }
  }

  /** Save `next`; the core's answer becomes the config. On failure the previous config stays. */
  async save(next: Config): Promise<boolean> {
    this.error = null;
    try {
      this.config = await ipc.settingsSet(next);
      return true;
    } catch (e) {
      this.error = e;
      return false;
    }
  }

  /** Save a change made to a copy of the config in force. */
  update(change: (config: Config) => Config): Promise<boolean> {
    if (!this.config) return Promise.resolve(false);
    return this.save(change($state.snapshot(this.config) as Config));
  }

  /** Save the window's language and switch to it at once (no restart). */
  async setLanguage(language: Language): Promise<boolean> {
    const saved = await this.update((c) => ({ ...c, ui: { ...c.ui, language } }));
    if (saved && this.config) applyLanguage(this.config.ui.language);
    return saved;
  }

  /** Store a key (in the keyring, else sealed in the vault), then refresh the statuses; where it went, or null. */
  storeKey(provider: ProviderId, key: string): Promise<KeyLocation | null> {
    return this.keyAction(provider, () => ipc.providerKeySet(provider, key));
  }

  /** Remove a key from the keyring and the vault, then refresh the statuses. */
  async removeKey(provider: ProviderId): Promise<boolean> {
    return (await this.keyAction(provider, () => ipc.providerKeyDelete(provider))) !== null;
  }

  private async keyAction<T>(provider: ProviderId, action: () => Promise<T>): Promise<T | null> {
    this.busy[provider] = true;
    this.error = null;
    try {
      const result = await action();
      this.keys = await ipc.providerKeysList();
      return result;
    } catch (e) {
      this.error = e;
      return null;
    } finally {
      this.busy[provider] = false;
    }
  }
}
