//! Retention as people use it: purge what is due (crypto-shredding: rows and keys first, then
//! files), re-apply the policy when its windows change (with a preview of what that would delete
//! now), keep an output longer, and say what goes next. The rules themselves are the pure
//! functions in [`crate::retention::policy`]; every deadline is stored as `expires_at` and every
//! query already hides what has passed it.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use ts_rs::TS;

use super::objects::{rfc3339, Vault};
use crate::index::{KindCounts, ObjectKind, RetentionFacts};
use crate::retention::policy::{self, Item, Policy};
use crate::retention::{logs, Window};
use crate::vault::ObjectId;
use crate::{AppCore, Error};

/// Objects deleted per transaction, so a large purge never holds the index (or the window's
/// vault lock) for long.
const BATCH: u32 = 500;

/// What a purge deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Deleted {
    /// Imported reference photos.
    pub originals: usize,
    /// Generated images.
    pub outputs: usize,
    /// Their previews.
    pub thumbnails: usize,
    /// Operational log files.
    pub log_files: usize,
    /// Egress-ledger entries.
    pub ledger_entries: usize,
    /// Entries in the history of prompts used.
    pub prompt_history: usize,
}

impl Deleted {
    /// Everything deleted.
    pub fn total(&self) -> usize {
        self.originals
            + self.outputs
            + self.thumbnails
            + self.log_files
            + self.ledger_entries
            + self.prompt_history
    }

    fn add_objects(&mut self, counts: KindCounts) {
        self.originals += counts.originals;
        self.outputs += counts.outputs;
        self.thumbnails += counts.thumbnails;
    }
}

impl std::fmt::Display for Deleted {
    /// "2 originals, 1 output, 3 thumbnails, 0 log files"
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts = [
            (self.originals, "original"),
            (self.outputs, "output"),
            (self.thumbnails, "thumbnail"),
            (self.log_files, "log file"),
            (self.ledger_entries, "ledger entry"),
            (self.prompt_history, "prompt history entry"),
        ];
        let text: Vec<String> = parts
            .iter()
            .map(|(n, what)| match (*n, what.strip_suffix('y')) {
                (1, _) => format!("1 {what}"),
                (n, Some(stem)) => format!("{n} {stem}ies"),
                (n, None) => format!("{n} {what}s"),
            })
            .collect();
        f.write_str(&text.join(", "))
    }
}

/// What a purge did (`seed-studio purge --json` prints this; keep it stable).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PurgeReport {
    /// Counts by kind.
    pub deleted: Deleted,
}

/// Delete one batch of objects due at `now`; an empty count means nothing more is due.
pub fn purge_batch(vault: &Vault, now: OffsetDateTime) -> Result<KindCounts, Error> {
    let due = vault.store().index().expired(now, BATCH)?;
    if due.is_empty() {
        // The last batch: a region edit's mask goes with the image it was painted on.
        vault.store().index().delete_orphan_masks()?;
        return Ok(KindCounts::default());
    }
    Ok(vault.store().delete(&due)?)
}

/// Delete every object due at `now`, batch by batch.
pub fn purge_objects(vault: &Vault, now: OffsetDateTime) -> Result<KindCounts, Error> {
    let mut total = KindCounts::default();
    loop {
        let batch = purge_batch(vault, now)?;
        if batch.total() == 0 {
            return Ok(total);
        }
        total.merge(batch);
    }
}

/// Delete the ledger entries due at `now` (the ledger window counts from each entry).
pub fn purge_ledger(core: &AppCore, vault: &Vault, now: OffsetDateTime) -> Result<usize, Error> {
    let cutoff = now - core.config().retention.ledger.duration();
    Ok(vault.store().index().delete_ledger_through(cutoff)?)
}

/// Delete the history entries due at `now` (counted from each prompt's last use).
pub fn purge_prompt_history(core: &AppCore, vault: &Vault, now: OffsetDateTime) -> Result<usize, Error> {
    Ok(vault.store().index().delete_history_through(super::prompts::history_cutoff(core, now))?)
}

/// Delete the log files due at `now`.
pub fn purge_logs(core: &AppCore, now: OffsetDateTime) -> Result<usize, Error> {
    logs::purge(&core.paths().logs_dir(), &core.config().retention, now)
        .map_err(|e| Error::InvalidInput(format!("the log folder cannot be cleaned: {}", e.kind())))
}

