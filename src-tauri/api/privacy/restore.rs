//! Restoring an encrypted backup (`export --all --encrypt`) into a vault. The archive is read
//! from the file as it is decrypted (one image in memory at a time). Every image is checked
//! against the manifest's SHA-256 before anything is stored, and what the vault holds already
//! is not stored twice; a restore is all or nothing (see [`restore_backup`]).
//!
//! Tasks come back as they were (prompt, provider, parameters, status and its history), so
//! restored results show where they came from; a task that had not finished comes back failed,
//! never queued (nothing is sent again behind the user's back). Originals come back as new
//! originals (their 24-hour window starts again) and results under a new output window. Ledger
//! entries stay in the manifest, for reading: the ledger records what this installation sent.

use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;
use ts_rs::TS;

use super::ExportProgress;
use crate::api::objects;
use crate::export::{Backup, Manifest, ManifestTask, MANIFEST_NAME, SCHEMA};
use crate::index::{Organisation, TaskRow};
use crate::secrets::Sensitive;
use crate::tasks::{CancelToken, TaskKind, TaskStatus};
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
    /// Tasks put back (those already here are left as they are).
    pub tasks: usize,
}

/// The largest manifest a restore reads (a manifest for 100 000 images is about 60 MiB).
const MAX_MANIFEST_BYTES: u64 = 256 << 20;

/// Restore the backup at `path`, opened with `passphrase`, into the open vault.
pub fn restore_backup(
    core: &AppCore,
    path: &Path,
    passphrase: &Sensitive<String>,
    cancel: &CancelToken,
    progress: &dyn Fn(&ExportProgress),
) -> Result<RestoreReport, Error> {
    let mut backup =
        crate::export::open_backup(path, passphrase).map_err(|e| Error::InvalidInput(e.to_string()))?;
    let manifest = read_manifest(&mut backup)?;
    let mut report = RestoreReport::default();

    let tasks =
        manifest.tasks.iter().map(|t| task_row(t, &manifest.exported_at)).collect::<Result<Vec<_>, _>>()?;
    // Two passes over the archive (it seeks; the passphrase's KDF runs once): first every image
    // is read and checked against its checksum, storing nothing; only a backup that is whole
    // is then stored. Should storing fail or be cancelled half-way, what this restore stored is
    // taken back, so a restore changes the vault completely or not at all.
    let total = manifest.files.len();
    progress(&ExportProgress { done: 0, total: 2 * total });
    for (n, file) in manifest.files.iter().enumerate() {
        stop_if_cancelled(cancel)?;
        let bytes = read_image(core, &mut backup, file)?;
        if hex::encode(Sha256::digest(&*bytes)) != file.sha256 {
            return Err(Error::Integrity(format!(
                "{} in the backup does not match its checksum; nothing was restored",
                file.name
            )));
        }
        if file.kind == "output" && file.task_id.is_none() {
            return Err(damaged());
        }
        progress(&ExportProgress { done: n + 1, total: 2 * total });
    }
    let mut done = Restored::default();
    let result = store_all(core, &mut backup, &manifest, &tasks, cancel, progress, &mut done, &mut report);
    if let Err(e) = result {
        done.undo(core);
        return Err(e);
    }
    tracing::info!(
        originals = report.originals,
        outputs = report.outputs,
        tasks = report.tasks,
        "backup restored"
    );
    Ok(report)
}

/// What a restore stored, to take back if it cannot finish.
#[derive(Default)]
struct Restored {
    objects: Vec<crate::vault::ObjectId>,
    tasks: Vec<String>,
}

impl Restored {
    fn undo(self, core: &AppCore) {
        let undone = core.with_open_vault_or_locked(|v| {
            objects::delete(v, &self.objects)?;
            for task in &self.tasks {
                v.store().index().delete_task_rows(task)?;
            }
            Ok(())
        });
        match undone {
            Ok(()) => {
                tracing::info!(objects = self.objects.len(), "a restore that could not finish was taken back")
            }
            Err(e) => {
                tracing::warn!(code = ?crate::error::HasCode::code(&e), "a restore could not be taken back")
            }
        }
    }
}

fn stop_if_cancelled(cancel: &CancelToken) -> Result<(), Error> {
    if cancel.is_cancelled() {
        return Err(Error::Cancelled("restore cancelled; nothing was restored".into()));
    }
    Ok(())
}

