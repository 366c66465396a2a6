//! Error codes: the closed set a host shows and a UI or script branches on, the `{ code,
//! message }` body they travel in, and the trait every core error implements to say its code.
//!
//! A leaf: it imports nothing of the crate, so every module can depend on it without a cycle
//! (`.ci/module-cycles` checks this). The aggregate error of the use cases is in
//! [`crate::error`], at the API boundary, above the core modules it gathers.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A closed set of error classes. Only add a variant when a consumer (UI or script) branches on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Code {
    /// `config.toml` cannot be read, is not TOML, or has an unknown key or an invalid value.
    InvalidConfig,
    /// The data directory cannot be created, read or written.
    DataDir,
    /// Another Seed Studio process is using this data directory.
    AlreadyRunning,
    /// The OS keyring is unreachable or refused the request.
    KeyringUnavailable,
    /// There is no vault in this data folder yet (`seed-studio init` makes one).
    NoVault,
    /// The vault needs its passphrase, or the one given is wrong.
    Locked,
    /// The app is locked (on demand or after idle time): the window shows its lock screen.
    AppLocked,
    /// Stored data failed its integrity check (tampered or damaged); nothing was output.
    IntegrityError,
    /// The request itself is invalid (an unknown provider, an empty key, a bad argument).
    InvalidInput,
    /// The provider has not been given the user's consent to receive data.
    ConsentRequired,
    /// Offline mode is on: nothing leaves the device.
    Offline,
    /// No API key for the provider in any place it is looked for (the window offers Settings).
    MissingApiKey,
    /// The provider refused, failed, timed out, or answered with something unusable.
    ProviderError,
    /// The user cancelled the task.
    Cancelled,
    /// No face in an ID photo.
    NoFace,
    /// The only face in an ID photo is far too small (a person far from the camera).
    FaceTooSmall,
    /// More than one face in an ID photo.
    MultipleFaces,
    /// The face is cut off by the photo's border.
    FaceCutOff,
    /// The hair runs into the photo's top edge (the head is cut off above).
    HairCutOff,
    /// The mask paints nothing.
    MaskEmpty,
    /// The mask is not the image's size.
    MaskMismatch,
    /// The mask paints the whole image (sending all of it must be chosen).
    MaskCoversImage,
    /// An unexpected failure; the log has the details.
    Internal,
}

/// The serialized form of every error a host shows: `{ "code": "...", "message": "..." }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ErrorBody {
    /// What kind of failure this is; stable, for code to branch on.
    pub code: Code,
    /// A sentence for people. Contains no paths, secrets or payloads.
    pub message: String,
}

/// Implemented by every core error enum: which [`Code`] it is.
pub trait HasCode: std::error::Error {
    /// The error's class.
    fn code(&self) -> Code;
}

impl<E: HasCode> From<&E> for ErrorBody {
    fn from(e: &E) -> Self {
        ErrorBody { code: e.code(), message: e.to_string() }
    }
}

impl std::fmt::Display for ErrorBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ErrorBody {}

/// A body carries its code: errors that crossed a boundary (a callback, a thread) as bodies
/// keep it.
impl HasCode for ErrorBody {
    fn code(&self) -> Code {
        self.code
    }
}
