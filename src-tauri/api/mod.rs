//! Host-agnostic use cases and their DTOs. The desktop shell's commands and the CLI's verbs are
//! thin adapters over these functions; anything a user can do is done here exactly once.
//! DTOs derive `ts_rs::TS`, and `cargo test` writes their TypeScript twins into
//! `ui/src/lib/ipc/bindings/` (committed; CI fails if they drift).

pub mod consent;
pub mod diagnostics;
pub mod doctor;
pub mod generate;
pub mod idphoto;
pub mod keys;
pub mod lock;
pub mod models;
pub mod objects;
pub mod organise;
pub mod privacy;
pub mod prompt_help;
pub mod prompts;
pub mod retention;
pub mod settings;
pub mod tasks;
pub mod vault;
pub mod video;

#[cfg(test)]
pub(crate) mod test_support;
