//! The task lifecycle as stored in the index: queue a task with its inputs, move it through its
//! states, and on a terminal one let retention re-decide its originals (an original goes when
//! the last task that uses it ends). Tasks cut off by a quit or crash are failed as
//! "interrupted" at the next start, never resumed (and so never sent twice) silently.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use ts_rs::TS;

use super::objects::{rfc3339, Vault};
use crate::index::NewTask;
use crate::providers::ProviderId;
use crate::tasks::{TaskKind, TaskStatus};
use crate::vault::ObjectId;
use crate::{AppCore, Error};

/// The reason recorded for a task that was running when the app stopped.
pub const INTERRUPTED: &str =
    "interrupted: Seed Studio stopped before the task finished; retry it to run it again";

/// The reason recorded for a video task queued again to ask about its job after a stop.
pub const RESUMING: &str = "resumed: asking the provider about the job it had already accepted";

/// A new task id: a UUIDv7 (time-ordered) from the injected clock.
pub fn new_task_id(now: OffsetDateTime) -> String {
    let nanos = now.unix_timestamp_nanos();
    let secs = u64::try_from(nanos.div_euclid(1_000_000_000)).unwrap_or(0);
    let sub = u32::try_from(nanos.rem_euclid(1_000_000_000)).unwrap_or(0);
    uuid::Uuid::new_v7(uuid::Timestamp::from_unix(uuid::NoContext, secs, sub)).to_string()
}

/// Queue a task that uses `inputs`; returns its id.
pub fn create(
    core: &AppCore,
    vault: &Vault,
    kind: TaskKind,
    provider: Option<&str>,
    prompt: Option<&str>,
    inputs: &[ObjectId],
    params: Option<&str>,
) -> Result<String, Error> {
    let now = core.clock().now();
    let id = new_task_id(now);
    vault.store().index().insert_task(&NewTask { id: &id, kind, provider, prompt, inputs, params }, now)?;
    Ok(id)
}

/// Record that task `id` reached `status`. A terminal status re-decides its originals'
/// deadlines and deletes those now due (an original whose last task ended) at once.
pub fn transition(
    core: &AppCore,
    vault: &Vault,
    id: &str,
    status: TaskStatus,
    reason: Option<&str>,
) -> Result<(), Error> {
    let index = vault.store().index();
    if !index.set_task_status(id, status, reason, core.clock().now())? {
        return Err(no_such_task(id));
    }
    if status.is_terminal() {
        // "Deleted as soon as processing ends": re-decide the originals' deadlines and destroy
        // whatever is now due (file and key) before returning.
        let inputs = index.task_inputs(id)?;
        super::retention::reapply(vault, &core.config().retention, Some(&inputs))?;
        super::retention::purge_objects(vault, core.clock().now())?;
    }
    tracing::info!(status = status.as_str(), "task status changed");
    Ok(())
}

/// Fail every task that was under way (past `queued`) when the app last stopped; queued ones
/// stay queued. A video task whose job the provider had accepted is queued again instead: it
/// will ask about that same job (never submit another). Called when the vault opens, before
/// anything runs. Returns how many failed.
pub fn recover_interrupted(core: &AppCore, vault: &Vault) -> Result<usize, Error> {
    let mut unfinished = vault.store().index().unfinished_tasks()?;
    unfinished.retain(|t| t.status != TaskStatus::Queued);
    let (waiting, unfinished): (Vec<_>, Vec<_>) =
        unfinished.into_iter().partition(|t| super::video::remote_job(t).is_some());
    for task in &waiting {
        transition(core, vault, &task.id, TaskStatus::Queued, Some(RESUMING))?;
    }
    for task in &unfinished {
        transition(core, vault, &task.id, TaskStatus::Failed, Some(INTERRUPTED))?;
    }
    if !unfinished.is_empty() {
        tracing::warn!(count = unfinished.len(), "tasks interrupted by the last stop were marked failed");
    }
    Ok(unfinished.len())
}

