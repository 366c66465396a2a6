//! The OS keyring as a [`SecretStore`]: macOS Keychain, Windows Credential Manager, or the
//! freedesktop Secret Service (GNOME Keyring, KWallet) on Linux.
//!
//! keyring 3 silently falls back to an in-memory mock when no platform store is compiled in, so
//! [`probe`] proves the store is real: it writes a random canary through one `Entry`, reads it
//! back through a *new* `Entry` (the mock would not find it), and deletes it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{SecretStore, SecretsError, Sensitive};
use crate::paths::APP_IDENTIFIER;

/// Secrets kept under the service name [`APP_IDENTIFIER`] in the OS keyring.
#[derive(Debug, Clone)]
pub struct KeyringStore {
    service: String,
}

impl Default for KeyringStore {
    fn default() -> Self {
        KeyringStore { service: APP_IDENTIFIER.to_string() }
    }
}

impl KeyringStore {
    /// A store under another service name (tests use one per run, to stay apart).
    pub fn with_service(service: impl Into<String>) -> Self {
        KeyringStore { service: service.into() }
    }

    fn entry(&self, name: &str) -> Result<keyring::Entry, SecretsError> {
        keyring::Entry::new(&self.service, name).map_err(unavailable)
    }
}

impl SecretStore for KeyringStore {
    fn get(&self, name: &str) -> Result<Option<Sensitive<String>>, SecretsError> {
        match self.entry(name)?.get_password() {
            Ok(secret) => Ok(Some(Sensitive::new(secret))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(unavailable(e)),
        }
    }

    fn set(&self, name: &str, secret: &Sensitive<String>) -> Result<(), SecretsError> {
        self.entry(name)?.set_password(secret.expose()).map_err(unavailable)
    }

    fn delete(&self, name: &str) -> Result<bool, SecretsError> {
        match self.entry(name)?.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(e) => Err(unavailable(e)),
        }
    }

    fn backend(&self) -> &'static str {
        backend_name()
    }
}

/// The platform store this build talks to.
pub fn backend_name() -> &'static str {
    if cfg!(target_os = "macos") {
        "macOS Keychain"
    } else if cfg!(target_os = "windows") {
        "Windows Credential Manager"
    } else {
        "Secret Service"
    }
}

/// Map keyring's errors to ours. Platform failures are named, not quoted: their text can carry
/// paths (a D-Bus socket under the user's runtime folder), and messages never contain paths.
/// keyring's own errors never include the secret; we keep only their first line.
fn unavailable(e: keyring::Error) -> SecretsError {
    let detail = match &e {
        keyring::Error::NoStorageAccess(_) => "it is locked or refused access".to_string(),
        keyring::Error::PlatformFailure(_) => "its service could not be reached".to_string(),
        other => other.to_string(),
    };
    SecretsError::Unavailable { detail: detail.lines().next().unwrap_or_default().to_string() }
}

/// Whether the OS keyring really stores secrets, as `doctor` reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct KeyringStatus {
    /// A canary secret was written, read back through a fresh handle, and deleted.
    pub reachable: bool,
    /// The platform store, e.g. "Secret Service".
    pub backend: String,
    /// Why it is not reachable, when it is not.
    pub detail: Option<String>,
}

/// Round-trip a random canary through the store (see the module docs).
pub fn probe(store: &KeyringStore) -> KeyringStatus {
    let result = (|| -> Result<(), SecretsError> {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(|e| SecretsError::Unavailable { detail: e.to_string() })?;
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        // A unique entry per probe: concurrent probes (app and CLI) must not read each other's.
        let name = format!("keyring-probe-{}", &hex[..8]);
        let canary = Sensitive::new(hex);
        store.set(&name, &canary)?;
        let read = KeyringStore::with_service(store.service.clone()).get(&name)?;
        store.delete(&name)?;
        match read {
            Some(value) if value.expose() == canary.expose() => Ok(()),
            _ => Err(SecretsError::Unavailable {
                detail: "secrets written are not read back (an in-memory store?)".into(),
            }),
        }
    })();
    KeyringStatus {
        reachable: result.is_ok(),
        backend: backend_name().to_string(),
        detail: result.err().map(|e| match e {
            SecretsError::Unavailable { detail } => detail,
        }),
    }
}
