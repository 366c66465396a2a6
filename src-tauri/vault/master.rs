//! Where a vault's master key lives, and creating and unlocking a vault.
//!
//! `vault.toml` (not secret) records the vault's random id and where its key is: the OS
//! keyring (entry `master-key:<vault id>`, so several data folders never share a key) or
//! `vault.key`, sealed by a passphrase ([`super::key_file`]). There is never a silent fallback
//! from one to the other, and never a plaintext key on disk.

use std::io;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::key_file::{self, KdfParams, KeyFileError};
use super::keys::MasterKey;
use crate::atomic_file;
use crate::codes::{Code, HasCode};
use crate::paths::Paths;
use crate::secrets::{SecretStore, SecretsError, Sensitive};

/// Where the master key is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum KeySource {
    /// The OS keyring.
    Keyring,
    /// `vault.key`, sealed with the user's passphrase (Argon2id).
    Passphrase,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    format: u32,
    vault_id: String,
    key_source: KeySource,
    /// The master key in use (rotation increments it).
    #[serde(default = "first_version")]
    key_version: u32,
    /// A rotation that has stored its new key but not finished.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pending_version: Option<u32>,
    /// A replaced key not yet deleted from the keyring (a crash can fall between the two).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    retired_version: Option<u32>,
}

fn first_version() -> u32 {
    1
}

