//! Videos from a prompt and optional first and last frames, by Kling or Seedance. [`submit`]
//! checks a request against the video catalog and queues it as a `video` task (its frames are
//! its inputs, so retention keeps them until it ends); [`run`] minimizes and checks the frames,
//! submits the job through the egress gate, keeps the provider's job id the moment it comes,
//! polls until the video is made, downloads it through the gate, checks it as MP4 and seals it
//! in the vault. A task interrupted while waiting asks about the same job again: a job is
//! never submitted twice.

mod frames;
mod run;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use frames::{check as check_frame, prepare as prepare_frames, Frames, Role};
pub use run::run;

use super::generate::{base_url, check_allowed, configured_model, shown_refs, with_vault, PreviewImage};
use super::objects::Vault;
use super::tasks;
use crate::providers::video::catalog::{self, VideoModel};
use crate::providers::video::{RemoteJob, RemoteState};
use crate::providers::ProviderId;
use crate::tasks::TaskKind;
use crate::vault::ObjectId;
use crate::{AppCore, Error};

/// What video to make (`generate --video`; the window's Video tab).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct VideoRequest {
    /// Kling or Seedance.
    pub provider: ProviderId,
    /// What happens in it.
    pub prompt: String,
    /// The image it starts from (an object id).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub first_frame: Option<String>,
    /// The image it ends on (an object id).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub last_frame: Option<String>,
    /// A model other than the configured one.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub model: Option<String>,
    /// Seconds; default: the model's shortest.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub duration: Option<u32>,
    /// Width:height (`16:9`); default: the provider's (Seedance follows the first frame).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub aspect: Option<String>,
    /// Kling's mode (`std`, `pro`) or Seedance's resolution (`720p`); default: the model's first.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub mode: Option<String>,
    /// Sound, where the model makes it; default: off.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub sound: Option<bool>,
}

/// What a video task asks for besides its prompt (stored with it, as JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct VideoParams {
    model: String,
    duration: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    aspect: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    mode: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sound: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    first: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last: Option<String>,
}

/// Where a task's job at its provider stands (the Tasks screen shows "queued at Kling, 1 min
/// 20 s" from it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RemoteProgress {
    /// Queued or running at the provider.
    pub state: RemoteState,
    /// When the provider accepted the job (RFC 3339).
    pub since: String,
}

impl RemoteProgress {
    pub(crate) fn of(job: &RemoteJob) -> RemoteProgress {
        let since = time::OffsetDateTime::from_unix_timestamp(job.submitted_at)
            .map(super::objects::rfc3339)
            .unwrap_or_default();
        RemoteProgress { state: job.state, since }
    }
}

/// A stored remote job, if the task has one.
pub(crate) fn remote_job(task: &crate::index::TaskRow) -> Option<RemoteJob> {
    task.remote_job.as_deref().and_then(|j| serde_json::from_str(j).ok())
}

/// The model a request uses and what it accepts.
fn model_of(core: &AppCore, request: &VideoRequest) -> Result<VideoModel, Error> {
    let id = configured_model(core, request.provider, request.model.as_deref());
    if !crate::providers::valid_model_id(&id) {
        return Err(Error::InvalidInput("a model id has letters, digits, '-', '_', '.' or ':' only".into()));
    }
    catalog::model(request.provider, &id).ok_or_else(|| {
        Error::InvalidInput(format!(
            "{} makes images, not videos; videos are made by Kling or Seedance",
            request.provider.display_name()
        ))
    })
}

/// Everything about a request that can be refused without the vault: provider, prompt, and
/// what the model accepts (durations, ratios, modes, sound, a last frame). Returns the
/// parameters to store.
fn check_shape(core: &AppCore, request: &VideoRequest) -> Result<VideoParams, Error> {
    let model = model_of(core, request)?;
    let refuse = |why: String| Err(Error::InvalidInput(why));
    if request.prompt.trim().is_empty() {
        return refuse("the prompt is empty".into());
    }
    if request.prompt.chars().count() > MAX_PROMPT_CHARS {
        return refuse(format!(
            "the prompt is over {MAX_PROMPT_CHARS} characters (the video providers' limit)"
        ));
    }
    let id = &model.id;
    let list = |v: &[String]| v.join(", ");
    let duration = request.duration.unwrap_or_else(|| model.durations.iter().copied().min().unwrap_or(5));
    if !model.durations.contains(&duration) {
        let secs: Vec<_> = model.durations.iter().map(u32::to_string).collect();
        return refuse(format!("{id} makes videos of {} seconds", secs.join(", ")));
    }
    let blank =
        |v: &Option<String>| v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
    let aspect = blank(&request.aspect);
    if let Some(a) = &aspect {
        if !model.aspects.contains(a) {
            return refuse(format!("{id} makes the ratios {}", list(&model.aspects)));
        }
    }
    let mode = blank(&request.mode).or_else(|| model.modes.first().cloned());
    if let Some(m) = &mode {
        if !model.modes.contains(m) {
            return refuse(format!("{id} offers {}", list(&model.modes)));
        }
    }
    if request.sound == Some(true) && !model.sound {
        return refuse(format!("{id} makes silent videos; leave sound off"));
    }
    let first = blank(&request.first_frame);
    let last = blank(&request.last_frame);
    if last.is_some() && !model.last_frame {
        return refuse(format!("{id} takes no last frame"));
    }
    if last.is_some() && first.is_none() {
        return refuse("a last frame needs a first frame too".into());
    }
    Ok(VideoParams {
        model: model.id,
        duration,
        aspect,
        mode,
        sound: if model.sound { Some(request.sound.unwrap_or(false)) } else { None },
        first,
        last,
    })
}

