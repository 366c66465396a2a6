//! The user's rights, each one a function that works at once and offline: see everything that
//! is stored (the inventory), everything tied to one task (`show`), take it all away
//! ([`export`]), delete one task's data ([`delete_task`]) or everything ([`erase_all`]).

mod erase;
mod export;
mod restore;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use erase::{erase_all, EraseReport};
pub use export::{export, ExportProgress, ExportReport, ExportRequest, Selection};
pub use restore::{restore_backup, RestoreReport};

use super::consent::{self, ConsentStatus};
use super::objects::{rfc3339, ObjectSummary, Vault};
use super::retention::{next_deletion, NextDeletion};
use super::tasks::{self, TaskSummary};
use crate::index::{KindStats, LedgerEntry};
use crate::tasks::TaskStatus;
use crate::{AppCore, Error};

/// What is stored, where, and how it is protected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Inventory {
    /// Objects by kind: count and bytes.
    pub kinds: Vec<KindStats>,
    /// Entries in the outbound ledger.
    pub ledger_entries: u64,
    /// Prompts saved in the prompt library.
    #[ts(type = "number")]
    pub saved_prompts: u64,
    /// Prompts in the history of prompts used.
    #[ts(type = "number")]
    pub prompt_history: u64,
    /// Operational log files, and their bytes.
    pub log_files: u64,
    /// Their total size.
    pub log_bytes: u64,
    /// When the oldest kept object entered the vault (RFC 3339).
    pub oldest: Option<String>,
    /// The next scheduled deletion and what it removes.
    pub next: Option<NextDeletion>,
    /// The data folder.
    pub data_dir: String,
    /// Where the master key lives: `keyring` or `passphrase`.
    pub key_source: String,
    /// How images are sealed.
    pub object_cipher: String,
    /// How the index is encrypted.
    pub index_cipher: String,
    /// Who may receive images.
    pub consents: Vec<ConsentStatus>,
}

/// The inventory of this data folder.
pub fn inventory(core: &AppCore, vault: &Vault) -> Result<Inventory, Error> {
    let now = core.clock().now();
    let index = vault.store().index();
    let (kinds, oldest) = index.inventory(now)?;
    let (log_files, log_bytes) = crate::retention::logs::usage(&core.paths().logs_dir());
    let (saved_prompts, prompt_history) = index.prompt_counts(super::prompts::history_cutoff(core, now))?;
    let report = super::vault::report_open(core);
    Ok(Inventory {
        kinds,
        ledger_entries: index.ledger_count()?,
        saved_prompts,
        prompt_history,
        log_files,
        log_bytes,
        oldest: oldest.map(rfc3339),
        next: next_deletion(vault, now)?,
        data_dir: core.paths().data_dir().display().to_string(),
        key_source: match report.key_source {
            Some(crate::vault::master::KeySource::Passphrase) => "passphrase".into(),
            _ => "keyring".into(),
        },
        object_cipher: report.object_cipher,
        index_cipher: format!("SQLCipher {} (AES-256, HMAC-SHA512 per page)", report.sqlcipher_version),
        consents: consent::list(vault)?,
    })
}

/// One status change of a task.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TaskEvent {
    /// The status reached.
    pub status: TaskStatus,
    /// When (RFC 3339).
    pub at: String,
}

/// Everything tied to a task (`seed-studio show TASK_ID --json`; keep stable).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TaskDetails {
    /// The task.
    pub task: TaskSummary,
    /// Model, size and count as asked.
    #[ts(type = "unknown")]
    pub parameters: Option<serde_json::Value>,
    /// Its references still kept.
    pub inputs: Vec<ObjectSummary>,
    /// Its results still kept.
    pub outputs: Vec<ObjectSummary>,
    /// The requests it sent.
    pub ledger: Vec<LedgerEntry>,
    /// Its status changes.
    pub events: Vec<TaskEvent>,
}

