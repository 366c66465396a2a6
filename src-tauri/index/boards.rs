//! Stars and boards: how people organise their images. Both are rows in the encrypted index
//! only; a board's membership goes with the image (`ON DELETE CASCADE`), never the other way.

use std::collections::{HashMap, HashSet};

use rusqlite::{params, OptionalExtension};
use time::OffsetDateTime;

use super::{read_id, read_time, Index, IndexError};
use crate::vault::ObjectId;

/// A board with the number of its images visible now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoardRow {
    /// Its name, as the user typed it.
    pub name: String,
    /// Visible images on it.
    pub count: u64,
    /// When it was made.
    pub created_at: OffsetDateTime,
}

/// Which images are starred and which boards each is on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Marks {
    /// Starred images.
    pub starred: HashSet<ObjectId>,
    /// Board names per image, A to Z.
    pub boards: HashMap<ObjectId, Vec<String>>,
}

impl Index {
    /// Star (or unstar) the visible images among `ids`; how many changed.
    pub fn set_starred(
        &self,
        ids: &[ObjectId],
        starred: bool,
        now: OffsetDateTime,
    ) -> Result<usize, IndexError> {
        let tx = self.conn.unchecked_transaction()?;
        let mut changed = 0;
        for id in ids {
            let key = id.as_bytes().as_slice();
            changed += if starred {
                tx.execute(
                    "UPDATE objects SET starred_at = ?2 WHERE id = ?1 AND starred_at IS NULL \
                     AND (expires_at IS NULL OR expires_at > ?2)",
                    params![key, now.unix_timestamp()],
                )?
            } else {
                tx.execute(
                    "UPDATE objects SET starred_at = NULL WHERE id = ?1 AND starred_at IS NOT NULL",
                    params![key],
                )?
            };
        }
        tx.commit()?;
        Ok(changed)
    }