/// The second pass: tasks, then every image (checked again: the archive is read anew).
#[allow(clippy::too_many_arguments)]
fn store_all(
    core: &AppCore,
    backup: &mut Backup,
    manifest: &Manifest,
    tasks: &[(TaskRow, Vec<(TaskStatus, OffsetDateTime)>)],
    cancel: &CancelToken,
    progress: &dyn Fn(&ExportProgress),
    done: &mut Restored,
    report: &mut RestoreReport,
) -> Result<(), Error> {
    core.with_open_vault_or_locked(|v| {
        for (row, events) in tasks {
            if v.store().index().restore_task(row, events)? {
                done.tasks.push(row.id.clone());
                report.tasks += 1;
            }
        }
        Ok(())
    })?;
    let total = manifest.files.len();
    let mut stored_as = std::collections::HashMap::new();
    for (n, file) in manifest.files.iter().enumerate() {
        stop_if_cancelled(cancel)?;
        let bytes = read_image(core, backup, file)?;
        if hex::encode(Sha256::digest(&*bytes)) != file.sha256 {
            return Err(Error::Integrity(format!(
                "{} changed while it was read; nothing was restored",
                file.name
            )));
        }
        let name = file.name.trim_start_matches("images/");
        let stored = core.with_open_vault_or_locked(|v| {
            if file.kind == "output" {
                let task = file.task_id.as_deref().ok_or_else(damaged)?;
                objects::restore_output(core, v, task, name, &bytes)
            } else {
                objects::import_bytes(core, v, name, &bytes)
            }
        })?;
        match (stored.duplicate, file.kind == "output") {
            (true, _) => report.duplicates += 1,
            (false, true) => report.outputs += 1,
            (false, false) => report.originals += 1,
        }
        let id = stored.id.parse::<crate::vault::ObjectId>().map_err(|_| damaged())?;
        if !stored.duplicate {
            done.objects.push(id);
        }
        stored_as.insert(file.name.as_str(), id);
        progress(&ExportProgress { done: total + n + 1, total: 2 * total });
    }
    let organisation = organisation(manifest, &stored_as)?;
    core.with_open_vault_or_locked(|v| {
        Ok(v.store().index().restore_organisation(&organisation, core.clock().now())?)
    })
}

/// Stars, boards and prompts from the manifest, with images named as this restore stored them.
fn organisation(
    manifest: &Manifest,
    stored_as: &std::collections::HashMap<&str, crate::vault::ObjectId>,
) -> Result<Organisation, Error> {
    let ids = |names: &[String]| -> Result<Vec<crate::vault::ObjectId>, Error> {
        names.iter().map(|n| stored_as.get(n.as_str()).copied().ok_or_else(damaged)).collect()
    };
    let time = |s: &str| readable_time(s).ok_or_else(damaged);
    Ok(Organisation {
        starred: ids(&manifest.starred)?,
        boards: manifest
            .boards
            .iter()
            .filter(|b| !b.name.trim().is_empty())
            .map(|b| Ok((b.name.trim().to_string(), ids(&b.files)?)))
            .collect::<Result<_, Error>>()?,
        prompts: manifest
            .prompts
            .iter()
            .map(|p| Ok((p.name.clone(), p.text.clone(), time(&p.saved_at)?)))
            .collect::<Result<_, Error>>()?,
        history: manifest
            .prompt_history
            .iter()
            .map(|h| Ok((h.text.clone(), time(&h.used_at)?)))
            .collect::<Result<_, Error>>()?,
    })
}

fn damaged() -> Error {
    Error::Integrity("the backup is damaged; nothing was restored".into())
}

fn read_manifest(backup: &mut Backup) -> Result<Manifest, Error> {
    let mut text = Vec::new();
    backup
        .by_name(MANIFEST_NAME)
        .map_err(|_| damaged())?
        .take(MAX_MANIFEST_BYTES)
        .read_to_end(&mut text)
        .map_err(|_| damaged())?;
    let manifest: Manifest = serde_json::from_slice(&text).map_err(|_| damaged())?;
    if manifest.schema != SCHEMA || manifest.schema_version > crate::export::SCHEMA_VERSION {
        return Err(Error::InvalidInput("this backup was made by a newer Seed Studio".into()));
    }
    Ok(manifest)
}

/// One file of the backup, within the import's size limit (a video's: `video.max_download_mib`).
fn read_image(
    core: &AppCore,
    backup: &mut Backup,
    file: &crate::export::ManifestFile,
) -> Result<zeroize::Zeroizing<Vec<u8>>, Error> {
    let name = file.name.as_str();
    let mut entry = backup.by_name(name).map_err(|_| damaged())?;
    let size = entry.size();
    if file.mime == objects::VIDEO_MP4 {
        if size > u64::from(core.config().video.max_download_mib) << 20 {
            return Err(Error::InvalidInput(format!("{name} is larger than video.max_download_mib allows")));
        }
    } else {
        crate::import::check_size(size).map_err(|source| Error::Import { file: name.into(), source })?;
    }
    let mut bytes = zeroize::Zeroizing::new(Vec::with_capacity(usize::try_from(size).unwrap_or(0)));
    entry.by_ref().take(size).read_to_end(&mut bytes).map_err(|_| damaged())?;
    Ok(bytes)
}

