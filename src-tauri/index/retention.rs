//! What retention needs from the index: the facts the policy decides on, deadlines written
//! back, and what is due.

use std::collections::HashMap;

use rusqlite::params;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use ts_rs::TS;

use super::{read_id, read_time, Index, IndexError, ObjectKind};
use crate::retention::policy::TaskUse;
use crate::tasks::TaskStatus;
use crate::vault::ObjectId;

/// Objects counted by kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct KindCounts {
    /// Imported reference photos.
    pub originals: usize,
    /// Generated images.
    pub outputs: usize,
    /// Previews of either.
    pub thumbnails: usize,
}

impl KindCounts {
    /// Count `n` more objects of `kind`.
    pub fn add(&mut self, kind: ObjectKind, n: usize) {
        match kind {
            ObjectKind::Original => self.originals += n,
            ObjectKind::Output => self.outputs += n,
            ObjectKind::Thumbnail => self.thumbnails += n,
        }
    }

    /// Add another count to this one.
    pub fn merge(&mut self, other: KindCounts) {
        self.originals += other.originals;
        self.outputs += other.outputs;
        self.thumbnails += other.thumbnails;
    }

    /// All objects.
    pub fn total(&self) -> usize {
        self.originals + self.outputs + self.thumbnails
    }
}

/// What the retention policy needs to know about one original or output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetentionFacts {
    /// The object.
    pub id: ObjectId,
    /// Original or output (thumbnails follow their image).
    pub kind: ObjectKind,
    /// When it was stored.
    pub created_at: OffsetDateTime,
    /// Its current deadline.
    pub expires_at: Option<OffsetDateTime>,
    /// Until when the user asked to keep it (outputs).
    pub kept_until: Option<OffsetDateTime>,
    /// The tasks that use it (originals).
    pub uses: Vec<TaskUse>,
}

impl Index {
    /// The facts for `ids`, or for every original and output when `ids` is `None`.
    pub fn retention_facts(&self, ids: Option<&[ObjectId]>) -> Result<Vec<RetentionFacts>, IndexError> {
        let mut uses: HashMap<ObjectId, Vec<TaskUse>> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT ti.object_id, t.status, t.ended_at FROM task_inputs ti JOIN tasks t ON t.id = ti.task_id",
        )?;
        let rows = stmt.query_map([], |r| {
            let status: String = r.get(1)?;
            let use_ = TaskUse {
                status: TaskStatus::parse(&status).ok_or_else(|| super::bad_column(1))?,
                ended_at: r.get::<_, Option<i64>>(2)?.map(|t| read_time(t, 2)).transpose()?,
            };
            Ok((read_id(r, 0)?, use_))
        })?;
        for row in rows {
            let (id, use_) = row?;
            uses.entry(id).or_default().push(use_);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, kind, created_at, expires_at, kept_until FROM objects \
             WHERE kind != 'thumbnail' AND (?1 IS NULL OR id = ?1)",
        )?;
        let mut read = |id: Option<Vec<u8>>| -> Result<Vec<RetentionFacts>, IndexError> {
            let rows = stmt.query_map(params![id], |r| {
                let kind: String = r.get(1)?;
                let id = read_id(r, 0)?;
                Ok(RetentionFacts {
                    id,
                    kind: ObjectKind::from_sql(&kind).ok_or_else(|| super::bad_column(1))?,
                    created_at: read_time(r.get(2)?, 2)?,
                    expires_at: r.get::<_, Option<i64>>(3)?.map(|t| read_time(t, 3)).transpose()?,
                    kept_until: r.get::<_, Option<i64>>(4)?.map(|t| read_time(t, 4)).transpose()?,
                    uses: uses.get(&id).cloned().unwrap_or_default(),
                })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        };
        match ids {
            None => read(None),
            Some(ids) => {
                let mut out = Vec::with_capacity(ids.len());
                for id in ids {
                    out.extend(read(Some(id.as_bytes().to_vec()))?);
                }
                Ok(out)
            }
        }
    }

    /// Write new deadlines (and keeps), each to the object and its thumbnails, in one
    /// transaction.
    pub fn set_deadlines(
        &self,
        changes: &[(ObjectId, OffsetDateTime, Option<OffsetDateTime>)],
    ) -> Result<(), IndexError> {
        let tx = self.conn.unchecked_transaction()?;
        for (id, expires_at, kept_until) in changes {
            let key = id.as_bytes().as_slice();
            let at = expires_at.unix_timestamp();
            tx.execute(
                "UPDATE objects SET expires_at = ?2, kept_until = ?3 WHERE id = ?1",
                params![key, at, kept_until.map(|k| k.unix_timestamp())],
            )?;
            tx.execute("UPDATE objects SET expires_at = ?2 WHERE parent_id = ?1", params![key, at])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The earliest deadline of any object, passed or not.
    pub fn next_deadline(&self) -> Result<Option<OffsetDateTime>, IndexError> {
        let at: Option<i64> = self.conn.query_row("SELECT min(expires_at) FROM objects", [], |r| r.get(0))?;
        Ok(at.map(|t| read_time(t, 0)).transpose()?)
    }

    /// How many objects are due at or before `at`, by kind.
    pub fn due_by(&self, at: OffsetDateTime) -> Result<KindCounts, IndexError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT kind, count(*) FROM objects WHERE expires_at <= ?1 GROUP BY kind")?;
        let rows = stmt.query_map(params![at.unix_timestamp()], |r| {
            let kind: String = r.get(0)?;
            let n: i64 = r.get(1)?;
            Ok((ObjectKind::from_sql(&kind).ok_or_else(|| super::bad_column(0))?, n.try_into().unwrap_or(0)))
        })?;
        let mut counts = KindCounts::default();
        for row in rows {
            let (kind, n) = row?;
            counts.add(kind, n);
        }
        Ok(counts)
    }
}
