//! Secrets: the [`Sensitive`] wrapper that cannot leak through `Debug` or `Serialize`, and
//! the [`SecretStore`] where API keys (and, with the vault, the master key) are kept.
//!
//! The only production store is the OS keyring ([`KeyringStore`]). This module deliberately has
//! no file or database fallback for secrets: where no keyring exists, the vault wraps its master
//! key with a passphrase instead, and provider keys cannot be saved.

mod keyring_store;
#[cfg(test)]
pub mod memory;
mod sensitive;

pub use keyring_store::{probe, KeyringStatus, KeyringStore};
pub use sensitive::Sensitive;

use crate::codes::{Code, HasCode};

/// Why the secret store could not do what was asked. Never contains a secret.
#[derive(Debug, thiserror::Error)]
pub enum SecretsError {
    /// The OS keyring is missing, locked or refused; `detail` is the platform's reason.
    #[error("the system keyring is not available ({detail})")]
    Unavailable {
        /// The platform's reason, free of secrets.
        detail: String,
    },
}

impl HasCode for SecretsError {
    fn code(&self) -> Code {
        Code::KeyringUnavailable
    }
}

/// A place that keeps named secrets outside our own files.
pub trait SecretStore: Send + Sync + 'static {
    /// Read a secret; `Ok(None)` if there is none under `name`.
    fn get(&self, name: &str) -> Result<Option<Sensitive<String>>, SecretsError>;
    /// Store or replace a secret.
    fn set(&self, name: &str, secret: &Sensitive<String>) -> Result<(), SecretsError>;
    /// Remove a secret; `Ok(false)` if there was none.
    fn delete(&self, name: &str) -> Result<bool, SecretsError>;
    /// A human name of the backend, e.g. "Secret Service".
    fn backend(&self) -> &'static str;
}