/// A manifest task as a row to put back, with its history; a task that had not finished when
/// the backup was made comes back failed.
fn task_row(
    t: &ManifestTask,
    exported_at: &str,
) -> Result<(TaskRow, Vec<(TaskStatus, OffsetDateTime)>), Error> {
    let time = |s: &str| readable_time(s).ok_or_else(damaged);
    let id = uuid::Uuid::parse_str(&t.task_id).map_err(|_| damaged())?.to_string();
    let kind = TaskKind::parse(&t.kind).ok_or_else(damaged)?;
    let mut status = TaskStatus::parse(&t.status).ok_or_else(damaged)?;
    let mut events = t
        .events
        .iter()
        .map(|e| Ok((TaskStatus::parse(&e.status).ok_or_else(damaged)?, time(&e.at)?)))
        .collect::<Result<Vec<_>, Error>>()?;
    let mut ended_at = t.ended_at.as_deref().map(time).transpose()?;
    let mut reason = t.reason.clone();
    if !status.is_terminal() {
        let at = time(exported_at)?;
        status = TaskStatus::Failed;
        ended_at = Some(at);
        reason = Some("it had not finished when the backup was made".into());
        events.push((status, at));
    }
    let created_at = time(&t.created_at)?;
    Ok((
        TaskRow {
            id,
            kind,
            status,
            provider: t.provider.clone(),
            prompt: t.prompt.clone(),
            created_at,
            updated_at: events.last().map_or(created_at, |(_, at)| *at),
            ended_at,
            reason,
            params: t.parameters.as_ref().map(serde_json::Value::to_string),
            // A restored task is over; its job at the provider is not asked about again.
            remote_job: None,
        },
        events,
    ))
}

/// An RFC 3339 time that the index can store and read back: in UTC, between 1970 and 9999
/// (`9999-12-31T23:00:00-05:00` parses, but is year 10 000 in UTC).
fn readable_time(text: &str) -> Option<OffsetDateTime> {
    let parsed = OffsetDateTime::parse(text, &Rfc3339).ok()?;
    let utc = parsed.checked_to_offset(time::UtcOffset::UTC)?;
    (1970..=9998).contains(&utc.year()).then_some(utc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::ManifestEvent;

    #[test]
    fn times_the_index_could_not_read_back_are_refused() {
        assert!(readable_time("2026-11-01T10:00:00Z").is_some());
        assert!(readable_time("9999-12-31T23:00:00-05:00").is_none(), "year 10 000 in UTC");
        assert!(readable_time("9999-12-31T23:59:59Z").is_none());
        assert!(readable_time("1969-12-31T23:59:59Z").is_none());
        assert!(task_row(
            &ManifestTask { created_at: "9999-12-31T23:00:00-05:00".into(), ..task("succeeded") },
            "2026-11-02T08:00:00Z"
        )
        .is_err());
    }

    fn task(status: &str) -> ManifestTask {
        ManifestTask {
            task_id: "01935b3c-5a00-7000-8000-000000000001".into(),
            kind: "generate".into(),
            status: status.into(),
            provider: Some("gemini".into()),
            prompt: Some("a lighthouse".into()),
            parameters: Some(serde_json::json!({"count": 1})),
            created_at: "2026-11-01T10:00:00Z".into(),
            ended_at: None,
            reason: None,
            inputs: vec![],
            outputs: vec![],
            events: vec![ManifestEvent { status: "queued".into(), at: "2026-11-01T10:00:00Z".into() }],
        }
    }

    #[test]
    fn a_task_that_had_not_finished_comes_back_failed_never_queued() {
        let (row, events) = task_row(&task("sending"), "2026-11-02T08:00:00Z").unwrap();
        assert_eq!(row.status, TaskStatus::Failed);
        assert_eq!(row.reason.as_deref(), Some("it had not finished when the backup was made"));
        let at = OffsetDateTime::parse("2026-11-02T08:00:00Z", &Rfc3339).unwrap();
        assert_eq!(row.ended_at, Some(at));
        assert_eq!(events.last(), Some(&(TaskStatus::Failed, at)));
        assert_eq!(row.prompt.as_deref(), Some("a lighthouse"));
        assert_eq!(row.params.as_deref(), Some(r#"{"count":1}"#));
    }

    #[test]
    fn a_finished_task_comes_back_as_it_was_and_nonsense_is_refused() {
        let mut done = task("succeeded");
        done.ended_at = Some("2026-11-01T10:01:00Z".into());
        let (row, events) = task_row(&done, "2026-11-02T08:00:00Z").unwrap();
        assert_eq!((row.status, row.reason), (TaskStatus::Succeeded, None));
        assert_eq!(events.len(), 1);
        for broken in [
            ManifestTask { task_id: "../../etc".into(), ..task("succeeded") },
            ManifestTask { status: "sent-twice".into(), ..task("succeeded") },
            ManifestTask { created_at: "yesterday".into(), ..task("succeeded") },
        ] {
            assert!(task_row(&broken, "2026-11-02T08:00:00Z").is_err());
        }
    }
}
