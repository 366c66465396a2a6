//! Seed Studio: make and edit images with AI while the user's photos stay theirs.
//!
//! # Architecture map
//!
//! The crate is a Tauri-free **core** with a thin desktop **shell** on top. Every host (the
//! window, the CLI, tests) drives the same use cases in [`api`] over one [`AppCore`].
//!
//! ```text
//!  main.rs ─┬─ no subcommand ─▶ shell (feature "desktop", the only module that names tauri)
//!           └─ subcommand ────▶ cli/ (args, a context that opens the vault, one file per verb
//!                                  group, reports printed for people or as JSON, hints)
//!                                  both call ▼
//!  api/        use cases + DTOs (ts-rs exports them to ui/src/lib/ipc/bindings)
//!  error.rs    the use cases' aggregate error, built from any core error (above the core)
//!  app.rs      AppCore: paths, config, clock, secret store — the one managed state
//!  ├─ paths.rs       where data lives (platform app-data dir, --data-dir, SEED_STUDIO_DATA_DIR)
//!  ├─ config.rs      config.toml: typed, strict (unknown keys and bad values name the key)
//!  ├─ clock.rs       injected time; business logic never reads the system clock itself
//!  ├─ secrets/       Sensitive<T>, SecretStore trait, OS keyring store and probe
//!  ├─ vault/         object format (chunked XChaCha20-Poly1305) and the key hierarchy
//!  ├─ index/         the SQLCipher index: objects, wrapped keys, tasks, tags, FTS5; all SQL
//!  ├─ import/        image checks (format, bomb limits), oriented size, thumbnails — in memory
//!  ├─ retention/     the policy (pure: item facts → deadline), windows, log sweep, scheduler
//!  ├─ tasks/         kinds, statuses, cancel tokens, per-provider slots (stored by index/, driven by api/)
//!  ├─ providers/     cloud providers: limits, stated terms, sizes, wire adapters (Gemini, OpenAI, Seedream);
//!  │                 text/ asks their text models for prompt help (api::prompt_help)
//!  ├─ region/       region-only edits: the mask, the part that leaves, the composite that comes back
//!  ├─ egress/        the minimizer and the gate (consent, offline, ledger; the only HTTP client)
//!  ├─ export/        portability: manifest, folder, zip or age backup written atomically, metadata stripping
//!  ├─ idphoto/       on-device ID photos: models (tract), detect, landmarks, segment, compose, checks, outputs, spec catalog
//!  ├─ lock.rs        the app lock's passphrase (Argon2id hash); locking itself is AppCore's
//!  ├─ instance.rs    one process per data dir (lock file) — two processes never share a vault
//!  ├─ logging.rs     tracing to rotating files in the data dir; never secrets or prompts
//!  ├─ atomic_file.rs crash-safe whole-file writes (temp, fsync, rename, fsync dir)
//!  └─ codes.rs       the closed `Code` enum, `HasCode`, the `{ code, message }` body: a leaf
//!                    (imports nothing of the crate; `.ci/module-cycles` checks no cycle runs
//!                    through it or through error.rs)
//! ```
//!
//! Invariants the core keeps (see `DESIGN.md` in the shared folder): nothing secret reaches a
//! log, an IPC response or an error message; API keys live in the OS keyring (or, without one, sealed in the encrypted index); time, paths
//! and randomness are injected so tests can drive them.

pub mod api;
pub mod app;
pub mod atomic_file;
pub mod cli;
pub mod clock;
pub mod codes;
pub mod config;
pub mod egress;
pub mod error;
pub mod export;
mod failpoint;
pub mod idphoto;
pub mod import;
pub mod index;
pub mod instance;
pub mod lock;
pub mod logging;
pub mod media;
pub mod paths;
pub mod providers;
pub mod region;
pub mod retention;
pub mod secrets;
pub mod tasks;
pub mod vault;

#[cfg(feature = "desktop")]
pub mod shell;

pub use app::AppCore;
pub use codes::{Code, ErrorBody};
pub use error::Error;

/// The application's version, as built.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
