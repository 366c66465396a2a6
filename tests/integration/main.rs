//! The integration binary: the real `seed-studio` executable driven the way scripts drive it,
//! on throw-away data directories and the real OS keyring (run it through the README's test
//! command, which starts a Secret Service). One binary for all of them, so it links once.

// Test code fails loudly: an unwrap here is an assertion.
#![allow(clippy::unwrap_used)]

mod support;

/// `doctor`, `--help`, `--version`, data-dir selection, JSON output and JSON errors.
mod cli;
/// `config.toml` errors name the key and never echo the value.
mod config;
/// `kill -9` during imports, then recovery and invariant checks.
mod crash;
/// Generation against a loopback server speaking Gemini's wire format.
mod generate;
/// OpenAI and Seedream adapters, timeouts, oversized answers, a restart mid-task.
mod generate_more;
/// ID photos made on the device: specs, a US passport photo, wrong photos, no network.
mod idphoto;
/// Provider API keys through the real keyring.
mod keyring;
/// The operational log never holds prompts or API keys.
mod logging;
/// Import, list, export, delete; tampering; duplicates; remnant scan.
mod objects;
// What outside probes found (issue #20).
/// Minimization levels: subject, bystanders, background; preview-egress (issue #16).
mod levels;
/// The model catalog: listing, models of your own, what each model takes (issue #14).
mod models;
/// The network proof: local verbs open no internet socket; a generation reaches its provider only.
mod network_proof;
/// Stars, boards, the prompt library and history, `again` (issue #15).
mod organise;
/// Export, show, delete a task, erase everything.
mod privacy;
mod probes;
/// Prompt help: improve a prompt or describe an image; only the text or one minimized image leaves.
mod prompt_help;
/// A loopback server for the providers' wire formats.
mod provider_server;
/// Region-only edits: the part and mask that leave, the composite that comes back (issue #14).
mod region_edit;
/// Retention: a purge killed mid-way, windows from config.toml, log files.
mod retention;
/// Creating and opening the encrypted vault (keyring and passphrase).
mod vault;
/// Video with Kling and Seedance: remote jobs, downloads, resume, cancel (issue #13).
mod video;
/// Loopback servers for Kling and Seedance.
mod video_server;