/// Everything due at `now`: objects in `vault` and log files (`seed-studio purge`).
#[tracing::instrument(skip_all)]
pub fn purge(core: &AppCore, vault: &Vault, now: OffsetDateTime) -> Result<PurgeReport, Error> {
    let mut report = PurgeReport::default();
    report.deleted.add_objects(purge_objects(vault, now)?);
    report.deleted.ledger_entries = purge_ledger(core, vault, now)?;
    report.deleted.prompt_history = purge_prompt_history(core, vault, now)?;
    report.deleted.log_files = purge_logs(core, now)?;
    log_report(&report);
    Ok(report)
}

/// The scheduler's sweep in the window: log files, then the open vault's objects one batch at
/// a time, taking the vault for each batch only, so the window stays responsive during a large
/// purge. A vault that is not open (a passphrase vault before unlock) cannot be read and is
/// caught up when it opens.
pub fn sweep(core: &AppCore, now: OffsetDateTime) -> Result<PurgeReport, Error> {
    let mut report = PurgeReport::default();
    report.deleted.log_files = purge_logs(core, now)?;
    report.deleted.ledger_entries =
        with_sweep_vault(core, |v| purge_ledger(core, v, now)).transpose()?.unwrap_or(0);
    report.deleted.prompt_history =
        with_sweep_vault(core, |v| purge_prompt_history(core, v, now)).transpose()?.unwrap_or(0);
    while let Some(batch) = with_sweep_vault(core, |v| purge_batch(v, now)).transpose()? {
        if batch.total() == 0 {
            break;
        }
        report.deleted.add_objects(batch);
    }
    log_report(&report);
    Ok(report)
}

/// The vault a sweep works on: the open one; while the app is locked, a keyring vault opened
/// for this step only and closed (its keys zeroized) right after — retention keeps its
/// promises while nobody can see the vault. A passphrase vault cannot be opened unattended:
/// it is caught up at unlock. `None`: no vault to sweep.
fn with_sweep_vault<T>(
    core: &AppCore,
    f: impl FnOnce(&Vault) -> Result<T, Error>,
) -> Option<Result<T, Error>> {
    if !core.is_locked() {
        return core.with_open_vault(f);
    }
    let keyring = matches!(
        crate::vault::master::key_source(core.paths()),
        Ok(Some(crate::vault::master::KeySource::Keyring))
    );
    if !keyring {
        return None;
    }
    Some(super::objects::open_for_sweep(core).and_then(|vault| f(&vault)))
}

fn log_report(report: &PurgeReport) {
    let d = report.deleted;
    if d.total() > 0 {
        tracing::info!(
            originals = d.originals,
            outputs = d.outputs,
            thumbnails = d.thumbnails,
            log_files = d.log_files,
            "expired data purged"
        );
    }
}

/// The earliest deadline of anything the window's scheduler watches.
pub fn next_deadline(core: &AppCore) -> Result<Option<OffsetDateTime>, Error> {
    let logs = logs::next_deadline(&core.paths().logs_dir(), &core.config().retention).ok().flatten();
    let objects = with_sweep_vault(core, |v| Ok(v.store().index().next_deadline()?)).transpose()?.flatten();
    Ok([logs, objects].into_iter().flatten().min())
}

/// The deadline of one original or output under `policy`.
fn deadline_of(facts: &RetentionFacts, policy: &Policy) -> OffsetDateTime {
    let item = match facts.kind {
        ObjectKind::Original => Item::Original { imported_at: facts.created_at, uses: &facts.uses },
        _ => Item::Output { created_at: facts.created_at, kept_until: facts.kept_until },
    };
    policy::deadline(&item, policy)
}

/// Re-apply `policy` to `ids` (or to every object), writing the deadlines that changed.
/// Called when a task ends (its originals) and when the windows change (everything).
pub fn reapply(vault: &Vault, policy: &Policy, ids: Option<&[ObjectId]>) -> Result<usize, Error> {
    let index = vault.store().index();
    let changes: Vec<_> = index
        .retention_facts(ids)?
        .iter()
        .filter_map(|f| {
            let at = deadline_of(f, policy);
            (f.expires_at != Some(at)).then_some((f.id, at, f.kept_until))
        })
        .collect();
    index.set_deadlines(&changes)?;
    Ok(changes.len())
}

/// What a change of windows would delete right now (thumbnails included), before it is saved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PolicyPreview {
    /// What would be deleted at once, by kind.
    pub deleted_now: Deleted,
}

