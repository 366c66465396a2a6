//! Generating with a cloud provider, start to finish. [`submit`] checks a request and queues
//! it as a task (its parameters stored, so it survives a restart); [`run`] takes a queued task
//! through minimizing its references, the egress gate (consent, offline, ledger), reading and
//! validating the answer, and storing the results — then ends it, which lets retention delete
//! its originals at once. The vault's lock is taken only for each step that touches it, never
//! across a request, so the gallery stays responsive while a provider works.

mod again;
mod edit;
mod hygiene;
mod preview;
mod sent;
mod subject;
#[cfg(test)]
mod tests;

use std::time::Duration;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use again::{again, reuse, RegionReuse, Reuse};
pub use edit::{edit, preview as preview_edit, submit as submit_edit, EditOutcome, EditRequest, Sent};
pub use hygiene::{check as check_prompt, PromptWarning};
pub use preview::{egress_preview, preview, EgressPreview, Preview, PreviewImage};
pub use sent::{sent_copies, SentCopies, SentCopy};
pub use subject::{subject_candidates, SubjectCandidates};

use super::objects::{self, Vault};
use super::tasks;
use crate::egress::gate::{self, Conditions, Records};
use crate::egress::levels::{self, Level, PixelBox, Report};
use crate::egress::minimize::{self, MinimizedImage};
use crate::index::{LedgerEntry, Received};
use crate::providers::{Ask, ProviderError, ProviderId, Size};
use crate::secrets::Sensitive;
use crate::tasks::{CancelToken, TaskKind, TaskStatus};
use crate::vault::ObjectId;
use crate::{AppCore, Error, ErrorBody};

/// Attempts per request when the provider answers 429 or 5xx.
const ATTEMPTS: u32 = 3;
/// The longest wait between attempts, whatever `Retry-After` says.
const MAX_BACKOFF_SECS: u64 = 30;
/// The most images one task may ask for.
pub const MAX_COUNT: u8 = 10;
/// The longest prompt accepted (OpenAI's limit for GPT image models, the largest documented).
const MAX_PROMPT_CHARS: usize = 32_000;

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct GenerateRequest {
    /// Where.
    pub provider: ProviderId,
    /// What.
    pub prompt: String,
    /// Reference images (object ids from the vault).
    pub refs: Vec<String>,
    /// A model other than the configured one.
    pub model: Option<String>,
    /// The output size, or the provider's default.
    pub size: Option<Size>,
    /// How many images.
    pub count: u8,
    /// A resolution tier the model offers (Gemini's `1K`, `2K`, `4K`); default: the model's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional = nullable)]
    pub image_size: Option<String>,
    /// Keep faces and details of the references closer (OpenAI's `input_fidelity: high`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional = nullable)]
    pub input_fidelity: Option<bool>,
    /// Minimization levels for every reference beyond the metadata floor (subject, bystanders,
    /// background), done on the device before anything leaves; absent: the provider's default
    /// from Settings (`[providers.<id>] minimize`), an empty list: the metadata floor only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional = nullable)]
    pub minimize: Option<Vec<Level>>,
    /// The subject's box in each reference's pixels (left, top, width, height): picks the
    /// subject among several people, or stands for one when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional = nullable)]
    pub subject_box: Option<PixelBox>,
    /// Each reference's own levels and subject box, in the order of `refs` (the window chooses
    /// them per reference); given, it replaces `minimize` and `subject_box`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional = nullable)]
    pub per_ref: Option<Vec<RefMinimize>>,
}

/// How one reference is minimized beyond the metadata floor.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RefMinimize {
    /// Its levels (`subject`, `bystanders`, `background`); empty: the metadata floor only.
    pub levels: Vec<Level>,
    /// The subject's box in its pixels (left, top, width, height): the person clicked among
    /// several, or the box drawn around a subject that is not a person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional = nullable)]
    pub subject_box: Option<PixelBox>,
    /// With `bystanders`: regions the user marked to hide as well, in its pixels.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hide: Vec<PixelBox>,
    /// With `bystanders`: regions whose faces the user left visible, in its pixels.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unhide: Vec<PixelBox>,
}

/// What a task asks for besides its prompt and inputs (stored with it, as JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Params {
    model: String,
    size: Option<Size>,
    count: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    image_size: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    input_fidelity: bool,
    #[serde(default, skip_serializing_if = "Refs::is_plain")]
    refs: Refs,
    /// A region edit: only the part around the mask kept with the task is sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    region: Option<edit::RegionParams>,
}