/// A task as the Tasks screen and `seed-studio show` see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TaskSummary {
    /// Its id (UUIDv7).
    pub task_id: String,
    /// What it does.
    pub kind: TaskKind,
    /// Where it stands.
    pub status: TaskStatus,
    /// The provider, if any (ID photos have none).
    pub provider: Option<ProviderId>,
    /// The prompt.
    pub prompt: Option<String>,
    /// When it was created (RFC 3339).
    pub created_at: String,
    /// When it ended (RFC 3339).
    pub ended_at: Option<String>,
    /// Why it failed or was cancelled, or what fell short.
    pub reason: Option<String>,
    /// Its results still kept (object ids).
    pub outputs: Vec<String>,
    /// How many of its reference images are still in the vault.
    pub inputs_kept: usize,
    /// How many reference images it used.
    pub inputs: usize,
    /// Whether it can run again now (failed or cancelled, references still here).
    pub retryable: bool,
    /// A video task's job at its provider, while it is not over.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional = nullable)]
    pub remote: Option<super::video::RemoteProgress>,
}

fn summary(vault: &Vault, row: crate::index::TaskRow, now: OffsetDateTime) -> Result<TaskSummary, Error> {
    let index = vault.store().index();
    let inputs = index.task_inputs(&row.id)?;
    let mut kept = 0;
    for id in &inputs {
        if index.object(*id, now)?.is_some() {
            kept += 1;
        }
    }
    let outputs = index.task_outputs(&row.id, now)?.iter().map(ToString::to_string).collect();
    let provider = row.provider.as_deref().and_then(ProviderId::from_id);
    let remote = super::video::remote_job(&row)
        .filter(|_| !row.status.is_terminal())
        .map(|job| super::video::RemoteProgress::of(&job));
    Ok(TaskSummary {
        remote,
        retryable: row.status.is_retryable() && kept == inputs.len() && provider.is_some(),
        task_id: row.id,
        kind: row.kind,
        status: row.status,
        provider,
        prompt: row.prompt,
        created_at: rfc3339(row.created_at),
        ended_at: row.ended_at.map(rfc3339),
        reason: row.reason,
        outputs,
        inputs_kept: kept,
        inputs: inputs.len(),
    })
}

/// The newest tasks, at most `limit`.
pub fn list(core: &AppCore, vault: &Vault, limit: usize) -> Result<Vec<TaskSummary>, Error> {
    let now = core.clock().now();
    let rows = vault.store().index().recent_tasks(limit)?;
    rows.into_iter().map(|row| summary(vault, row, now)).collect()
}

/// One task.
pub fn get(core: &AppCore, vault: &Vault, id: &str) -> Result<TaskSummary, Error> {
    let row = vault.store().index().task(id)?.ok_or_else(|| no_such_task(id))?;
    summary(vault, row, core.clock().now())
}

fn no_such_task(id: &str) -> Error {
    Error::InvalidInput(format!("no such task: {}", id.chars().take(40).collect::<String>()))
}

/// Queue a failed or cancelled task again, as it was asked. Refused when its references are
/// gone (retention deleted them) — it would not be the same request.
/// Both hosts retry through here: the task must be failed or cancelled, its references still
/// kept, and its provider still allowed (consent, offline mode) before it is queued again.
pub fn retry(core: &AppCore, vault: &Vault, id: &str) -> Result<TaskSummary, Error> {
    let task = get(core, vault, id)?;
    if let Some(provider) = task.provider {
        super::generate::check_allowed(core, vault, provider)?;
    }
    // A video task queued again after a stop (its job accepted) is already waiting to ask
    // about that job; retrying it runs that, and submits nothing new.
    if task.status == TaskStatus::Queued && task.remote.is_some() {
        return Ok(task);
    }
    if !task.status.is_retryable() {
        return Err(Error::InvalidInput(format!(
            "the task is {}; only failed or cancelled tasks can be retried",
            task.status.as_str()
        )));
    }
    if task.inputs_kept < task.inputs {
        return Err(Error::InvalidInput(
            "its reference images have been deleted (originals are kept at most 24 hours); start a new task with them".into(),
        ));
    }
    transition(core, vault, id, TaskStatus::Queued, Some("retried"))?;
    get(core, vault, id)
}

/// Give up on a task that is not running in this process: a queued or failed one becomes
/// cancelled (its originals then go at once). Running ones are cancelled through the queue.
pub fn discard(core: &AppCore, vault: &Vault, id: &str) -> Result<TaskSummary, Error> {
    let task = get(core, vault, id)?;
    if matches!(task.status, TaskStatus::Succeeded | TaskStatus::Cancelled) {
        return Ok(task);
    }
    transition(core, vault, id, TaskStatus::Cancelled, Some("cancelled by you"))?;
    get(core, vault, id)
}
