//! The vault's objects as people use them: import image files, list and search, export
//! decrypted copies, delete. Every use case takes an unlocked [`Vault`].

use std::path::Path;

use serde::{Deserialize, Serialize};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;
use ts_rs::TS;
use zeroize::Zeroizing;

use crate::import::{self, ImportError};
use crate::index::{ListQuery, ObjectKind, ObjectRow};
use crate::instance::DataDirLock;
use crate::retention::{self, policy::Item};
use crate::secrets::Sensitive;
use crate::vault::keys::DedupeKey;
use crate::vault::master;
use crate::vault::store::{NewObject, Store, StoreError};
use crate::vault::ObjectId;
use crate::{AppCore, Error};

/// An unlocked vault: its object store and the duplicate-detection key.
pub struct Vault {
    store: Store,
    dedupe: DedupeKey,
    _lock: Option<DataDirLock>,
}

impl Vault {
    /// The object store.
    pub fn store(&self) -> &Store {
        &self.store
    }
}

/// Unlock and open this data folder's vault, holding the data folder for the vault's life
/// (refused with `already_running` while another process has it). The garbage collector first
/// removes what an interrupted write or delete left behind: safe, since no other process can be
/// writing while we hold the lock.
#[tracing::instrument(skip_all)]
pub fn open(core: &AppCore, passphrase: Option<&Sensitive<String>>) -> Result<Vault, Error> {
    let lock = DataDirLock::acquire_for_command(core.paths(), std::time::Duration::ZERO, || {})?;
    open_inner(core, passphrase, true, Some(lock))
}

/// [`open`] for a command that took the data folder for its whole run (the CLI does, before
/// any verb touches the vault): the collector runs under that lock.
pub fn open_with(
    core: &AppCore,
    passphrase: Option<&Sensitive<String>>,
    _owner: &DataDirLock,
) -> Result<Vault, Error> {
    open_inner(core, passphrase, true, None)
}

/// The window's process opening a keyring vault for a retention sweep while the app is locked:
/// it owns the folder already, and nothing else writes, so no collection is needed.
pub(crate) fn open_for_sweep(core: &AppCore) -> Result<Vault, Error> {
    open_inner(core, None, false, None)
}

/// [`open`] for the process that already owns the data folder (the app window): it always
/// collects garbage, under the lock it holds, and purges whatever expired while it was closed.
pub fn open_as_owner(
    core: &AppCore,
    passphrase: Option<&Sensitive<String>>,
    _owner: &DataDirLock,
) -> Result<Vault, Error> {
    let vault = open_inner(core, passphrase, true, None)?;
    // Catch up before the gallery shows anything: what expired while the app was closed goes
    // now. (Headless verbs leave that to `purge`, which reports it.)
    super::retention::purge(core, &vault, core.clock().now())?;
    Ok(vault)
}

fn open_inner(
    core: &AppCore,
    passphrase: Option<&Sensitive<String>>,
    collect: bool,
    lock: Option<DataDirLock>,
) -> Result<Vault, Error> {
    let paths = core.paths();
    let mk = unlock(core, passphrase)?;
    if !paths.index_file().is_file() {
        return Err(StoreError::Index(crate::index::IndexError::WrongKeyOrDamaged).into());
    }
    let index = match crate::index::Index::open(&paths.index_file(), &mk.db_key()) {
        // On a full disk SQLite cannot make its journal files: the vault's reserved room is
        // given back so that the user can still open it, delete and purge (which free space).
        Err(crate::index::IndexError::Sqlite(_) | crate::index::IndexError::DiskFull)
            if crate::vault::store::release_reserve(&paths.vault_dir()) =>
        {
            tracing::warn!("the index could not open; the reserved room was released");
            crate::index::Index::open(&paths.index_file(), &mk.db_key())?
        }
        opened => opened?,
    };
    let kek = mk.key_wrap_key();
    // The duplicate-detection key lives wrapped in the index, so it survives key rotation.
    let dedupe = match index.vault_key(DEDUPE_KEY)? {
        Some(wrapped) => {
            DedupeKey::from_bytes(*kek.unwrap_named(&wrapped, DEDUPE_KEY).map_err(StoreError::from)?)
        }
        None => {
            let key = mk.dedupe_key();
            index.insert_vault_key(
                DEDUPE_KEY,
                &kek.wrap_named(key.as_bytes(), DEDUPE_KEY).map_err(StoreError::from)?,
            )?;
            key
        }
    };
    let store = Store::open(&paths.vault_dir(), index, kek)?;
    if collect {
        let gc = store.collect_garbage()?;
        if gc.temp_files + gc.orphans > 0 {
            tracing::info!(
                temp_files = gc.temp_files,
                orphans = gc.orphans,
                "removed leftovers of interrupted writes"
            );
        }
    }
    let vault = Vault { store, dedupe, _lock: lock };
    if collect {
        // Tasks cut off by a crash or a quit are marked as interrupted before anything runs.
        super::tasks::recover_interrupted(core, &vault)?;
    }
    Ok(vault)
}

