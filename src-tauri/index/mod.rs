//! The encrypted index: an SQLCipher database (`<data dir>/index.db`) listing vault objects,
//! their wrapped data keys, tasks and tags, with FTS5 search. All SQL in the app lives in this
//! module; callers get typed rows.
//!
//! Opened with a raw 256-bit key (no SQLCipher KDF: the key is already random). WAL journal,
//! `synchronous = FULL` (a committed row must survive power loss, since it is the only copy of
//! an object's key), `secure_delete` on (SQLCipher forces it too), FTS5 `secure-delete` on.
//! `cipher_memory_security` stays off: it made ranked FTS queries ~10x slower in the vault study;
//! keys are zeroized in Rust instead. Every read takes `now` and hides expired objects, so they
//! are never shown even before the purge removes them.

use std::path::Path;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use time::OffsetDateTime;
use zeroize::Zeroizing;

use crate::vault::keys::{DbKey, WRAPPED_LEN};
use crate::vault::ObjectId;

mod boards;
mod egress;
mod privacy;
mod prompts;
mod provider_keys;
mod retention;
mod tasks;

pub use boards::{BoardRow, Marks, Organisation};
pub use egress::{ConsentRow, LedgerEntry, LedgerPart, Level, Received, SentCrop};
pub use privacy::KindStats;
pub use prompts::{HistoryRow, SavedPrompt};
pub use retention::{KindCounts, RetentionFacts};
pub use tasks::{NewTask, TaskRow};

/// Schema migrations, applied in order; `PRAGMA user_version` records how many ran.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_init.sql"),
    include_str!("migrations/0002_content_mac.sql"),
    include_str!("migrations/0003_vault_keys.sql"),
    include_str!("migrations/0004_retention_tasks.sql"),
    include_str!("migrations/0005_egress.sql"),
    include_str!("migrations/0006_task_params.sql"),
    include_str!("migrations/0007_provider_keys.sql"),
    include_str!("migrations/0008_organise.sql"),
    include_str!("migrations/0009_task_masks.sql"),
    include_str!("migrations/0010_ledger_prompt_hash.sql"),
    include_str!("migrations/0011_video.sql"),
];

/// Why the index could not be used.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// The key does not open this database, or the file is not one of ours.
    #[error("the index cannot be opened with this key, or it is damaged")]
    WrongKeyOrDamaged,
    /// The database was written by a newer Seed Studio.
    #[error("the index was written by a newer version of Seed Studio")]
    TooNew,
    /// The disk is full: SQLite could not write its journal.
    #[error("the disk is full")]
    DiskFull,
    /// Any other SQLite failure (I/O error, ...).
    #[error("the index failed: {0}")]
    Sqlite(String),
}

impl crate::codes::HasCode for IndexError {
    fn code(&self) -> crate::Code {
        match self {
            IndexError::WrongKeyOrDamaged => crate::Code::IntegrityError,
            IndexError::TooNew | IndexError::DiskFull | IndexError::Sqlite(_) => crate::Code::DataDir,
        }
    }
}

impl From<rusqlite::Error> for IndexError {
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase) => IndexError::WrongKeyOrDamaged,
            Some(rusqlite::ErrorCode::DiskFull) => IndexError::DiskFull,
            // Only the SQLite error class: messages can quote SQL and values.
            Some(code) => IndexError::Sqlite(format!("{code:?}")),
            None => IndexError::Sqlite("unexpected result".into()),
        }
    }
}

/// What an object is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ObjectKind {
    /// An imported reference photo.
    Original,
    /// A generated or edited image.
    Output,
    /// A small preview of another object.
    Thumbnail,
}

impl ObjectKind {
    /// The stable lower-case name (`original`, `output`, `thumbnail`).
    pub fn as_sql(self) -> &'static str {
        match self {
            ObjectKind::Original => "original",
            ObjectKind::Output => "output",
            ObjectKind::Thumbnail => "thumbnail",
        }
    }

    fn from_sql(s: &str) -> Option<ObjectKind> {
        match s {
            "original" => Some(ObjectKind::Original),
            "output" => Some(ObjectKind::Output),
            "thumbnail" => Some(ObjectKind::Thumbnail),
            _ => None,
        }
    }
}

