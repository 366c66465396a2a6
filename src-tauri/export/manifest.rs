//! `manifest.json`: everything an export holds, described for people and programs. Its JSON
//! Schema is `manifest.schema.json` beside this file (and in the README); the tests validate
//! every manifest they write against it.

use serde::{Deserialize, Serialize};

use crate::index::LedgerEntry;

/// The manifest's file name inside an export.
pub const MANIFEST_NAME: &str = "manifest.json";
/// What the manifest is.
pub const SCHEMA: &str = "https://seed.studio/schemas/export-manifest";
/// Bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// The whole manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// [`SCHEMA`].
    pub schema: String,
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The app that wrote it.
    pub app: String,
    /// When (RFC 3339, UTC).
    pub exported_at: String,
    /// `all`, `task` or `objects`.
    pub selection: String,
    /// Whether embedded metadata (EXIF, XMP, C2PA...) was removed from the images.
    pub metadata_stripped: bool,
    /// The images.
    pub files: Vec<ManifestFile>,
    /// The tasks they came from or served.
    pub tasks: Vec<ManifestTask>,
    /// The requests those tasks sent.
    pub ledger: Vec<LedgerEntry>,
    /// Starred images in this export (names). Absent in manifests written before stars.
    #[serde(default)]
    pub starred: Vec<String>,
    /// Boards, with the images in this export on them.
    #[serde(default)]
    pub boards: Vec<ManifestBoard>,
    /// The prompt library (`all` only).
    #[serde(default)]
    pub prompts: Vec<ManifestPrompt>,
    /// The prompts used within their window (`all` only).
    #[serde(default)]
    pub prompt_history: Vec<ManifestPromptUse>,
}

/// A board and the images of this export on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestBoard {
    /// Its name.
    pub name: String,
    /// Its images (names in this export).
    pub files: Vec<String>,
}

/// A saved prompt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestPrompt {
    /// Its name.
    pub name: String,
    /// The prompt.
    pub text: String,
    /// When it was saved (RFC 3339).
    pub saved_at: String,
}

/// A prompt used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestPromptUse {
    /// The prompt.
    pub text: String,
    /// Its last use (RFC 3339).
    pub used_at: String,
}

/// One exported image.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestFile {
    /// Its path inside the export (`images/...`).
    pub name: String,
    /// `original` or `output`.
    pub kind: String,
    /// Media type.
    pub mime: String,
    /// Pixel width, if known.
    pub width: Option<u32>,
    /// Pixel height, if known.
    pub height: Option<u32>,
    /// Its length in the export.
    pub bytes: u64,
    /// SHA-256 of the exported bytes (hex).
    pub sha256: String,
    /// When it entered the vault (RFC 3339).
    pub created_at: String,
    /// When retention would have deleted it (RFC 3339).
    pub expires_at: Option<String>,
    /// The task that made it (outputs) or first used it (originals).
    pub task_id: Option<String>,
}

/// One task.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestTask {
    /// Its id (UUIDv7).
    pub task_id: String,
    /// `generate`, `edit` or `idphoto`.
    pub kind: String,
    /// Its final or current status.
    pub status: String,
    /// The provider, if any.
    pub provider: Option<String>,
    /// The prompt.
    pub prompt: Option<String>,
    /// Model, size and count, as asked.
    pub parameters: Option<serde_json::Value>,
    /// When it was created.
    pub created_at: String,
    /// When it ended.
    pub ended_at: Option<String>,
    /// Why it failed, was cancelled, or fell short.
    pub reason: Option<String>,
    /// Its references in this export (names), in order.
    pub inputs: Vec<String>,
    /// Its results in this export (names).
    pub outputs: Vec<String>,
    /// Every status change.
    pub events: Vec<ManifestEvent>,
}

/// One status change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestEvent {
    /// The status reached.
    pub status: String,
    /// When (RFC 3339).
    pub at: String,
}