const DEDUPE_KEY: &str = "dedupe";

/// The master key in use. For keyring vaults, a rotation left unfinished (a crash, a closed
/// laptop) is completed first, so every caller sees a settled vault.
pub fn unlock(
    core: &AppCore,
    passphrase: Option<&Sensitive<String>>,
) -> Result<crate::vault::keys::MasterKey, Error> {
    match master::key_source(core.paths())? {
        Some(master::KeySource::Keyring) => Ok(crate::vault::rotation::finish(core.paths(), core.secrets())?),
        _ => Ok(master::unlock(core.paths(), core.secrets(), passphrase)?.key),
    }
}

/// One object, as listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ObjectSummary {
    /// Its id.
    pub id: String,
    /// `original`, `output` or `thumbnail`.
    pub kind: crate::index::ObjectKind,
    /// Media type.
    pub mime: String,
    /// Pixel width.
    pub width: Option<u32>,
    /// Pixel height.
    pub height: Option<u32>,
    /// Bytes.
    pub size: u64,
    /// When it was stored (RFC 3339, UTC).
    pub created_at: String,
    /// When it will be deleted (RFC 3339, UTC); `null`: kept until deleted.
    pub expires_at: Option<String>,
    /// The name it was imported under.
    pub file_name: Option<String>,
    /// The task it belongs to.
    pub task_id: Option<String>,
    /// For imports: it was already in the vault, and the existing object is returned.
    pub duplicate: bool,
    /// Starred (a favourite); says nothing about how long it is kept.
    pub starred: bool,
    /// The boards it is on, A to Z.
    pub boards: Vec<String>,
    /// A video's length in milliseconds; `null` for images.
    #[serde(default)]
    pub duration_ms: Option<u64>,
}

pub(crate) fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

impl ObjectSummary {
    pub(crate) fn from_row(row: &ObjectRow, duplicate: bool) -> ObjectSummary {
        ObjectSummary {
            id: row.id.to_string(),
            kind: row.kind,
            mime: row.mime.clone(),
            width: row.width,
            height: row.height,
            size: row.size,
            created_at: rfc3339(row.created_at),
            expires_at: row.expires_at.map(rfc3339),
            file_name: row.file_name.clone(),
            task_id: row.task_id.clone(),
            duplicate,
            starred: false,
            boards: Vec::new(),
            duration_ms: row.duration_ms,
        }
    }

    /// With its star and boards from `marks`.
    pub(crate) fn marked(mut self, id: ObjectId, marks: &crate::index::Marks) -> ObjectSummary {
        self.starred = marks.starred.contains(&id);
        self.boards = marks.boards.get(&id).cloned().unwrap_or_default();
        self
    }
}

/// Import one image file as an original (with its thumbnail). A file already in the vault is
/// not stored twice: the existing object comes back with `duplicate: true`.
#[tracing::instrument(skip_all)]
pub fn import_file(core: &AppCore, vault: &Vault, path: &Path) -> Result<ObjectSummary, Error> {
    let name = import::display_name(path);
    let bytes = import::read_file(path).map_err(|source| Error::Import { file: name.clone(), source })?;
    import_bytes(core, vault, &name, &bytes)
}

