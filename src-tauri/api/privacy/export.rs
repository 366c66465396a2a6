//! Export: all, one task, or chosen images, decrypted under readable names with a
//! `manifest.json`, into a folder or a `.zip`, atomically (see [`crate::export`]). The vault's
//! lock is taken per image, so the window stays usable; progress is reported per file and a
//! cancel stops before the next one, leaving nothing behind.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::api::objects::rfc3339;
use crate::export::{
    strip, Manifest, ManifestBoard, ManifestEvent, ManifestFile, ManifestPrompt, ManifestPromptUse,
    ManifestTask, Sink, MANIFEST_NAME, SCHEMA, SCHEMA_VERSION,
};
use crate::index::{ListQuery, ObjectKind, ObjectRow, TaskRow};
use crate::tasks::CancelToken;
use crate::vault::ObjectId;
use crate::{AppCore, Error};

/// What to export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
#[ts(export)]
pub enum Selection {
    /// Every kept image, every task, the whole ledger.
    All,
    /// One task: its references, results and ledger entries.
    Task(String),
    /// Chosen images (object ids) and the tasks they came from.
    Objects(Vec<String>),
}

/// An export to make.
#[derive(Debug, Clone)]
pub struct ExportRequest {
    /// What.
    pub selection: Selection,
    /// Where: a folder, or a file for a zip or a backup; it must not exist yet.
    pub to: PathBuf,
    /// Folder, zip, or an encrypted backup (age).
    pub format: crate::export::Format,
    /// Remove embedded metadata (EXIF, XMP, C2PA provenance...) from the images.
    pub strip_metadata: bool,
}

/// Progress, per file written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ExportProgress {
    /// Images written.
    pub done: usize,
    /// Images to write.
    pub total: usize,
}

/// A finished export (`seed-studio export --json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ExportReport {
    /// Where it is.
    pub path: String,
    /// Images written.
    pub files: usize,
    /// Their bytes.
    pub bytes: u64,
    /// Tasks described in the manifest.
    pub tasks: usize,
    /// Ledger entries in the manifest.
    pub ledger_entries: usize,
    /// Which vault object went to which file (for scripts; the export itself holds no ids).
    pub written: Vec<crate::api::objects::ExportedFile>,
}

