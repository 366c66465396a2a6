//! Tasks in the index: one row per task, its inputs, and a row per status change.

use rusqlite::{params, OptionalExtension};
use time::OffsetDateTime;

use super::{bad_column, read_id, read_time, Index, IndexError};
use crate::tasks::{TaskKind, TaskStatus};
use crate::vault::ObjectId;

/// A task about to be queued.
#[derive(Debug, Clone)]
pub struct NewTask<'a> {
    /// Its id (UUIDv7).
    pub id: &'a str,
    /// What it does.
    pub kind: TaskKind,
    /// The provider it goes to; `None` for on-device work.
    pub provider: Option<&'a str>,
    /// The user's prompt, if any (searchable; never logged).
    pub prompt: Option<&'a str>,
    /// The originals it uses.
    pub inputs: &'a [ObjectId],
    /// What else it asks for (JSON, the task runner's business).
    pub params: Option<&'a str>,
}

/// A task's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskRow {
    /// Its id (UUIDv7).
    pub id: String,
    /// What it does.
    pub kind: TaskKind,
    /// Where it stands.
    pub status: TaskStatus,
    /// The provider it goes to, if any.
    pub provider: Option<String>,
    /// The user's prompt, if any.
    pub prompt: Option<String>,
    /// When it was created.
    pub created_at: OffsetDateTime,
    /// When its status last changed.
    pub updated_at: OffsetDateTime,
    /// When it reached a terminal state.
    pub ended_at: Option<OffsetDateTime>,
    /// Why it failed or was cancelled, in words for people.
    pub reason: Option<String>,
    /// What else it asks for (JSON).
    pub params: Option<String>,
    /// A video task's job at its provider (JSON), once the provider accepted it.
    pub remote_job: Option<String>,
}

const TASK_COLUMNS: &str =
    "id, kind, status, provider, prompt, created_at, updated_at, ended_at, reason, params, remote_job";

