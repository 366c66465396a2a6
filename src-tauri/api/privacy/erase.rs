//! Erase everything: the master key first (after which nothing stored can be read by anyone),
//! then the vault, the index, logs, settings and the provider API keys. The app then starts as
//! on a new machine. Only the process that owns the data folder may do it.

use std::fs;
use std::io;
use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::instance::DataDirLock;
use crate::providers::ProviderId;
use crate::{AppCore, Error};

/// What erasing removed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EraseReport {
    /// Master-key entries removed from the keyring (0 for a passphrase vault).
    pub master_keys: usize,
    /// Provider API keys removed from the keyring.
    pub api_keys: usize,
    /// Files removed from the data folder.
    pub files: usize,
}

/// Erase this data folder's vault and everything around it. `owner` proves this process holds
/// the data folder (no other Seed Studio uses it).
#[tracing::instrument(skip_all)]
pub fn erase_all(core: &AppCore, _owner: &DataDirLock) -> Result<EraseReport, Error> {
    // Close the index before its file goes.
    drop(core.take_vault());
    let paths = core.paths();
    let mut report = EraseReport {
        master_keys: crate::vault::master::destroy(paths, core.secrets())?,
        ..EraseReport::default()
    };
    for provider in ProviderId::ALL {
        if super::super::keys::delete(core, provider)? {
            report.api_keys += 1;
        }
    }
    let index = paths.index_file();
    let index_name = index.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    for suffix in ["", "-wal", "-shm", "-journal"] {
        report.files += remove_file(&index.with_file_name(format!("{index_name}{suffix}")))?;
    }
    report.files += remove_tree(&paths.vault_dir())?;
    for log in crate::retention::logs::all(&paths.logs_dir()).map_err(io_error)? {
        report.files += remove_file(&log)?;
    }
    // Settings back to their defaults, in memory and on disk (no file: the app starts as new).
    let had_settings = paths.config_file().exists();
    let _ = core.replace_config(crate::config::Config::default());
    remove_file(&paths.config_file())?;
    report.files += usize::from(had_settings);
    tracing::warn!(files = report.files, "everything was erased");
    Ok(report)
}

fn io_error(e: io::Error) -> Error {
    crate::vault::master::VaultError::from(e).into()
}

fn remove_file(path: &Path) -> Result<usize, Error> {
    match fs::remove_file(path) {
        Ok(()) => Ok(1),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(0),
        Err(e) => Err(io_error(e)),
    }
}

fn remove_tree(dir: &Path) -> Result<usize, Error> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(io_error(e)),
    };
    let mut removed = 0;
    for entry in entries {
        let entry = entry.map_err(io_error)?;
        let kind = entry.file_type().map_err(io_error)?;
        removed += if kind.is_dir() { remove_tree(&entry.path())? } else { remove_file(&entry.path())? };
    }
    fs::remove_dir(dir).map_err(io_error)?;
    Ok(removed)
}