/// Write the export described by `request`.
#[tracing::instrument(skip_all)]
pub fn export(
    core: &AppCore,
    request: &ExportRequest,
    cancel: &CancelToken,
    progress: &dyn Fn(&ExportProgress),
) -> Result<ExportReport, Error> {
    let now = core.clock().now();
    let (rows, tasks, ledger, marks, (prompts, history)) = core.with_open_vault_or_locked(|v| {
        let index = v.store().index();
        let (rows, tasks) = match &request.selection {
            Selection::All => {
                let rows = index
                    .list(&ListQuery { order: crate::index::Order::Oldest, ..ListQuery::default() }, now)?;
                (rows, index.recent_tasks(usize::MAX)?)
            }
            Selection::Task(id) => {
                let task =
                    index.task(id.trim())?.ok_or_else(|| Error::InvalidInput("no such task".into()))?;
                let mut ids = index.task_inputs(&task.id)?;
                ids.extend(index.task_outputs(&task.id, now)?);
                (rows_of(v, &ids, now)?, vec![task])
            }
            Selection::Objects(ids) => {
                let ids = crate::api::objects::parse_ids(ids)?;
                let rows = rows_of(v, &ids, now)?;
                if rows.len() != ids.len() {
                    return Err(Error::InvalidInput(
                        "some of those images are no longer in the vault".into(),
                    ));
                }
                let task_ids: HashSet<_> = rows.iter().filter_map(|r| r.task_id.clone()).collect();
                let mut tasks = Vec::new();
                for id in task_ids {
                    tasks.extend(index.task(&id)?);
                }
                (rows, tasks)
            }
        };
        let task_ids: HashSet<&str> = tasks.iter().map(|t| t.id.as_str()).collect();
        let ledger = index
            .ledger()?
            .into_iter()
            .filter(|e| {
                matches!(request.selection, Selection::All)
                    || e.task_id.as_deref().is_some_and(|t| task_ids.contains(t))
            })
            .collect::<Vec<_>>();
        let everything = matches!(request.selection, Selection::All);
        let personal = if everything {
            let cutoff = crate::api::prompts::history_cutoff(core, now);
            (index.prompts(None)?, index.history(cutoff)?)
        } else {
            (Vec::new(), Vec::new())
        };
        Ok((rows, tasks, ledger, index.marks()?, personal))
    })?;

    let sink_error = |e: crate::export::SinkError| Error::InvalidInput(e.to_string());
    if let crate::export::Format::Age(p) = &request.format {
        if p.expose().chars().count() < crate::lock::MIN_CHARS {
            return Err(Error::InvalidInput(format!(
                "a backup passphrase needs at least {} characters",
                crate::lock::MIN_CHARS
            )));
        }
    }
    let mut sink = Sink::create(&request.to, request.format.clone()).map_err(sink_error)?;
    let mut names = Names::default();
    let mut files = Vec::new();
    let mut named: BTreeMap<ObjectId, String> = BTreeMap::new();
    let mut written = Vec::new();
    let total = rows.len();
    progress(&ExportProgress { done: 0, total });
    for (n, row) in rows.iter().enumerate() {
        if cancel.is_cancelled() {
            return Err(Error::Cancelled("export cancelled; nothing was written".into()));
        }
        let (_, plain) = core.with_open_vault_or_locked(|v| Ok(v.store().read(row.id, now)?))?;
        let bytes = if request.strip_metadata {
            strip::strip(&plain).unwrap_or_else(|| plain.to_vec())
        } else {
            plain.to_vec()
        };
        let mut name = format!("images/{}", names.unique(row));
        if let Err(crate::export::SinkError::Io(kind)) = sink.add(&name, &bytes, false) {
            // A name this filesystem refuses (too long, a reserved word on Windows) must not
            // cost the whole export: the image goes under a plain name instead.
            if !matches!(kind, std::io::ErrorKind::InvalidFilename | std::io::ErrorKind::InvalidInput) {
                return Err(sink_error(crate::export::SinkError::Io(kind)));
            }
            name = format!("images/{}", names.plain(row, n + 1));
            sink.add(&name, &bytes, false).map_err(sink_error)?;
        }
        files.push(ManifestFile {
            name: name.clone(),
            kind: row.kind.as_sql().into(),
            mime: row.mime.clone(),
            width: row.width,
            height: row.height,
            bytes: bytes.len() as u64,
            sha256: hex::encode(Sha256::digest(&bytes)),
            created_at: rfc3339(row.created_at),
            expires_at: row.expires_at.map(rfc3339),
            task_id: row.task_id.clone(),
        });
        written.push(crate::api::objects::ExportedFile { id: row.id.to_string(), path: name.clone() });
        named.insert(row.id, name);
        progress(&ExportProgress { done: n + 1, total });
    }
    let manifest_tasks = core.with_open_vault_or_locked(|v| {
        tasks.iter().map(|t| manifest_task(v, t, &named, now)).collect::<Result<Vec<_>, _>>()
    })?;
    let manifest = Manifest {
        schema: SCHEMA.into(),
        schema_version: SCHEMA_VERSION,
        app: concat!("Seed Studio ", env!("CARGO_PKG_VERSION")).into(),
        exported_at: rfc3339(now),
        selection: match request.selection {
            Selection::All => "all",
            Selection::Task(_) => "task",
            Selection::Objects(_) => "objects",
        }
        .into(),
        metadata_stripped: request.strip_metadata,
        files,
        tasks: manifest_tasks,
        ledger,
        starred: named.iter().filter(|(id, _)| marks.starred.contains(id)).map(|(_, n)| n.clone()).collect(),
        boards: boards_of(&marks, &named),
        prompts: prompts
            .into_iter()
            .map(|p| ManifestPrompt { name: p.name, text: p.text, saved_at: rfc3339(p.saved_at) })
            .collect(),
        prompt_history: history
            .into_iter()
            .map(|h| ManifestPromptUse { text: h.text, used_at: rfc3339(h.used_at) })
            .collect(),
    };
    let json = serde_json::to_vec_pretty(&manifest)
        .map_err(|_| Error::InvalidInput("the manifest could not be written".into()))?;
    sink.add(MANIFEST_NAME, &json, true).map_err(sink_error)?;
    let path = sink.finish().map_err(sink_error)?;
    let report = ExportReport {
        path: path.display().to_string(),
        files: manifest.files.len(),
        bytes: manifest.files.iter().map(|f| f.bytes).sum(),
        tasks: manifest.tasks.len(),
        ledger_entries: manifest.ledger.len(),
        written: written
            .into_iter()
            .map(|mut f| {
                f.path = path.join(&f.path).display().to_string();
                f
            })
            .collect(),
    };
    tracing::info!(files = report.files, "export written");
    Ok(report)
}

