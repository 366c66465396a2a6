//! The prompt library and the history of prompts used. A saved prompt may hold placeholders
//! like the presets (`{subject}`), kept as typed. The history is personal data under retention:
//! an entry lives as long as the outputs window from its last use, is never shown after that,
//! and can be deleted one by one or all at once.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use ts_rs::TS;

use super::objects::{rfc3339, Vault};
use crate::index::{HistoryRow, SavedPrompt};
use crate::{AppCore, Error};

/// A saved prompt (`seed-studio prompts list --json`; keep stable).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PromptEntry {
    /// Its name.
    pub name: String,
    /// The prompt.
    pub text: String,
    /// When it was saved (RFC 3339).
    pub saved_at: String,
}

impl From<SavedPrompt> for PromptEntry {
    fn from(p: SavedPrompt) -> Self {
        PromptEntry { name: p.name, text: p.text, saved_at: rfc3339(p.saved_at) }
    }
}

/// A prompt used (`seed-studio prompts history --json`; keep stable).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HistoryEntry {
    /// Its id, to delete it alone.
    #[ts(type = "number")]
    pub id: i64,
    /// The prompt.
    pub text: String,
    /// Its last use (RFC 3339).
    pub used_at: String,
    /// When it will be deleted (RFC 3339).
    pub expires_at: String,
}

/// History entries last used at or before this are past their window.
pub fn history_cutoff(core: &AppCore, now: OffsetDateTime) -> OffsetDateTime {
    now - core.config().retention.outputs.duration()
}

/// Save `text` under `name`, replacing a prompt of that name.
pub fn save(core: &AppCore, vault: &Vault, name: &str, text: &str) -> Result<PromptEntry, Error> {
    let name = super::organise::checked_name(name, "saved prompt")?;
    if text.trim().is_empty() {
        return Err(Error::InvalidInput("a saved prompt needs some text".into()));
    }
    super::generate::prompt_within_limit(text)?;
    let now = core.clock().now();
    vault.store().index().save_prompt(&name, text, now)?;
    Ok(PromptEntry { name, text: text.to_string(), saved_at: rfc3339(now) })
}

/// Saved prompts whose name or text contains `query`, A to Z.
pub fn list(vault: &Vault, query: Option<&str>) -> Result<Vec<PromptEntry>, Error> {
    Ok(vault.store().index().prompts(query)?.into_iter().map(Into::into).collect())
}

/// Delete the saved prompt `name`.
pub fn delete(vault: &Vault, name: &str) -> Result<(), Error> {
    if !vault.store().index().delete_prompt(name.trim())? {
        return Err(Error::InvalidInput(format!("no saved prompt is called \"{}\"", name.trim())));
    }
    Ok(())
}

/// Note a prompt as used now (called when a task is queued).
pub fn record(core: &AppCore, vault: &Vault, text: &str) -> Result<(), Error> {
    if !text.trim().is_empty() {
        vault.store().index().record_prompt(text, core.clock().now())?;
    }
    Ok(())
}

/// The prompts used within their window, the latest first.
pub fn history(core: &AppCore, vault: &Vault) -> Result<Vec<HistoryEntry>, Error> {
    let now = core.clock().now();
    let window = core.config().retention.outputs.duration();
    let rows = vault.store().index().history(history_cutoff(core, now))?;
    Ok(rows
        .into_iter()
        .map(|HistoryRow { id, text, used_at }| HistoryEntry {
            id,
            text,
            used_at: rfc3339(used_at),
            expires_at: rfc3339(used_at + window),
        })
        .collect())
}

/// Delete one history entry.
pub fn delete_history_entry(vault: &Vault, id: i64) -> Result<(), Error> {
    if !vault.store().index().delete_history_entry(id)? {
        return Err(Error::InvalidInput("that prompt is no longer in the history".into()));
    }
    Ok(())
}

/// Delete the whole history; how many entries.
pub fn clear_history(vault: &Vault) -> Result<usize, Error> {
    Ok(vault.store().index().clear_history()?)
}

#[cfg(test)]
mod tests;