impl Params {
    /// The provider and parameters stored with a generation task.
    fn of(task: &crate::index::TaskRow) -> Result<(ProviderId, Params), Error> {
        let provider = task
            .provider
            .as_deref()
            .and_then(ProviderId::from_id)
            .ok_or_else(|| Error::InvalidInput("the task was not sent to a cloud provider".into()))?;
        let params = task
            .params
            .as_deref()
            .and_then(|p| serde_json::from_str(p).ok())
            .ok_or_else(|| Error::InvalidInput("the task's parameters are unreadable".into()))?;
        Ok((provider, params))
    }
}

/// What a generation produced (`seed-studio generate --json`; keep stable).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct GenerateOutcome {
    /// The task.
    pub task_id: String,
    /// Its final status.
    pub status: TaskStatus,
    /// The output object ids.
    pub outputs: Vec<String>,
}

/// A step of a running task, for progress bars.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TaskProgress {
    /// The task.
    pub task_id: String,
    /// Where it stands.
    pub status: TaskStatus,
    /// Images stored so far.
    pub done: u8,
    /// Images asked for.
    pub total: u8,
    /// Why it failed or was cancelled, or what fell short.
    pub reason: Option<String>,
    /// A video task waiting at its provider: queued or running there, since when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional = nullable)]
    pub remote: Option<crate::api::video::RemoteProgress>,
}

/// The provider's base URL: its environment variable (tests, proxies) over `config.toml`.
pub fn base_url(core: &AppCore, provider: ProviderId) -> Result<String, Error> {
    let configured = core.config().providers.get(provider).base_url.clone();
    let url = std::env::var(provider.base_url_env()).unwrap_or(configured);
    if !crate::egress::http::acceptable_base_url(&url) {
        return Err(Error::InvalidInput(format!(
            "the {} base URL must be an https:// URL (or http:// to this computer); check {} or [providers.{provider}] base_url",
            provider.display_name(),
            provider.base_url_env()
        )));
    }
    Ok(url)
}

/// The model a request uses: its own, or the provider's configured one.
fn model_of(core: &AppCore, request: &GenerateRequest) -> String {
    configured_model(core, request.provider, request.model.as_deref())
}

/// `model` as asked (trimmed), or the provider's configured one.
pub(crate) fn configured_model(core: &AppCore, provider: ProviderId, model: Option<&str>) -> String {
    match model.map(str::trim) {
        Some(m) if !m.is_empty() => m.to_string(),
        _ => core.config().providers.get(provider).model.clone(),
    }
}

/// The size a request's model will be asked for, with a note when it is not the one asked
/// (the model does not document it); `None` without a size.
pub fn fitted_size(core: &AppCore, request: &GenerateRequest) -> Option<crate::providers::Fitted> {
    request.size.map(|s| s.fit(request.provider, &model_of(core, request)))
}

/// A note when the request's model is not in the catalog (its provider's general limits then
/// apply, and the provider may refuse what the model does not take).
pub fn unknown_model_note(core: &AppCore, request: &GenerateRequest) -> Option<String> {
    let model = model_of(core, request);
    let (_, known) = super::models::spec(core, request.provider, &model);
    (!known).then(|| {
        format!(
            "{model} is not in the model catalog, so {}'s general limits apply; add it under [[models]] in config.toml (or in Settings) with what it accepts",
            request.provider.display_name()
        )
    })
}

/// Whether a request to `provider` must be previewed before it is sent (the user can skip
/// the preview per provider in Settings).
pub fn needs_preview(core: &AppCore, provider: ProviderId) -> bool {
    !core.config().providers.get(provider).skip_preview
}

/// Refuse what the gate would refuse anyway, before a task is queued: withdrawing consent or
/// going offline blocks new tasks at once.
pub fn check_allowed(core: &AppCore, vault: &Vault, provider: ProviderId) -> Result<(), Error> {
    if core.config().network.offline {
        return Err(gate::EgressError::Offline.into());
    }
    if !vault.store().index().consented(provider)? {
        return Err(gate::EgressError::ConsentRequired(provider).into());
    }
    Ok(())
}

