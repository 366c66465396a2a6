//! Running a video task: frames, submit, wait, download, store. See the module docs of
//! [`super`]. The vault's lock is taken only for each step that touches it, never across a
//! request or a wait.

use std::cell::RefCell;
use std::time::{Duration, Instant};

use super::{remote_job, Frames, RemoteProgress, VideoParams};
use crate::api::generate::{
    base_url, send_retrying, with_vault, GenerateOutcome, LockedRecords, TaskProgress,
};
use crate::api::objects;
use crate::api::tasks;
use crate::egress::gate::{self, Conditions, EgressError};
use crate::media::mp4;
use crate::providers::video::{self, JobState, RemoteJob, RemoteState, VideoAsk};
use crate::providers::{ProviderError, ProviderId};
use crate::secrets::Sensitive;
use crate::tasks::{CancelToken, TaskStatus};
use crate::vault::ObjectId;
use crate::{AppCore, Error};

/// The first wait before asking about a job; each later wait is half as long again.
const FIRST_POLL: Duration = Duration::from_secs(2);
/// The longest wait between two questions.
const MAX_POLL: Duration = Duration::from_secs(30);
/// The shortest wait, whatever `Retry-After` says.
const MIN_POLL: Duration = Duration::from_millis(250);
/// The largest last-frame image fetched.
const MAX_FRAME_BYTES: u64 = 50 << 20;
/// How long cancelling a job at the provider may take.
const CANCEL_DEADLINE: Duration = Duration::from_secs(15);

/// Run queued video task `task_id` to its end, telling `progress` about each step. `prepared`
/// are the frames the user saw in the preview (sent as they are); without them they are
/// minimized now. A task whose job the provider already accepted asks about that job instead
/// of submitting again.
#[tracing::instrument(skip_all)]
pub fn run(
    core: &AppCore,
    task_id: &str,
    prepared: Option<Frames>,
    cancel: &CancelToken,
    progress: &dyn Fn(&TaskProgress),
) -> Result<GenerateOutcome, Error> {
    let task = with_vault(core, |v| Ok(v.store().index().task(task_id)?))?
        .ok_or_else(|| Error::InvalidInput("no such task".into()))?;
    if task.status != TaskStatus::Queued {
        return Err(Error::InvalidInput(format!("the task is {}, not queued", task.status.as_str())));
    }
    let provider = task
        .provider
        .as_deref()
        .and_then(ProviderId::from_id)
        .filter(|p| p.makes_video())
        .ok_or_else(|| Error::InvalidInput("the task was not sent to a video provider".into()))?;
    let params: VideoParams = task
        .params
        .as_deref()
        .and_then(|p| serde_json::from_str(p).ok())
        .ok_or_else(|| Error::InvalidInput("the task's parameters are unreadable".into()))?;
    let mut run = VideoRun {
        core,
        task_id,
        provider,
        params,
        cancel,
        progress,
        job: remote_job(&task),
        outputs: Vec::new(),
        notes: Vec::new(),
    };
    let result = run.steps(task.prompt.as_deref().unwrap_or_default(), prepared);
    run.finish(result)
}

struct VideoRun<'a> {
    core: &'a AppCore,
    task_id: &'a str,
    provider: ProviderId,
    params: VideoParams,
    cancel: &'a CancelToken,
    progress: &'a dyn Fn(&TaskProgress),
    job: Option<RemoteJob>,
    outputs: Vec<String>,
    notes: Vec<String>,
}

/// Where the finished video and its last frame are.
struct Made {
    video: String,
    last_frame: Option<String>,
}

