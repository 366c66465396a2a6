//! Consents and the egress ledger in the index.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use ts_rs::TS;

use super::{read_time, Index, IndexError};

/// One image part of a request, as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LedgerPart {
    /// SHA-256 of the exact bytes sent (hex).
    pub sha256: String,
    /// Their length.
    pub bytes: usize,
    /// Pixel width.
    pub width: u32,
    /// Pixel height.
    pub height: u32,
    /// Media type.
    pub mime: String,
    /// For a region edit: the part of the photo it shows (absent when it is all of it).
    #[serde(default)]
    pub crop: Option<SentCrop>,
    /// Whether it is an edit mask (its shape only), not a picture.
    #[serde(default)]
    pub mask: bool,
    /// The minimization levels applied on the device (`metadata` at least; none for a mask).
    #[serde(default)]
    pub minimization: Vec<Level>,
}

/// How much of a reference is kept before it leaves (applied by `egress::levels`); `metadata`
/// is the floor every level keeps.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS, clap::ValueEnum,
)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Level {
    /// Metadata removed, downscaled, re-encoded (always).
    Metadata,
    /// Cropped to the subject with a margin.
    Subject,
    /// Every other face hidden.
    Bystanders,
    /// Everything but the person replaced by a neutral fill.
    Background,
}

/// The part of a photo a sent image shows, in the photo's pixels (`x` and `y` may be negative
/// where the part reaches past the photo's edge, sent as flat grey).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SentCrop {
    /// Left.
    pub x: i64,
    /// Top.
    pub y: i64,
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
    /// The whole photo's width.
    pub of_width: u32,
    /// The whole photo's height.
    pub of_height: u32,
}

/// One request that left the device (`seed-studio ledger --json` prints these; keep stable).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LedgerEntry {
    /// The task it served.
    pub task_id: Option<String>,
    /// The provider (`gemini`, ...).
    pub provider: String,
    /// The host it went to.
    pub host: String,
    /// When (RFC 3339, UTC).
    pub time: String,
    /// Characters of the user's prompt sent.
    pub prompt_chars: usize,
    /// SHA-256 (hex) of the user's prompt as sent (never the text), to match it against a
    /// prompt kept elsewhere; `None` when no words of the user's were sent, and for requests
    /// recorded before this was kept.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub prompt_sha256: Option<String>,
    /// The images sent.
    pub parts: Vec<LedgerPart>,
    /// The HTTP status of the answer; `None` when none came (timeout, connection refused).
    pub status: Option<u16>,
    /// `POST` (a request with the user's data), `GET` (a video job's status, or a download)
    /// or `DELETE` (cancelling a video job).
    #[serde(default = "post")]
    pub method: String,
    /// For a download: what came.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional = nullable)]
    pub received: Option<Received>,
}

fn post() -> String {
    "POST".into()
}

/// What a download brought into the device, as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Received {
    /// Its length in bytes.
    pub bytes: u64,
    /// SHA-256 of the exact bytes (hex).
    pub sha256: String,
}

/// A provider's current consent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentRow {
    /// The provider.
    pub provider: String,
    /// What the user agreed to, word for word.
    pub scope: String,
    /// When.
    pub granted_at: OffsetDateTime,
}

