//! Locking the app on demand or after idle time, and unlocking it with a passphrase: the
//! vault's own for a passphrase vault, or the app-lock passphrase for a keyring vault.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::instance::DataDirLock;
use crate::secrets::Sensitive;
use crate::vault::master::{self, KeySource, VaultError};
use crate::{AppCore, Error};

/// The lock's state, for Settings and the lock screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LockStatus {
    /// Whether the app is locked now.
    pub locked: bool,
    /// What unlocks it: `vault_passphrase`, `lock_passphrase`, or `none` (locking unavailable
    /// until a lock passphrase is set).
    pub method: String,
    /// Lock after this many idle minutes (0: never).
    pub idle_minutes: u32,
}

fn method(core: &AppCore) -> &'static str {
    match master::key_source(core.paths()) {
        Ok(Some(KeySource::Passphrase)) => "vault_passphrase",
        _ if crate::lock::is_set(core.paths()) => "lock_passphrase",
        _ => "none",
    }
}

/// The lock's state.
pub fn status(core: &AppCore) -> LockStatus {
    LockStatus {
        locked: core.is_locked(),
        method: method(core).into(),
        idle_minutes: core.config().lock.idle_minutes,
    }
}

/// Lock now. Refused when nothing could unlock it again.
pub fn lock(core: &AppCore) -> Result<LockStatus, Error> {
    if method(core) == "none" {
        return Err(Error::InvalidInput(
            "set a lock passphrase in Settings first, so that you can unlock again".into(),
        ));
    }
    core.lock();
    tracing::info!("app locked");
    Ok(status(core))
}

/// Unlock with `passphrase`; `owner` proves this process holds the data folder.
pub fn unlock(
    core: &AppCore,
    owner: &DataDirLock,
    passphrase: &Sensitive<String>,
) -> Result<LockStatus, Error> {
    let vault = match method(core) {
        "vault_passphrase" => super::objects::open_as_owner(core, Some(passphrase), owner)?,
        "lock_passphrase" => {
            if !crate::lock::verify(core.paths(), passphrase)
                .map_err(|e| Error::InvalidInput(e.to_string()))?
            {
                tracing::warn!("a wrong lock passphrase was entered");
                return Err(VaultError::KeyFile(crate::vault::key_file::KeyFileError::WrongPassphrase).into());
            }
            super::objects::open_as_owner(core, None, owner)?
        }
        _ => return Err(Error::InvalidInput("no lock is set".into())),
    };
    core.unlock(vault);
    tracing::info!("app unlocked");
    Ok(status(core))
}

/// Set or replace the app-lock passphrase (keyring vaults).
pub fn set_passphrase(core: &AppCore, passphrase: &Sensitive<String>) -> Result<LockStatus, Error> {
    crate::lock::set(core.paths(), passphrase).map_err(|e| Error::InvalidInput(e.to_string()))?;
    Ok(status(core))
}

/// Remove the app-lock passphrase (only while unlocked).
pub fn clear_passphrase(core: &AppCore) -> Result<LockStatus, Error> {
    if core.is_locked() {
        return Err(VaultError::AppLocked.into());
    }
    crate::lock::clear(core.paths()).map_err(|e| Error::InvalidInput(e.to_string()))?;
    Ok(status(core))
}