impl Index {
    /// Queue a task with its inputs (one transaction, with its first event).
    pub fn insert_task(&self, task: &NewTask<'_>, now: OffsetDateTime) -> Result<(), IndexError> {
        let tx = self.conn.unchecked_transaction()?;
        let at = now.unix_timestamp();
        let queued = TaskStatus::Queued.as_str();
        tx.execute(
            "INSERT INTO tasks (id, kind, status, provider, prompt, created_at, updated_at, params) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7)",
            params![task.id, task.kind.as_str(), queued, task.provider, task.prompt, at, task.params],
        )?;
        for (position, input) in task.inputs.iter().enumerate() {
            tx.execute(
                "INSERT OR IGNORE INTO task_inputs (task_id, object_id, position) VALUES (?1, ?2, ?3)",
                params![task.id, input.as_bytes().as_slice(), i64::try_from(position).unwrap_or(i64::MAX)],
            )?;
        }
        tx.execute(
            "INSERT INTO task_events (task_id, status, at) VALUES (?1, ?2, ?3)",
            params![task.id, queued, at],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Put back a task from a backup, as it was (its events included), unless a task with its id
    /// is already here. Returns whether it was inserted. It has no inputs: restored originals
    /// start a retention window of their own.
    pub fn restore_task(
        &self,
        task: &TaskRow,
        events: &[(TaskStatus, OffsetDateTime)],
    ) -> Result<bool, IndexError> {
        let tx = self.conn.unchecked_transaction()?;
        let inserted = tx.execute(
            "INSERT OR IGNORE INTO tasks \
             (id, kind, status, provider, prompt, created_at, updated_at, ended_at, reason, params) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                task.id,
                task.kind.as_str(),
                task.status.as_str(),
                task.provider,
                task.prompt,
                task.created_at.unix_timestamp(),
                task.updated_at.unix_timestamp(),
                task.ended_at.map(OffsetDateTime::unix_timestamp),
                task.reason,
                task.params,
            ],
        )? == 1;
        if inserted {
            for (status, at) in events {
                tx.execute(
                    "INSERT INTO task_events (task_id, status, at) VALUES (?1, ?2, ?3)",
                    params![task.id, status.as_str(), at.unix_timestamp()],
                )?;
            }
        }
        tx.commit()?;
        Ok(inserted)
    }

    /// Record a status change (and, for a terminal one, when the task ended; a retry back to
    /// `queued` clears it). Returns false if there is no such task.
    pub fn set_task_status(
        &self,
        id: &str,
        status: TaskStatus,
        reason: Option<&str>,
        now: OffsetDateTime,
    ) -> Result<bool, IndexError> {
        let tx = self.conn.unchecked_transaction()?;
        let at = now.unix_timestamp();
        let ended = status.is_terminal().then_some(at);
        let changed = tx.execute(
            "UPDATE tasks SET status = ?2, updated_at = ?3, ended_at = ?4, reason = ?5 WHERE id = ?1",
            params![id, status.as_str(), at, ended, reason],
        )?;
        if changed == 1 {
            tx.execute(
                "INSERT INTO task_events (task_id, status, at, reason) VALUES (?1, ?2, ?3, ?4)",
                params![id, status.as_str(), at, reason],
            )?;
        }
        tx.commit()?;
        Ok(changed == 1)
    }

    /// Keep (or, with `None`, forget) a task's remote job. Written the moment the provider
    /// accepts the job, so a restart asks about the same job instead of making another.
    pub fn set_task_remote_job(&self, id: &str, job: Option<&str>) -> Result<(), IndexError> {
        self.conn.execute("UPDATE tasks SET remote_job = ?2 WHERE id = ?1", params![id, job])?;
        Ok(())
    }

    /// One task.
    pub fn task(&self, id: &str) -> Result<Option<TaskRow>, IndexError> {
        let sql = format!("SELECT {TASK_COLUMNS} FROM tasks WHERE id = ?1");
        Ok(self.conn.query_row(&sql, params![id], read_task).optional()?)
    }

    /// Tasks not yet in a terminal state, oldest first (the queue, after a restart).
    pub fn unfinished_tasks(&self) -> Result<Vec<TaskRow>, IndexError> {
        let sql = format!(
            "SELECT {TASK_COLUMNS} FROM tasks WHERE status NOT IN ('succeeded', 'failed', 'cancelled') \
             ORDER BY created_at, id"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([], read_task)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// The newest tasks first, at most `limit`.
    pub fn recent_tasks(&self, limit: usize) -> Result<Vec<TaskRow>, IndexError> {
        let sql = format!("SELECT {TASK_COLUMNS} FROM tasks ORDER BY created_at DESC, id DESC LIMIT ?1");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params![i64::try_from(limit).unwrap_or(i64::MAX)], read_task)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// The images a task produced that are still kept at `now`, oldest first.
    pub fn task_outputs(&self, id: &str, now: OffsetDateTime) -> Result<Vec<ObjectId>, IndexError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id FROM objects WHERE task_id = ?1 AND kind = 'output' AND (expires_at IS NULL OR expires_at > ?2) \
             ORDER BY created_at, rowid",
        )?;
        let ids = stmt.query_map(params![id, now.unix_timestamp()], |r| read_id(r, 0))?;
        Ok(ids.collect::<Result<Vec<_>, _>>()?)
    }

    /// Keep the mask of region edit `task_id` (a PNG at the image's size).
    pub fn set_task_mask(&self, task_id: &str, png: &[u8]) -> Result<(), IndexError> {
        self.conn.execute(
            "INSERT OR REPLACE INTO task_masks (task_id, png) VALUES (?1, ?2)",
            params![task_id, png],
        )?;
        Ok(())
    }

    /// The mask of region edit `task_id`, if it has one still.
    pub fn task_mask(&self, task_id: &str) -> Result<Option<Vec<u8>>, IndexError> {
        Ok(self
            .conn
            .query_row("SELECT png FROM task_masks WHERE task_id = ?1", params![task_id], |r| r.get(0))
            .optional()?)
    }

    /// Drop the masks whose image is no longer in the vault (no edit can be sent again
    /// without it); how many.
    pub fn delete_orphan_masks(&self) -> Result<usize, IndexError> {
        Ok(self.conn.execute(
            "DELETE FROM task_masks WHERE NOT EXISTS (SELECT 1 FROM task_inputs ti JOIN objects o \
             ON o.id = ti.object_id WHERE ti.task_id = task_masks.task_id)",
            [],
        )?)
    }

    /// The originals a task uses, in the order given.
    pub fn task_inputs(&self, id: &str) -> Result<Vec<ObjectId>, IndexError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT object_id FROM task_inputs WHERE task_id = ?1 ORDER BY position")?;
        let ids = stmt.query_map(params![id], |r| read_id(r, 0))?;
        Ok(ids.collect::<Result<Vec<_>, _>>()?)
    }

    /// A task's status changes, oldest first.
    pub fn task_events(&self, id: &str) -> Result<Vec<(TaskStatus, OffsetDateTime)>, IndexError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT status, at FROM task_events WHERE task_id = ?1 ORDER BY rowid")?;
        let rows = stmt.query_map(params![id], |r| {
            let status: String = r.get(0)?;
            Ok((TaskStatus::parse(&status).ok_or_else(|| bad_column(0))?, read_time(r.get(1)?, 1)?))
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }
}

fn read_task(r: &rusqlite::Row<'_>) -> rusqlite::Result<TaskRow> {
    let kind: String = r.get(1)?;
    let status: String = r.get(2)?;
    Ok(TaskRow {
        id: r.get(0)?,
        kind: TaskKind::parse(&kind).ok_or_else(|| bad_column(1))?,
        status: TaskStatus::parse(&status).ok_or_else(|| bad_column(2))?,
        provider: r.get(3)?,
        prompt: r.get(4)?,
        created_at: read_time(r.get(5)?, 5)?,
        updated_at: read_time(r.get(6)?, 6)?,
        ended_at: r.get::<_, Option<i64>>(7)?.map(|t| read_time(t, 7)).transpose()?,
        reason: r.get(8)?,
        params: r.get(9)?,
        remote_job: r.get(10)?,
    })
}