/// The longest prompt Kling documents (2,500 characters); Seedance's is longer.
const MAX_PROMPT_CHARS: usize = 2500;

/// Everything that can be refused before a frame file is imported or anything stored: the
/// request's shape, consent and offline mode, and a key somewhere.
pub fn precheck(core: &AppCore, request: &VideoRequest) -> Result<(), Error> {
    check_shape(core, request)?;
    with_vault(core, |v| check_allowed(core, v, request.provider))?;
    super::keys::api_key(core, request.provider).map(drop)
}

/// The frames of a checked request as vault objects shown now.
fn frame_ids(
    core: &AppCore,
    vault: &Vault,
    params: &VideoParams,
) -> Result<(Option<ObjectId>, Option<ObjectId>), Error> {
    let one = |id: &Option<String>| -> Result<Option<ObjectId>, Error> {
        id.as_ref().map(|i| Ok(shown_refs(core, vault, std::slice::from_ref(i))?[0])).transpose()
    };
    Ok((one(&params.first)?, one(&params.last)?))
}

/// Check `request` and queue it as a video task; its id.
pub fn submit(core: &AppCore, vault: &Vault, request: &VideoRequest) -> Result<String, Error> {
    let params = check_shape(core, request)?;
    check_allowed(core, vault, request.provider)?;
    let (first, last) = frame_ids(core, vault, &params)?;
    let inputs: Vec<ObjectId> = first.into_iter().chain(last).collect();
    let json = serde_json::to_string(&params).map_err(|_| Error::InvalidInput("bad parameters".into()))?;
    let p = request.provider.as_str();
    let id =
        tasks::create(core, vault, TaskKind::Video, Some(p), Some(&request.prompt), &inputs, Some(&json))?;
    super::prompts::record(core, vault, &request.prompt)?;
    Ok(id)
}

/// What will leave for a video, before it leaves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct VideoPreview {
    /// The provider's name.
    pub provider_name: String,
    /// The host the request goes to.
    pub host: String,
    /// What the provider says it keeps.
    pub terms: String,
    /// The model.
    pub model: String,
    /// Seconds.
    pub duration: u32,
    /// The frames exactly as they will be sent, first then last.
    pub frames: Vec<PreviewImage>,
    /// Characters of the prompt sent.
    pub prompt_chars: usize,
    /// Whether the user's consent for the provider is recorded.
    pub consented: bool,
}

/// Minimize and check the request's frames without sending anything: the preview and the
/// exact frames (sent as they are if the user says Send).
pub fn preview(
    core: &AppCore,
    vault: &Vault,
    request: &VideoRequest,
) -> Result<(VideoPreview, Frames), Error> {
    let params = check_shape(core, request)?;
    let (first, last) = frame_ids(core, vault, &params)?;
    let frames = frames::prepare(core, vault, request.provider, first, last)?;
    let host = reqwest::Url::parse(&base_url(core, request.provider)?)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_default();
    let preview = VideoPreview {
        provider_name: request.provider.display_name().into(),
        host,
        terms: request.provider.terms().into(),
        model: params.model,
        duration: params.duration,
        frames: frames.first.iter().chain(&frames.last).map(PreviewImage::of).collect(),
        prompt_chars: request.prompt.chars().count(),
        consented: vault.store().index().consent(request.provider.as_str())?.is_some(),
    };
    Ok((preview, frames))
}

/// Every video model, for the window's pickers and `models --video`.
pub fn models() -> Vec<VideoModel> {
    catalog::models().to_vec()
}