impl Index {
    /// Record a consent (replacing any current one).
    pub fn grant_consent(&self, provider: &str, scope: &str, now: OffsetDateTime) -> Result<(), IndexError> {
        let tx = self.conn.unchecked_transaction()?;
        tx.execute(
            "UPDATE consents SET withdrawn_at = ?2 WHERE provider = ?1 AND withdrawn_at IS NULL",
            params![provider, now.unix_timestamp()],
        )?;
        tx.execute(
            "INSERT INTO consents (provider, scope, granted_at) VALUES (?1, ?2, ?3)",
            params![provider, scope, now.unix_timestamp()],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Withdraw a provider's consent; false if there was none.
    pub fn withdraw_consent(&self, provider: &str, now: OffsetDateTime) -> Result<bool, IndexError> {
        let n = self.conn.execute(
            "UPDATE consents SET withdrawn_at = ?2 WHERE provider = ?1 AND withdrawn_at IS NULL",
            params![provider, now.unix_timestamp()],
        )?;
        Ok(n > 0)
    }

    /// A provider's current consent, if any.
    pub fn consent(&self, provider: &str) -> Result<Option<ConsentRow>, IndexError> {
        let row = self
            .conn
            .query_row(
                "SELECT provider, scope, granted_at FROM consents WHERE provider = ?1 AND withdrawn_at IS NULL \
                 ORDER BY granted_at DESC LIMIT 1",
                params![provider],
                |r| Ok(ConsentRow { provider: r.get(0)?, scope: r.get(1)?, granted_at: read_time(r.get(2)?, 2)? }),
            )
            .optional()?;
        Ok(row)
    }

    /// Record a request about to leave; returns its ledger id (its status is set after).
    pub fn append_ledger(&self, entry: &LedgerEntry, at: OffsetDateTime) -> Result<i64, IndexError> {
        let parts =
            serde_json::to_string(&entry.parts).map_err(|_| IndexError::Sqlite("ledger parts".into()))?;
        self.conn.execute(
            "INSERT INTO ledger (task_id, provider, host, at, prompt_chars, parts, prompt_sha256, method) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                entry.task_id,
                entry.provider,
                entry.host,
                at.unix_timestamp(),
                entry.prompt_chars as i64,
                parts,
                entry.prompt_sha256,
                entry.method
            ],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Record the answer's HTTP status and, for a download, what came.
    pub fn set_ledger_status(
        &self,
        id: i64,
        status: u16,
        received: Option<&Received>,
    ) -> Result<(), IndexError> {
        let received = received
            .map(serde_json::to_string)
            .transpose()
            .map_err(|_| IndexError::Sqlite("ledger download".into()))?;
        self.conn.execute(
            "UPDATE ledger SET status = ?2, received = ?3 WHERE id = ?1",
            params![id, status, received],
        )?;
        Ok(())
    }

    /// Every ledger entry, oldest first.
    pub fn ledger(&self) -> Result<Vec<LedgerEntry>, IndexError> {
        let mut stmt = self.conn.prepare(
            "SELECT task_id, provider, host, at, prompt_chars, parts, status, prompt_sha256, method, \
             received FROM ledger ORDER BY at, id",
        )?;
        let rows = stmt.query_map([], |r| {
            let at = read_time(r.get(3)?, 3)?;
            let parts: String = r.get(5)?;
            let chars: i64 = r.get(4)?;
            Ok(LedgerEntry {
                task_id: r.get(0)?,
                provider: r.get(1)?,
                host: r.get(2)?,
                time: at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default(),
                prompt_chars: usize::try_from(chars).unwrap_or(0),
                parts: serde_json::from_str(&parts).map_err(|_| super::bad_column(5))?,
                status: r.get(6)?,
                prompt_sha256: r.get(7)?,
                method: r.get(8)?,
                received: r
                    .get::<_, Option<String>>(9)?
                    .map(|t| serde_json::from_str(&t).map_err(|_| super::bad_column(9)))
                    .transpose()?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// How many ledger entries were written at or before `cutoff` (a retention preview).
    pub fn count_ledger_through(&self, cutoff: OffsetDateTime) -> Result<usize, IndexError> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM ledger WHERE at <= ?1",
            params![cutoff.unix_timestamp()],
            |r| r.get(0),
        )?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// Delete ledger entries written at or before `cutoff` (retention); returns how many.
    pub fn delete_ledger_through(&self, cutoff: OffsetDateTime) -> Result<usize, IndexError> {
        Ok(self.conn.execute("DELETE FROM ledger WHERE at <= ?1", params![cutoff.unix_timestamp()])?)
    }
}
