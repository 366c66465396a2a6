import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { clearMocks, mockConvertFileSrc, mockIPC } from "@tauri-apps/api/mocks";
import type { Config } from "../ipc";
import type { ProviderKeyStatus } from "../ipc/bindings/ProviderKeyStatus";

// lib/ipc builds its thumbnail URL when it loads, so Tauri's internals are mocked first.
let SettingsService: typeof import("./settings.svelte").SettingsService;
let i18n: typeof import("../i18n/index.svelte").i18n;
let applyLanguage: typeof import("../i18n/index.svelte").applyLanguage;

beforeAll(async () => {
  mockConvertFileSrc("linux");
  ({ SettingsService } = await import("./settings.svelte"));
  ({ i18n, applyLanguage } = await import("../i18n/index.svelte"));
});

afterEach(() => {
  clearMocks();
  mockConvertFileSrc("linux");
  applyLanguage("en");
});

function provider(model: string) {
  return { model, base_url: "https://example.invalid", skip_preview: false, concurrency: 2 };
}

const CONFIG: Config = {
  ui: { theme: "system", language: "system" },
  logging: { level: "info" },
  import: { watch_folder: null, delete_after_import: false },
  retention: { originals: "1d", outputs: "30d", outputs_max: "365d", logs: "1d", ledger: "365d" },
  background: { close_to_tray: true, start_at_login: false },
  network: { offline: false, request_timeout: "2m" },
  providers: {
    gemini: provider("gemini-x"),
    openai: provider("gpt-image-x"),
    seedream: provider("seedream-x"),
    kling: provider("kling-x"),
    seedance: provider("seedance-x"),
  },
  lock: { idle_minutes: 0 },
  models: [],
  video: { max_wait: "30m", max_download_mib: 512 },
};

const KEYS: ProviderKeyStatus[] = [
  { provider: "gemini", display_name: "Google Gemini", stored: false, location: null },
  { provider: "openai", display_name: "OpenAI", stored: true, location: "keyring" },
  { provider: "seedream", display_name: "Seedream", stored: false, location: "environment" },
];

/** A fake core: answers settings_get / provider_keys_list, records settings_set. */
function fakeCore(onSet?: (config: Config) => unknown) {
  const sets: Config[] = [];
  mockIPC((cmd, args) => {
    if (cmd === "settings_get") return structuredClone(CONFIG);
    if (cmd === "provider_keys_list") return structuredClone(KEYS);
    if (cmd === "settings_set") {
      const config = (args as { config: Config }).config;
      sets.push(config);
      return onSet ? onSet(config) : config;
    }
    throw { code: "internal", message: `unexpected command ${cmd}` };
  });
  return sets;
}

describe("SettingsService", () => {
  it("load fills the config and the key statuses", async () => {
    fakeCore();
    const settings = new SettingsService();
    expect(await settings.load()).toBe(true);
    expect(settings.config).toEqual(CONFIG);
    expect(settings.keys.find((k) => k.provider === "openai")?.stored).toBe(true);
    expect(settings.error).toBeNull();
  });

  it("saving a language sends the config with ui.language changed and switches the window", async () => {
    const sets = fakeCore();
    const settings = new SettingsService();
    await settings.load();
    expect(await settings.setLanguage("ja")).toBe(true);
    expect(sets).toHaveLength(1);
    expect(sets[0]).toEqual({ ...CONFIG, ui: { ...CONFIG.ui, language: "ja" } });
    expect(settings.config?.ui.language).toBe("ja");
    expect(i18n.locale).toBe("ja");
    expect(document.documentElement.lang).toBe("ja");
  });

  it("exposes an invalid_config refusal with its code and keeps the previous config", async () => {
    fakeCore(() => {
      throw {
        code: "invalid_config",
        message: "config.toml: invalid value for `providers.openai.concurrency`: expected a number from 1 to 8",
      };
    });
    const settings = new SettingsService();
    await settings.load();
    const saved = await settings.update((c) => ({
      ...c,
      providers: { ...c.providers, openai: { ...c.providers.openai, concurrency: 99 } },
    }));
    expect(saved).toBe(false);
    expect(settings.code).toBe("invalid_config");
    expect((settings.error as Error).message).toContain("providers.openai.concurrency");
    expect(settings.config).toEqual(CONFIG);
  });

  it("a refused language leaves the window's language alone", async () => {
    fakeCore(() => {
      throw { code: "invalid_config", message: "config.toml: refused" };
    });
    const settings = new SettingsService();
    await settings.load();
    expect(await settings.setLanguage("ar")).toBe(false);
    expect(settings.config?.ui.language).toBe("system");
    expect(i18n.locale).toBe("en");
  });
});
