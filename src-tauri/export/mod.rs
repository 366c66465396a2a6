//! Portability: what an export writes and how. The images go out decrypted under readable
//! names beside `manifest.json` (schema in `manifest.schema.json`, versioned), into a folder or
//! a single `.zip`. Either is written under a temporary name beside the target and renamed into
//! place only when complete, so a failure or a cancel half-way leaves nothing under the final
//! name. Vault ids and paths never appear in an export.

mod forward;
mod manifest;
mod sink;
pub mod strip;

pub use manifest::{
    Manifest, ManifestBoard, ManifestEvent, ManifestFile, ManifestPrompt, ManifestPromptUse, ManifestTask,
    MANIFEST_NAME, SCHEMA, SCHEMA_VERSION,
};
pub use sink::{open_backup, Backup, Format, Sink, SinkError, UnsealError};