/// Everything about a request that can be refused before anything is stored or sent: its
/// shape, consent and offline mode, and an API key somewhere. The CLI runs this before it
/// imports `--ref` files, so a refused request leaves nothing behind in the vault.
/// Takes the open vault's lock itself, one step at a time (the key lookup reads the vault too).
pub fn precheck(core: &AppCore, request: &GenerateRequest) -> Result<(), Error> {
    validate_shape(core, request)?;
    core.with_open_vault_or_locked(|v| check_allowed(core, v, request.provider))?;
    super::keys::api_key(core, request.provider).map(drop)
}

/// The request's checks that need no network: a prompt, a count, references that exist.
fn validate(core: &AppCore, vault: &Vault, request: &GenerateRequest) -> Result<Vec<ObjectId>, Error> {
    validate_shape(core, request)?;
    shown_refs(core, vault, &request.refs)
}

/// `refs` as object ids of images shown now (not expired, not thumbnails), or why not: the
/// one check for the images a request sends (generation and prompt help's description).
pub(crate) fn shown_refs(core: &AppCore, vault: &Vault, refs: &[String]) -> Result<Vec<ObjectId>, Error> {
    let refs = objects::parse_ids(refs)?;
    match objects::first_not_shown(vault, &refs, core.clock().now())? {
        Some(id) => Err(gone(id)),
        None => Ok(refs),
    }
}

/// How a task's references are minimized: one choice for all (the CLI's `--minimize`), or each
/// its own (stored with the task, so a retry sends the same parts).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Refs {
    #[serde(flatten)]
    pub(crate) all: RefMinimize,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) each: Vec<RefMinimize>,
}

impl Refs {
    /// The request's levels, or (when it names none) its provider's default from Settings.
    fn of(core: &AppCore, request: &GenerateRequest) -> Refs {
        let levels = match &request.minimize {
            Some(levels) => levels.clone(),
            None => core.config().providers.get(request.provider).minimize.clone(),
        };
        Refs {
            all: RefMinimize { levels, subject_box: request.subject_box, ..RefMinimize::default() },
            each: request.per_ref.clone().unwrap_or_default(),
        }
    }

    /// How the `n`th reference is minimized.
    pub(crate) fn get(&self, n: usize) -> &RefMinimize {
        self.each.get(n).unwrap_or(&self.all)
    }

    fn is_plain(&self) -> bool {
        let plain = |r: &RefMinimize| {
            r.levels.iter().all(|l| *l == Level::Metadata)
                && r.subject_box.is_none()
                && r.hide.is_empty()
                && r.unhide.is_empty()
        };
        plain(&self.all) && self.each.iter().all(plain)
    }
}

/// Prompt, model id, count, and what the model accepts (the catalog's limits).
fn validate_shape(core: &AppCore, request: &GenerateRequest) -> Result<(), Error> {
    let p = request.provider;
    if p.makes_video() {
        return Err(Error::InvalidInput(format!(
            "{} makes videos, not images (the CLI: generate --video)",
            p.display_name()
        )));
    }
    if request.prompt.trim().is_empty() {
        return Err(Error::InvalidInput("the prompt is empty".into()));
    }
    prompt_within_limit(&request.prompt)?;
    if request
        .model
        .as_deref()
        .is_some_and(|m| !m.trim().is_empty() && !crate::providers::valid_model_id(m.trim()))
    {
        return Err(Error::InvalidInput("a model id has letters, digits, '-', '_', '.' or ':' only".into()));
    }
    if request.count == 0 || request.count > MAX_COUNT {
        return Err(Error::InvalidInput(format!("ask for 1 to {MAX_COUNT} images")));
    }
    accepted_by_model(core, request)?;
    if request.per_ref.as_ref().is_some_and(|each| each.len() != request.refs.len()) {
        return Err(Error::InvalidInput(
            "give levels for each reference, in the order of the references".into(),
        ));
    }
    // Seedream: references plus results must be at most 15.
    if p == ProviderId::Seedream && request.refs.len() + usize::from(request.count) > 15 {
        return Err(Error::InvalidInput(
            "Seedream makes at most 15 images minus the number of references; ask for fewer".into(),
        ));
    }
    Ok(())
}