    /// Stars and board memberships of every image (a few rows per image at most).
    pub fn marks(&self) -> Result<Marks, IndexError> {
        let mut marks = Marks::default();
        let mut stmt = self.conn.prepare_cached("SELECT id FROM objects WHERE starred_at IS NOT NULL")?;
        marks.starred = stmt.query_map([], |r| read_id(r, 0))?.collect::<Result<_, _>>()?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT bi.object_id, b.name FROM board_items bi JOIN boards b ON b.id = bi.board_id \
             ORDER BY b.name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([], |r| Ok((read_id(r, 0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (id, name) = row?;
            marks.boards.entry(id).or_default().push(name);
        }
        Ok(marks)
    }

    /// Every board, A to Z, with its visible images counted.
    pub fn boards(&self, now: OffsetDateTime) -> Result<Vec<BoardRow>, IndexError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT b.name, b.created_at, \
               (SELECT count(*) FROM board_items bi JOIN objects o ON o.id = bi.object_id \
                WHERE bi.board_id = b.id AND (o.expires_at IS NULL OR o.expires_at > ?1)) \
             FROM boards b ORDER BY b.name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map(params![now.unix_timestamp()], |r| {
            Ok(BoardRow {
                name: r.get(0)?,
                created_at: read_time(r.get(1)?, 1)?,
                count: u64::try_from(r.get::<_, i64>(2)?).unwrap_or(0),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The board called `name` (case-insensitively), if any: its stored name.
    pub fn board_name(&self, name: &str) -> Result<Option<String>, IndexError> {
        Ok(self
            .conn
            .query_row("SELECT name FROM boards WHERE name = ?1", params![name], |r| r.get(0))
            .optional()?)
    }

    /// Make a board; false if one of that name exists.
    pub fn create_board(&self, name: &str, now: OffsetDateTime) -> Result<bool, IndexError> {
        let sql = "INSERT INTO boards (name, created_at) VALUES (?1, ?2) ON CONFLICT (name) DO NOTHING";
        Ok(self.conn.execute(sql, params![name, now.unix_timestamp()])? > 0)
    }

    /// Rename a board; false if there is none called `old`. The caller checks `new` is free.
    pub fn rename_board(&self, old: &str, new: &str) -> Result<bool, IndexError> {
        Ok(self.conn.execute("UPDATE boards SET name = ?2 WHERE name = ?1", params![old, new])? > 0)
    }

    /// Delete a board (its images stay); false if there is none.
    pub fn delete_board(&self, name: &str) -> Result<bool, IndexError> {
        let deleted = self.conn.execute("DELETE FROM boards WHERE name = ?1", params![name])? > 0;
        self.checkpoint()?;
        Ok(deleted)
    }

    /// Put the visible images among `ids` on board `name`; how many were not on it yet.
    pub fn board_add(&self, name: &str, ids: &[ObjectId], now: OffsetDateTime) -> Result<usize, IndexError> {
        let tx = self.conn.unchecked_transaction()?;
        let mut added = 0;
        for id in ids {
            added += tx.execute(
                "INSERT OR IGNORE INTO board_items (board_id, object_id, added_at) \
                 SELECT b.id, o.id, ?3 FROM boards b, objects o WHERE b.name = ?1 AND o.id = ?2 \
                 AND o.kind != 'thumbnail' AND (o.expires_at IS NULL OR o.expires_at > ?3)",
                params![name, id.as_bytes().as_slice(), now.unix_timestamp()],
            )?;
        }
        tx.commit()?;
        Ok(added)
    }

    /// Take `ids` off board `name`; how many were on it.
    pub fn board_remove(&self, name: &str, ids: &[ObjectId]) -> Result<usize, IndexError> {
        let tx = self.conn.unchecked_transaction()?;
        let mut removed = 0;
        for id in ids {
            removed += tx.execute(
                "DELETE FROM board_items WHERE object_id = ?2 AND board_id = (SELECT id FROM boards WHERE name = ?1)",
                params![name, id.as_bytes().as_slice()],
            )?;
        }
        tx.commit()?;
        Ok(removed)
    }
}

/// What a restore puts back besides images and tasks: stars, boards, saved and used prompts.
#[derive(Debug, Clone, Default)]
pub struct Organisation {
    /// Images to star.
    pub starred: Vec<ObjectId>,
    /// Boards (made if missing) and the images to put on them.
    pub boards: Vec<(String, Vec<ObjectId>)>,
    /// Saved prompts: name, text, saved at. A name already saved here keeps its prompt.
    pub prompts: Vec<(String, String, OffsetDateTime)>,
    /// Prompts used, with their last use (the later of the two is kept).
    pub history: Vec<(String, OffsetDateTime)>,
}

impl Index {
    /// Put `o` back in one transaction: all of it or none.
    pub fn restore_organisation(&self, o: &Organisation, now: OffsetDateTime) -> Result<(), IndexError> {
        let tx = self.conn.unchecked_transaction()?;
        let at = now.unix_timestamp();
        for id in &o.starred {
            tx.execute(
                "UPDATE objects SET starred_at = ?2 WHERE id = ?1 AND starred_at IS NULL",
                params![id.as_bytes().as_slice(), at],
            )?;
        }
        for (name, ids) in &o.boards {
            tx.execute(
                "INSERT INTO boards (name, created_at) VALUES (?1, ?2) ON CONFLICT (name) DO NOTHING",
                params![name, at],
            )?;
            for id in ids {
                tx.execute(
                    "INSERT OR IGNORE INTO board_items (board_id, object_id, added_at) \
                     SELECT b.id, ?2, ?3 FROM boards b WHERE b.name = ?1",
                    params![name, id.as_bytes().as_slice(), at],
                )?;
            }
        }
        for (name, text, saved_at) in &o.prompts {
            tx.execute(
                "INSERT INTO prompt_library (name, text, saved_at) VALUES (?1, ?2, ?3) ON CONFLICT (name) DO NOTHING",
                params![name, text, saved_at.unix_timestamp()],
            )?;
        }
        for (text, used_at) in &o.history {
            tx.execute(
                "INSERT INTO prompt_history (text, used_at) VALUES (?1, ?2) \
                 ON CONFLICT (text) DO UPDATE SET used_at = max(used_at, excluded.used_at)",
                params![text, used_at.unix_timestamp()],
            )?;
        }
        tx.commit()?;
        Ok(())
    }
}