/// Import a file (from the watch folder or the CLI); with `remove_source`, the file is deleted
/// only after its copy has been read back from the vault and compared byte for byte.
#[tracing::instrument(skip_all, fields(remove_source))]
pub fn import_watched(
    core: &AppCore,
    vault: &Vault,
    path: &Path,
    remove_source: bool,
) -> Result<ObjectSummary, Error> {
    let item = import_file(core, vault, path)?;
    if remove_source {
        let name = import::display_name(path);
        let failed = |source: ImportError| Error::Import { file: name.clone(), source };
        // Read the file again on purpose: if it changed since the import (still being written,
        // or replaced), it no longer matches the vault's copy and must not be deleted.
        let source = Zeroizing::new(std::fs::read(path).map_err(|e| failed(ImportError::Io(e.kind())))?);
        let id: ObjectId = item.id.parse().map_err(|_| Error::InvalidInput("bad object id".into()))?;
        let (_, stored) = vault.store.read(id, core.clock().now())?;
        if stored[..] != source[..] {
            return Err(failed(ImportError::Corrupt));
        }
        std::fs::remove_file(path).map_err(|e| failed(ImportError::Io(e.kind())))?;
        tracing::info!("watched file removed after a verified import");
    }
    Ok(item)
}

/// Import an image held in memory (a drop or a file picked in the window) under `name`.
#[tracing::instrument(skip_all)]
pub fn import_bytes(core: &AppCore, vault: &Vault, name: &str, bytes: &[u8]) -> Result<ObjectSummary, Error> {
    let failed = |source: ImportError| Error::Import { file: name.to_string(), source };
    // Before hashing: a huge input is refused without reading it through.
    import::check_size(bytes.len() as u64).map_err(failed)?;
    let now = core.clock().now();
    let mac = vault.dedupe.mac(bytes);
    let store = &vault.store;
    if let Some(existing) = store.index().find_by_mac(ObjectKind::Original, &mac, now)? {
        tracing::info!("import matched an object already in the vault");
        return Ok(ObjectSummary::from_row(&existing, true));
    }
    let prepared = import::prepare(bytes).map_err(failed)?;
    let policy = core.config().retention;
    let deadline = retention::policy::deadline(&Item::Original { imported_at: now, uses: &[] }, &policy);
    let original =
        put_image(vault, ObjectKind::Original, None, name, Some(mac), bytes, &prepared, deadline, now)?;
    tracing::info!(mime = prepared.mime, "image imported");
    Ok(ObjectSummary::from_row(&original, false))
}

/// Store a provider's result as an output of `task_id`, after decoding it (a payload that is
/// not an image never enters the vault). It expires under the output window.
pub fn store_output(
    core: &AppCore,
    vault: &Vault,
    task_id: &str,
    name: &str,
    bytes: &[u8],
) -> Result<ObjectSummary, Error> {
    let prepared =
        import::prepare(bytes).map_err(|source| Error::Import { file: name.to_string(), source })?;
    let now = core.clock().now();
    let policy = core.config().retention;
    let deadline = retention::policy::deadline(&Item::Output { created_at: now, kept_until: None }, &policy);
    // Keyed like an import's, so a restored backup can tell results already here.
    let mac = Some(vault.dedupe.mac(bytes));
    let row =
        put_image(vault, ObjectKind::Output, Some(task_id), name, mac, bytes, &prepared, deadline, now)?;
    Ok(ObjectSummary::from_row(&row, false))
}

