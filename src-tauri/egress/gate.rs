//! The egress gate: the only function that hands bytes to the HTTP client. It refuses without
//! the user's recorded consent for the provider and in offline mode, and it writes a ledger
//! entry for every request before sending it (what, to whom, when), completed with the
//! response status — so the ledger shows even requests whose answer never came.

use time::OffsetDateTime;

use super::http::{self, ReadError};
use super::minimize::MinimizedImage;
use crate::error::{Code, HasCode};
use crate::index::{Index, IndexError, LedgerEntry, LedgerPart};
use crate::providers::ProviderId;
use crate::secrets::Sensitive;

/// One request a provider adapter wants sent.
pub struct Outbound<'a> {
    /// To whom.
    pub provider: ProviderId,
    /// For which task.
    pub task_id: &'a str,
    /// The full URL.
    pub url: reqwest::Url,
    /// The authentication header (name, value); the value is never logged or recorded.
    pub auth: (&'static str, Sensitive<String>),
    /// The JSON body.
    pub body: Vec<u8>,
    /// The images inside the body, for the ledger.
    pub parts: &'a [MinimizedImage],
    /// Characters of prompt inside the body.
    pub prompt_chars: usize,
}

/// A provider's answer.
#[derive(Debug)]
pub struct Inbound {
    /// HTTP status.
    pub status: u16,
    /// `Retry-After`, in seconds, when given as a number.
    pub retry_after: Option<u64>,
    /// `Content-Type`.
    pub content_type: String,
    /// The body (at most [`http::MAX_RESPONSE_BYTES`]).
    pub body: Vec<u8>,
}

/// Why the gate did not deliver.
#[derive(Debug, thiserror::Error)]
pub enum EgressError {
    /// No consent recorded for this provider.
    #[error("{name} has not been given your consent to receive images; grant it first (seed-studio consent grant {0})", name = .0.display_name())]
    ConsentRequired(ProviderId),
    /// Offline mode is on.
    #[error("Seed Studio is in offline mode: nothing leaves this computer (turn it off in Settings or config.toml)")]
    Offline,
    /// The provider did not answer in time.
    #[error("{0} did not answer in time; try again later")]
    Timeout(&'static str),
    /// The connection failed.
    #[error("{0} could not be reached ({1})")]
    Unreachable(&'static str, String),
    /// The answer was over the size cap.
    #[error("{0} sent an answer over {1} MiB; it was refused")]
    TooLarge(&'static str, u64),
    /// The ledger could not be written (so nothing was sent).
    #[error(transparent)]
    Index(#[from] IndexError),
}

impl HasCode for EgressError {
    fn code(&self) -> Code {
        match self {
            EgressError::ConsentRequired(_) => Code::ConsentRequired,
            EgressError::Offline => Code::Offline,
            EgressError::Index(e) => e.code(),
            _ => Code::ProviderError,
        }
    }
}

/// Send `out` if the user allows it; record it either way it goes.
pub fn send(
    index: &Index,
    offline: bool,
    out: Outbound<'_>,
    now: OffsetDateTime,
) -> Result<Inbound, EgressError> {
    let name = out.provider.display_name();
    if offline {
        return Err(EgressError::Offline);
    }
    if index.consent(out.provider.as_str())?.is_none() {
        return Err(EgressError::ConsentRequired(out.provider));
    }
    let client = http::client().map_err(|e| EgressError::Unreachable(name, e))?;
    let entry = LedgerEntry {
        task_id: Some(out.task_id.to_string()),
        provider: out.provider.as_str().into(),
        host: out.url.host_str().unwrap_or_default().to_string(),
        time: String::new(),
        prompt_chars: out.prompt_chars,
        parts: out
            .parts
            .iter()
            .map(|p| LedgerPart {
                sha256: p.sha256_hex(),
                bytes: p.bytes().len(),
                width: p.width(),
                height: p.height(),
                mime: p.mime().into(),
            })
            .collect(),
        status: None,
    };
    let ledger_id = index.append_ledger(&entry, now)?;
    tracing::info!(provider = %out.provider, parts = out.parts.len(), "request leaving the device");
    let response = client
        .post(out.url)
        .header(out.auth.0, out.auth.1.expose().as_str())
        .header("content-type", "application/json")
        .body(out.body)
        .send()
        .map_err(|e| {
            if e.is_timeout() {
                EgressError::Timeout(name)
            } else {
                EgressError::Unreachable(
                    name,
                    if e.is_connect() { "connection failed".into() } else { "the request failed".into() },
                )
            }
        })?;
    let status = response.status().as_u16();
    index.set_ledger_status(ledger_id, status)?;
    let header = |h: &str| response.headers().get(h).and_then(|v| v.to_str().ok()).map(str::to_string);
    let retry_after = header("retry-after").and_then(|v| v.trim().parse().ok());
    let content_type = header("content-type").unwrap_or_default();
    let body = http::read_capped(response).map_err(|e| match e {
        ReadError::TooLarge => EgressError::TooLarge(name, http::MAX_RESPONSE_BYTES >> 20),
        ReadError::Timeout => EgressError::Timeout(name),
        ReadError::Broken => EgressError::Unreachable(name, "the answer was cut off".into()),
    })?;
    tracing::info!(provider = %out.provider, status, "provider answered");
    Ok(Inbound { status, retry_after, content_type, body })
}
