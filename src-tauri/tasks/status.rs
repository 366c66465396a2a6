//! What a task is and where it stands. The names are stable: they are stored in the index,
//! shown in the CLI's JSON and used by the UI's filters.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a task does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TaskKind {
    /// A new image from a prompt (and optional references), by a cloud provider.
    Generate,
    /// An edit of reference images, by a cloud provider.
    Edit,
    /// An ID photo, made on the device.
    Idphoto,
    /// A video from a prompt and optional first and last frames, by a cloud provider.
    Video,
}

/// A task's progress. `queued → preparing → sending → waiting → receiving`, then one of the
/// three terminal states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TaskStatus {
    /// Waiting for its turn.
    Queued,
    /// Reading and minimizing its inputs.
    Preparing,
    /// Uploading to the provider.
    Sending,
    /// The provider is working.
    Waiting,
    /// Downloading and checking the results.
    Receiving,
    /// Finished with results.
    Succeeded,
    /// Finished without results; the reason is recorded.
    Failed,
    /// Stopped by the user.
    Cancelled,
}

impl TaskKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            TaskKind::Generate => "generate",
            TaskKind::Edit => "edit",
            TaskKind::Idphoto => "idphoto",
            TaskKind::Video => "video",
        }
    }

    /// Read a stored name.
    pub fn parse(s: &str) -> Option<TaskKind> {
        [TaskKind::Generate, TaskKind::Edit, TaskKind::Idphoto, TaskKind::Video]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

impl TaskStatus {
    /// Every status, in lifecycle order.
    pub const ALL: [TaskStatus; 8] = [
        TaskStatus::Queued,
        TaskStatus::Preparing,
        TaskStatus::Sending,
        TaskStatus::Waiting,
        TaskStatus::Receiving,
        TaskStatus::Succeeded,
        TaskStatus::Failed,
        TaskStatus::Cancelled,
    ];

    /// Whether the task is over: nothing more will happen to it unless the user retries.
    pub fn is_terminal(self) -> bool {
        matches!(self, TaskStatus::Succeeded | TaskStatus::Failed | TaskStatus::Cancelled)
    }

    /// Whether the task is done with its originals, so retention may delete them now. A failed
    /// task keeps them (within the originals' hard limit) so that it can be retried; it lets
    /// them go once it succeeds or the user cancels or discards it.
    pub fn releases_inputs(self) -> bool {
        matches!(self, TaskStatus::Succeeded | TaskStatus::Cancelled)
    }

    /// Whether the user may run it again: it failed or was cancelled.
    pub fn is_retryable(self) -> bool {
        matches!(self, TaskStatus::Failed | TaskStatus::Cancelled)
    }

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            TaskStatus::Queued => "queued",
            TaskStatus::Preparing => "preparing",
            TaskStatus::Sending => "sending",
            TaskStatus::Waiting => "waiting",
            TaskStatus::Receiving => "receiving",
            TaskStatus::Succeeded => "succeeded",
            TaskStatus::Failed => "failed",
            TaskStatus::Cancelled => "cancelled",
        }
    }

    /// Read a stored name.
    pub fn parse(s: &str) -> Option<TaskStatus> {
        TaskStatus::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exactly_three_states_are_terminal() {
        let terminal: Vec<_> = TaskStatus::ALL.into_iter().filter(|s| s.is_terminal()).collect();
        assert_eq!(terminal, [TaskStatus::Succeeded, TaskStatus::Failed, TaskStatus::Cancelled]);
    }

    #[test]
    fn stored_names_round_trip_and_match_serde() {
        for s in TaskStatus::ALL {
            assert_eq!(TaskStatus::parse(s.as_str()), Some(s));
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
        }
        for k in [TaskKind::Generate, TaskKind::Edit, TaskKind::Idphoto, TaskKind::Video] {
            assert_eq!(TaskKind::parse(k.as_str()), Some(k));
            assert_eq!(serde_json::to_value(k).unwrap(), k.as_str());
        }
        assert_eq!(TaskStatus::parse("done"), None);
    }
}