/// Store a provider's video as an output of `task_id`: `bytes` already checked as MP4
/// ([`crate::media::mp4::inspect`], which gave `info`). `poster`, an image, becomes its
/// thumbnail (sealed like any other); without one the gallery shows a plain tile.
pub fn store_video(
    core: &AppCore,
    vault: &Vault,
    task_id: &str,
    name: &str,
    bytes: &[u8],
    info: crate::media::mp4::VideoInfo,
    poster: Option<&[u8]>,
) -> Result<ObjectSummary, Error> {
    let now = core.clock().now();
    let policy = core.config().retention;
    let deadline = retention::policy::deadline(&Item::Output { created_at: now, kept_until: None }, &policy);
    let video = NewObject {
        kind: ObjectKind::Output,
        mime: VIDEO_MP4.into(),
        width: Some(info.width),
        height: Some(info.height),
        expires_at: Some(deadline),
        task_id: Some(task_id.into()),
        parent_id: None,
        file_name: Some(name.to_string()),
        content_mac: Some(vault.dedupe.mac(bytes)),
        duration_ms: Some(info.duration_ms),
    };
    let thumbnail = poster.and_then(|p| import::prepare(p).ok()).map(|p| p.thumbnail);
    let row = match thumbnail {
        Some(thumb) => {
            let meta = NewObject {
                kind: ObjectKind::Thumbnail,
                mime: "image/jpeg".into(),
                width: None,
                height: None,
                expires_at: Some(deadline),
                task_id: Some(task_id.into()),
                parent_id: None,
                file_name: None,
                content_mac: None,
                duration_ms: None,
            };
            vault.store.put_with_thumbnail(video, bytes, meta, &thumb, now)?.0
        }
        None => vault.store.put(video, bytes, now)?,
    };
    Ok(ObjectSummary::from_row(&row, false))
}

/// The media type of every video Seed Studio keeps.
pub const VIDEO_MP4: &str = "video/mp4";

/// Store a result brought back from a backup, as [`store_output`] does, unless the vault holds
/// the same result already (then that one, marked duplicate).
pub fn restore_output(
    core: &AppCore,
    vault: &Vault,
    task_id: &str,
    name: &str,
    bytes: &[u8],
) -> Result<ObjectSummary, Error> {
    let mac = vault.dedupe.mac(bytes);
    if let Some(existing) = vault.store.index().find_by_mac(ObjectKind::Output, &mac, core.clock().now())? {
        return Ok(ObjectSummary::from_row(&existing, true));
    }
    // A video is checked as MP4 again (a backup is a file anyone could have edited).
    if let Ok(info) = crate::media::mp4::inspect(bytes) {
        return store_video(core, vault, task_id, name, bytes, info, None);
    }
    store_output(core, vault, task_id, name, bytes)
}

/// An image and its thumbnail, stored together under one deadline.
#[allow(clippy::too_many_arguments)]
fn put_image(
    vault: &Vault,
    kind: ObjectKind,
    task_id: Option<&str>,
    name: &str,
    content_mac: Option<[u8; 32]>,
    bytes: &[u8],
    prepared: &import::Prepared,
    deadline: OffsetDateTime,
    now: OffsetDateTime,
) -> Result<ObjectRow, Error> {
    let image = NewObject {
        kind,
        mime: prepared.mime.into(),
        width: Some(prepared.width),
        height: Some(prepared.height),
        expires_at: Some(deadline),
        task_id: task_id.map(Into::into),
        parent_id: None,
        file_name: Some(name.to_string()),
        content_mac,
        duration_ms: None,
    };
    let thumb = NewObject {
        kind: ObjectKind::Thumbnail,
        mime: "image/jpeg".into(),
        width: None,
        height: None,
        expires_at: Some(deadline),
        task_id: task_id.map(Into::into),
        parent_id: None,
        file_name: None,
        content_mac: None,
        duration_ms: None,
    };
    let (row, _) = vault.store.put_with_thumbnail(image, bytes, thumb, &prepared.thumbnail, now)?;
    Ok(row)
}

/// The decrypted thumbnail of an image (for the window's `thumb:` protocol).
pub fn thumbnail(core: &AppCore, vault: &Vault, id: ObjectId) -> Result<Zeroizing<Vec<u8>>, Error> {
    let now = core.clock().now();
    // The image must be visible itself: an expired image's thumbnail is not shown either.
    vault
        .store
        .index()
        .object(id, now)?
        .ok_or_else(|| Error::InvalidInput(format!("no such object: {id}")))?;
    let thumb =
        vault.store.index().thumbnail_of(id)?.ok_or_else(|| Error::InvalidInput("no thumbnail".into()))?;
    Ok(vault.store.read(thumb, now).map_err(|e| not_found_is_input(e, id))?.1)
}