/// Refuse what the request's model does not accept, with a sentence that says what it does.
fn accepted_by_model(core: &AppCore, request: &GenerateRequest) -> Result<(), Error> {
    let model = model_of(core, request);
    let (spec, _) = super::models::spec(core, request.provider, &model);
    let refs = request.refs.len();
    let refuse = |why: String| Err(Error::InvalidInput(why));
    if refs > 0 && !spec.edits {
        return refuse(format!("{model} makes images from text only; it takes no reference images"));
    }
    if refs > usize::from(spec.references) {
        return refuse(format!("{model} takes at most {} reference images", spec.references));
    }
    if let Some(tier) = request.image_size.as_deref() {
        if !spec.image_sizes.iter().any(|t| t == tier) {
            return refuse(match spec.image_sizes.as_slice() {
                [] => format!("{model} makes one resolution only; leave the image size out"),
                tiers => format!("{model} offers the image sizes {}", tiers.join(", ")),
            });
        }
    }
    if request.input_fidelity == Some(true) {
        if !spec.input_fidelity {
            return refuse(format!("{model} does not take input fidelity"));
        }
        if refs == 0 {
            return refuse("input fidelity applies to reference images; add one or leave it out".into());
        }
    }
    Ok(())
}

/// Refused when `prompt` is longer than any provider takes (also for prompts saved to the library).
pub(crate) fn prompt_within_limit(prompt: &str) -> Result<(), Error> {
    if prompt.chars().count() > MAX_PROMPT_CHARS {
        return Err(Error::InvalidInput(format!("the prompt is over {MAX_PROMPT_CHARS} characters")));
    }
    Ok(())
}

pub(crate) fn gone(id: ObjectId) -> Error {
    Error::InvalidInput(format!(
        "the reference {id} is no longer in the vault (originals are deleted within 24 hours)"
    ))
}

/// Check `request` and queue it as a task; its id.
pub fn submit(core: &AppCore, vault: &Vault, request: &GenerateRequest) -> Result<String, Error> {
    let refs = validate(core, vault, request)?;
    queue(core, vault, request, &refs, None)
}

/// Queue checked `request` (with `refs`, its references) as a task, and remember its prompt.
fn queue(
    core: &AppCore,
    vault: &Vault,
    request: &GenerateRequest,
    refs: &[ObjectId],
    region: Option<edit::RegionParams>,
) -> Result<String, Error> {
    check_allowed(core, vault, request.provider)?;
    let p = request.provider;
    let model = model_of(core, request);
    let params = Params {
        model,
        size: request.size,
        count: request.count,
        image_size: request.image_size.clone(),
        input_fidelity: request.input_fidelity.unwrap_or(false),
        refs: Refs::of(core, request),
        region,
    };
    let params = serde_json::to_string(&params).map_err(|_| Error::InvalidInput("bad parameters".into()))?;
    let kind = if refs.is_empty() { TaskKind::Generate } else { TaskKind::Edit };
    let id = tasks::create(core, vault, kind, Some(p.as_str()), Some(&request.prompt), refs, Some(&params))?;
    super::prompts::record(core, vault, &request.prompt)?;
    Ok(id)
}

/// Minimize `refs` for `provider`: what would leave, exactly.
pub(crate) fn minimize_refs(
    core: &AppCore,
    vault: &Vault,
    provider: ProviderId,
    refs: &[ObjectId],
    how: &Refs,
) -> Result<Vec<(MinimizedImage, Report)>, Error> {
    let now = core.clock().now();
    refs.iter()
        .enumerate()
        .map(|(n, id)| {
            // An original deleted by retention (its 24 hours passed) is gone: say so, send nothing.
            let (_, plain) = vault.store().read(*id, now).map_err(|_| gone(*id))?;
            minimize_one(&plain, &id.to_string(), provider, how.get(n))
        })
        .collect()
}

