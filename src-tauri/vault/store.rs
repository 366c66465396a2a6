//! The object store: sealed files in `<vault>/objects/<id>` plus their rows (and wrapped keys)
//! in the index. The order of every step is what makes it crash-safe:
//!
//! - **put**: seal into `<vault>/tmp/<id>` (never plaintext), fsync, rename into `objects/`,
//!   fsync both folders, *then* commit the row. A crash before the commit leaves a file whose key
//!   existed only in memory: undecryptable garbage that [`Store::collect_garbage`] removes.
//! - **delete**: delete the rows (the only copies of the keys) and checkpoint the WAL, *then*
//!   unlink the files. A crash in between leaves keyless files for the collector.
//!
//! So there is never a row without a durable file, and a deleted object is unrecoverable as soon
//! as its row is gone. Plaintext exists only in memory.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, BufWriter};
use std::path::{Path, PathBuf};

use time::OffsetDateTime;
use zeroize::Zeroizing;

use super::format::{self, FormatError, Header};
use super::keys::{DataKey, KeyWrapKey};
use super::ObjectId;
use crate::atomic_file::{create_private, sync_dir};
use crate::failpoint;
use crate::index::{Index, IndexError, ObjectKind, ObjectRow};

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The object's bytes or key failed authentication.
    #[error(transparent)]
    Format(#[from] FormatError),
    /// The index failed.
    #[error(transparent)]
    Index(#[from] IndexError),
    /// The file system failed (disk full, permissions, ...).
    #[error("the vault folder failed: {0}")]
    Io(io::ErrorKind),
    /// No such object (or it has expired).
    #[error("no such object")]
    NotFound,
}

impl crate::codes::HasCode for StoreError {
    fn code(&self) -> crate::Code {
        match self {
            StoreError::Format(FormatError::Integrity) => crate::Code::IntegrityError,
            StoreError::Format(FormatError::Io(_)) | StoreError::Io(_) => crate::Code::DataDir,
            StoreError::Index(e) => crate::codes::HasCode::code(e),
            StoreError::NotFound => crate::Code::InvalidInput,
        }
    }
}

/// The room [`Store::keep_reserve`] keeps: far more than a delete's journal needs.
const RESERVE_BYTES: usize = 4 << 20;
const RESERVE_NAME: &str = "space.reserve";

/// Give the reserved room in `vault_dir` back to the disk; whether there was any. For a full
/// disk on which the index cannot even open (SQLite makes its WAL and shared-memory files).
pub fn release_reserve(vault_dir: &Path) -> bool {
    fs::remove_file(reserve_path(vault_dir)).is_ok()
}

fn reserve_path(vault_dir: &Path) -> PathBuf {
    vault_dir.join(RESERVE_NAME)
}

impl StoreError {
    /// Whether the disk was full.
    pub fn is_disk_full(&self) -> bool {
        matches!(self, StoreError::Index(IndexError::DiskFull) | StoreError::Io(io::ErrorKind::StorageFull))
    }
}

impl From<io::Error> for StoreError {
    fn from(e: io::Error) -> Self {
        StoreError::Io(e.kind())
    }
}

// Crash-injection points (see `crate::failpoint`).
const PUT_SEALED: &str = "store: files sealed, not yet renamed";
const PUT_RENAMED: &str = "store: files in place, rows not committed";
const DELETE_ROWS_GONE: &str = "store: rows deleted, files not yet unlinked";

/// What to record about a new object.
#[derive(Debug, Clone)]
pub struct NewObject {
    /// What it is.
    pub kind: ObjectKind,
    /// Its media type.
    pub mime: String,
    /// Pixel width.
    pub width: Option<u32>,
    /// Pixel height.
    pub height: Option<u32>,
    /// When it expires (`None`: kept until deleted).
    pub expires_at: Option<OffsetDateTime>,
    /// The task it belongs to.
    pub task_id: Option<String>,
    /// For thumbnails: the image it previews.
    pub parent_id: Option<ObjectId>,
    /// The name it was imported under.
    pub file_name: Option<String>,
    /// Keyed hash of the content (for duplicates).
    pub content_mac: Option<[u8; 32]>,
    /// A video's length in milliseconds.
    pub duration_ms: Option<u64>,
}

/// What the garbage collector removed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct GcReport {
    /// Leftover temp files from interrupted writes.
    pub temp_files: usize,
    /// Sealed files with no row (their keys are gone).
    pub orphans: usize,
}

/// The vault's objects. See the module docs.
pub struct Store {
    objects: PathBuf,
    tmp: PathBuf,
    index: Index,
    kek: KeyWrapKey,
}

