//! The retention policy as a pure function: given an item's facts and the user's windows, when
//! must it go? No clock, no I/O; the index stores the answer as `expires_at`, the purge and
//! every query compare it with the injected clock.
//!
//! The rules (the promises of the services Seed Studio stands in for, kept on the device):
//! - an original (an imported reference photo) goes when the last task that uses it ends, and
//!   in any case `originals` (at most 24 h) after import, even if a task is still queued;
//! - an output goes `outputs` (30 days) after it was made, unless the user kept it longer,
//!   never beyond `outputs_max` after it was made;
//! - an operational log file goes `logs` (24 h) after its last line;
//! - an egress-ledger entry goes `ledger` (30 days) after it was written.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use ts_rs::TS;

use super::window::{Window, LONGEST};
use crate::tasks::TaskStatus;

/// `[retention]` in `config.toml`: how long each kind of data is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct Policy {
    /// Imported originals, counted from import; they go sooner when their tasks end.
    pub originals: Window,
    /// Generated outputs, counted from creation.
    pub outputs: Window,
    /// The longest an output may be kept by extending it, counted from creation.
    pub outputs_max: Window,
    /// Operational log files, counted from their last line.
    pub logs: Window,
    /// Egress-ledger entries, counted from when they were written.
    pub ledger: Window,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            originals: Window::hours(24),
            outputs: Window::days(30),
            outputs_max: Window::days(365),
            logs: Window::hours(24),
            ledger: Window::days(30),
        }
    }
}

/// The shortest window anything may have: one minute (for tests and the impatient).
pub const SHORTEST: Window = Window::seconds(60);

/// The accepted range of one setting, for errors and for the Settings page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Bound {
    /// The key under `[retention]`.
    pub key: &'static str,
    /// The shortest accepted window.
    pub min: Window,
    /// The longest accepted window.
    pub max: Window,
    /// Why the limits are what they are, in a sentence.
    pub why: &'static str,
}

impl Policy {
    /// The accepted range of every setting. `outputs_max` may not be below `outputs`.
    pub fn bounds(&self) -> [Bound; 5] {
        [
            Bound {
                key: "originals",
                min: SHORTEST,
                max: Window::hours(24),
                why: "Originals are never kept longer than 24 hours: that is the promise.",
            },
            Bound { key: "outputs", min: SHORTEST, max: LONGEST, why: "Up to ten years." },
            Bound {
                key: "outputs_max",
                min: self.outputs,
                max: LONGEST,
                why: "Extending an output can keep it this long at most; not less than the output window.",
            },
            Bound {
                key: "logs",
                min: SHORTEST,
                max: Window::hours(24),
                why: "Operational logs are never kept longer than 24 hours.",
            },
            Bound { key: "ledger", min: SHORTEST, max: LONGEST, why: "Up to ten years." },
        ]
    }

    /// The first setting outside its bounds, with what would be accepted.
    pub fn out_of_bounds(&self) -> Option<(String, String)> {
        let values = [self.originals, self.outputs, self.outputs_max, self.logs, self.ledger];
        self.bounds()
            .into_iter()
            .zip(values)
            .find(|(b, v)| *v < b.min || *v > b.max)
            .map(|(b, _)| (format!("retention.{}", b.key), format!("a duration from {} to {}", b.min, b.max)))
    }
}

/// One task that uses an original.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TaskUse {
    /// Where the task stands.
    pub status: TaskStatus,
    /// When it reached a terminal state, if it has.
    pub ended_at: Option<OffsetDateTime>,
}

/// The facts about an item that decide its deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item<'a> {
    /// An imported reference photo and the tasks that use it.
    Original {
        /// When it was imported.
        imported_at: OffsetDateTime,
        /// Every task that lists it as an input.
        uses: &'a [TaskUse],
    },
    /// A generated image.
    Output {
        /// When it was made.
        created_at: OffsetDateTime,
        /// Until when the user asked to keep it, if they did.
        kept_until: Option<OffsetDateTime>,
    },
    /// An operational log file.
    LogFile {
        /// When its last line was written.
        last_written: OffsetDateTime,
    },
    /// An egress-ledger entry.
    LedgerEntry {
        /// When it was written.
        at: OffsetDateTime,
    },
}

/// When `item` must be gone under `policy`.
pub fn deadline(item: &Item<'_>, policy: &Policy) -> OffsetDateTime {
    match *item {
        Item::Original { imported_at, uses } => {
            let hard_limit = imported_at.saturating_add(policy.originals.duration());
            let all_ended = !uses.is_empty() && uses.iter().all(|u| u.status.releases_inputs());
            let last_end = uses.iter().filter_map(|u| u.ended_at).max();
            match (all_ended, last_end) {
                (true, Some(end)) => end.min(hard_limit),
                _ => hard_limit,
            }
        }
        Item::Output { created_at, kept_until } => {
            let normal = created_at.saturating_add(policy.outputs.duration());
            let ceiling =
                created_at.saturating_add(policy.outputs_max.duration().max(policy.outputs.duration()));
            kept_until.map_or(normal, |k| k.clamp(normal, ceiling))
        }
        // Saturating: a time read from a file or a restored row may sit at the end of the range.
        Item::LogFile { last_written } => last_written.saturating_add(policy.logs.duration()),
        Item::LedgerEntry { at } => at.saturating_add(policy.ledger.duration()),
    }
}

/// Whether `item` must be gone at `now`.
pub fn is_due(item: &Item<'_>, policy: &Policy, now: OffsetDateTime) -> bool {
    deadline(item, policy) <= now
}

/// The new `kept_until` when the user keeps an output `by` longer than its current deadline
/// (or than now, if that is later); capped at `outputs_max` after creation. `None` when the
/// output is already at the cap.
pub fn extended(
    created_at: OffsetDateTime,
    kept_until: Option<OffsetDateTime>,
    by: Window,
    policy: &Policy,
    now: OffsetDateTime,
) -> Option<OffsetDateTime> {
    let current = deadline(&Item::Output { created_at, kept_until }, policy);
    let ceiling = created_at.saturating_add(policy.outputs_max.duration().max(policy.outputs.duration()));
    let wanted = (current.max(now) + by.duration()).min(ceiling);
    (wanted > current).then_some(wanted)
}

#[cfg(test)]
mod tests;