/// The decrypted full image and its media type.
pub fn full_image(
    core: &AppCore,
    vault: &Vault,
    id: ObjectId,
) -> Result<(String, Zeroizing<Vec<u8>>), Error> {
    let (row, bytes) = vault.store.read(id, core.clock().now()).map_err(|e| not_found_is_input(e, id))?;
    Ok((row.mime, bytes))
}

/// A piece of a kept video (or any object) for a player's range request.
pub struct MediaPiece {
    /// Its media type.
    pub mime: String,
    /// The object's whole length.
    pub total: u64,
    /// Where the piece starts.
    pub start: u64,
    /// The bytes (at most [`MAX_PIECE`]).
    pub bytes: Zeroizing<Vec<u8>>,
}

/// The most one range answer carries: a player asks again for the rest, and only the chunks
/// it asks for are decrypted (1 MiB is 16 of the vault's 64 KiB chunks).
pub const MAX_PIECE: u64 = 1 << 20;

/// The length of a kept object (a player needs it to answer a range request).
pub fn media_size(core: &AppCore, vault: &Vault, id: ObjectId) -> Result<u64, Error> {
    let row = vault.store.index().object(id, core.clock().now())?;
    row.filter(|r| r.kind != ObjectKind::Thumbnail)
        .map(|r| r.size)
        .ok_or_else(|| Error::InvalidInput(format!("no such object: {id}")))
}

/// The bytes `start..=end` of object `id` (`end` absent: to its end), at most [`MAX_PIECE`],
/// decrypting only the chunks that hold them. `start` past the end is `invalid_input`.
pub fn media_range(
    core: &AppCore,
    vault: &Vault,
    id: ObjectId,
    start: u64,
    end: Option<u64>,
) -> Result<MediaPiece, Error> {
    // One read: the store clamps the range to the object and returns its row.
    let last = end.unwrap_or(u64::MAX).min(start.saturating_add(MAX_PIECE - 1));
    let (row, bytes) = vault
        .store
        .read_range(id, core.clock().now(), start, last.saturating_add(1))
        .map_err(|e| not_found_is_input(e, id))?;
    if row.kind == ObjectKind::Thumbnail || (bytes.is_empty() && row.size > 0) {
        return Err(Error::InvalidInput("that range is not in the object".into()));
    }
    Ok(MediaPiece { mime: row.mime, total: row.size, start, bytes })
}

/// What `list` may filter on, and its order.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// Words to search for in file names, tags and prompts.
    pub text: Option<String>,
    /// Only originals or only outputs.
    pub kind: Option<ObjectKind>,
    /// Only what was stored within this long before now.
    pub within: Option<time::Duration>,
    /// The order.
    pub order: crate::index::Order,
    /// Only images of tasks sent to this provider.
    pub provider: Option<String>,
    /// Only images of tasks in this status.
    pub task_status: Option<String>,
    /// Only starred images.
    pub starred: bool,
    /// Only images on this board.
    pub board: Option<String>,
    /// Only videos.
    pub videos: bool,
}

/// The gallery's query as the window sends it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, rename_all = "camelCase")]
#[ts(export)]
pub struct GalleryQuery {
    /// Words to search for.
    pub text: Option<String>,
    /// `original`, `output` or `video`.
    pub kind: Option<String>,
    /// Only what was stored in the last this many days.
    pub within_days: Option<u32>,
    /// `newest` (default), `oldest` or `name`.
    pub order: Option<String>,
    /// Only images of tasks sent to this provider.
    pub provider: Option<String>,
    /// Only images of tasks in this status.
    pub task_status: Option<String>,
    /// Only starred images.
    pub starred: Option<bool>,
    /// Only images on this board.
    pub board: Option<String>,
}