/// One object's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectRow {
    /// Its id (also its file name).
    pub id: ObjectId,
    /// What it is.
    pub kind: ObjectKind,
    /// Its media type, e.g. `image/jpeg`.
    pub mime: String,
    /// Plaintext size in bytes.
    pub size: u64,
    /// Pixel width, if an image.
    pub width: Option<u32>,
    /// Pixel height, if an image.
    pub height: Option<u32>,
    /// When it was stored.
    pub created_at: OffsetDateTime,
    /// When it stops being shown and is purged; `None`: kept until deleted.
    pub expires_at: Option<OffsetDateTime>,
    /// The task it belongs to.
    pub task_id: Option<String>,
    /// For thumbnails: the image it previews.
    pub parent_id: Option<ObjectId>,
    /// The name it was imported under.
    pub file_name: Option<String>,
    /// Its data key, wrapped for this object id.
    pub wrapped_key: [u8; WRAPPED_LEN],
    /// Keyed hash of the content, for finding duplicates.
    pub content_mac: Option<[u8; 32]>,
    /// A video's length in milliseconds; `None` for images.
    pub duration_ms: Option<u64>,
}

/// The order of [`Index::list`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Order {
    /// Newest first.
    #[default]
    Newest,
    /// Oldest first.
    Oldest,
    /// By file name, A to Z.
    Name,
}

/// A filter for [`Index::list`].
#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    /// Only this kind (thumbnails are never listed unless asked for).
    pub kind: Option<ObjectKind>,
    /// Full-text query over file names, tags and prompts (each word must match a prefix).
    pub text: Option<String>,
    /// At most this many rows.
    pub limit: Option<u32>,
    /// Only objects stored at or after this instant.
    pub since: Option<OffsetDateTime>,
    /// The order.
    pub order: Order,
    /// Only objects of tasks sent to this provider.
    pub provider: Option<String>,
    /// Only objects of tasks in this status.
    pub task_status: Option<String>,
    /// Only starred objects.
    pub starred: bool,
    /// Only objects on the board with this name.
    pub board: Option<String>,
    /// Only objects whose media type starts so (`video/`).
    pub mime_prefix: Option<String>,
}

/// The values present in the vault for the gallery's task filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    /// Providers of tasks that have visible objects.
    pub providers: Vec<String>,
    /// Statuses of tasks that have visible objects.
    pub task_statuses: Vec<String>,
}

/// Every wrapped key in an index: per object, and vault-wide by name.
pub type WrappedKeys = (Vec<(ObjectId, [u8; WRAPPED_LEN])>, Vec<(String, [u8; WRAPPED_LEN])>);

/// An open index.
pub struct Index {
    conn: Connection,
}

const OBJECT_COLUMNS: &str =
    "o.id, o.kind, o.mime, o.size, o.width, o.height, o.created_at, o.expires_at, o.task_id, o.parent_id, o.file_name, o.wrapped_key, o.content_mac, o.duration_ms";

