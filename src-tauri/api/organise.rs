//! Favourites and boards: star images, gather them on named boards. Neither keeps an image:
//! retention still decides how long it lives, and a deleted image leaves its boards with it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::objects::{first_not_shown, parse_ids, rfc3339, Vault};
use crate::index::BoardRow;
use crate::vault::ObjectId;
use crate::{AppCore, Error};

/// The longest name of a board or a saved prompt, in characters.
pub const MAX_NAME: usize = 80;

/// A board as listed (`seed-studio board list --json`; keep stable).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BoardSummary {
    /// Its name.
    pub name: String,
    /// How many of its images are in the vault now.
    #[ts(type = "number")]
    pub count: u64,
    /// When it was made (RFC 3339).
    pub created_at: String,
}

/// How many things an action changed (`star`, `board add`, `prompts history --clear`... `--json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Changed {
    /// How many.
    pub changed: usize,
}

impl From<BoardRow> for BoardSummary {
    fn from(row: BoardRow) -> Self {
        BoardSummary { name: row.name, count: row.count, created_at: rfc3339(row.created_at) }
    }
}

/// A name people give something (`what`: "board", "saved prompt") as typed: trimmed, not
/// empty, at most [`MAX_NAME`] characters, no control characters.
pub(crate) fn checked_name(name: &str, what: &str) -> Result<String, Error> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::InvalidInput(format!("a {what} needs a name")));
    }
    if name.chars().count() > MAX_NAME {
        return Err(Error::InvalidInput(format!("a {what} name has at most {MAX_NAME} characters")));
    }
    if name.chars().any(char::is_control) {
        return Err(Error::InvalidInput(format!("a {what} name cannot contain control characters")));
    }
    Ok(name.to_string())
}

/// The stored name of the existing board called `name` (any case).
fn existing_board(vault: &Vault, name: &str) -> Result<String, Error> {
    vault
        .store()
        .index()
        .board_name(name.trim())?
        .ok_or_else(|| Error::InvalidInput(format!("there is no board called \"{}\"", name.trim())))
}

/// Refused, naming it, unless a board called `name` exists (a typo lists nothing otherwise).
pub fn board_exists(vault: &Vault, name: &str) -> Result<(), Error> {
    existing_board(vault, name).map(drop)
}

/// `ids` parsed, each one an image shown now; the first that is not is named.
fn visible_ids(core: &AppCore, vault: &Vault, ids: &[String]) -> Result<Vec<ObjectId>, Error> {
    let ids = parse_ids(ids)?;
    match first_not_shown(vault, &ids, core.clock().now())? {
        Some(id) => Err(Error::InvalidInput(format!("no such object: {id}"))),
        None => Ok(ids),
    }
}

/// Star (`starred`) or unstar images; how many changed.
pub fn star(core: &AppCore, vault: &Vault, ids: &[String], starred: bool) -> Result<usize, Error> {
    let ids = visible_ids(core, vault, ids)?;
    Ok(vault.store().index().set_starred(&ids, starred, core.clock().now())?)
}

/// Every board, A to Z.
pub fn boards(core: &AppCore, vault: &Vault) -> Result<Vec<BoardSummary>, Error> {
    Ok(vault.store().index().boards(core.clock().now())?.into_iter().map(Into::into).collect())
}

fn board(core: &AppCore, vault: &Vault, name: &str) -> Result<BoardSummary, Error> {
    boards(core, vault)?
        .into_iter()
        .find(|b| b.name == name)
        .ok_or_else(|| Error::InvalidInput(format!("there is no board called \"{name}\"")))
}

/// Make an empty board.
pub fn create_board(core: &AppCore, vault: &Vault, name: &str) -> Result<BoardSummary, Error> {
    let name = checked_name(name, "board")?;
    if !vault.store().index().create_board(&name, core.clock().now())? {
        return Err(Error::InvalidInput(format!("there is already a board called \"{name}\"")));
    }
    board(core, vault, &name)
}

/// Rename a board (a change of case alone is allowed).
pub fn rename_board(core: &AppCore, vault: &Vault, old: &str, new: &str) -> Result<BoardSummary, Error> {
    let old = existing_board(vault, old)?;
    let new = checked_name(new, "board")?;
    let index = vault.store().index();
    // Names are unique regardless of (ASCII) case, as SQLite's NOCASE compares them.
    if index.board_name(&new)?.is_some_and(|taken| !taken.eq_ignore_ascii_case(&old)) {
        return Err(Error::InvalidInput(format!("there is already a board called \"{new}\"")));
    }
    index.rename_board(&old, &new)?;
    board(core, vault, &new)
}

/// Delete a board; its images stay in the vault.
pub fn delete_board(vault: &Vault, name: &str) -> Result<(), Error> {
    let name = existing_board(vault, name)?;
    vault.store().index().delete_board(&name)?;
    Ok(())
}

/// Put images on a board; how many were not on it yet.
pub fn add_to_board(core: &AppCore, vault: &Vault, name: &str, ids: &[String]) -> Result<usize, Error> {
    let name = existing_board(vault, name)?;
    let ids = visible_ids(core, vault, ids)?;
    Ok(vault.store().index().board_add(&name, &ids, core.clock().now())?)
}

/// Take images off a board (they stay in the vault); how many were on it.
pub fn remove_from_board(vault: &Vault, name: &str, ids: &[String]) -> Result<usize, Error> {
    let name = existing_board(vault, name)?;
    let ids = parse_ids(ids)?;
    Ok(vault.store().index().board_remove(&name, &ids)?)
}

#[cfg(test)]
mod tests;