/// Everything tied to task `id`.
pub fn show(core: &AppCore, vault: &Vault, id: &str) -> Result<TaskDetails, Error> {
    let id = id.trim();
    let task = tasks::get(core, vault, id)?;
    let index = vault.store().index();
    let now = core.clock().now();
    let row = index.task(id)?;
    let summaries = |ids: Vec<crate::vault::ObjectId>| -> Result<Vec<ObjectSummary>, Error> {
        let mut out = Vec::new();
        for oid in ids {
            if let Some(row) = index.object(oid, now)? {
                out.push(ObjectSummary::from_row(&row, false));
            }
        }
        Ok(out)
    };
    Ok(TaskDetails {
        parameters: row.and_then(|r| r.params).and_then(|p| serde_json::from_str(&p).ok()),
        inputs: summaries(index.task_inputs(id)?)?,
        outputs: summaries(index.task_outputs(id, now)?)?,
        ledger: index.task_ledger(id)?,
        events: index
            .task_events(id)?
            .into_iter()
            .map(|(status, at)| TaskEvent { status, at: rfc3339(at) })
            .collect(),
        task,
    })
}

/// What deleting a task removed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TaskDeletion {
    /// Images removed with their keys (thumbnails included).
    pub objects: usize,
    /// Ledger entries removed.
    pub ledger_entries: usize,
    /// References kept because another task uses them too.
    pub shared_inputs_kept: usize,
}

/// Delete task `id` and exactly its data: its results, its references (unless another task
/// uses them), their thumbnails and keys, its ledger entries and its history. A task that is
/// running must be cancelled first.
pub fn delete_task(core: &AppCore, vault: &Vault, id: &str) -> Result<TaskDeletion, Error> {
    let id = id.trim();
    let task = tasks::get(core, vault, id)?;
    if !task.status.is_terminal() && task.status != TaskStatus::Queued {
        return Err(Error::InvalidInput("the task is running; cancel it first".into()));
    }
    let index = vault.store().index();
    let mut doomed = index.task_objects(id)?;
    let mut shared = 0;
    for input in index.task_inputs(id)? {
        if index.other_tasks_using(input, id)? > 0 {
            shared += 1;
        } else if index.all_ids()?.contains(&input) {
            doomed.push(input);
        }
    }
    let objects = if doomed.is_empty() { 0 } else { vault.store().delete(&doomed)?.total() };
    let ledger_entries = index.delete_task_rows(id)?;
    tracing::info!(objects, ledger_entries, "a task and its data were deleted");
    Ok(TaskDeletion { objects, ledger_entries, shared_inputs_kept: shared })
}

/// What [`delete`] removed (`seed-studio delete --json`; keep stable).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Deletion {
    /// Images removed with their keys (thumbnails included).
    pub deleted: usize,
    /// Tasks removed.
    pub tasks: usize,
    /// Ledger entries removed with their tasks.
    pub ledger_entries: usize,
}

/// Delete tasks and single images named by id: a task id is a UUID (with dashes), an object id
/// 32 hex digits. All must exist, or nothing is deleted.
pub fn delete(core: &AppCore, vault: &Vault, ids: &[String]) -> Result<Deletion, Error> {
    let (task_ids, object_ids): (Vec<String>, Vec<String>) =
        ids.iter().cloned().partition(|i| i.contains('-'));
    let object_ids = super::objects::parse_ids(&object_ids)?;
    for task in &task_ids {
        tasks::get(core, vault, task)?;
    }
    let mut done = Deletion { tasks: task_ids.len(), ..Deletion::default() };
    if !object_ids.is_empty() {
        done.deleted = super::objects::delete(vault, &object_ids)?;
    }
    for task in task_ids {
        let gone = delete_task(core, vault, &task)?;
        done.deleted += gone.objects;
        done.ledger_entries += gone.ledger_entries;
    }
    Ok(done)
}