impl Store {
    /// Open the store in `vault_dir` over an open index.
    pub fn open(vault_dir: &Path, index: Index, kek: KeyWrapKey) -> Result<Store, StoreError> {
        let objects = vault_dir.join("objects");
        let tmp = vault_dir.join("tmp");
        for dir in [&objects, &tmp] {
            fs::create_dir_all(dir)?;
        }
        let store = Store { objects, tmp, index, kek };
        store.keep_reserve();
        Ok(store)
    }

    /// Room kept in reserve beside the objects, so that deleting works on a full disk: SQLite
    /// needs to write its journal before it can delete a row. Released when a delete finds the
    /// disk full, and made again once there is room.
    fn reserve_path(&self) -> PathBuf {
        reserve_path(self.objects.parent().unwrap_or(Path::new(".")))
    }

    /// Make the reserve if it is missing and there is room (random bytes: a filesystem cannot
    /// store them sparse or compressed, so the room is really taken).
    fn keep_reserve(&self) {
        let path = self.reserve_path();
        if path.exists() {
            return;
        }
        let mut room = vec![0u8; RESERVE_BYTES];
        if getrandom::fill(&mut room).is_err() {
            return;
        }
        if fs::write(&path, &room).is_err() {
            // No room for it now: try again after the next delete.
            let _ = fs::remove_file(&path);
        }
    }

    /// The index (for queries).
    pub fn index(&self) -> &Index {
        &self.index
    }

    fn object_path(&self, id: ObjectId) -> PathBuf {
        self.objects.join(id.to_string())
    }

    /// Seal and store `plaintext` as a new object created at `now`.
    pub fn put(
        &self,
        meta: NewObject,
        plaintext: &[u8],
        now: OffsetDateTime,
    ) -> Result<ObjectRow, StoreError> {
        let mut rows = self.put_group(vec![(ObjectId::random()?, meta, plaintext)], now)?;
        rows.pop().ok_or(StoreError::NotFound)
    }

    /// Store an image and its thumbnail together: both files are sealed first and both rows are
    /// committed in one transaction, so a crash never leaves an image without its preview.
    pub fn put_with_thumbnail(
        &self,
        image: NewObject,
        image_bytes: &[u8],
        mut thumbnail: NewObject,
        thumbnail_bytes: &[u8],
        now: OffsetDateTime,
    ) -> Result<(ObjectRow, ObjectRow), StoreError> {
        let image_id = ObjectId::random()?;
        thumbnail.parent_id = Some(image_id);
        let members = vec![(image_id, image, image_bytes), (ObjectId::random()?, thumbnail, thumbnail_bytes)];
        let mut rows = self.put_group(members, now)?;
        let thumb = rows.pop().ok_or(StoreError::NotFound)?;
        let image = rows.pop().ok_or(StoreError::NotFound)?;
        Ok((image, thumb))
    }

    /// Seal every member to its file under its new id, then commit all rows in one transaction.
    fn put_group(
        &self,
        members: Vec<(ObjectId, NewObject, &[u8])>,
        now: OffsetDateTime,
    ) -> Result<Vec<ObjectRow>, StoreError> {
        let mut written: Vec<PathBuf> = Vec::new();
        let result = (|| {
            let mut rows = Vec::with_capacity(members.len());
            for (id, meta, plaintext) in members {
                let dek = DataKey::random()?;
                let temp = self.tmp.join(id.to_string());
                let final_path = self.object_path(id);
                written.push(temp.clone());
                let file = create_private(&temp)?;
                let mut writer = BufWriter::new(file);
                format::encrypt(&dek, &Header::new(id)?, plaintext, &mut writer)?;
                let file = writer.into_inner().map_err(|e| StoreError::Io(e.error().kind()))?;
                file.sync_all()?;
                drop(file);
                failpoint::hit(PUT_SEALED);
                fs::rename(&temp, &final_path)?;
                written.push(final_path);
                rows.push(ObjectRow {
                    id,
                    kind: meta.kind,
                    mime: meta.mime,
                    size: plaintext.len() as u64,
                    width: meta.width,
                    height: meta.height,
                    created_at: now,
                    expires_at: meta.expires_at,
                    task_id: meta.task_id,
                    parent_id: meta.parent_id,
                    file_name: meta.file_name,
                    wrapped_key: self.kek.wrap(&dek, id)?,
                    content_mac: meta.content_mac,
                    duration_ms: meta.duration_ms,
                });
            }
            sync_dir(&self.objects)?;
            sync_dir(&self.tmp)?;
            failpoint::hit(PUT_RENAMED);
            self.index.insert_objects(&rows)?;
            Ok(rows)
        })();
        if result.is_err() {
            // Best effort now; the collector removes whatever a crash leaves.
            for path in &written {
                let _ = fs::remove_file(path);
            }
        }
        result
    }

