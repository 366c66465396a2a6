//! Master-key rotation, crash-safe at every step. [`super::master::begin_rotation`] stores the
//! new key in the keyring and marks it pending; [`finish`] then, each step idempotent:
//!
//! 1. re-wraps every data key and vault-wide key under the new key-wrapping key, recording the
//!    new version inside the index in the same transaction;
//! 2. re-encrypts the index under the new SQLCipher key (`PRAGMA rekey`, one transaction);
//! 3. makes the new version current in `vault.toml` (recording the old one as retired), then
//!    deletes the old key from the keyring.
//!
//! Every open of the vault runs [`finish`] first, so a rotation interrupted anywhere completes
//! the next time: it tells which key opens the index and which version the wrapped keys are
//! under, and does only what is missing.

use super::keys::MasterKey;
use super::master;
use crate::codes::{Code, HasCode};
use crate::failpoint;
use crate::index::{Index, IndexError};
use crate::paths::Paths;
use crate::secrets::SecretStore;

/// Why a rotation could not finish (it resumes at the next open).
#[derive(Debug, thiserror::Error)]
pub enum RotationError {
    /// See [`master::VaultError`].
    #[error(transparent)]
    Vault(#[from] master::VaultError),
    /// See [`IndexError`].
    #[error(transparent)]
    Index(#[from] IndexError),
    /// A wrapped key failed to unwrap or wrap.
    #[error(transparent)]
    Keys(#[from] super::format::FormatError),
}

impl HasCode for RotationError {
    fn code(&self) -> Code {
        match self {
            RotationError::Vault(e) => e.code(),
            RotationError::Index(e) => e.code(),
            RotationError::Keys(super::format::FormatError::Integrity) => Code::IntegrityError,
            RotationError::Keys(_) => Code::DataDir,
        }
    }
}

// Crash-injection points (see `crate::failpoint`).
const REWRAPPED: &str = "rotation: keys re-wrapped, index not rekeyed";
const REKEYED: &str = "rotation: index rekeyed, manifest not updated";

/// Complete a pending rotation, if there is one; returns the master key now in use.
pub fn finish(paths: &Paths, secrets: &dyn SecretStore) -> Result<MasterKey, RotationError> {
    master::forget_retired_key(paths, secrets)?;
    let unlocked = master::unlock(paths, secrets, None)?;
    let Some((next_version, next)) = unlocked.next else {
        if unlocked.pending_without_key {
            // The new key never reached the keyring, so nothing else was changed yet.
            master::cancel_rotation(paths)?;
        }
        return Ok(unlocked.key);
    };
    let old = unlocked.key;
    // Which key opens the index tells whether step 2 already happened.
    let (index, rekeyed) = match Index::open(&paths.index_file(), &next.db_key()) {
        Ok(index) => (index, true),
        Err(IndexError::WrongKeyOrDamaged) => (Index::open(&paths.index_file(), &old.db_key())?, false),
        Err(e) => return Err(e.into()),
    };
    if index.wrap_version()? != next_version {
        rewrap(&index, &old, &next, next_version)?;
    }
    failpoint::hit(REWRAPPED);
    if !rekeyed {
        index.rekey(&next.db_key())?;
    }
    failpoint::hit(REKEYED);
    drop(index);
    master::complete_rotation(paths, secrets, next_version)?;
    tracing::info!(version = next_version, "master key rotated");
    Ok(next)
}

fn rewrap(index: &Index, old: &MasterKey, next: &MasterKey, version: u32) -> Result<(), RotationError> {
    let (old_kek, new_kek) = (old.key_wrap_key(), next.key_wrap_key());
    let (objects, named) = index.wrapped_keys()?;
    let objects = objects
        .into_iter()
        .map(|(id, wrapped)| Ok((id, new_kek.wrap(&old_kek.unwrap(&wrapped, id)?, id)?)))
        .collect::<Result<Vec<_>, super::format::FormatError>>()?;
    let named = named
        .into_iter()
        .map(|(name, wrapped)| {
            let key = old_kek.unwrap_named(&wrapped, &name)?;
            let rewrapped = new_kek.wrap_named(&key, &name)?;
            Ok((name, rewrapped))
        })
        .collect::<Result<Vec<_>, super::format::FormatError>>()?;
    index.replace_wrapped_keys(&objects, &named, version)?;
    Ok(())
}

#[cfg(test)]
mod tests;
