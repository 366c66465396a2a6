//! The video providers' wire adapters. A video is a remote job: [`submit`] builds the request
//! that creates it, [`accepted`] reads the job's id from the answer, [`poll`] and [`status`]
//! ask where it stands, and [`cancel`] stops it where the provider can. Like the image
//! adapters these only build requests and read answers; the egress gate sends them.

pub mod catalog;
pub mod kling;
pub mod seedance;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{ProviderError, ProviderId};
use crate::egress::gate::{Inbound, Outbound};
use crate::egress::minimize::MinimizedImage;
use crate::secrets::Sensitive;

/// What to ask a video provider for.
#[derive(Debug, Clone, Copy)]
pub struct VideoAsk<'a> {
    /// The model id.
    pub model: &'a str,
    /// The user's prompt.
    pub prompt: &'a str,
    /// The first frame, minimized.
    pub first: Option<&'a MinimizedImage>,
    /// The last frame, minimized.
    pub last: Option<&'a MinimizedImage>,
    /// Seconds.
    pub duration: u32,
    /// `16:9`, ...; `None`: the provider's default (or the first frame's, where it follows it).
    pub aspect: Option<&'a str>,
    /// Kling's `std|pro`, Seedance's resolution.
    pub mode: Option<&'a str>,
    /// Sound on or off, for a model that makes it.
    pub sound: Option<bool>,
}

impl<'a> VideoAsk<'a> {
    /// The frames in the body, for the ledger.
    fn parts(&self) -> Vec<&'a MinimizedImage> {
        self.first.into_iter().chain(self.last).collect()
    }
}

/// A job the provider accepted: enough to ask about it again after a restart (stored with
/// the task as JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemoteJob {
    /// The provider's id for it.
    pub id: String,
    /// Where to ask about it (Kling: `text2video` or `image2video`; Seedance: `tasks`).
    pub endpoint: String,
    /// When it was accepted (Unix seconds).
    pub submitted_at: i64,
    /// The last state the provider reported.
    #[serde(default)]
    pub state: RemoteState,
}

/// Where a remote job stands, as the Tasks screen shows it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RemoteState {
    /// Accepted, not started (Kling `submitted`, Seedance `queued`).
    #[default]
    Queued,
    /// Being made (Kling `processing`, Seedance `running`).
    Running,
}

/// What a status answer says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobState {
    /// Not finished.
    Pending(RemoteState),
    /// Made: where to download it, and (Seedance `return_last_frame`) its last frame.
    Succeeded {
        /// The video's temporary link.
        video: String,
        /// The last frame's temporary link.
        last_frame: Option<String>,
    },
    /// The provider gave up; its reason, in short.
    Failed(String),
    /// Cancelled at the provider.
    Cancelled,
}

/// The request that creates the job.
pub fn submit<'a>(
    provider: ProviderId,
    base_url: &str,
    key: &Sensitive<String>,
    task_id: &'a str,
    ask: &VideoAsk<'a>,
) -> Result<(Outbound<'a>, String), ProviderError> {
    match provider {
        ProviderId::Kling => kling::submit(base_url, key, task_id, ask),
        ProviderId::Seedance => seedance::submit(base_url, key, task_id, ask),
        other => Err(ProviderError::Unsupported(other.display_name(), "images")),
    }
}

/// The job's id in the answer to [`submit`].
pub fn accepted(provider: ProviderId, inbound: &Inbound) -> Result<String, ProviderError> {
    match provider {
        ProviderId::Kling => kling::accepted(inbound),
        ProviderId::Seedance => seedance::accepted(inbound),
        other => Err(ProviderError::Unsupported(other.display_name(), "images")),
    }
}

/// The request that asks where `job` stands.
pub fn poll<'a>(
    provider: ProviderId,
    base_url: &str,
    key: &Sensitive<String>,
    task_id: &'a str,
    job: &RemoteJob,
) -> Result<Outbound<'a>, ProviderError> {
    match provider {
        ProviderId::Kling => kling::poll(base_url, key, task_id, job),
        ProviderId::Seedance => seedance::poll(base_url, key, task_id, job),
        other => Err(ProviderError::Unsupported(other.display_name(), "images")),
    }
}

/// What a status answer says, or why it could not be read.
pub fn status(provider: ProviderId, inbound: &Inbound) -> Result<JobState, ProviderError> {
    match provider {
        ProviderId::Kling => kling::status(inbound),
        ProviderId::Seedance => seedance::status(inbound),
        other => Err(ProviderError::Unsupported(other.display_name(), "images")),
    }
}

/// The request that cancels `job`; `None` where the provider has no way to (Kling).
pub fn cancel<'a>(
    provider: ProviderId,
    base_url: &str,
    key: &Sensitive<String>,
    task_id: &'a str,
    job: &RemoteJob,
) -> Option<Result<Outbound<'a>, ProviderError>> {
    match provider {
        ProviderId::Seedance => Some(seedance::cancel(base_url, key, task_id, job)),
        _ => None,
    }
}
