//! Restoring an encrypted backup (`export --all --encrypt`) into a vault: the archive is opened
//! in memory, every image is checked against the manifest's SHA-256 before it is stored, and
//! images already in the vault are not stored twice. Originals come back as new originals
//! (their 24-hour window starts again); results come back as results under their output
//! window. Tasks and ledger entries stay in the manifest, for reading; they are not replayed.

use std::io::{Cursor, Read};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::api::objects::{self, Vault};
use crate::export::{Manifest, MANIFEST_NAME, SCHEMA};
use crate::secrets::Sensitive;
use crate::{AppCore, Error};

/// What a restore brought back.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RestoreReport {
    /// Originals stored.
    pub originals: usize,
    /// Results stored.
    pub outputs: usize,
    /// Images that were already in the vault.
    pub duplicates: usize,
}

/// Restore the backup `sealed` (an age file) opened with `passphrase`.
pub fn restore_backup(
    core: &AppCore,
    vault: &Vault,
    sealed: &[u8],
    passphrase: &Sensitive<String>,
) -> Result<RestoreReport, Error> {
    let plain = crate::export::unseal(sealed, passphrase).map_err(|e| Error::InvalidInput(e.to_string()))?;
    let damaged = || Error::InvalidInput("the backup's archive is damaged".into());
    let mut archive = zip::ZipArchive::new(Cursor::new(plain.as_slice())).map_err(|_| damaged())?;
    let manifest: Manifest = {
        let mut text = Vec::new();
        archive
            .by_name(MANIFEST_NAME)
            .map_err(|_| damaged())?
            .read_to_end(&mut text)
            .map_err(|_| damaged())?;
        serde_json::from_slice(&text).map_err(|_| damaged())?
    };
    if manifest.schema != SCHEMA || manifest.schema_version > crate::export::SCHEMA_VERSION {
        return Err(Error::InvalidInput("this backup was made by a newer Seed Studio".into()));
    }
    let mut report = RestoreReport::default();
    for file in &manifest.files {
        let mut bytes = zeroize::Zeroizing::new(Vec::new());
        archive.by_name(&file.name).map_err(|_| damaged())?.read_to_end(&mut bytes).map_err(|_| damaged())?;
        if hex::encode(Sha256::digest(&*bytes)) != file.sha256 {
            return Err(Error::InvalidInput(format!(
                "{} does not match its checksum; nothing more was restored",
                file.name
            )));
        }
        let name = file.name.trim_start_matches("images/");
        if file.kind == "output" {
            objects::store_output(core, vault, file.task_id.as_deref().unwrap_or("restored"), name, &bytes)?;
            report.outputs += 1;
        } else {
            let stored = objects::import_bytes(core, vault, name, &bytes)?;
            if stored.duplicate {
                report.duplicates += 1;
            } else {
                report.originals += 1;
            }
        }
    }
    tracing::info!(originals = report.originals, outputs = report.outputs, "backup restored");
    Ok(report)
}
