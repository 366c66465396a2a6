//! Creating a vault and reporting on it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::index::Index;
use crate::secrets::Sensitive;
use crate::vault::key_file::KdfParams;
use crate::vault::master::{self, KeySource};
use crate::vault::store::Store;
use crate::{AppCore, Error, ErrorBody};

/// What `doctor` and About say about the vault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct VaultReport {
    /// Whether this data folder has a vault.
    pub initialized: bool,
    /// Where its master key is kept.
    pub key_source: Option<KeySource>,
    /// `open` (unlocked and the index opened), `locked` (needs the passphrase), `error`, or
    /// `none` (no vault).
    pub state: String,
    /// Why it is `error`.
    pub detail: Option<String>,
    /// How objects are sealed.
    pub object_cipher: String,
    /// The linked SQLite version.
    pub sqlite_version: String,
    /// The linked SQLCipher version (the index's encryption).
    pub sqlcipher_version: String,
}

/// Create the vault in this data folder: master key (keyring, or sealed by `passphrase`),
/// encrypted index, object folders.
#[tracing::instrument(skip_all, fields(passphrase = passphrase.is_some()))]
pub fn init(core: &AppCore, passphrase: Option<Sensitive<String>>) -> Result<VaultReport, Error> {
    let paths = core.paths();
    let (mk, source) = master::create(paths, core.secrets(), passphrase.as_ref(), KdfParams::DEFAULT)?;
    let made = Index::open(&paths.index_file(), &mk.db_key())
        .map_err(Error::from)
        .and_then(|index| Store::open(&paths.vault_dir(), index, mk.key_wrap_key()).map_err(Error::from));
    if let Err(e) = made {
        // A half-made vault would block a retry; take it all back.
        master::abandon(paths, core.secrets());
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", paths.index_file().display()));
        }
        return Err(e);
    }
    tracing::info!(?source, "vault created");
    Ok(report_open(core))
}

/// Report on the vault; with a keyring key (or the passphrase) it also proves the index opens.
pub fn report(core: &AppCore, passphrase: Option<&Sensitive<String>>) -> VaultReport {
    let Some(mut r) = facts(core) else {
        return describe_without_vault(core);
    };
    let paths = core.paths();
    if r.key_source == Some(KeySource::Passphrase) && passphrase.is_none() {
        r.state = "locked".into();
        return r;
    }
    let opened = super::objects::unlock(core, passphrase)
        .and_then(|mk| Index::open(&paths.index_file(), &mk.db_key()).map_err(Error::from));
    match opened {
        Ok(_) => r.state = "open".into(),
        Err(e) => {
            let body = ErrorBody::from(e);
            r.state = if body.code == crate::Code::Locked { "locked" } else { "error" }.into();
            r.detail = Some(body.message);
        }
    }
    r
}

/// The report for a vault the caller has just created or opened: the same facts, without
/// unlocking it again (for a passphrase vault that would run Argon2 once more).
pub fn report_open(core: &AppCore) -> VaultReport {
    match facts(core) {
        Some(mut r) => {
            r.state = "open".into();
            r
        }
        None => describe_without_vault(core),
    }
}

/// The report's facts for an existing, intact vault (state still to be decided); `None` when
/// there is no vault or it is damaged, which [`describe_without_vault`] reports.
fn facts(core: &AppCore) -> Option<VaultReport> {
    let r = describe_without_vault(core);
    (r.initialized && r.state != "error").then_some(r)
}

/// What can be said without unlocking: ciphers, versions, whether there is a vault, where its
/// key lives, and damage visible from outside (unreadable manifest, missing index).
fn describe_without_vault(core: &AppCore) -> VaultReport {
    let (sqlite_version, sqlcipher_version) = Index::library_versions();
    let mut r = VaultReport {
        initialized: false,
        key_source: None,
        state: "none".into(),
        detail: None,
        object_cipher: "XChaCha20-Poly1305, 64 KiB chunks, a key per object".into(),
        sqlite_version,
        sqlcipher_version,
    };
    let paths = core.paths();
    match master::key_source(paths) {
        Ok(None) => return r,
        Ok(Some(source)) => {
            r.initialized = true;
            r.key_source = Some(source);
        }
        Err(e) => {
            r.state = "error".into();
            r.detail = Some(e.to_string());
            return r;
        }
    }
    // Opening would create an empty index; a missing one is damage to report, not to paper over.
    if !paths.index_file().is_file() {
        r.state = "error".into();
        r.detail = Some("the index file is missing".into());
    }
    r
}

/// Replace the vault's master key (keyring vaults): every data key is re-wrapped, the index is
/// re-encrypted, and the old key is deleted from the keyring. Needs the data folder to itself
/// (close the app first), since open connections would still hold the old key.
#[tracing::instrument(skip_all)]
pub fn rotate_key(core: &AppCore, _owner: &crate::instance::DataDirLock) -> Result<VaultReport, Error> {
    let next = master::begin_rotation(core.paths(), core.secrets())?;
    crate::vault::rotation::finish(core.paths(), core.secrets())?;
    tracing::info!(version = next, "rotation done");
    Ok(report(core, None))
}
