//! Generation in the window: previews held in memory until the user sends or cancels them,
//! one thread per task waiting for its provider's slot in the [`TaskQueue`], progress pushed
//! to the window as `task-progress` events, and queued tasks resumed when the vault opens.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use tauri::{AppHandle, Emitter, Manager};
use zeroize::Zeroizing;

use super::{CoreState, MAIN_WINDOW};
use crate::api::generate::{self, EditRequest, GenerateRequest, TaskProgress};
use crate::api::video::{self, VideoRequest};
use crate::egress::minimize::MinimizedImage;
use crate::error::ErrorBody;
use crate::providers::ProviderId;
use crate::tasks::queue::{Ran, TaskQueue};
use crate::tasks::TaskStatus;

/// The event carrying a [`TaskProgress`].
pub const PROGRESS_EVENT: &str = "task-progress";
/// How long an unsent preview is kept (its images are in memory only).
const PREVIEW_LIFETIME: Duration = Duration::from_secs(15 * 60);
/// The most previews held at once.
const MAX_PREVIEWS: usize = 8;

/// What a preview would queue once sent.
pub enum Outgoing {
    /// A generation (or an edit with whole references).
    Generate(GenerateRequest),
    /// A region edit and its mask (PNG bytes).
    Edit(EditRequest, Zeroizing<Vec<u8>>),
    /// A video (its frames are the held images, first then last).
    Video(VideoRequest),
}

impl Outgoing {
    fn provider(&self) -> ProviderId {
        match self {
            Outgoing::Generate(r) => r.provider,
            Outgoing::Edit(r, _) => r.provider,
            Outgoing::Video(r) => r.provider,
        }
    }
}

/// A preview the user has not sent yet: the request and the exact bytes shown.
struct Pending {
    request: Outgoing,
    images: Vec<MinimizedImage>,
    made: Instant,
}

/// Managed state: the queue and the previews.
#[derive(Default)]
pub struct Generation {
    queue: TaskQueue,
    previews: Mutex<HashMap<String, Pending>>,
}

impl Generation {
    /// Keep a preview's images; its id.
    pub fn hold(&self, request: Outgoing, images: Vec<MinimizedImage>) -> String {
        let mut id = [0u8; 16];
        let _ = getrandom::fill(&mut id);
        let id = hex::encode(id);
        let mut previews = self.previews.lock().unwrap_or_else(|p| p.into_inner());
        previews.retain(|_, p| p.made.elapsed() < PREVIEW_LIFETIME);
        while previews.len() >= MAX_PREVIEWS {
            let Some(oldest) = previews.iter().min_by_key(|(_, p)| p.made).map(|(k, _)| k.clone()) else {
                break;
            };
            previews.remove(&oldest);
        }
        previews.insert(id.clone(), Pending { request, images, made: Instant::now() });
        id
    }

    /// One previewed image's bytes and type, for the `thumb:` protocol.
    pub fn preview_image(&self, preview_id: &str, n: usize) -> Option<(String, Vec<u8>)> {
        let previews = self.previews.lock().unwrap_or_else(|p| p.into_inner());
        let image = previews.get(preview_id)?.images.get(n)?;
        Some((image.mime().to_string(), image.bytes().to_vec()))
    }

    /// Take a preview out (sent or cancelled).
    fn take(&self, preview_id: &str) -> Option<Pending> {
        let mut previews = self.previews.lock().unwrap_or_else(|p| p.into_inner());
        previews.remove(preview_id).filter(|p| p.made.elapsed() < PREVIEW_LIFETIME)
    }

    /// Forget a preview without sending it.
    pub fn drop_preview(&self, preview_id: &str) {
        self.take(preview_id);
    }

    /// Stop every task of this process (before locking: they could not record their end).
    /// Cancel every task, and give the running ones a moment to record "cancelled" while the
    /// vault is still open (before erasing everything or locking the app).
    pub fn stop_all(&self) {
        if self.cancel_all() > 0 {
            std::thread::sleep(std::time::Duration::from_millis(300));
        }
    }

    pub fn cancel_all(&self) -> usize {
        self.queue.cancel_all()
    }

    /// Ask a task of this process to stop; false if it is not running here.
    pub fn cancel(&self, task_id: &str) -> bool {
        self.queue.cancel(task_id)
    }
}

/// Queue and start what the user sent: a preview (its exact bytes) or, for a provider whose
/// preview the user chose to skip, a request. Returns the task id.
pub fn send(
    app: &AppHandle,
    preview_id: Option<&str>,
    request: Option<GenerateRequest>,
) -> Result<String, ErrorBody> {
    let state = app.state::<CoreState>();
    let core = state.core()?;
    let generation = app.state::<Generation>();
    let (request, images) = match (preview_id, request) {
        (Some(id), _) => {
            let pending = generation.take(id).ok_or_else(|| {
                crate::Error::InvalidInput("this preview has expired; press Generate again to see it".into())
            })?;
            (pending.request, Some(pending.images))
        }
        (None, Some(request)) if !generate::needs_preview(core, request.provider) => {
            (Outgoing::Generate(request), None)
        }
        (None, Some(request)) => {
            return Err(crate::Error::InvalidInput(format!(
                "{} needs a preview before sending (you can skip it for this provider in Settings)",
                request.provider.display_name()
            ))
            .into())
        }
        (None, None) => return Err(crate::Error::InvalidInput("nothing to send".into()).into()),
    };
    queue(app, request, images)
}

