// The window's frame: navigation, the keyring banner, the start-up failure, About, the app
// lock, the vault's setup, and the deadlines and counts several areas show (lib/time.ts).
import { plural } from "../../plural";

export default {
  /** Navigation labels, by section id (lib/sections.ts). */
  sections: {
    gallery: "Gallery",
    create: "Create",
    idphoto: "ID Photo",
    tasks: "Tasks",
    privacy: "Privacy",
    settings: "Settings",
  },
  nav: {
    /** The navigation's accessible name. */
    label: "Sections",
    lock: "Lock",
    about: "About",
    local: "Local",
    localTitle: "Images and keys stay on this device",
  },
  /** `detail`: why, in the system's words (English), or null. */
  keyringBanner: (detail: string | null) =>
    `The system keyring is not reachable${detail ? ` (${detail})` : ""}. Protect the vault with a passphrase instead; provider API keys are then kept sealed inside the vault.`,
  fatal: {
    title: "Seed Studio cannot open your data",
    /** `file` is the settings file's name, shown as code. */
    help: (file: string) =>
      `Nothing has been changed or deleted. Fix or remove ${file} in the data folder, then start Seed Studio again.`,
  },
  about: {
    title: "About Seed Studio",
    tagline: "Your photos stay yours: images and keys stay on this device, encrypted.",
    version: "Version",
    dataFolder: "Data folder",
    settingsFile: "Settings file",
    notCreatedYet: "not created yet, defaults apply",
    logs: "Logs",
    keyring: "Keyring",
    keyringWorking: "working",
    keyringNotReachable: "not reachable",
    vault: "Vault",
    vaultNone: "none yet",
    /** The vault's state as the core reports it. */
    vaultStates: { open: "open", locked: "locked", error: "error", none: "none" },
    /** `state`: one of vaultStates. */
    vaultInKeyring: (state: string) => `key in the system keyring, ${state}`,
    vaultByPassphrase: (state: string) => `protected by a passphrase, ${state}`,
    encryption: "Encryption",
    encryptionImages: (cipher: string) => `images: ${cipher}`,
    encryptionIndex: (sqlcipher: string, sqlite: string) => `index: SQLCipher ${sqlcipher} (SQLite ${sqlite})`,
    checking: "Checking…",
  },
  lock: {
    title: "Seed Studio is locked",
    bodyVaultPassphrase:
      "Your images and their keys are out of memory. Deletions still happen on time. Enter your vault passphrase.",
    bodyLockPassphrase:
      "Your images and their keys are out of memory. Deletions still happen on time. Enter your lock passphrase.",
    passphrase: "Passphrase",
    unlock: "Unlock",
    unlocking: "Unlocking…",
  },
  vaultSetup: {
    createTitle: "Set up your private vault",
    unlockTitle: "Unlock your vault",
    createIntro:
      "Photos you import are stored here encrypted, each under its own key, and are deleted automatically: imported originals within 24 hours. The vault's master key stays on this computer.",
    unlockIntro: "This vault is protected by a passphrase. Nothing in it can be shown until you enter it.",
    keyQuestion: "Where should the key live?",
    keyInKeyring: "In the system keyring (recommended: nothing to remember)",
    keyInKeyringUnavailable: "In the system keyring — not reachable on this system",
    keyBehindPassphrase: "Behind a passphrase I choose (if it is lost, the vault cannot be opened)",
    passphrase: "Passphrase",
    repeat: "Repeat it",
    hint: "At least 10 characters. Opening takes about a second: that is what makes guessing slow.",
    create: "Create the vault",
    unlock: "Unlock",
    working: "Working…",
  },
  /** Deadlines and counts (lib/time.ts). */
  time: {
    kept: "kept until you delete it",
    beingDeleted: "being deleted",
    deletedInMinutes: (n: number) => plural("en", n, { other: "deleted in # min" }),
    deletedInHours: (n: number) => plural("en", n, { other: "deleted in # h" }),
    deletedInDays: (n: number) => plural("en", n, { one: "deleted in # day", other: "deleted in # days" }),
    nothing: "nothing",
    originals: (n: number) => plural("en", n, { one: "# original", other: "# originals" }),
    outputs: (n: number) => plural("en", n, { one: "# generated image", other: "# generated images" }),
    thumbnails: (n: number) => plural("en", n, { one: "# thumbnail", other: "# thumbnails" }),
    logFiles: (n: number) => plural("en", n, { one: "# log file", other: "# log files" }),
    ledgerEntries: (n: number) => plural("en", n, { one: "# ledger entry", other: "# ledger entries" }),
  },
};
