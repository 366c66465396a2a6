//! Generating with a cloud provider, start to finish: queue a task with its references, minimize
//! them, send through the egress gate (consent, offline, ledger), read and validate the answer,
//! store the results as outputs, and end the task — which lets retention delete the originals
//! at once. Every state change is recorded; a failure ends the task as `failed` with its reason.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::objects::{self, Vault};
use super::tasks;
use crate::egress::{gate, minimize};
use crate::providers::{gemini, ProviderError, ProviderId};
use crate::secrets::Sensitive;
use crate::tasks::{TaskKind, TaskStatus};
use crate::vault::ObjectId;
use crate::{AppCore, Error};

/// Attempts per request when the provider answers 429 or 5xx.
const ATTEMPTS: u32 = 3;
/// The longest wait between attempts, whatever `Retry-After` says.
const MAX_BACKOFF_SECS: u64 = 30;

/// What to generate.
#[derive(Debug, Clone)]
pub struct GenerateRequest {
    /// Where.
    pub provider: ProviderId,
    /// What.
    pub prompt: String,
    /// Reference images (originals in the vault).
    pub refs: Vec<ObjectId>,
    /// A model other than the configured one.
    pub model: Option<String>,
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

/// The API key: the keyring first, then (for the CLI) the provider's environment variable.
pub fn api_key(core: &AppCore, provider: ProviderId) -> Result<Sensitive<String>, Error> {
    if let Some(key) = super::keys::get(core, provider)? {
        return Ok(key);
    }
    match std::env::var(provider.key_env()) {
        Ok(key) if !key.trim().is_empty() => Ok(Sensitive::new(key.trim().to_string())),
        _ => Err(ProviderError::NoKey(provider.display_name(), provider, provider.key_env()).into()),
    }
}

/// Run a generation to its end. On failure the task is recorded as failed (with the reason)
/// and the error returned.
#[tracing::instrument(skip_all, fields(provider = %request.provider))]
pub fn generate(core: &AppCore, vault: &Vault, request: &GenerateRequest) -> Result<GenerateOutcome, Error> {
    if request.provider != ProviderId::Gemini {
        return Err(Error::InvalidInput(format!(
            "{} is not available in this version yet; use gemini",
            request.provider.display_name()
        )));
    }
    if request.prompt.trim().is_empty() {
        return Err(Error::InvalidInput("the prompt is empty".into()));
    }
    let kind = if request.refs.is_empty() { TaskKind::Generate } else { TaskKind::Edit };
    let provider = request.provider.as_str();
    let task_id = tasks::create(core, vault, kind, Some(provider), Some(&request.prompt), &request.refs)?;
    match run(core, vault, request, &task_id) {
        Ok(outputs) => {
            tasks::transition(core, vault, &task_id, TaskStatus::Succeeded, None)?;
            Ok(GenerateOutcome { task_id, status: TaskStatus::Succeeded, outputs })
        }
        Err(e) => {
            let reason = crate::error::ErrorBody::from(&e).message;
            tasks::transition(core, vault, &task_id, TaskStatus::Failed, Some(&reason))?;
            Err(e)
        }
    }
}

fn run(
    core: &AppCore,
    vault: &Vault,
    request: &GenerateRequest,
    task_id: &str,
) -> Result<Vec<String>, Error> {
    let p = request.provider;
    tasks::transition(core, vault, task_id, TaskStatus::Preparing, None)?;
    let config = core.config();
    let key = api_key(core, p)?;
    let mut images = Vec::new();
    for id in &request.refs {
        // An original deleted by retention (its 24 hours passed) is gone: say so, send nothing.
        let (_, plain) = vault.store().read(*id, core.clock().now()).map_err(|_| {
            Error::InvalidInput(format!(
                "the reference {id} is no longer in the vault (originals are deleted within 24 hours)"
            ))
        })?;
        let minimized = minimize::minimize(&plain, p.reference_limits())
            .map_err(|source| Error::Import { file: id.to_string(), source })?;
        images.push(minimized);
    }
    let settings = &config.providers.gemini;
    let base_url = std::env::var(p.base_url_env()).unwrap_or_else(|_| settings.base_url.clone());
    if !crate::egress::http::acceptable_base_url(&base_url) {
        return Err(Error::InvalidInput(format!("{} must be an https:// URL", p.base_url_env())));
    }
    let model = request.model.as_deref().unwrap_or(&settings.model);
    tasks::transition(core, vault, task_id, TaskStatus::Sending, None)?;
    let mut attempt = 0;
    let inbound = loop {
        attempt += 1;
        let out = gemini::request(&base_url, model, key.clone(), task_id, &request.prompt, &images)?;
        let inbound = gate::send(vault.store().index(), config.network.offline, out, core.clock().now())?;
        if gemini::retryable(&inbound) && attempt < ATTEMPTS {
            let wait = inbound.retry_after.unwrap_or(1 << attempt).min(MAX_BACKOFF_SECS);
            tracing::info!(status = inbound.status, wait, "provider busy; retrying");
            std::thread::sleep(std::time::Duration::from_secs(wait));
            continue;
        }
        break inbound;
    };
    tasks::transition(core, vault, task_id, TaskStatus::Receiving, None)?;
    let payloads = gemini::parse(&inbound)?;
    let mut outputs = Vec::new();
    for (n, bytes) in payloads.iter().enumerate() {
        let name = format!("{}-{}.{}", p.as_str(), n + 1, extension(bytes));
        let stored = objects::store_output(core, vault, task_id, &name, bytes)
            .map_err(|_| ProviderError::BadResponse(p.display_name(), "data that is not a readable image"))?;
        outputs.push(stored.id);
    }
    Ok(outputs)
}

fn extension(bytes: &[u8]) -> &'static str {
    match image::guess_format(bytes) {
        Ok(image::ImageFormat::Png) => "png",
        Ok(image::ImageFormat::WebP) => "webp",
        _ => "jpg",
    }
}