/// Why a vault could not be created or unlocked.
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    /// No vault in this data folder.
    #[error("there is no vault in this data folder yet")]
    NotInitialized,
    /// `init` on a folder that already has one.
    #[error("this data folder already has a vault")]
    AlreadyInitialized,
    /// A passphrase vault was opened without the passphrase.
    #[error("this vault is protected by a passphrase, and none was given")]
    PassphraseRequired,
    /// The app is locked: nothing of the vault is available until it is unlocked.
    #[error("Seed Studio is locked; unlock it to continue")]
    AppLocked,
    /// The keyring has no key for this vault (deleted, or another user account or machine).
    #[error("the vault's key is not in the system keyring, so the vault cannot be opened")]
    KeyMissing,
    /// Rotation needs the OS keyring (passphrase vaults change their key by a new passphrase).
    #[error("only vaults whose key is in the system keyring can rotate it")]
    RotationNeedsKeyring,
    /// `vault.toml` is unreadable or not ours.
    #[error("vault.toml is damaged")]
    Manifest,
    /// See [`KeyFileError`].
    #[error(transparent)]
    KeyFile(#[from] KeyFileError),
    /// See [`SecretsError`].
    #[error(transparent)]
    Secrets(#[from] SecretsError),
    /// The data folder could not be read or written.
    #[error("the vault files cannot be read or written: {0}")]
    Io(io::ErrorKind),
}

impl HasCode for VaultError {
    fn code(&self) -> Code {
        match self {
            VaultError::NotInitialized => Code::NoVault,
            VaultError::AlreadyInitialized | VaultError::RotationNeedsKeyring => Code::InvalidInput,
            VaultError::PassphraseRequired | VaultError::KeyFile(KeyFileError::WrongPassphrase) => {
                Code::Locked
            }
            VaultError::AppLocked => Code::AppLocked,
            VaultError::KeyFile(KeyFileError::WeakPassphrase) => Code::InvalidInput,
            VaultError::KeyFile(_) | VaultError::Manifest => Code::IntegrityError,
            VaultError::KeyMissing | VaultError::Secrets(_) => Code::KeyringUnavailable,
            VaultError::Io(_) => Code::DataDir,
        }
    }
}

impl From<io::Error> for VaultError {
    fn from(e: io::Error) -> Self {
        VaultError::Io(e.kind())
    }
}

fn entry_name(vault_id: &str, version: u32) -> String {
    if version == 1 {
        format!("master-key:{vault_id}")
    } else {
        format!("master-key:{vault_id}:v{version}")
    }
}

fn write_manifest(paths: &Paths, manifest: &Manifest) -> Result<(), VaultError> {
    let text = toml::to_string(manifest).map_err(|_| VaultError::Manifest)?;
    atomic_file::write(&paths.vault_manifest(), text.as_bytes())?;
    Ok(())
}

/// Store `key` in the keyring under `name` and prove it reads back through a fresh handle.
fn store_key(secrets: &dyn SecretStore, name: &str, key: &MasterKey) -> Result<(), VaultError> {
    secrets.set(name, &Sensitive::new(key.to_hex().to_string()))?;
    let back = secrets.get(name)?;
    if back.as_ref().map(|k| k.expose().as_str()) != Some(key.to_hex().as_str()) {
        let _ = secrets.delete(name);
        return Err(SecretsError::Unavailable { detail: "the key could not be read back".into() }.into());
    }
    Ok(())
}

fn read_manifest(paths: &Paths) -> Result<Option<Manifest>, VaultError> {
    match std::fs::read_to_string(paths.vault_manifest()) {
        Ok(text) => {
            let m: Manifest = toml::from_str(&text).map_err(|_| VaultError::Manifest)?;
            if m.format != 1 || m.vault_id.len() != 32 || !m.vault_id.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(VaultError::Manifest);
            }
            Ok(Some(m))
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Where this folder's vault keeps its key, or `None` if there is no vault.
pub fn key_source(paths: &Paths) -> Result<Option<KeySource>, VaultError> {
    Ok(read_manifest(paths)?.map(|m| m.key_source))
}

/// Create a vault: a fresh master key stored in the keyring, or sealed with `passphrase`.
/// The keyring path proves the key can be read back before anything else is written.
pub fn create(
    paths: &Paths,
    secrets: &dyn SecretStore,
    passphrase: Option<&Sensitive<String>>,
    params: KdfParams,
) -> Result<(MasterKey, KeySource), VaultError> {
    if read_manifest(paths)?.is_some() || paths.index_file().exists() || paths.key_file().exists() {
        return Err(VaultError::AlreadyInitialized);
    }
    let mk = MasterKey::random().map_err(|_| VaultError::Io(io::ErrorKind::Other))?;
    let mut id = [0u8; 16];
    getrandom::fill(&mut id).map_err(|_| VaultError::Io(io::ErrorKind::Other))?;
    let vault_id = hex::encode(id);
    let key_source = match passphrase {
        Some(pass) => {
            let sealed = key_file::seal(&mk, pass, params)?;
            atomic_file::write(&paths.key_file(), &sealed)?;
            KeySource::Passphrase
        }
        None => {
            store_key(secrets, &entry_name(&vault_id, 1), &mk)?;
            KeySource::Keyring
        }
    };
    // The manifest is written last: until it exists, there is no vault (and init can be rerun).
    write_manifest(
        paths,
        &Manifest {
            format: 1,
            vault_id,
            key_source,
            key_version: 1,
            pending_version: None,
            retired_version: None,
        },
    )?;
    Ok((mk, key_source))
}

/// Undo a [`create`] whose later steps failed: remove the keyring entry, the key file and the
/// manifest, so `init` can be run again. Best effort: it runs on an error path already.
pub fn abandon(paths: &Paths, secrets: &dyn SecretStore) {
    if let Ok(Some(manifest)) = read_manifest(paths) {
        if manifest.key_source == KeySource::Keyring {
            let _ = secrets.delete(&entry_name(&manifest.vault_id, manifest.key_version));
        }
    }
    for file in [paths.key_file(), paths.vault_manifest()] {
        let _ = std::fs::remove_file(file);
    }
}

/// Destroy this folder's master key for good: every keyring entry it may have (each version,
/// pending and retired ones included) and the sealed key file, then the manifest. Without the
/// key nothing in the index or the vault can be decrypted again. Returns how many keyring
/// entries were removed.
pub fn destroy(paths: &Paths, secrets: &dyn SecretStore) -> Result<usize, VaultError> {
    let mut removed = 0;
    if let Some(manifest) = read_manifest(paths)? {
        let last = manifest.key_version.max(manifest.pending_version.unwrap_or(0)) + 1;
        for version in 1..=last {
            match secrets.delete(&entry_name(&manifest.vault_id, version)) {
                Ok(true) => removed += 1,
                Ok(false) => {}
                // A passphrase vault keeps its key in the key file (deleted below), never in
                // the keyring: an unreachable keyring must not stand in the way of erasing it.
                Err(_) if manifest.key_source == KeySource::Passphrase => {}
                Err(e) => return Err(e.into()),
            }
        }
    }
    for file in [paths.key_file(), paths.vault_manifest()] {
        match std::fs::remove_file(file) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(removed)
}

/// The master key in use and, during a rotation, the next one.
pub struct Unlocked {
    /// The version in use.
    pub version: u32,
    /// Its key.
    pub key: MasterKey,
    /// A rotation in progress: the new version and key.
    pub next: Option<(u32, MasterKey)>,
    /// A rotation was marked pending but its new key is not in the keyring.
    pub pending_without_key: bool,
}

/// Get the master key(s) of this folder's vault.
pub fn unlock(
    paths: &Paths,
    secrets: &dyn SecretStore,
    passphrase: Option<&Sensitive<String>>,
) -> Result<Unlocked, VaultError> {
    let manifest = read_manifest(paths)?.ok_or(VaultError::NotInitialized)?;
    match manifest.key_source {
        KeySource::Passphrase => {
            let pass = passphrase.ok_or(VaultError::PassphraseRequired)?;
            let sealed = std::fs::read(paths.key_file())?;
            let key = key_file::open(&sealed, pass)?;
            Ok(Unlocked { version: manifest.key_version, key, next: None, pending_without_key: false })
        }
        KeySource::Keyring => {
            let read = |version: u32| -> Result<Option<MasterKey>, VaultError> {
                match secrets.get(&entry_name(&manifest.vault_id, version))? {
                    Some(hex) => MasterKey::from_hex(hex.expose()).map(Some).ok_or(VaultError::Manifest),
                    None => Ok(None),
                }
            };
            let key = read(manifest.key_version)?.ok_or(VaultError::KeyMissing)?;
            let next = match manifest.pending_version {
                Some(v) => read(v)?.map(|k| (v, k)),
                None => None,
            };
            let pending_without_key = manifest.pending_version.is_some() && next.is_none();
            Ok(Unlocked { version: manifest.key_version, key, next, pending_without_key })
        }
    }
}

/// Start a rotation: store a new master key as the next version and mark it pending. The
/// vault keeps working under the old key until [`super::rotation::finish`] completes.
pub fn begin_rotation(paths: &Paths, secrets: &dyn SecretStore) -> Result<u32, VaultError> {
    let mut manifest = read_manifest(paths)?.ok_or(VaultError::NotInitialized)?;
    if manifest.key_source != KeySource::Keyring {
        return Err(VaultError::RotationNeedsKeyring);
    }
    if let Some(pending) = manifest.pending_version {
        return Ok(pending); // resume the one already begun
    }
    let next = manifest.key_version + 1;
    let key = MasterKey::random().map_err(|_| VaultError::Io(io::ErrorKind::Other))?;
    store_key(secrets, &entry_name(&manifest.vault_id, next), &key)?;
    manifest.pending_version = Some(next);
    write_manifest(paths, &manifest)?;
    Ok(next)
}

/// The last step of a rotation: make `next` the version in use, then delete the old key from
/// the keyring (after which remnants of anything sealed under it are useless). The old version
/// is recorded as retired in the same manifest write, so a crash before the deletion is
/// finished by [`forget_retired_key`] on the next open.
pub fn complete_rotation(paths: &Paths, secrets: &dyn SecretStore, next: u32) -> Result<(), VaultError> {
    let mut manifest = read_manifest(paths)?.ok_or(VaultError::NotInitialized)?;
    if manifest.key_version != next {
        manifest.retired_version = Some(manifest.key_version);
        manifest.key_version = next;
        manifest.pending_version = None;
        write_manifest(paths, &manifest)?;
    }
    crate::failpoint::hit(NEW_KEY_CURRENT);
    forget_retired_key(paths, secrets)
}

/// Crash-injection point (see `crate::failpoint`).
pub(crate) const NEW_KEY_CURRENT: &str = "rotation: new key current, old key not yet deleted";

/// Delete a replaced key that a rotation retired but did not get to delete.
pub fn forget_retired_key(paths: &Paths, secrets: &dyn SecretStore) -> Result<(), VaultError> {
    let Some(mut manifest) = read_manifest(paths)? else { return Ok(()) };
    if let Some(old) = manifest.retired_version.take() {
        secrets.delete(&entry_name(&manifest.vault_id, old))?;
        write_manifest(paths, &manifest)?;
    }
    Ok(())
}

/// Forget a pending rotation whose new key never reached the keyring.
pub fn cancel_rotation(paths: &Paths) -> Result<(), VaultError> {
    let mut manifest = read_manifest(paths)?.ok_or(VaultError::NotInitialized)?;
    manifest.pending_version = None;
    write_manifest(paths, &manifest)
}