/// Preview `policy` against the vault and the log folder at `now`, changing nothing.
pub fn preview(
    core: &AppCore,
    vault: &Vault,
    policy: &Policy,
    now: OffsetDateTime,
) -> Result<PolicyPreview, Error> {
    check(policy)?;
    let mut deleted = Deleted::default();
    for facts in vault.store().index().retention_facts(None)? {
        if deadline_of(&facts, policy) <= now {
            match facts.kind {
                ObjectKind::Original => deleted.originals += 1,
                _ => deleted.outputs += 1,
            }
            // Every image has one thumbnail.
            deleted.thumbnails += usize::from(vault.store().index().thumbnail_of(facts.id)?.is_some());
        }
    }
    deleted.log_files = logs::due(&core.paths().logs_dir(), policy, now).map_or(0, |due| due.len());
    deleted.ledger_entries = vault.store().index().count_ledger_through(now - policy.ledger.duration())?;
    Ok(PolicyPreview { deleted_now: deleted })
}

/// Save new windows and re-apply them to everything in the vault; what is now due goes at the
/// next sweep (the caller wakes the scheduler). Invalid windows change nothing.
#[tracing::instrument(skip_all)]
pub fn apply(core: &AppCore, vault: &Vault, policy: Policy) -> Result<usize, Error> {
    check(&policy)?;
    let mut config = core.config();
    config.retention = policy;
    core.replace_config(config)?;
    let changed = reapply(vault, &policy, None)?;
    tracing::info!(changed, "retention windows changed");
    Ok(changed)
}

/// Keep an output `by` longer (bounded by `retention.outputs_max`); returns its new deadline.
#[tracing::instrument(skip_all)]
pub fn extend(core: &AppCore, vault: &Vault, id: ObjectId, by: Window) -> Result<String, Error> {
    let now = core.clock().now();
    let policy = core.config().retention;
    let index = vault.store().index();
    let facts = index
        .retention_facts(Some(&[id]))?
        .into_iter()
        .find(|f| f.expires_at.is_none_or(|at| at > now))
        .ok_or_else(|| Error::InvalidInput(format!("no such object: {id}")))?;
    if facts.kind != ObjectKind::Output {
        return Err(Error::InvalidInput(
            "only generated images can be kept longer; originals are always deleted within 24 hours".into(),
        ));
    }
    let kept = policy::extended(facts.created_at, facts.kept_until, by, &policy, now).ok_or_else(|| {
        Error::InvalidInput(format!(
            "this image is already kept as long as allowed ({} after it was made; see Settings → Retention)",
            policy.outputs_max
        ))
    })?;
    let at =
        policy::deadline(&Item::Output { created_at: facts.created_at, kept_until: Some(kept) }, &policy);
    index.set_deadlines(&[(id, at, Some(kept))])?;
    tracing::info!("an output is kept longer");
    Ok(rfc3339(at))
}

/// The next scheduled deletion: when, and what it will remove.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NextDeletion {
    /// When (RFC 3339, UTC).
    pub at: String,
    /// What goes then (objects due at that instant, thumbnails included).
    pub objects: KindCounts,
}

/// The next deletion of vault objects after `now`, if any.
pub fn next_deletion(vault: &Vault, now: OffsetDateTime) -> Result<Option<NextDeletion>, Error> {
    let index = vault.store().index();
    let Some(at) = index.next_deadline()? else { return Ok(None) };
    let at = at.max(now);
    Ok(Some(NextDeletion { at: rfc3339(at), objects: index.due_by(at)? }))
}

/// The Settings page's view of retention: the windows, their limits, and what goes next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct RetentionInfo {
    /// The windows in force.
    pub policy: Policy,
    /// What each window accepts, and why.
    pub bounds: Vec<policy::Bound>,
    /// The next scheduled deletion of vault objects.
    pub next: Option<NextDeletion>,
}

/// The windows in force, their limits and the next deletion.
pub fn info(core: &AppCore, vault: &Vault) -> Result<RetentionInfo, Error> {
    let policy = core.config().retention;
    Ok(RetentionInfo {
        policy,
        bounds: policy.bounds().to_vec(),
        next: next_deletion(vault, core.clock().now())?,
    })
}

/// Refuse windows outside their bounds, naming the first offending one.
pub fn check(policy: &Policy) -> Result<(), Error> {
    match policy.out_of_bounds() {
        Some((key, expected)) => Err(Error::InvalidInput(format!("{key} must be {expected}"))),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests;
