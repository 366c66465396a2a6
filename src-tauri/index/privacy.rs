//! What the Privacy page and the user-rights verbs read and delete: an inventory by kind, a
//! task's ledger entries, and a task's own rows.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use ts_rs::TS;

use super::{read_time, Index, IndexError, LedgerEntry};
use crate::vault::ObjectId;

/// How many objects of one kind are kept, and how big they are.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct KindStats {
    /// `original`, `output` or `thumbnail`.
    pub kind: String,
    /// How many.
    pub count: u64,
    /// Their plaintext bytes.
    pub bytes: u64,
}

impl Index {
    /// Visible objects by kind, and the oldest one's time.
    pub fn inventory(
        &self,
        now: OffsetDateTime,
    ) -> Result<(Vec<KindStats>, Option<OffsetDateTime>), IndexError> {
        let mut stmt = self.conn.prepare(
            "SELECT kind, count(*), coalesce(sum(size), 0) FROM objects \
             WHERE expires_at IS NULL OR expires_at > ?1 GROUP BY kind ORDER BY kind",
        )?;
        let rows = stmt.query_map(params![now.unix_timestamp()], |r| {
            let count: i64 = r.get(1)?;
            let bytes: i64 = r.get(2)?;
            Ok(KindStats {
                kind: r.get(0)?,
                count: u64::try_from(count).unwrap_or(0),
                bytes: u64::try_from(bytes).unwrap_or(0),
            })
        })?;
        let stats = rows.collect::<Result<Vec<_>, _>>()?;
        let oldest: Option<i64> = self.conn.query_row(
            "SELECT min(created_at) FROM objects WHERE expires_at IS NULL OR expires_at > ?1",
            params![now.unix_timestamp()],
            |r| r.get(0),
        )?;
        Ok((stats, oldest.map(|t| read_time(t, 0)).transpose()?))
    }

    /// How many ledger entries there are.
    pub fn ledger_count(&self) -> Result<u64, IndexError> {
        let n: i64 = self.conn.query_row("SELECT count(*) FROM ledger", [], |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// A task's ledger entries, oldest first.
    pub fn task_ledger(&self, task_id: &str) -> Result<Vec<LedgerEntry>, IndexError> {
        Ok(self.ledger()?.into_iter().filter(|e| e.task_id.as_deref() == Some(task_id)).collect())
    }

    /// Every object of a task: its outputs, visible or not yet purged.
    pub fn task_objects(&self, task_id: &str) -> Result<Vec<ObjectId>, IndexError> {
        let mut stmt =
            self.conn.prepare_cached("SELECT id FROM objects WHERE task_id = ?1 AND kind <> 'thumbnail'")?;
        let ids = stmt.query_map(params![task_id], |r| super::read_id(r, 0))?;
        Ok(ids.collect::<Result<Vec<_>, _>>()?)
    }

    /// The other tasks that use `object` as an input.
    pub fn other_tasks_using(&self, object: ObjectId, task_id: &str) -> Result<u64, IndexError> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM task_inputs WHERE object_id = ?1 AND task_id <> ?2",
            params![object.as_bytes().as_slice(), task_id],
            |r| r.get(0),
        )?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Delete a task's own rows (the task, its events, its inputs list) and its ledger
    /// entries, in one transaction; how many ledger entries went.
    pub fn delete_task_rows(&self, task_id: &str) -> Result<usize, IndexError> {
        let tx = self.conn.unchecked_transaction()?;
        let ledger = tx.execute("DELETE FROM ledger WHERE task_id = ?1", params![task_id])?;
        tx.execute("DELETE FROM task_events WHERE task_id = ?1", params![task_id])?;
        tx.execute("DELETE FROM task_inputs WHERE task_id = ?1", params![task_id])?;
        tx.execute("DELETE FROM task_masks WHERE task_id = ?1", params![task_id])?;
        tx.execute("UPDATE objects SET task_id = NULL WHERE task_id = ?1", params![task_id])?;
        tx.execute("DELETE FROM tasks WHERE id = ?1", params![task_id])?;
        tx.commit()?;
        Ok(ledger)
    }
}
