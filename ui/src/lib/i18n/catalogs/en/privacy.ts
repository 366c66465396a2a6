// The Privacy section: what is stored, who may receive it, what left the device, and the
// user's rights (look up, export, back up, restore, erase). Text between backticks is shown as
// code (a folder, a file name, a format) and stays as it is in every language.
// The E2E tests read some of these sentences in English (the "(s)" forms, "Exported …",
// "Backed up …", "Restored …", "… request(s) sent"): keep their wording.
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "What is stored, where, who may receive it, and everything that has left this device.",

  notices: {
    /** After an export; the path comes last (the E2E test reads it after the last " to "). */
    exported: (images: number, tasks: number, entries: number, path: string) =>
      `Exported ${plural("en", images, { other: "# image(s)" })}, ${plural("en", tasks, { other: "# task(s)" })} and ${plural("en", entries, { one: "# ledger entry", other: "# ledger entries" })} to ${path}`,
    backedUp: (images: number, tasks: number, entries: number, path: string) =>
      `Backed up ${plural("en", images, { other: "# image(s)" })}, ${plural("en", tasks, { other: "# task(s)" })} and ${plural("en", entries, { one: "# ledger entry", other: "# ledger entries" })} to ${path}`,
    restored: (originals: number, outputs: number, tasks: number, duplicates: number) =>
      `Restored ${plural("en", originals, { other: "# original(s)" })}, ${plural("en", outputs, { other: "# generated image(s)" })} and ${plural("en", tasks, { other: "# task(s)" })}; ${plural("en", duplicates, { one: "# image was", other: "# images were" })} already here.`,
    taskDeleted: (files: number, entries: number) =>
      `Deleted the task, ${plural("en", files, { one: "# stored file", other: "# stored files" })} with their keys and ${plural("en", entries, { one: "# ledger entry", other: "# ledger entries" })}.`,
    stopped: {
      export: "The export stopped.",
      backup: "The backup stopped.",
      restore: "The restore stopped.",
    },
    diagnosticsCopied:
      "Diagnostics copied to the clipboard. They hold no keys, prompts, file names or home-folder paths.",
  },

  inventory: {
    title: "What is stored",
    kinds: {
      original: "Originals",
      output: "Generated images",
      thumbnail: "Thumbnails",
    },
    ledgerEntries: "Outbound ledger entries",
    logFiles: "Operational log files",
    oldest: (date: string) => `Oldest item: ${date}.`,
    /** `what` is a list of counts below, joined for the language. */
    nextDeletion: (date: string, what: string) => `Next deletion ${date}: ${what}.`,
    nothingScheduled: "Nothing is scheduled for deletion.",
    nothing: "nothing",
    originals: (n: number) => plural("en", n, { one: "# original", other: "# originals" }),
    outputs: (n: number) => plural("en", n, { one: "# generated image", other: "# generated images" }),
    thumbnails: (n: number) => plural("en", n, { one: "# thumbnail", other: "# thumbnails" }),
    protectedByPassphrase: (objectCipher: string, indexCipher: string) =>
      `Protection: images sealed with ${objectCipher}; the index encrypted with ${indexCipher}; the master key sealed by your passphrase (Argon2id).`,
    protectedByKeyring: (objectCipher: string, indexCipher: string) =>
      `Protection: images sealed with ${objectCipher}; the index encrypted with ${indexCipher}; the master key in the system keyring.`,
  },

  export: {
    title: "Export",
    zip: "one .zip file",
    strip: "remove embedded metadata (EXIF, XMP, C2PA)",
    all: "Export everything",
    saveAs: "Save as…",
    where:
      "Exports go to `Pictures/Seed Studio exports` (or where you choose with Save as…): decrypted images under readable names and a `manifest.json` describing tasks, prompts, providers and the ledger.",
  },

  progress: {
    export: (done: number, total: number) => `Exporting ${formatNumber("en", done)} of ${formatNumber("en", total)}…`,
    backup: (done: number, total: number) => `Backing up ${formatNumber("en", done)} of ${formatNumber("en", total)}…`,
    restore: (done: number, total: number) => `Restoring ${formatNumber("en", done)} of ${formatNumber("en", total)}…`,
  },

  backup: {
    title: "Encrypted backup",
    about:
      "One file with every image, task and ledger entry, sealed with a passphrase (the open `age` format), to keep results past their retention or to move to another computer. Without the passphrase nobody can open it — not even you. Restoring puts the images and tasks back into this vault and skips what is already here.",
    passphrase: "Backup passphrase",
    again: "Repeat it to back up",
    againLabel: "Repeat the backup passphrase",
    make: "Make a backup…",
    restore: "Restore a backup…",
    restoreNeedsPassphrase: "Type the backup's passphrase first",
    tooShort: (min: number) => `A backup passphrase needs at least ${plural("en", min, { one: "# character", other: "# characters" })}.`,
    differ: "The two passphrases differ.",
  },

  lookup: {
    title: "Look up a task",
    placeholder: "Paste a task id",
    label: "Task id",
    show: "Show",
    thisDevice: "this device",
    reference: "reference",
    result: "result",
    until: (date: string) => `until ${date}`,
    kept: "kept",
    /** The E2E test reads "1 request(s) sent". */
    summary: (requests: number, changes: number) =>
      `${plural("en", requests, { other: "# request(s)" })} sent; ${plural("en", changes, { one: "# status change", other: "# status changes" })} recorded.`,
    exportTask: "Export this task",
    deleteTask: "Delete this task…",
    deleteConfirm: (images: number, entries: number) =>
      `This deletes ${plural("en", images, { one: "# image", other: "# images" })} with their thumbnails and keys, ${plural("en", entries, { one: "# ledger entry", other: "# ledger entries" })} and the task's history.`,
    keep: "Keep",
    sentTitle: "What left the device",
    sentShow: "Show what was sent",
    sentSame: "Rebuilt on this device from the reference: identical to what was sent (its SHA-256 is in the ledger).",
    sentDiffers:
      "Rebuilt on this device, but not identical to what was sent: a setting that shapes it (a provider's size limit) changed since. The ledger keeps what left.",
    sentGone:
      "The references and the copies sent were deleted when the task ended; the ledger keeps each part's size, levels and SHA-256 (above).",
  },

  location: {
    title: "Where your data lives",
    noTelemetry: "Nothing is written anywhere else. No telemetry is collected, ever.",
  },

  keys: {
    title: "Keys",
    /** Shown after the keyring's name ("Secret Service: working"). */
    working: "working",
    unreachable: "not reachable",
    checking: "Checking…",
    about: "Provider API keys are kept in the system keyring (or, where it cannot be reached, sealed inside the passphrase-protected vault), never in plain files or logs.",
  },

  consents: {
    title: "Who may receive your images",
    about: "Nothing is sent to a provider without your consent. Withdrawing it stops new requests at once.",
    none: "No provider has your consent. You are asked the first time you send to one.",
    allowedSince: (date: string) => `allowed since ${date}`,
    notAllowed: "not allowed",
    withdraw: "Withdraw",
    allow: "Allow",
  },

  troubleshooting: {
    title: "Troubleshooting",
    about:
      "The operational log of the last 24 hours records what happened (actions, providers, outcomes, errors) and never prompts, keys, images or file names. Diagnostics add versions and settings, for a bug report.",
    showLog: "Show the log",
    copyDiagnostics: "Copy diagnostics",
    logLabel: "Operational log",
    diagnosticsLabel: "Diagnostics",
    omitted: (n: number) => `… ${plural("en", n, { one: "# earlier line", other: "# earlier lines" })}`,
    empty: "The log is empty.",
  },

  erase: {
    title: "Erase everything",
    about:
      "Destroys the vault's master key (so nothing stored can be read again), then deletes every image, thumbnail, the index, the ledger, logs and settings, withdraws every consent and removes the provider API keys from the keyring. Seed Studio then starts as new. This cannot be undone; export first if you want a copy.",
    /** The word to type is always ERASE, in capitals, whatever the language. */
    howTo: "To confirm, type the word ERASE in capital letters.",
    placeholder: "Type ERASE",
    label: "Type ERASE to confirm",
    button: "Erase everything",
    erasing: "Erasing…",
  },

  ledger: {
    title: "Outbound ledger",
    emptyTitle: "Nothing has left this device",
    emptyBody:
      "Every request to an AI provider is recorded here: which provider, when, for which task, and for each image its size, dimensions and fingerprint — so you can see exactly what was sent.",
    provider: "Provider",
    allProviders: "All providers",
    filter: "Filter",
    filterPlaceholder: "Task id, host or image fingerprint",
    shown: (shown: number, total: number) =>
      `${formatNumber("en", shown)} of ${plural("en", total, { one: "# request", other: "# requests" })}`,
    when: "When",
    to: "To",
    what: "What",
    answer: "Answer",
    task: "Task",
    promptChars: (n: number) => plural("en", n, { one: "# character of prompt", other: "# characters of prompt" }),
    noAnswer: "no answer",
    openTask: "Show this task in Tasks",
  },
};