/// One reference's bytes minimized for `provider` with the levels of `how`, and what they did.
/// The levels work on the copy already scaled to the provider's limit (never upscaled): the
/// models need no more, and a 12 MP photo costs no more than its minimized copy.
pub(crate) fn minimize_one(
    bytes: &[u8],
    name: &str,
    provider: ProviderId,
    how: &RefMinimize,
) -> Result<(MinimizedImage, Report), Error> {
    let unreadable = |source| Error::Import { file: name.to_string(), source };
    let (_, image) = crate::import::decode(bytes).map_err(unreadable)?;
    let limits = provider.reference_limits();
    let fitted =
        crate::import::resize::fit(&image, limits.longest_side, crate::import::resize::Filter::CatmullRom);
    let (iw, ih) = (image.width(), image.height());
    // Checked in the original's pixels: scaled to the copy, a box is kept inside it.
    if !how.subject_box.iter().chain(&how.hide).chain(&how.unhide).all(|b| levels::fits(b, iw, ih)) {
        return Err(levels::LevelsError::BoxOutside(iw, ih).into());
    }
    let scale = f64::from(fitted.width()) / f64::from(iw.max(1));
    let (fw, fh) = (fitted.width(), fitted.height());
    // A box in the original's pixels, in the scaled copy's (kept inside it).
    let scaled = |&(x, y, w, h): &PixelBox| {
        let s = |v: u32| (f64::from(v) * scale).round() as u32;
        let (x, y) = (s(x).min(fw.saturating_sub(1)), s(y).min(fh.saturating_sub(1)));
        (x, y, s(w).clamp(1, fw - x), s(h).clamp(1, fh - y))
    };
    let by_hand = levels::ByHand {
        hide: how.hide.iter().map(scaled).collect(),
        unhide: how.unhide.iter().map(scaled).collect(),
    };
    let subject_box = how.subject_box.as_ref().map(scaled);
    let (levelled, mut report) = levels::apply_by_hand(&fitted, &how.levels, subject_box, &by_hand)?;
    // The report speaks in the original's pixels, as the user's box does.
    report.subject = report.subject.map(|(x, y, w, h)| {
        let s = |v: u32| (f64::from(v) / scale).round() as u32;
        (s(x), s(y), s(w), s(h))
    });
    let minimized =
        minimize::minimize_levelled(&levelled, report.levels.clone(), limits).map_err(unreadable)?;
    Ok((minimized, report))
}

/// Generate from the CLI: queue and run at once on this thread.
pub fn generate(core: &AppCore, request: &GenerateRequest) -> Result<GenerateOutcome, Error> {
    let task_id = with_vault(core, |v| submit(core, v, request))?;
    run(core, &task_id, None, &CancelToken::default(), &|_| {})
}

/// Run the vault step `f` under the vault's lock (the vault must be open).
pub(crate) fn with_vault<T>(core: &AppCore, f: impl FnOnce(&Vault) -> Result<T, Error>) -> Result<T, Error> {
    core.with_open_vault_or_locked(f)
}

/// The gate's records through the vault lock, taken per call.
pub(crate) struct LockedRecords<'a>(pub(crate) &'a AppCore);

impl Records for LockedRecords<'_> {
    fn consented(&self, provider: ProviderId) -> Result<bool, ErrorBody> {
        with_vault(self.0, |v| Ok(v.store().index().consented(provider)?)).map_err(ErrorBody::from)
    }

    fn append(&self, entry: &LedgerEntry, at: time::OffsetDateTime) -> Result<i64, ErrorBody> {
        with_vault(self.0, |v| Ok(v.store().index().append(entry, at)?)).map_err(ErrorBody::from)
    }

    fn answered(&self, id: i64, status: u16, received: Option<&Received>) -> Result<(), ErrorBody> {
        with_vault(self.0, |v| Ok(v.store().index().answered(id, status, received)?)).map_err(ErrorBody::from)
    }
}

/// Run queued task `task_id` to its end, telling `progress` about each step. `prepared` are the
/// minimized references the user saw in the preview (sent as they are); without them the
/// references are minimized now. On failure the task is recorded as failed (with the reason)
/// and the error returned; on cancel it is recorded as cancelled.
#[tracing::instrument(skip_all)]
pub fn run(
    core: &AppCore,
    task_id: &str,
    prepared: Option<Vec<MinimizedImage>>,
    cancel: &CancelToken,
    progress: &dyn Fn(&TaskProgress),
) -> Result<GenerateOutcome, Error> {
    let task = with_vault(core, |v| Ok(v.store().index().task(task_id)?))?
        .ok_or_else(|| Error::InvalidInput("no such task".into()))?;
    if task.kind == TaskKind::Video {
        return super::video::run(
            core,
            task_id,
            prepared.map(super::video::Frames::from_images),
            cancel,
            progress,
        );
    }
    if task.status != TaskStatus::Queued {
        return Err(Error::InvalidInput(format!("the task is {}, not queued", task.status.as_str())));
    }
    let (provider, params) = Params::of(&task)?;
    let mut run = Runner {
        core,
        task_id,
        provider,
        params,
        cancel,
        progress,
        outputs: Vec::new(),
        shortfall: Vec::new(),
        job: None,
    };
    let result = run.steps(task.prompt.as_deref().unwrap_or_default(), prepared);
    run.finish(result)
}