impl TryFrom<GalleryQuery> for ListFilter {
    type Error = Error;
    fn try_from(q: GalleryQuery) -> Result<Self, Error> {
        let blank = |v: Option<String>| v.filter(|s| !s.trim().is_empty());
        let asked = blank(q.kind);
        let kind = match asked.as_deref() {
            None => None,
            Some("original") => Some(ObjectKind::Original),
            Some("output" | "video") => Some(ObjectKind::Output),
            Some(_) => return Err(Error::InvalidInput("kind must be original, output or video".into())),
        };
        let order = match blank(q.order).as_deref() {
            None | Some("newest") => crate::index::Order::Newest,
            Some("oldest") => crate::index::Order::Oldest,
            Some("name") => crate::index::Order::Name,
            Some(_) => return Err(Error::InvalidInput("order must be newest, oldest or name".into())),
        };
        Ok(ListFilter {
            text: blank(q.text),
            kind,
            within: q.within_days.map(|d| time::Duration::days(i64::from(d))),
            order,
            provider: blank(q.provider),
            task_status: blank(q.task_status),
            starred: q.starred.unwrap_or(false),
            board: blank(q.board),
            videos: asked.as_deref() == Some("video"),
        })
    }
}

/// The task filters the gallery can offer: the providers and statuses present.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct GalleryFacets {
    /// Providers of tasks with visible images.
    pub providers: Vec<String>,
    /// Statuses of tasks with visible images.
    pub task_statuses: Vec<String>,
}

/// Which filter values exist right now.
pub fn facets(core: &AppCore, vault: &Vault) -> Result<GalleryFacets, Error> {
    let f = vault.store.index().facets(core.clock().now())?;
    Ok(GalleryFacets { providers: f.providers, task_statuses: f.task_statuses })
}

/// Objects visible now, newest first (thumbnails are not listed).
pub fn list(core: &AppCore, vault: &Vault, filter: &ListFilter) -> Result<Vec<ObjectSummary>, Error> {
    let now = core.clock().now();
    let query = ListQuery {
        kind: filter.kind,
        text: filter.text.clone(),
        limit: None,
        since: filter.within.map(|w| now - w),
        order: filter.order,
        provider: filter.provider.clone(),
        task_status: filter.task_status.clone(),
        starred: filter.starred,
        board: filter.board.as_deref().map(|b| b.trim().to_string()),
        mime_prefix: filter.videos.then(|| "video/".to_string()),
    };
    let index = vault.store.index();
    let rows = index.list(&query, now)?;
    let marks = index.marks()?;
    Ok(rows.iter().map(|r| ObjectSummary::from_row(r, false).marked(r.id, &marks)).collect())
}

/// A decrypted copy written by `export`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ExportedFile {
    /// The object.
    pub id: String,
    /// Where its copy was written.
    pub path: String,
}

/// Delete objects (with their thumbnails). All ids must exist, or nothing is deleted.
#[tracing::instrument(skip_all, fields(count = ids.len()))]
pub fn delete(vault: &Vault, ids: &[ObjectId]) -> Result<usize, Error> {
    let existing = vault.store.index().all_ids()?;
    if let Some(missing) = ids.iter().find(|id| !existing.contains(id)) {
        return Err(Error::InvalidInput(format!("no such object: {missing}")));
    }
    let removed = vault.store.delete(ids)?.total();
    // A region edit's mask goes with the image it was painted on.
    vault.store.index().delete_orphan_masks()?;
    tracing::info!(removed, "objects deleted");
    Ok(removed)
}

/// The first of `ids` that is not an image shown now (missing, expired, or a thumbnail).
pub(crate) fn first_not_shown(
    vault: &Vault,
    ids: &[ObjectId],
    now: OffsetDateTime,
) -> Result<Option<ObjectId>, Error> {
    for id in ids {
        if !vault.store().index().object(*id, now)?.is_some_and(|r| r.kind != ObjectKind::Thumbnail) {
            return Ok(Some(*id));
        }
    }
    Ok(None)
}

/// Object ids as typed by people or sent by the window; the first bad one is named.
pub fn parse_ids(ids: &[String]) -> Result<Vec<ObjectId>, Error> {
    ids.iter()
        .map(|s| {
            s.parse().map_err(|_| {
                Error::InvalidInput(format!("not an object id: {}", s.chars().take(64).collect::<String>()))
            })
        })
        .collect()
}

fn not_found_is_input(e: StoreError, id: ObjectId) -> Error {
    match e {
        StoreError::NotFound => Error::InvalidInput(format!("no such object: {id}")),
        other => other.into(),
    }
}