/// Queue what the user sent and start it.
fn queue(
    app: &AppHandle,
    request: Outgoing,
    images: Option<Vec<MinimizedImage>>,
) -> Result<String, ErrorBody> {
    let state = app.state::<CoreState>();
    let core = state.core()?;
    let task_id = core.with_open_vault_or_locked(|v| match &request {
        Outgoing::Generate(r) => generate::submit(core, v, r),
        Outgoing::Edit(r, mask) => generate::submit_edit(core, v, r, mask),
        Outgoing::Video(r) => video::submit(core, v, r),
    })?;
    spawn(app, task_id.clone(), request.provider(), images);
    Ok(task_id)
}

/// Queue and start a video the user sent: its preview (the exact frames shown) or, for a
/// provider whose preview the user skips, the request. Returns the task id.
pub fn send_video(
    app: &AppHandle,
    preview_id: Option<&str>,
    request: Option<VideoRequest>,
) -> Result<String, ErrorBody> {
    let state = app.state::<CoreState>();
    let core = state.core()?;
    let generation = app.state::<Generation>();
    match (preview_id, request) {
        (Some(id), _) => {
            let pending = generation.take(id).ok_or_else(|| {
                crate::Error::InvalidInput(
                    "this preview has expired; press Make video again to see it".into(),
                )
            })?;
            queue(app, pending.request, Some(pending.images))
        }
        (None, Some(request)) if generate::needs_preview(core, request.provider) => {
            Err(crate::Error::InvalidInput(format!(
                "{} needs a preview before sending (you can skip it for this provider in Settings)",
                request.provider.display_name()
            ))
            .into())
        }
        (None, Some(request)) => queue(app, Outgoing::Video(request), None),
        (None, None) => Err(crate::Error::InvalidInput("nothing to send".into()).into()),
    }
}

/// Run `task_id` on its own thread once its provider has a free slot.
pub fn spawn(app: &AppHandle, task_id: String, provider: ProviderId, images: Option<Vec<MinimizedImage>>) {
    let app = app.clone();
    let spawned = std::thread::Builder::new().name("task".into()).spawn(move || {
        let state = app.state::<CoreState>();
        let Ok(core) = state.core() else { return };
        let generation = app.state::<Generation>();
        let limit = usize::from(core.config().providers.get(provider).concurrency);
        let emit = |progress: &TaskProgress| {
            let _ = app.emit_to(MAIN_WINDOW, PROGRESS_EVENT, progress);
        };
        let ran = generation.queue.run(&task_id, provider.as_str(), limit, |cancel| {
            generate::run(core, &task_id, images, cancel, &emit)
        });
        match ran {
            Ran::Done(Ok(outcome)) => tracing::info!(status = outcome.status.as_str(), "task finished"),
            Ran::Done(Err(e)) => tracing::info!(error = %e, "task ended with an error"),
            Ran::CancelledWaiting => {
                let discarded =
                    core.with_open_vault_or_locked(|v| crate::api::tasks::discard(core, v, &task_id));
                match discarded {
                    Ok(_) => emit(&TaskProgress {
                        task_id: task_id.clone(),
                        status: TaskStatus::Cancelled,
                        done: 0,
                        total: 0,
                        reason: Some("cancelled by you".into()),
                        remote: None,
                    }),
                    Err(e) => tracing::warn!(error = %e, "a cancelled task could not be recorded"),
                }
            }
            Ran::AlreadyRunning => {}
        }
        // The gallery shows new results; the scheduler re-reads deadlines (originals may be due).
        let _ = app.emit_to(MAIN_WINDOW, "vault-changed", ());
        super::background::wake(&app);
    });
    if let Err(e) = spawned {
        tracing::error!(error = %e, "a task thread could not start");
    }
}

/// Start every queued task (after a restart, or once a passphrase vault is unlocked).
pub fn resume_queued(app: &AppHandle) {
    let state = app.state::<CoreState>();
    let Ok(core) = state.core() else { return };
    let queued = core.with_open_vault(|v| Ok(v.store().index().unfinished_tasks()?));
    let Some(Ok(tasks)) = queued else { return };
    for task in tasks.into_iter().filter(|t| t.status == TaskStatus::Queued) {
        let provider = task.provider.as_deref().and_then(ProviderId::from_id);
        if let Some(provider) = provider {
            tracing::info!("resuming a queued task");
            spawn(app, task.id, provider, None);
        }
    }
}