/// Each board with the exported images on it, A to Z; boards with none of them are left out.
fn boards_of(marks: &crate::index::Marks, named: &BTreeMap<ObjectId, String>) -> Vec<ManifestBoard> {
    let mut boards: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (id, name) in named {
        for board in marks.boards.get(id).into_iter().flatten() {
            boards.entry(board.as_str()).or_default().push(name.clone());
        }
    }
    boards.into_iter().map(|(name, files)| ManifestBoard { name: name.to_string(), files }).collect()
}

fn rows_of(
    v: &crate::api::objects::Vault,
    ids: &[ObjectId],
    now: time::OffsetDateTime,
) -> Result<Vec<ObjectRow>, Error> {
    let mut rows = Vec::new();
    for id in ids {
        if let Some(row) = v.store().index().object(*id, now)? {
            if row.kind != ObjectKind::Thumbnail {
                rows.push(row);
            }
        }
    }
    Ok(rows)
}

fn manifest_task(
    v: &crate::api::objects::Vault,
    t: &TaskRow,
    named: &BTreeMap<ObjectId, String>,
    now: time::OffsetDateTime,
) -> Result<ManifestTask, Error> {
    let index = v.store().index();
    let names = |ids: Vec<ObjectId>| ids.iter().filter_map(|id| named.get(id).cloned()).collect();
    Ok(ManifestTask {
        task_id: t.id.clone(),
        kind: t.kind.as_str().into(),
        status: t.status.as_str().into(),
        provider: t.provider.clone(),
        prompt: t.prompt.clone(),
        parameters: t.params.as_deref().and_then(|p| serde_json::from_str(p).ok()),
        created_at: rfc3339(t.created_at),
        ended_at: t.ended_at.map(rfc3339),
        reason: t.reason.clone(),
        inputs: names(index.task_inputs(&t.id)?),
        outputs: names(index.task_outputs(&t.id, now)?),
        events: index
            .task_events(&t.id)?
            .into_iter()
            .map(|(s, at)| ManifestEvent { status: s.as_str().into(), at: rfc3339(at) })
            .collect(),
    })
}

/// Readable, unique file names: the imported name (or the provider's) without path or control
/// characters; `name (2).ext` on a clash. Never a vault id.
#[derive(Default)]
struct Names(HashSet<String>);

impl Names {
    /// `original-3.jpg`: a name every filesystem takes, for when the readable one is refused.
    fn plain(&mut self, row: &ObjectRow, n: usize) -> String {
        let name = format!("{}-{n}.{}", row.kind.as_sql(), extension(&row.mime));
        self.0.insert(name.to_lowercase());
        name
    }

    fn unique(&mut self, row: &ObjectRow) -> String {
        let ext = extension(&row.mime);
        let cleaned: String = row
            .file_name
            .as_deref()
            .unwrap_or_default()
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or_default()
            .chars()
            .map(|c| if c.is_control() || ":*?\"<>|".contains(c) { '_' } else { c })
            .collect();
        let cleaned = shorten(cleaned.trim().trim_start_matches('.'));
        let base = if cleaned.is_empty() { format!("{}.{ext}", row.kind.as_sql()) } else { cleaned };
        let (stem, dot_ext) = match base.rsplit_once('.') {
            Some((s, e)) if !s.is_empty() => (s.to_string(), format!(".{e}")),
            _ => (base.clone(), String::new()),
        };
        let mut candidate = base;
        let mut n = 2;
        while !self.0.insert(candidate.to_lowercase()) {
            candidate = format!("{stem} ({n}){dot_ext}");
            n += 1;
        }
        candidate
    }
}

fn extension(mime: &str) -> &'static str {
    match mime {
        "image/png" => "png",
        "image/webp" => "webp",
        "image/gif" => "gif",
        "image/tiff" => "tif",
        "image/bmp" => "bmp",
        "video/mp4" => "mp4",
        _ => "jpg",
    }
}

