//! The one error contract between the core and every host.
//!
//! Core modules define their own `thiserror` enums and say which [`Code`] each variant is
//! ([`HasCode`]). Hosts convert any core error into an [`ErrorBody`] — `{ "code", "message" }`
//! — which is what the UI receives over IPC and what `--json` CLI output prints. The UI switches
//! on `code`; `message` is for people. Messages never contain file paths, keys, prompts or
//! provider payloads, so they are safe to show, log and paste into a bug report.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{
    config::ConfigError,
    index::IndexError,
    instance::InstanceError,
    paths::PathsError,
    secrets::SecretsError,
    vault::{master::VaultError, store::StoreError},
};

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
    /// More than one face in an ID photo.
    MultipleFaces,
    /// The face is cut off by the photo's border.
    FaceCutOff,
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

/// The error of the [`crate::api`] use cases: any core error, or invalid input.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// See [`ConfigError`].
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// See [`PathsError`].
    #[error(transparent)]
    Paths(#[from] PathsError),
    /// See [`SecretsError`].
    #[error(transparent)]
    Secrets(#[from] SecretsError),
    /// See [`InstanceError`].
    #[error(transparent)]
    Instance(#[from] InstanceError),
    /// See [`VaultError`].
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// See [`IndexError`].
    #[error(transparent)]
    Index(#[from] IndexError),
    /// See [`StoreError`].
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A file could not be imported; `file` is its name (never its path).
    #[error("{file}: {source}")]
    Import {
        /// The file's name.
        file: String,
        /// Why.
        source: crate::import::ImportError,
    },
    /// See [`crate::egress::gate::EgressError`].
    #[error(transparent)]
    Egress(#[from] crate::egress::gate::EgressError),
    /// See [`crate::providers::ProviderError`].
    #[error(transparent)]
    Provider(#[from] crate::providers::ProviderError),
    /// See [`crate::idphoto::IdPhotoError`].
    #[error(transparent)]
    IdPhoto(#[from] crate::idphoto::IdPhotoError),
    /// Already shown to the user in a richer form (the CLI's partial-import JSON); exit only.
    #[error("the error was reported")]
    Reported,
    /// The caller asked for something that cannot be done as asked.
    #[error("{0}")]
    InvalidInput(String),
    /// The user stopped it (a Cancel button, a closed dialog); the sentence says what is left.
    #[error("{0}")]
    Cancelled(String),
    /// Data read from outside the vault (a backup) failed its check; nothing was stored.
    #[error("{0}")]
    Integrity(String),
}

impl HasCode for Error {
    fn code(&self) -> Code {
        match self {
            Error::Config(e) => e.code(),
            Error::Paths(e) => e.code(),
            Error::Secrets(e) => e.code(),
            Error::Instance(e) => e.code(),
            Error::Vault(e) => e.code(),
            Error::Index(e) => e.code(),
            Error::Store(e) => e.code(),
            Error::Import { source, .. } => source.code(),
            Error::InvalidInput(_) => Code::InvalidInput,
            Error::Cancelled(_) => Code::Cancelled,
            Error::Integrity(_) => Code::IntegrityError,
            Error::Egress(e) => e.code(),
            Error::Provider(e) => e.code(),
            Error::IdPhoto(e) => match e {
                crate::idphoto::IdPhotoError::NoFace => Code::NoFace,
                crate::idphoto::IdPhotoError::MultipleFaces(_) => Code::MultipleFaces,
                crate::idphoto::IdPhotoError::FaceCutOff => Code::FaceCutOff,
                crate::idphoto::IdPhotoError::Model(..) => Code::Internal,
            },
            Error::Reported => Code::Internal,
        }
    }
}

impl<E: HasCode> From<&E> for ErrorBody {
    fn from(e: &E) -> Self {
        ErrorBody { code: e.code(), message: e.to_string() }
    }
}

impl From<Error> for ErrorBody {
    fn from(e: Error) -> Self {
        ErrorBody::from(&e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The UI and scripts parse this JSON; its shape is a public contract.
    #[test]
    fn error_body_json_is_pinned() {
        let body = ErrorBody::from(Error::InvalidInput("unknown provider `acme`".into()));
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            r#"{"code":"invalid_input","message":"unknown provider `acme`"}"#
        );
    }

    #[test]
    fn every_code_serializes_to_its_pinned_snake_case_name() {
        let pinned = [
            (Code::InvalidConfig, "invalid_config"),
            (Code::DataDir, "data_dir"),
            (Code::AlreadyRunning, "already_running"),
            (Code::KeyringUnavailable, "keyring_unavailable"),
            (Code::NoVault, "no_vault"),
            (Code::Locked, "locked"),
            (Code::AppLocked, "app_locked"),
            (Code::IntegrityError, "integrity_error"),
            (Code::InvalidInput, "invalid_input"),
            (Code::ConsentRequired, "consent_required"),
            (Code::Offline, "offline"),
            (Code::MissingApiKey, "missing_api_key"),
            (Code::ProviderError, "provider_error"),
            (Code::Cancelled, "cancelled"),
            (Code::NoFace, "no_face"),
            (Code::MultipleFaces, "multiple_faces"),
            (Code::FaceCutOff, "face_cut_off"),
            (Code::Internal, "internal"),
        ];
        for (code, name) in pinned {
            assert_eq!(serde_json::to_value(code).unwrap(), serde_json::json!(name));
            assert_eq!(serde_json::from_value::<Code>(serde_json::json!(name)).unwrap(), code);
        }
    }

    #[test]
    fn config_errors_keep_their_code_through_the_api_error() {
        let e: Error = ConfigError::UnknownKey { key: "ui.colour".into(), known: "ui.theme".into() }.into();
        let body = ErrorBody::from(e);
        assert_eq!(body.code, Code::InvalidConfig);
        assert!(body.message.contains("ui.colour"), "{}", body.message);
    }
}
