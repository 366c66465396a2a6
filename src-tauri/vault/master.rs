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
use crate::error::{Code, HasCode};
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
}

/// Why a vault could not be created or unlocked.
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    /// No vault in this data folder.
    #[error("there is no vault in this data folder yet; create one with `seed-studio init`")]
    NotInitialized,
    /// `init` on a folder that already has one.
    #[error("this data folder already has a vault")]
    AlreadyInitialized,
    /// A passphrase vault was opened without the passphrase.
    #[error("this vault is protected by a passphrase; pass --passphrase-file FILE or set SEED_STUDIO_PASSPHRASE_FILE")]
    PassphraseRequired,
    /// The keyring has no key for this vault (deleted, or another user account or machine).
    #[error("the vault's key is not in the system keyring, so the vault cannot be opened")]
    KeyMissing,
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
            VaultError::AlreadyInitialized => Code::InvalidInput,
            VaultError::PassphraseRequired | VaultError::KeyFile(KeyFileError::WrongPassphrase) => {
                Code::Locked
            }
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

fn entry_name(vault_id: &str) -> String {
    format!("master-key:{vault_id}")
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
            let name = entry_name(&vault_id);
            secrets.set(&name, &Sensitive::new(mk.to_hex().to_string()))?;
            let back = secrets.get(&name)?;
            if back.as_ref().map(|k| k.expose().as_str()) != Some(mk.to_hex().as_str()) {
                let _ = secrets.delete(&name);
                return Err(
                    SecretsError::Unavailable { detail: "the key could not be read back".into() }.into()
                );
            }
            KeySource::Keyring
        }
    };
    // The manifest is written last: until it exists, there is no vault (and init can be rerun).
    let manifest = Manifest { format: 1, vault_id, key_source };
    let text = toml::to_string(&manifest).map_err(|_| VaultError::Manifest)?;
    atomic_file::write(&paths.vault_manifest(), text.as_bytes())?;
    Ok((mk, key_source))
}

/// Undo a [`create`] whose later steps failed: remove the keyring entry, the key file and the
/// manifest, so `init` can be run again. Best effort: it runs on an error path already.
pub fn abandon(paths: &Paths, secrets: &dyn SecretStore) {
    if let Ok(Some(manifest)) = read_manifest(paths) {
        if manifest.key_source == KeySource::Keyring {
            let _ = secrets.delete(&entry_name(&manifest.vault_id));
        }
    }
    for file in [paths.key_file(), paths.vault_manifest()] {
        let _ = std::fs::remove_file(file);
    }
}

/// Get the master key of this folder's vault.
pub fn unlock(
    paths: &Paths,
    secrets: &dyn SecretStore,
    passphrase: Option<&Sensitive<String>>,
) -> Result<MasterKey, VaultError> {
    let manifest = read_manifest(paths)?.ok_or(VaultError::NotInitialized)?;
    match manifest.key_source {
        KeySource::Passphrase => {
            let pass = passphrase.ok_or(VaultError::PassphraseRequired)?;
            let sealed = std::fs::read(paths.key_file())?;
            Ok(key_file::open(&sealed, pass)?)
        }
        KeySource::Keyring => {
            let hex = secrets.get(&entry_name(&manifest.vault_id))?.ok_or(VaultError::KeyMissing)?;
            MasterKey::from_hex(hex.expose()).ok_or(VaultError::Manifest)
        }
    }
}