/// Names keep within every filesystem's limit (255 bytes) with room for " (12)": the stem is cut
/// at a character boundary to 150 bytes, an extension longer than 10 bytes is dropped.
fn shorten(name: &str) -> String {
    const STEM: usize = 150;
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() && e.len() <= 10 => (s, Some(e)),
        _ => (name, None),
    };
    let mut cut = STEM.min(stem.len());
    while !stem.is_char_boundary(cut) {
        cut -= 1;
    }
    let stem = stem[..cut].trim_end();
    match ext {
        Some(e) => format!("{stem}.{e}"),
        None => stem.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_are_cut_at_a_character_boundary_and_stay_unique() {
        let long = format!("{}.jpeg", "ü".repeat(200));
        let short = shorten(&long);
        assert!(short.len() <= 160 && short.ends_with(".jpeg"), "{}", short.len());
        let mut names = Names::default();
        let row = |name: &str| ObjectRow {
            id: "0123456789abcdef0123456789abcdef".parse().unwrap(),
            kind: ObjectKind::Original,
            mime: "image/jpeg".into(),
            size: 1,
            width: None,
            height: None,
            created_at: time::OffsetDateTime::UNIX_EPOCH,
            expires_at: None,
            task_id: None,
            parent_id: None,
            file_name: Some(name.into()),
            wrapped_key: [0; crate::vault::keys::WRAPPED_LEN],
            content_mac: None,
            duration_ms: None,
        };
        let a = names.unique(&row(&long));
        let b = names.unique(&row(&long));
        assert_ne!(a, b);
        assert!(b.len() < 255 && b.contains(" (2)"), "{b}");
    }

    fn row(name: Option<&str>, mime: &str) -> ObjectRow {
        ObjectRow {
            id: ObjectId::from_bytes([0xab; 16]),
            kind: ObjectKind::Original,
            mime: mime.into(),
            size: 1,
            width: None,
            height: None,
            created_at: time::OffsetDateTime::UNIX_EPOCH,
            expires_at: None,
            task_id: None,
            parent_id: None,
            file_name: name.map(Into::into),
            wrapped_key: [0; 72],
            content_mac: None,
            duration_ms: None,
        }
    }

    #[test]
    fn a_cancelled_export_leaves_nothing_behind() {
        use std::sync::Arc;
        let dir = tempfile::tempdir().unwrap();
        let paths = crate::paths::Paths::resolve(Some(&dir.path().join("data"))).unwrap();
        let core = AppCore::open(
            paths,
            Arc::new(crate::clock::FixedClock::new(time::OffsetDateTime::now_utc())),
            Arc::new(crate::secrets::memory::MemoryStore::default()),
        )
        .unwrap();
        crate::api::vault::init(&core, None).unwrap();
        let vault = crate::api::objects::open(&core, None).unwrap();
        for seed in 0..3u8 {
            let mut png = Vec::new();
            image::RgbImage::from_pixel(16, 16, image::Rgb([seed, 1, 2]))
                .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
                .unwrap();
            crate::api::objects::import_bytes(&core, &vault, &format!("p{seed}.png"), &png).unwrap();
        }
        core.set_vault(vault);
        let backup = crate::export::Format::Age(crate::secrets::Sensitive::new("a passphrase".into()));
        for format in [crate::export::Format::Zip, crate::export::Format::Folder, backup] {
            let to = dir.path().join("out");
            let token = CancelToken::default();
            let request =
                ExportRequest { selection: Selection::All, to: to.clone(), format, strip_metadata: false };
            // The user presses Cancel once the first image is written.
            let err = export(&core, &request, &token, &|p| {
                if p.done == 1 {
                    token.cancel();
                }
            })
            .unwrap_err();
            assert_eq!(crate::error::ErrorBody::from(&err).code, crate::Code::Cancelled);
            let left: Vec<_> =
                std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
            assert_eq!(left, vec![std::ffi::OsString::from("data")], "no export, no partial file");
        }
    }

    #[test]
    fn export_names_are_safe_unique_and_never_a_vault_id() {
        let mut names = Names::default();
        assert_eq!(names.unique(&row(Some("beach.jpg"), "image/jpeg")), "beach.jpg");
        assert_eq!(
            names.unique(&row(Some("Beach.jpg"), "image/jpeg")),
            "Beach (2).jpg",
            "clashes ignore case"
        );
        assert_eq!(names.unique(&row(Some("../../etc/passwd"), "image/png")), "passwd");
        assert_eq!(names.unique(&row(Some("C:\\x\\a:b?.png"), "image/png")), "a_b_.png");
        assert_eq!(names.unique(&row(Some(" .. "), "image/jpeg")), "original.jpg");
        assert_eq!(names.unique(&row(None, "image/webp")), "original.webp");
        assert_eq!(names.unique(&row(None, "image/webp")), "original (2).webp");
    }
}
