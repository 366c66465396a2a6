//! The task lifecycle as stored in the index: queue a task with its inputs, move it through its
//! states, and on a terminal one let retention re-decide its originals (an original goes when
//! the last task that uses it ends). Tasks cut off by a quit or crash are failed as
//! "interrupted" at the next start, never resumed (and so never sent twice) silently.

use time::OffsetDateTime;

use super::objects::Vault;
use crate::index::NewTask;
use crate::tasks::{TaskKind, TaskStatus};
use crate::vault::ObjectId;
use crate::{AppCore, Error};

/// The reason recorded for a task that was running when the app stopped.
pub const INTERRUPTED: &str =
    "interrupted: Seed Studio stopped before the task finished; retry it to run it again";

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
) -> Result<String, Error> {
    let now = core.clock().now();
    let id = new_task_id(now);
    vault.store().index().insert_task(&NewTask { id: &id, kind, provider, prompt, inputs }, now)?;
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
        return Err(Error::InvalidInput(format!(
            "no such task: {}",
            id.chars().take(40).collect::<String>()
        )));
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
/// stay queued. Called when the vault opens, before anything runs. Returns how many failed.
pub fn recover_interrupted(core: &AppCore, vault: &Vault) -> Result<usize, Error> {
    let mut unfinished = vault.store().index().unfinished_tasks()?;
    unfinished.retain(|t| t.status != TaskStatus::Queued);
    for task in &unfinished {
        transition(core, vault, &task.id, TaskStatus::Failed, Some(INTERRUPTED))?;
    }
    if !unfinished.is_empty() {
        tracing::warn!(count = unfinished.len(), "tasks interrupted by the last stop were marked failed");
    }
    Ok(unfinished.len())
}