struct Runner<'a> {
    core: &'a AppCore,
    task_id: &'a str,
    provider: ProviderId,
    params: Params,
    cancel: &'a CancelToken,
    progress: &'a dyn Fn(&TaskProgress),
    outputs: Vec<String>,
    shortfall: Vec<String>,
    /// A region edit's image, mask and plan (its answers are put back in place).
    job: Option<edit::Job>,
}

impl Runner<'_> {
    fn step(&self, status: TaskStatus, reason: Option<&str>) -> Result<(), Error> {
        with_vault(self.core, |v| tasks::transition(self.core, v, self.task_id, status, reason))?;
        (self.progress)(&TaskProgress {
            task_id: self.task_id.to_string(),
            status,
            done: u8::try_from(self.outputs.len()).unwrap_or(u8::MAX),
            total: self.params.count,
            reason: reason.map(str::to_string),
            remote: None,
        });
        Ok(())
    }

    fn stop_if_cancelled(&self) -> Result<(), Error> {
        if self.cancel.is_cancelled() {
            return Err(gate::EgressError::Cancelled(self.provider.display_name()).into());
        }
        Ok(())
    }

    fn steps(&mut self, prompt: &str, prepared: Option<Vec<MinimizedImage>>) -> Result<(), Error> {
        let p = self.provider;
        self.step(TaskStatus::Preparing, None)?;
        let key = super::keys::api_key(self.core, p)?;
        let base_url = base_url(self.core, p)?;
        let images = match (self.params.region, prepared) {
            (Some(region), prepared) => {
                let job = edit::Job::load(self.core, self.task_id, p, &self.params.model, region)?;
                let images = match prepared {
                    Some(images) => images,
                    None => job.outgoing()?.0,
                };
                self.job = Some(job);
                images
            }
            (None, Some(images)) => images,
            (None, None) => with_vault(self.core, |v| {
                let inputs = v.store().index().task_inputs(self.task_id)?;
                minimize_refs(self.core, v, p, &inputs, &self.params.refs)
            })?
            .into_iter()
            .map(|(image, _)| image)
            .collect(),
        };
        let (masks, images): (Vec<_>, Vec<_>) = images.into_iter().partition(MinimizedImage::is_mask);
        let size = self.job.as_ref().map_or(self.params.size, |job| Some(job.size()));
        let config = self.core.config();
        let per_request = p.images_per_request();
        while self.outputs.len() + self.shortfall.len() < usize::from(self.params.count) {
            self.stop_if_cancelled()?;
            let made = self.outputs.len() + self.shortfall.len();
            let count = (usize::from(self.params.count) - made).min(usize::from(per_request));
            let count = u8::try_from(count).unwrap_or(1);
            let ask = Ask {
                model: &self.params.model,
                prompt,
                images: &images,
                mask: masks.first(),
                size,
                image_size: self.params.image_size.as_deref(),
                input_fidelity: self.params.input_fidelity,
                count,
            };
            let inbound = self.send(&ask, &base_url, &key, &config.network)?;
            let answer = p.parse(&inbound).map_err(|e| e.scrubbed(key.expose(), prompt))?;
            for bytes in &answer.images {
                // A region edit's answer is put back into the whole image first.
                let edited = match &self.job {
                    Some(job) => Some(job.put_back(bytes)?),
                    None => None,
                };
                let bytes = edited.as_deref().map_or(bytes.as_slice(), Vec::as_slice);
                let name = format!("{}-{}.{}", p.as_str(), self.outputs.len() + 1, extension(bytes));
                // Outputs are decoded (validated) before they enter the vault.
                let stored = with_vault(self.core, |v| {
                    objects::store_output(self.core, v, self.task_id, &name, bytes)
                })
                .map_err(|_| {
                    ProviderError::BadResponse(p.display_name(), "data that is not a readable image")
                })?;
                self.outputs.push(stored.id);
            }
            let got = answer.images.len() + answer.failures.len();
            self.shortfall
                .extend(answer.failures.iter().map(|f| crate::providers::scrub(f, key.expose(), prompt)));
            if got < usize::from(count) {
                // The provider chose to make fewer (Seedream's sequential mode may); do not insist.
                self.shortfall.push(format!("{} made {got} of the {count} asked for", p.display_name()));
                break;
            }
        }
        Ok(())
    }

    /// One request through the gate, retried on 429/5xx after `Retry-After` or a backoff.
    fn send(
        &self,
        ask: &Ask<'_>,
        base_url: &str,
        key: &Sensitive<String>,
        network: &crate::config::NetworkConfig,
    ) -> Result<gate::Inbound, Error> {
        let p = self.provider;
        let on_answer = || {
            if let Err(e) = self.step(TaskStatus::Receiving, None) {
                tracing::warn!(error = %e, "could not record the receiving step");
            }
        };
        let conditions = Conditions {
            offline: network.offline,
            deadline: network.request_timeout.std_duration(),
            cancel: self.cancel,
            on_answer: &on_answer,
        };
        send_retrying(
            self.core,
            &conditions,
            &|| Ok(p.request(base_url, key.clone(), self.task_id, ask)?),
            &|| self.step(TaskStatus::Sending, None),
            &|wait| self.sleep(wait),
        )
    }

    /// Wait before a retry, but stop at once if cancelled.
    fn sleep(&self, total: Duration) -> Result<(), Error> {
        let until = std::time::Instant::now() + total;
        while std::time::Instant::now() < until {
            self.stop_if_cancelled()?;
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(())
    }

    /// Record how the task ended. Images already stored stay, whatever happened after them.
    fn finish(self, result: Result<(), Error>) -> Result<GenerateOutcome, Error> {
        let made = self.outputs.len();
        let (status, reason, error) = match result {
            Ok(()) if self.shortfall.is_empty() => (TaskStatus::Succeeded, None, None),
            Ok(()) => (
                TaskStatus::Succeeded,
                Some(format!(
                    "{made} of {} images; the others: {}",
                    self.params.count,
                    self.shortfall.join("; ")
                )),
                None,
            ),
            Err(e) => {
                let body = crate::error::ErrorBody::from(&e);
                let status = if body.code == crate::error::Code::Cancelled {
                    TaskStatus::Cancelled
                } else if made > 0 {
                    TaskStatus::Succeeded
                } else {
                    TaskStatus::Failed
                };
                let reason = if made > 0 {
                    format!("{made} of {} images; then: {}", self.params.count, body.message)
                } else {
                    body.message
                };
                (status, Some(reason), (made == 0 || status == TaskStatus::Cancelled).then_some(e))
            }
        };
        self.step(status, reason.as_deref())?;
        match error {
            Some(e) => Err(e),
            None => Ok(GenerateOutcome { task_id: self.task_id.to_string(), status, outputs: self.outputs }),
        }
    }
}