impl VideoRun<'_> {
    fn name(&self) -> &'static str {
        self.provider.display_name()
    }

    fn step(&self, status: TaskStatus, reason: Option<&str>) -> Result<(), Error> {
        with_vault(self.core, |v| tasks::transition(self.core, v, self.task_id, status, reason))?;
        self.tell(status, reason);
        Ok(())
    }

    fn tell(&self, status: TaskStatus, reason: Option<&str>) {
        (self.progress)(&TaskProgress {
            task_id: self.task_id.to_string(),
            status,
            done: u8::try_from(self.outputs.len().min(1)).unwrap_or(1),
            total: 1,
            reason: reason.map(str::to_string),
            remote: self.job.as_ref().filter(|_| !status.is_terminal()).map(RemoteProgress::of),
        });
    }

    fn keep_job(&self) -> Result<(), Error> {
        let json = self
            .job
            .as_ref()
            .map(serde_json::to_string)
            .transpose()
            .map_err(|_| Error::InvalidInput("the provider's job could not be recorded".into()))?;
        with_vault(self.core, |v| Ok(v.store().index().set_task_remote_job(self.task_id, json.as_deref())?))
    }

    fn conditions<'c>(&self, cancel: &'c CancelToken, deadline: Duration) -> Conditions<'c> {
        Conditions { offline: self.core.config().network.offline, deadline, cancel, on_answer: &|| {} }
    }

    fn scrub(&self, key: &Sensitive<String>, prompt: &str) -> impl Fn(ProviderError) -> Error + '_ {
        let (key, prompt) = (key.expose().clone(), prompt.to_string());
        move |e: ProviderError| e.scrubbed(&key, &prompt).into()
    }

    fn steps(&mut self, prompt: &str, prepared: Option<Frames>) -> Result<(), Error> {
        self.step(TaskStatus::Preparing, None)?;
        let key = crate::api::keys::api_key(self.core, self.provider)?;
        let base = base_url(self.core, self.provider)?;
        if self.job.is_none() {
            self.submit(prompt, prepared, &key, &base)?;
        }
        let made = self.wait(prompt, &key, &base)?;
        self.step(TaskStatus::Receiving, None)?;
        self.receive(made)
    }

    fn frame_ids(&self) -> Result<(Option<ObjectId>, Option<ObjectId>), Error> {
        let parse = |id: &Option<String>| -> Result<Option<ObjectId>, Error> {
            id.as_deref()
                .map(|i| {
                    i.parse().map_err(|_| Error::InvalidInput("the task's frames are unreadable".into()))
                })
                .transpose()
        };
        Ok((parse(&self.params.first)?, parse(&self.params.last)?))
    }

    /// Send the job and keep its id the moment it comes.
    fn submit(
        &mut self,
        prompt: &str,
        prepared: Option<Frames>,
        key: &Sensitive<String>,
        base: &str,
    ) -> Result<(), Error> {
        let p = self.provider;
        let frames = match prepared {
            Some(frames) => frames,
            None => {
                let (first, last) = self.frame_ids()?;
                with_vault(self.core, |v| super::prepare_frames(self.core, v, p, first, last))?
            }
        };
        let ask = VideoAsk {
            model: &self.params.model,
            prompt,
            first: frames.first.as_ref(),
            last: frames.last.as_ref(),
            duration: self.params.duration,
            aspect: self.params.aspect.as_deref(),
            mode: self.params.mode.as_deref(),
            sound: self.params.sound,
        };
        let endpoint = RefCell::new(String::new());
        let network = self.core.config().network;
        let conditions = self.conditions(self.cancel, network.request_timeout.std_duration());
        let inbound = send_retrying(
            self.core,
            &conditions,
            &|| {
                let (out, at) = video::submit(p, base, key, self.task_id, &ask)?;
                *endpoint.borrow_mut() = at;
                Ok(out)
            },
            &|| self.step(TaskStatus::Sending, None),
            &|wait| self.sleep(wait),
        )?;
        let id = video::accepted(p, &inbound).map_err(self.scrub(key, prompt))?;
        self.job = Some(RemoteJob {
            id,
            endpoint: endpoint.into_inner(),
            submitted_at: self.core.clock().now().unix_timestamp(),
            state: RemoteState::Queued,
        });
        self.keep_job()?;
        tracing::info!(provider = %p, "the provider accepted the video job");
        Ok(())
    }

    /// Ask about the job until it is made, failed, cancelled, or the wait limit comes.
    fn wait(&mut self, prompt: &str, key: &Sensitive<String>, base: &str) -> Result<Made, Error> {
        let p = self.provider;
        self.step(TaskStatus::Waiting, None)?;
        let config = self.core.config();
        let limit = config.video.max_wait;
        let request_timeout = config.network.request_timeout.std_duration();
        let mut interval = FIRST_POLL;
        let mut pause = FIRST_POLL;
        loop {
            let job = self.job.clone().ok_or_else(|| Error::InvalidInput("no job to ask about".into()))?;
            let waited = self.core.clock().now().unix_timestamp() - job.submitted_at;
            let left = limit.as_seconds() - waited;
            if left <= 0 {
                return Err(ProviderError::StillWaiting(self.name(), words(limit.as_seconds())).into());
            }
            self.sleep_or_cancel(pause.min(Duration::from_secs(left.unsigned_abs())), key, base)?;
            let out = video::poll(p, base, key, self.task_id, &job)?;
            let conditions = self.conditions(self.cancel, request_timeout);
            let inbound =
                match gate::send(&LockedRecords(self.core), &conditions, out, self.core.clock().now()) {
                    Err(EgressError::Cancelled(_)) => return Err(self.cancel_remote(key, base)),
                    other => other?,
                };
            let hinted = inbound.retry_after.map(Duration::from_secs);
            pause = hinted.unwrap_or(interval).clamp(MIN_POLL, MAX_POLL);
            interval = interval.mul_f32(1.5).min(MAX_POLL);
            if p.retryable(&inbound) {
                tracing::info!(status = inbound.status, "the provider is busy; asking again later");
                continue;
            }
            match video::status(p, &inbound).map_err(self.scrub(key, prompt))? {
                JobState::Pending(state) => {
                    if state != job.state {
                        self.job = Some(RemoteJob { state, ..job });
                        self.keep_job()?;
                    }
                    self.tell(TaskStatus::Waiting, None);
                }
                JobState::Succeeded { video, last_frame } => return Ok(Made { video, last_frame }),
                JobState::Failed(why) => {
                    // Retrying makes a new job: this one is over.
                    self.job = None;
                    self.keep_job()?;
                    return Err(ProviderError::JobFailed(self.name(), why)
                        .scrubbed(key.expose(), prompt)
                        .into());
                }
                JobState::Cancelled => {
                    self.job = None;
                    self.keep_job()?;
                    return Err(EgressError::Cancelled(self.name()).into());
                }
            }
        }
    }

    /// Wait `total`, or, when the task is cancelled meanwhile, cancel the job at the provider.
    fn sleep_or_cancel(&mut self, total: Duration, key: &Sensitive<String>, base: &str) -> Result<(), Error> {
        if self.sleep(total).is_err() {
            return Err(self.cancel_remote(key, base));
        }
        Ok(())
    }

    /// Wait `total`, but stop at once if cancelled.
    fn sleep(&self, total: Duration) -> Result<(), Error> {
        let until = Instant::now() + total;
        while Instant::now() < until {
            if self.cancel.is_cancelled() {
                return Err(EgressError::Cancelled(self.name()).into());
            }
            std::thread::sleep(
                Duration::from_millis(50).min(until.saturating_duration_since(Instant::now())),
            );
        }
        Ok(())
    }

    /// The user cancelled: stop the job at the provider where it can be (Seedance's
    /// `DELETE`), forget it, and say the task was cancelled.
    fn cancel_remote(&mut self, key: &Sensitive<String>, base: &str) -> Error {
        if let Some(job) = self.job.take() {
            if let Some(out) = video::cancel(self.provider, base, key, self.task_id, &job) {
                // A token of its own: the task's is already cancelled, and the gate would refuse.
                let token = CancelToken::default();
                let sent = out.map_err(Error::from).and_then(|out| {
                    let conditions = self.conditions(&token, CANCEL_DEADLINE);
                    Ok(gate::send(&LockedRecords(self.core), &conditions, out, self.core.clock().now())?)
                });
                match sent {
                    Ok(inbound) => {
                        tracing::info!(status = inbound.status, "asked the provider to cancel the job")
                    }
                    Err(e) => tracing::warn!(error = %e, "the provider could not be asked to cancel the job"),
                }
            }
            if let Err(e) = self.keep_job() {
                tracing::warn!(error = %e, "the cancelled job could not be forgotten");
            }
        }
        EgressError::Cancelled(self.name()).into()
    }

    /// Fetch the video (and the last frame) through the gate, check it, seal it.
    fn receive(&mut self, made: Made) -> Result<(), Error> {
        let p = self.provider;
        let config = self.core.config();
        let cap = u64::from(config.video.max_download_mib) << 20;
        let deadline = config.video.max_wait.std_duration();
        let fetch = |link: &str, cap: u64| -> Result<Vec<u8>, Error> {
            let conditions = self.conditions(self.cancel, deadline);
            let inbound = gate::download(
                &LockedRecords(self.core),
                &conditions,
                p,
                self.task_id,
                link,
                cap,
                self.core.clock().now(),
            )?;
            if inbound.status != 200 {
                let why = match inbound.status {
                    403 | 404 | 410 => format!(
                        "its link was refused or has expired (HTTP {}); retry the task to ask for a new one",
                        inbound.status
                    ),
                    s => format!("the download failed (HTTP {s}); retry the task to try again"),
                };
                return Err(ProviderError::Download(p.display_name(), why).into());
            }
            Ok(inbound.body)
        };
        let bytes = zeroize::Zeroizing::new(fetch(&made.video, cap)?);
        let info = mp4::inspect(&bytes).map_err(|e| {
            ProviderError::Download(
                p.display_name(),
                format!("what came is not a usable video: {e}; nothing was stored"),
            )
        })?;
        let last = match made.last_frame.as_deref() {
            Some(link) => match fetch(link, MAX_FRAME_BYTES) {
                Ok(b) => Some(zeroize::Zeroizing::new(b)),
                Err(e) => {
                    self.notes.push(format!(
                        "the last frame could not be fetched: {}",
                        crate::ErrorBody::from(&e).message
                    ));
                    None
                }
            },
            None => None,
        };
        // The poster: the first frame sent (the video starts from it), else its last frame.
        let (first, _) = self.frame_ids()?;
        let now = self.core.clock().now();
        let first_bytes = first.and_then(|id| with_vault(self.core, |v| Ok(v.store().read(id, now)?.1)).ok());
        let poster = first_bytes.as_deref().map(|b| &b[..]).or(last.as_deref().map(|b| &b[..]));
        let name = format!("{}-{}.mp4", p.as_str(), &self.task_id[..8.min(self.task_id.len())]);
        let stored = with_vault(self.core, |v| {
            objects::store_video(self.core, v, self.task_id, &name, &bytes, info, poster)
        })?;
        self.outputs.push(stored.id);
        if let Some(frame) = last {
            let name =
                format!("{}-{}-last-frame.png", p.as_str(), &self.task_id[..8.min(self.task_id.len())]);
            match with_vault(self.core, |v| objects::store_output(self.core, v, self.task_id, &name, &frame))
            {
                Ok(image) => self.outputs.push(image.id),
                Err(_) => self.notes.push("the last frame was not a readable image".into()),
            }
        }
        Ok(())
    }

    /// Record how the task ended.
    fn finish(self, result: Result<(), Error>) -> Result<GenerateOutcome, Error> {
        let (status, reason, error) = match result {
            Ok(()) if self.notes.is_empty() => (TaskStatus::Succeeded, None, None),
            Ok(()) => (TaskStatus::Succeeded, Some(self.notes.join("; ")), None),
            Err(e) => {
                let body = crate::ErrorBody::from(&e);
                let status = if body.code == crate::error::Code::Cancelled {
                    TaskStatus::Cancelled
                } else {
                    TaskStatus::Failed
                };
                (status, Some(body.message), Some(e))
            }
        };
        self.step(status, reason.as_deref())?;
        match error {
            Some(e) => Err(e),
            None => Ok(GenerateOutcome { task_id: self.task_id.to_string(), status, outputs: self.outputs }),
        }
    }
}

/// `1800` as "30 min", `90` as "1 min 30 s".
fn words(seconds: i64) -> String {
    let (h, m, s) = (seconds / 3600, seconds % 3600 / 60, seconds % 60);
    let parts: Vec<String> = [(h, "h"), (m, "min"), (s, "s")]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, unit)| format!("{n} {unit}"))
        .collect();
    if parts.is_empty() {
        "0 s".into()
    } else {
        parts.join(" ")
    }
}