impl Index {
    /// Open (creating if missing) the index at `path` with `key`, and migrate it.
    pub fn open(path: &Path, key: &DbKey) -> Result<Index, IndexError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        let keying = Zeroizing::new(format!("PRAGMA key = {};", key.pragma_value().as_str()));
        conn.execute_batch(&keying)?;
        // The first read is where a wrong key shows up ("file is not a database").
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; \
             PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY;",
        )?;
        let index = Index { conn };
        index.migrate()?;
        Ok(index)
    }

    fn migrate(&self) -> Result<(), IndexError> {
        let applied: usize = self.conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))? as usize;
        if applied > MIGRATIONS.len() {
            return Err(IndexError::TooNew);
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(applied) {
            let tx = self.conn.unchecked_transaction()?;
            tx.execute_batch(sql)?;
            tx.execute_batch(&format!("PRAGMA user_version = {}", i + 1))?;
            tx.commit()?;
        }
        Ok(())
    }

    /// The SQLite and SQLCipher versions this build links, read from a throw-away in-memory
    /// database (no key needed).
    pub fn library_versions() -> (String, String) {
        let cipher = Connection::open_in_memory()
            .and_then(|c| c.query_row("PRAGMA cipher_version", [], |r| r.get::<_, String>(0)))
            .unwrap_or_else(|_| "unknown".into());
        (rusqlite::version().to_string(), cipher)
    }

    /// The SQLite and SQLCipher versions in use (for `doctor`).
    pub fn versions(&self) -> Result<(String, String), IndexError> {
        let sqlite: String = self.conn.query_row("SELECT sqlite_version()", [], |r| r.get(0))?;
        let cipher: String = self.conn.query_row("PRAGMA cipher_version", [], |r| r.get(0))?;
        Ok((sqlite, cipher))
    }

    /// Add an object row (and its search entry) in one transaction.
    pub fn insert_object(&self, row: &ObjectRow) -> Result<(), IndexError> {
        self.insert_objects(std::slice::from_ref(row))
    }

    /// Add several rows in one transaction: all of them or none (an image and its thumbnail).
    pub fn insert_objects(&self, rows: &[ObjectRow]) -> Result<(), IndexError> {
        let tx = self.conn.unchecked_transaction()?;
        for row in rows {
            tx.execute(
                "INSERT INTO objects (id, kind, mime, size, width, height, created_at, expires_at, task_id, \
                 parent_id, file_name, wrapped_key, content_mac, duration_ms) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                params![
                    row.id.as_bytes().as_slice(),
                    row.kind.as_sql(),
                    row.mime,
                    row.size as i64,
                    row.width,
                    row.height,
                    row.created_at.unix_timestamp(),
                    row.expires_at.map(|t| t.unix_timestamp()),
                    row.task_id,
                    row.parent_id.as_ref().map(|p| p.as_bytes().to_vec()),
                    row.file_name,
                    row.wrapped_key.as_slice(),
                    row.content_mac.as_ref().map(|m| m.to_vec()),
                    row.duration_ms.and_then(|d| i64::try_from(d).ok()),
                ],
            )?;
            if row.kind != ObjectKind::Thumbnail {
                tx.execute(
                    "INSERT INTO search (rowid, file_name, tags, prompt) VALUES (last_insert_rowid(), ?1, '', '')",
                    params![row.file_name],
                )?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// One object, unless it is missing or expired at `now`.
    pub fn object(&self, id: ObjectId, now: OffsetDateTime) -> Result<Option<ObjectRow>, IndexError> {
        let sql = format!(
            "SELECT {OBJECT_COLUMNS} FROM objects o WHERE o.id = ?1 AND (o.expires_at IS NULL OR o.expires_at > ?2)"
        );
        Ok(self
            .conn
            .query_row(&sql, params![id.as_bytes().as_slice(), now.unix_timestamp()], read_row)
            .optional()?)
    }

    /// Objects visible at `now`, newest first.
    pub fn list(&self, query: &ListQuery, now: OffsetDateTime) -> Result<Vec<ObjectRow>, IndexError> {
        let mut sql = format!("SELECT {OBJECT_COLUMNS} FROM objects o");
        let fts = query.text.as_deref().map(fts_query).filter(|q| !q.is_empty());
        if fts.is_some() {
            sql.push_str(" JOIN search s ON s.rowid = o.rowid AND search MATCH ?3");
        }
        sql.push_str(" WHERE (o.expires_at IS NULL OR o.expires_at > ?1)");
        sql.push_str(match query.kind {
            Some(_) => " AND o.kind = ?2",
            None => " AND o.kind != 'thumbnail' AND ?2 IS NULL",
        });
        sql.push_str(" AND (?5 IS NULL OR o.created_at >= ?5)");
        sql.push_str(
            " AND (?6 IS NULL OR EXISTS (SELECT 1 FROM tasks t WHERE t.id = o.task_id AND t.provider = ?6))\
             AND (?7 IS NULL OR EXISTS (SELECT 1 FROM tasks t WHERE t.id = o.task_id AND t.status = ?7))\
             AND (?8 = 0 OR o.starred_at IS NOT NULL)\
             AND (?9 IS NULL OR EXISTS (SELECT 1 FROM board_items bi JOIN boards b ON b.id = bi.board_id \
                  WHERE bi.object_id = o.id AND b.name = ?9))\
             AND (?10 IS NULL OR substr(o.mime, 1, length(?10)) = ?10)",
        );
        sql.push_str(match query.order {
            Order::Newest => " ORDER BY o.created_at DESC, o.rowid DESC",
            Order::Oldest => " ORDER BY o.created_at ASC, o.rowid ASC",
            Order::Name => " ORDER BY o.file_name COLLATE NOCASE ASC, o.rowid ASC",
        });
        sql.push_str(" LIMIT ?4");
        let limit = query.limit.map_or(-1, i64::from);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let kind = query.kind.map(ObjectKind::as_sql);
        let since = query.since.map(|t| t.unix_timestamp());
        let args = params![
            now.unix_timestamp(),
            kind,
            fts,
            limit,
            since,
            query.provider,
            query.task_status,
            query.starred,
            query.board,
            query.mime_prefix
        ];
        let rows = stmt.query_map(args, read_row)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// A visible object of `kind` with this content hash (a duplicate), if any.
    pub fn find_by_mac(
        &self,
        kind: ObjectKind,
        mac: &[u8; 32],
        now: OffsetDateTime,
    ) -> Result<Option<ObjectRow>, IndexError> {
        let sql = format!(
            "SELECT {OBJECT_COLUMNS} FROM objects o WHERE o.content_mac = ?1 AND o.kind = ?2 \
             AND (o.expires_at IS NULL OR o.expires_at > ?3) LIMIT 1"
        );
        let args = params![mac.as_slice(), kind.as_sql(), now.unix_timestamp()];
        Ok(self.conn.query_row(&sql, args, read_row).optional()?)
    }

    /// The thumbnail of `parent`, if it has one.
    pub fn thumbnail_of(&self, parent: ObjectId) -> Result<Option<ObjectId>, IndexError> {
        let sql = "SELECT id FROM objects WHERE parent_id = ?1 AND kind = 'thumbnail' LIMIT 1";
        Ok(self.conn.query_row(sql, params![parent.as_bytes().as_slice()], |r| read_id(r, 0)).optional()?)
    }

    /// Up to `limit` objects expired at `now` that are not children (children go with their
    /// parent), oldest deadline first.
    pub fn expired(&self, now: OffsetDateTime, limit: u32) -> Result<Vec<ObjectId>, IndexError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id FROM objects WHERE expires_at IS NOT NULL AND expires_at <= ?1 \
             AND (parent_id IS NULL OR parent_id NOT IN (SELECT id FROM objects)) \
             ORDER BY expires_at LIMIT ?2",
        )?;
        let ids = stmt.query_map(params![now.unix_timestamp(), limit], |r| read_id(r, 0))?;
        Ok(ids.collect::<Result<Vec<_>, _>>()?)
    }

    /// Thumbnails (and any other children) of `parent`.
    pub fn children(&self, parent: ObjectId) -> Result<Vec<ObjectId>, IndexError> {
        let mut stmt = self.conn.prepare_cached("SELECT id FROM objects WHERE parent_id = ?1")?;
        let ids = stmt.query_map(params![parent.as_bytes().as_slice()], |r| read_id(r, 0))?;
        Ok(ids.collect::<Result<Vec<_>, _>>()?)
    }

    /// Delete objects' rows, their search entries and tags in one transaction, then checkpoint
    /// the WAL so no old page holding a wrapped key stays in it. Returns what went, by kind.
    /// Children must be in `ids` too (the foreign key refuses orphans).
    pub fn delete_objects(&self, ids: &[ObjectId]) -> Result<KindCounts, IndexError> {
        let tx = self.conn.unchecked_transaction()?;
        let mut removed = KindCounts::default();
        for id in ids {
            let key = id.as_bytes().as_slice();
            tx.execute(
                "DELETE FROM search WHERE rowid = (SELECT rowid FROM objects WHERE id = ?1)",
                params![key],
            )?;
            tx.execute("DELETE FROM tags WHERE object_id = ?1", params![key])?;
            let kind: Option<String> = tx
                .query_row("DELETE FROM objects WHERE id = ?1 RETURNING kind", params![key], |r| r.get(0))
                .optional()?;
            if let Some(kind) = kind.as_deref().and_then(ObjectKind::from_sql) {
                removed.add(kind, 1);
            }
        }
        tx.commit()?;
        self.checkpoint()?;
        Ok(removed)
    }

    /// Every object id, expired or not (the store's garbage collector compares them with files).
    pub fn all_ids(&self) -> Result<std::collections::HashSet<ObjectId>, IndexError> {
        let mut stmt = self.conn.prepare_cached("SELECT id FROM objects")?;
        let ids = stmt.query_map([], |r| read_id(r, 0))?;
        Ok(ids.collect::<Result<_, _>>()?)
    }

    /// Replace an object's tags (searchable).
    pub fn set_tags(&self, id: ObjectId, tags: &[String]) -> Result<(), IndexError> {
        let tx = self.conn.unchecked_transaction()?;
        let key = id.as_bytes().as_slice();
        tx.execute("DELETE FROM tags WHERE object_id = ?1", params![key])?;
        for tag in tags {
            tx.execute("INSERT OR IGNORE INTO tags (object_id, tag) VALUES (?1, ?2)", params![key, tag])?;
        }
        tx.execute(
            "UPDATE search SET tags = ?2 WHERE rowid = (SELECT rowid FROM objects WHERE id = ?1)",
            params![key, tags.join(" ")],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Re-encrypt the whole database under `key` (master-key rotation). SQLCipher cannot rekey in
    /// WAL mode, so the journal is switched to DELETE around it; the rekey itself runs in one
    /// transaction, so a crash leaves the database entirely under the old key or the new one.
    pub fn rekey(&self, key: &DbKey) -> Result<(), IndexError> {
        self.checkpoint()?;
        self.conn.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))?;
        let rekey = Zeroizing::new(format!("PRAGMA rekey = {};", key.pragma_value().as_str()));
        let result = self.conn.execute_batch(&rekey);
        self.conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
        result?;
        Ok(())
    }

    /// Which providers and task statuses the visible objects have (for the gallery's filters).
    pub fn facets(&self, now: OffsetDateTime) -> Result<Facets, IndexError> {
        let distinct = |column: &str| -> Result<Vec<String>, IndexError> {
            let sql = format!(
                "SELECT DISTINCT t.{column} FROM tasks t JOIN objects o ON o.task_id = t.id \
                 WHERE t.{column} IS NOT NULL AND o.kind != 'thumbnail' \
                 AND (o.expires_at IS NULL OR o.expires_at > ?1) ORDER BY 1"
            );
            let mut stmt = self.conn.prepare(&sql)?;
            let values = stmt.query_map(params![now.unix_timestamp()], |r| r.get(0))?;
            Ok(values.collect::<Result<Vec<String>, _>>()?)
        };
        Ok(Facets { providers: distinct("provider")?, task_statuses: distinct("status")? })
    }

    /// A vault-wide wrapped key by name.
    pub fn vault_key(&self, name: &str) -> Result<Option<[u8; WRAPPED_LEN]>, IndexError> {
        let wrapped: Option<Vec<u8>> = self
            .conn
            .query_row("SELECT wrapped FROM vault_keys WHERE name = ?1", params![name], |r| r.get(0))
            .optional()?;
        wrapped.map(|w| w.try_into().map_err(|_| IndexError::WrongKeyOrDamaged)).transpose()
    }

    /// Store a vault-wide wrapped key (once; an existing one is kept).
    pub fn insert_vault_key(&self, name: &str, wrapped: &[u8; WRAPPED_LEN]) -> Result<(), IndexError> {
        self.conn.execute(
            "INSERT OR IGNORE INTO vault_keys (name, wrapped) VALUES (?1, ?2)",
            params![name, wrapped.as_slice()],
        )?;
        Ok(())
    }

    /// The master-key version the wrapped keys are under.
    pub fn wrap_version(&self) -> Result<u32, IndexError> {
        Ok(self
            .conn
            .query_row("SELECT value FROM vault_state WHERE name = 'wrap_version'", [], |r| r.get(0))?)
    }

    /// Every wrapped key in the index: objects' and vault-wide ones (for re-wrapping).
    pub fn wrapped_keys(&self) -> Result<WrappedKeys, IndexError> {
        let mut stmt = self.conn.prepare("SELECT id, wrapped_key FROM objects")?;
        let objects = stmt
            .query_map([], |r| {
                let wrapped: Vec<u8> = r.get(1)?;
                Ok((read_id(r, 0)?, wrapped.try_into().map_err(|_| bad_column(1))?))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut stmt = self.conn.prepare("SELECT name, wrapped FROM vault_keys")?;
        let named = stmt
            .query_map([], |r| {
                let wrapped: Vec<u8> = r.get(1)?;
                Ok((r.get::<_, String>(0)?, wrapped.try_into().map_err(|_| bad_column(1))?))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok((objects, named))
    }

    /// Replace every wrapped key and record their new version, all in one transaction.
    pub fn replace_wrapped_keys(
        &self,
        objects: &[(ObjectId, [u8; WRAPPED_LEN])],
        named: &[(String, [u8; WRAPPED_LEN])],
        version: u32,
    ) -> Result<(), IndexError> {
        let tx = self.conn.unchecked_transaction()?;
        for (id, wrapped) in objects {
            tx.execute(
                "UPDATE objects SET wrapped_key = ?2 WHERE id = ?1",
                params![id.as_bytes().as_slice(), wrapped.as_slice()],
            )?;
        }
        for (name, wrapped) in named {
            tx.execute(
                "UPDATE vault_keys SET wrapped = ?2 WHERE name = ?1",
                params![name, wrapped.as_slice()],
            )?;
        }
        tx.execute("UPDATE vault_state SET value = ?1 WHERE name = 'wrap_version'", params![version])?;
        tx.commit()?;
        self.checkpoint()
    }

    /// Fold the WAL into the database and truncate it.
    pub fn checkpoint(&self) -> Result<(), IndexError> {
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}

/// Turn free text into a safe FTS5 query: each word becomes a quoted prefix term, so user
/// input can never be FTS5 syntax.
fn fts_query(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\"*"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn read_id(r: &rusqlite::Row<'_>, col: usize) -> rusqlite::Result<ObjectId> {
    let bytes: Vec<u8> = r.get(col)?;
    let arr: [u8; 16] = bytes.try_into().map_err(|_| bad_column(col))?;
    Ok(ObjectId::from_bytes(arr))
}

fn bad_column(col: usize) -> rusqlite::Error {
    rusqlite::Error::InvalidColumnType(col, "invalid value".into(), rusqlite::types::Type::Blob)
}

/// A stored time. One outside the representable range (a restore once let year 10 000 in)
/// must not make the whole table unreadable — the user's rights to list, export and delete
/// depend on reading it — so it is clamped to the range's end and reported in the log.
fn read_time(secs: i64, col: usize) -> rusqlite::Result<OffsetDateTime> {
    OffsetDateTime::from_unix_timestamp(secs).or_else(|_| {
        tracing::warn!(
            column = col,
            "a stored time is out of range; it is read as the nearest representable one"
        );
        Ok(if secs > 0 {
            time::PrimitiveDateTime::MAX.assume_utc()
        } else {
            time::PrimitiveDateTime::MIN.assume_utc()
        })
    })
}

fn read_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ObjectRow> {
    let kind: String = r.get(1)?;
    let wrapped: Vec<u8> = r.get(11)?;
    let parent: Option<Vec<u8>> = r.get(9)?;
    Ok(ObjectRow {
        id: read_id(r, 0)?,
        kind: ObjectKind::from_sql(&kind).ok_or_else(|| bad_column(1))?,
        mime: r.get(2)?,
        size: r.get::<_, i64>(3)?.try_into().map_err(|_| bad_column(3))?,
        width: r.get(4)?,
        height: r.get(5)?,
        created_at: read_time(r.get(6)?, 6)?,
        expires_at: r.get::<_, Option<i64>>(7)?.map(|t| read_time(t, 7)).transpose()?,
        task_id: r.get(8)?,
        parent_id: parent
            .map(|p| p.try_into().map(ObjectId::from_bytes).map_err(|_| bad_column(9)))
            .transpose()?,
        file_name: r.get(10)?,
        wrapped_key: wrapped.try_into().map_err(|_| bad_column(11))?,
        content_mac: r
            .get::<_, Option<Vec<u8>>>(12)?
            .map(|m| m.try_into().map_err(|_| bad_column(12)))
            .transpose()?,
        duration_ms: r.get::<_, Option<i64>>(13)?.and_then(|d| u64::try_from(d).ok()),
    })
}

#[cfg(test)]
mod tests;
