// The Settings section: appearance and language, logs, background, app lock, network and
// providers, API keys, watch folder, data folder, and retention (RetentionSettings.svelte).
// `{0}`, `{1}`… in a sentence are filled by the page (with code, a name or a duration).
export default {
  subtitle:
    "Appearance, retention, running in the background, provider keys, the watch folder, and where your data lives.",
  loading: "Loading…",
  /** Under an error when a change was refused. */
  notSaved: "Nothing was changed: the settings stay as they were.",

  appearance: {
    title: "Appearance",
    language: "Language",
    /** `name`: the detected language, in its own name. */
    languageSystem: (name: string) => `System (${name})`,
    languageHelp: "The window switches at once.",
    theme: "Theme",
    themes: { system: "Follow the system", light: "Light", dark: "Dark" },
  },

  logs: {
    title: "Operational log",
    level: "Detail",
    levels: { error: "Errors only", warn: "Warnings", info: "Normal", debug: "Troubleshooting" },
    help: "Logs never contain prompts, keys, images or file names. Applies at next start.",
  },

  background: {
    title: "Running in the background",
    help: "Deletions happen on time only while Seed Studio runs. Closed, it keeps running in the system tray (open it again from there, or quit). When it is not running at all, whatever expired is deleted the moment it starts, before anything is shown.",
    closeToTray: "Closing the window keeps Seed Studio running in the system tray",
    startAtLogin: "Start Seed Studio in the tray when I log in",
  },

  lock: {
    title: "App lock",
    /** {0}: the shortcut. */
    help: "Locked, Seed Studio shows nothing from the vault and drops its keys from memory; deletions still happen on time. Lock with the button at the bottom of the sidebar or {0}.",
    byVault: "Your vault passphrase unlocks it.",
    newPassphrase: "New lock passphrase…",
    choosePassphrase: "Choose a lock passphrase (8+ characters)…",
    passphraseLabel: "Lock passphrase",
    save: "Save",
    remove: "Remove",
    saved: "Lock passphrase saved (as an Argon2id hash).",
    removed: "Lock passphrase removed.",
    idle: "Lock automatically",
    never: "Never",
    /** `duration`: "5 minutes", "1 hour"… */
    after: (duration: string) => `After ${duration}`,
    lockNow: "Lock now",
  },

  network: {
    title: "Network and providers",
    offline: "Offline mode",
    offlineHelp: "Nothing leaves this computer; tasks to cloud providers are refused.",
    provider: "Provider",
    model: "Model",
    atOnce: "At once",
    preview: "Preview before sending",
    modelOf: (provider: string) => `${provider} model`,
    atOnceOf: (provider: string) => `${provider} tasks at once`,
    showWhatLeaves: "show what will leave",
    /** {0}: the timeout ("2 minutes"), {1}: its key in config.toml. */
    timeout: "A provider that does not answer within {0} fails with a clear message ({1} in config.toml).",
    /** {0}: the Create button's label. */
    previewHelp:
      "Untick the preview only for a provider you trust: its tasks then leave as soon as you press {0}, still minimized and recorded in the ledger.",
  },

  keys: {
    title: "Provider API keys",
    help: "Stored in your system keyring, or sealed in the encrypted vault when the keyring cannot be reached. Seed Studio never shows a stored key again, never writes it to a file unencrypted, and sends it nowhere but to its provider.",
    /** A key in the system keyring. */
    stored: "Stored",
    storedInVault: "Stored in the vault",
    /** The provider's environment variable holds a key (read, never stored). */
    fromEnvironment: "From the environment",
    notSet: "Not set",
    replace: "Replace key…",
    paste: "Paste key…",
    keyFor: (provider: string) => `API key for ${provider}`,
    save: "Save",
    remove: "Remove",
    saved: "Key saved to the system keyring.",
    savedInVault: "The system keyring cannot be reached, so the key was sealed in the encrypted vault.",
    removed: "Key removed.",
  },

  watch: {
    title: "Watch folder",
    help: "New photos saved into this folder are imported automatically once they have finished copying (files already in it are imported too).",
    placeholder: "/home/you/Pictures/To import",
    pathLabel: "Watch folder (absolute path)",
    save: "Save",
    stop: "Stop watching",
    deleteAfter: "Delete each file from the folder once its encrypted copy has been read back and verified",
    osCopies:
      "The operating system may still keep copies elsewhere — in the trash, in backups, or in a sync service's history. Deleting here removes only this file.",
  },

  dataDir: {
    title: "Data folder",
    /** {0}: the command-line option, {1}: the environment variable. */
    help: "To use another folder, start Seed Studio with {0} or set {1}.",
    /** Stands for a folder in `--data-dir FOLDER`. */
    folderArg: "FOLDER",
  },

  retention: {
    title: "Retention",
    /** {0}–{3}: examples of durations as typed (90s, 15m, 12h, 30d). */
    intro:
      "How long Seed Studio keeps each kind of data on this computer before destroying it (the key first, then the file). Durations like {0}, {1}, {2} or {3}.",
    unavailable: "Create or unlock the vault in the Gallery to see and change retention.",
    /** `when`: a date and time; `what`: "1 original, 2 thumbnails". */
    next: (when: string, what: string) => `Next deletion: ${when} — ${what}.`,
    nothingScheduled: "Nothing is scheduled for deletion.",
    fields: {
      originals: { label: "Imported originals", help: "From import; they go sooner, as soon as the task that uses them ends." },
      outputs: { label: "Generated images", help: "From when they were made." },
      outputsMax: { label: "Longest a generated image can be kept", help: "“Keep longer” in the detail view stops here." },
      logs: { label: "Operational logs", help: "From each log file's last line." },
      ledger: { label: "Outbound ledger entries", help: "From when each was written." },
    },
    /** Why each window has its limits. */
    why: {
      originals: "Originals are never kept longer than 24 hours: that is the promise.",
      outputs: "Up to ten years.",
      outputsMax: "Extending an image can keep it this long at most; not less than the window for generated images.",
      logs: "Operational logs are never kept longer than 24 hours.",
      ledger: "Up to ten years.",
    },
    /** `min`, `max`: durations ("1 minute", "1 day"). */
    allowed: (min: string, max: string) => `Allowed: from ${min} to ${max}.`,
    review: "Review change…",
    undo: "Undo",
    /** `what`: "3 originals, 1 thumbnail". */
    deletesNow: (what: string) => `Applying this deletes right away: ${what}.`,
    cannotUndo: "This cannot be undone.",
    nothingNow: "Nothing is deleted right away; new deadlines apply to everything stored.",
    apply: "Apply",
    cancel: "Cancel",
    updated: "Retention updated. Anything now past its deadline is being deleted.",
  },
};