    /// An object's row, its data key and its sealed file. Expired objects are not found; a
    /// row without its file is an integrity failure.
    fn open_sealed(
        &self,
        id: ObjectId,
        now: OffsetDateTime,
    ) -> Result<(ObjectRow, DataKey, File), StoreError> {
        let row = self.index.object(id, now)?.ok_or(StoreError::NotFound)?;
        let dek = self.kek.unwrap(&row.wrapped_key, id)?;
        let file = File::open(self.object_path(id)).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => StoreError::Format(FormatError::Integrity),
            other => StoreError::Io(other),
        })?;
        Ok((row, dek, file))
    }

    /// Decrypt an object into memory. Expired objects are not found.
    pub fn read(
        &self,
        id: ObjectId,
        now: OffsetDateTime,
    ) -> Result<(ObjectRow, Zeroizing<Vec<u8>>), StoreError> {
        let (row, dek, file) = self.open_sealed(id, now)?;
        let mut plain = Zeroizing::new(Vec::with_capacity(usize::try_from(row.size).unwrap_or(0)));
        format::decrypt(&dek, id, io::BufReader::new(file), &mut *plain)?;
        if plain.len() as u64 != row.size {
            return Err(FormatError::Integrity.into());
        }
        Ok((row, plain))
    }

    /// Decrypt only the bytes `start..end` of an object (see [`format::decrypt_range`]; `end`
    /// is clamped to its length), with its row. Expired objects are not found.
    pub fn read_range(
        &self,
        id: ObjectId,
        now: OffsetDateTime,
        start: u64,
        end: u64,
    ) -> Result<(ObjectRow, Zeroizing<Vec<u8>>), StoreError> {
        let (row, dek, file) = self.open_sealed(id, now)?;
        let sealed_len = file.metadata()?.len();
        let (bytes, total) =
            format::decrypt_range(&dek, id, io::BufReader::new(file), sealed_len, start, end)?;
        if total != row.size {
            return Err(FormatError::Integrity.into());
        }
        Ok((row, bytes))
    }

    /// Delete objects and their thumbnails: rows first (crypto-shredding), then files.
    /// Returns what was deleted, by kind (thumbnails included).
    pub fn delete(&self, ids: &[ObjectId]) -> Result<crate::index::KindCounts, StoreError> {
        let removed = match self.delete_once(ids) {
            Err(e) if e.is_disk_full() && fs::remove_file(self.reserve_path()).is_ok() => {
                tracing::warn!("the disk is full; the reserved room was released to delete");
                self.delete_once(ids)
            }
            other => other,
        }?;
        self.keep_reserve();
        Ok(removed)
    }

    fn delete_once(&self, ids: &[ObjectId]) -> Result<crate::index::KindCounts, StoreError> {
        let mut all = Vec::new();
        for &id in ids {
            all.extend(self.index.children(id)?);
            all.push(id);
        }
        let mut seen = HashSet::new();
        all.retain(|id| seen.insert(*id));
        let removed = self.index.delete_objects(&all)?;
        failpoint::hit(DELETE_ROWS_GONE);
        for id in &all {
            match fs::remove_file(self.object_path(*id)) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(e.into()),
            }
        }
        sync_dir(&self.objects)?;
        Ok(removed)
    }

    /// Remove temp files and sealed files that have no row. Run at start, before any write.
    pub fn collect_garbage(&self) -> Result<GcReport, StoreError> {
        let mut report = GcReport::default();
        for entry in fs::read_dir(&self.tmp)? {
            fs::remove_file(entry?.path())?;
            report.temp_files += 1;
        }
        let live = self.index.all_ids()?;
        for entry in fs::read_dir(&self.objects)? {
            let entry = entry?;
            let keep = entry
                .file_name()
                .to_str()
                .and_then(|n| n.parse::<ObjectId>().ok())
                .is_some_and(|id| live.contains(&id));
            if !keep {
                fs::remove_file(entry.path())?;
                report.orphans += 1;
            }
        }
        if report != GcReport::default() {
            sync_dir(&self.objects)?;
            sync_dir(&self.tmp)?;
        }
        Ok(report)
    }
}

#[cfg(test)]
mod tests;
