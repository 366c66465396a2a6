//! The error of the use cases in [`crate::api`], at the boundary the hosts call: any core error
//! (each says its [`Code`] through [`HasCode`], from the leaf module [`crate::codes`]).
//! Hosts convert it into an [`ErrorBody`] — `{ "code", "message" }` — which is what the UI
//! receives over IPC and what `--json` CLI output prints. Core modules never depend on this
//! module, only on `codes`. The UI switches
//! on `code`; `message` is for people. Messages never contain file paths, keys, prompts or
//! provider payloads, so they are safe to show, log and paste into a bug report.

pub use crate::codes::{Code, ErrorBody, HasCode};
use crate::{
    config::ConfigError,
    index::IndexError,
    instance::InstanceError,
    paths::PathsError,
    secrets::SecretsError,
    vault::{master::VaultError, store::StoreError},
};

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
    /// See [`RotationError`](crate::vault::rotation::RotationError).
    #[error(transparent)]
    Rotation(#[from] crate::vault::rotation::RotationError),
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
    /// See [`crate::egress::levels::LevelsError`].
    #[error(transparent)]
    Levels(#[from] crate::egress::levels::LevelsError),
    /// See [`crate::region::RegionError`].
    #[error(transparent)]
    Region(#[from] crate::region::RegionError),
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
    /// An error that already became a body (it crossed a callback, such as the gate's records).
    #[error(transparent)]
    Coded(#[from] ErrorBody),
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
            Error::Rotation(e) => e.code(),
            Error::Import { source, .. } => source.code(),
            Error::InvalidInput(_) => Code::InvalidInput,
            Error::Cancelled(_) => Code::Cancelled,
            Error::Integrity(_) => Code::IntegrityError,
            Error::Coded(body) => body.code,
            Error::Egress(e) => e.code(),
            Error::Provider(e) => e.code(),
            Error::Region(e) => e.code(),
            Error::Levels(e) => e.code(),
            Error::IdPhoto(e) => match e {
                crate::idphoto::IdPhotoError::NoFace => Code::NoFace,
                crate::idphoto::IdPhotoError::FaceTooSmall(_) => Code::FaceTooSmall,
                crate::idphoto::IdPhotoError::MultipleFaces(_) => Code::MultipleFaces,
                crate::idphoto::IdPhotoError::FaceCutOff => Code::FaceCutOff,
                crate::idphoto::IdPhotoError::HairCutOff => Code::HairCutOff,
                crate::idphoto::IdPhotoError::Model(..) => Code::Internal,
            },
            Error::Reported => Code::Internal,
        }
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
            (Code::FaceTooSmall, "face_too_small"),
            (Code::MultipleFaces, "multiple_faces"),
            (Code::FaceCutOff, "face_cut_off"),
            (Code::HairCutOff, "hair_cut_off"),
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
