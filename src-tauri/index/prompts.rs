//! The prompt library (saved prompts, by name) and the history of prompts used. Prompts are
//! personal data: they live only in the encrypted index, the history is under retention, and
//! both are counted, exported and erased with everything else.

use rusqlite::params;
use time::OffsetDateTime;

use super::{read_time, Index, IndexError};

/// A prompt saved to the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedPrompt {
    /// Its name (unique, case-insensitively).
    pub name: String,
    /// The prompt, placeholders as typed.
    pub text: String,
    /// When it was saved or last replaced.
    pub saved_at: OffsetDateTime,
}

/// A prompt that was used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryRow {
    /// Its id (to delete it alone).
    pub id: i64,
    /// The prompt.
    pub text: String,
    /// Its last use.
    pub used_at: OffsetDateTime,
}

/// `text` as a LIKE pattern matching it anywhere, with `\` escaping the wildcards.
fn contains_pattern(text: &str) -> String {
    let escaped: String = text
        .chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    format!("%{escaped}%")
}

impl Index {
    /// Save (or replace) the library's prompt called `name`.
    pub fn save_prompt(&self, name: &str, text: &str, now: OffsetDateTime) -> Result<(), IndexError> {
        self.conn.execute(
            "INSERT INTO prompt_library (name, text, saved_at) VALUES (?1, ?2, ?3) \
             ON CONFLICT (name) DO UPDATE SET name = excluded.name, text = excluded.text, saved_at = excluded.saved_at",
            params![name, text, now.unix_timestamp()],
        )?;
        Ok(())
    }

    /// Saved prompts whose name or text contains `query` (any case), A to Z by name.
    pub fn prompts(&self, query: Option<&str>) -> Result<Vec<SavedPrompt>, IndexError> {
        let pattern = query.map(str::trim).filter(|q| !q.is_empty()).map(contains_pattern);
        let mut stmt = self.conn.prepare_cached(
            "SELECT name, text, saved_at FROM prompt_library \
             WHERE ?1 IS NULL OR name LIKE ?1 ESCAPE '\\' OR text LIKE ?1 ESCAPE '\\' \
             ORDER BY name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map(params![pattern], |r| {
            Ok(SavedPrompt { name: r.get(0)?, text: r.get(1)?, saved_at: read_time(r.get(2)?, 2)? })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Delete the saved prompt `name`; false if there is none.
    pub fn delete_prompt(&self, name: &str) -> Result<bool, IndexError> {
        let deleted = self.conn.execute("DELETE FROM prompt_library WHERE name = ?1", params![name])? > 0;
        self.checkpoint()?;
        Ok(deleted)
    }

    /// Note that `text` was used at `now` (one row per distinct prompt).
    pub fn record_prompt(&self, text: &str, now: OffsetDateTime) -> Result<(), IndexError> {
        self.conn.execute(
            "INSERT INTO prompt_history (text, used_at) VALUES (?1, ?2) \
             ON CONFLICT (text) DO UPDATE SET used_at = excluded.used_at",
            params![text, now.unix_timestamp()],
        )?;
        Ok(())
    }

    /// Prompts used after `since`, the latest first.
    pub fn history(&self, since: OffsetDateTime) -> Result<Vec<HistoryRow>, IndexError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, text, used_at FROM prompt_history WHERE used_at > ?1 ORDER BY used_at DESC, id DESC",
        )?;
        let rows = stmt.query_map(params![since.unix_timestamp()], |r| {
            Ok(HistoryRow { id: r.get(0)?, text: r.get(1)?, used_at: read_time(r.get(2)?, 2)? })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Delete one history entry; false if there is none.
    pub fn delete_history_entry(&self, id: i64) -> Result<bool, IndexError> {
        let deleted = self.conn.execute("DELETE FROM prompt_history WHERE id = ?1", params![id])? > 0;
        self.checkpoint()?;
        Ok(deleted)
    }

    /// Delete the history entries last used at or before `cutoff`; how many.
    pub fn delete_history_through(&self, cutoff: OffsetDateTime) -> Result<usize, IndexError> {
        let n = self
            .conn
            .execute("DELETE FROM prompt_history WHERE used_at <= ?1", params![cutoff.unix_timestamp()])?;
        if n > 0 {
            self.checkpoint()?;
        }
        Ok(n)
    }

    /// Delete every history entry; how many.
    pub fn clear_history(&self) -> Result<usize, IndexError> {
        let n = self.conn.execute("DELETE FROM prompt_history", [])?;
        self.checkpoint()?;
        Ok(n)
    }

    /// How many prompts are saved, and how many history entries are after `since`.
    pub fn prompt_counts(&self, since: OffsetDateTime) -> Result<(u64, u64), IndexError> {
        let saved: i64 = self.conn.query_row("SELECT count(*) FROM prompt_library", [], |r| r.get(0))?;
        let used: i64 = self.conn.query_row(
            "SELECT count(*) FROM prompt_history WHERE used_at > ?1",
            params![since.unix_timestamp()],
            |r| r.get(0),
        )?;
        Ok((u64::try_from(saved).unwrap_or(0), u64::try_from(used).unwrap_or(0)))
    }
}