/// One request through the gate, built afresh by `build` for each attempt, retried on the
/// answers its provider calls busy or failing (429/5xx) after `Retry-After` or a backoff, at
/// most [`ATTEMPTS`] times; the last answer is returned whatever it says. `before_attempt`
/// runs first each time (a task records its step) and `wait` sleeps between attempts (a task
/// stops sleeping when cancelled). Generation and prompt help send this one way.
pub(crate) fn send_retrying<'a>(
    core: &AppCore,
    conditions: &Conditions<'_>,
    build: &dyn Fn() -> Result<gate::Outbound<'a>, Error>,
    before_attempt: &dyn Fn() -> Result<(), Error>,
    wait: &dyn Fn(Duration) -> Result<(), Error>,
) -> Result<gate::Inbound, Error> {
    let mut attempt = 0;
    loop {
        attempt += 1;
        before_attempt()?;
        let out = build()?;
        let provider = out.provider;
        let inbound = gate::send(&LockedRecords(core), conditions, out, core.clock().now())?;
        if provider.retryable(&inbound) && attempt < ATTEMPTS {
            let secs = inbound.retry_after.unwrap_or(1 << attempt).min(MAX_BACKOFF_SECS);
            tracing::info!(status = inbound.status, wait = secs, "provider busy; retrying");
            wait(Duration::from_secs(secs))?;
            continue;
        }
        return Ok(inbound);
    }
}

fn extension(bytes: &[u8]) -> &'static str {
    match image::guess_format(bytes) {
        Ok(image::ImageFormat::Png) => "png",
        Ok(image::ImageFormat::WebP) => "webp",
        _ => "jpg",
    }
}
