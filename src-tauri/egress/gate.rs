//! The egress gate: the only function that hands bytes to the HTTP client. It refuses without
//! the user's recorded consent for the provider and in offline mode, and it writes a ledger
//! entry for every request before sending it (what, to whom, when), completed with the
//! response status — so the ledger shows even requests whose answer never came.

use std::time::Duration;

use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use super::http::{self, Payload, SendError};
use super::minimize::MinimizedImage;
use crate::codes::{Code, ErrorBody, HasCode};
use crate::index::{Index, IndexError, LedgerEntry, LedgerPart};
use crate::providers::ProviderId;
use crate::secrets::Sensitive;
use crate::tasks::CancelToken;

/// One request a provider adapter wants sent.
pub struct Outbound<'a> {
    /// To whom.
    pub provider: ProviderId,
    /// For which task; `None` for a request that serves none (prompt help).
    pub task_id: Option<&'a str>,
    /// The full URL.
    pub url: reqwest::Url,
    /// The authentication header (name, value); the value is never logged or recorded.
    pub auth: (&'static str, Sensitive<String>),
    /// The body.
    pub payload: Payload,
    /// The images inside the body (and a mask), for the ledger.
    pub parts: Vec<&'a MinimizedImage>,
    /// The user's words inside the body, exactly as sent: the ledger records their length and
    /// SHA-256, never the text. Fixed instructions of our own are not the user's and not counted.
    pub prompt: &'a str,
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

/// How the gate sends.
pub struct Conditions<'a> {
    /// Offline mode: refuse everything.
    pub offline: bool,
    /// The longest a whole exchange may take.
    pub deadline: Duration,
    /// Flips when the task is cancelled; the request is then aborted.
    pub cancel: &'a CancelToken,
    /// Told when the provider starts answering.
    pub on_answer: &'a dyn Fn(),
}

/// Where the gate checks consent and writes the ledger (the index, possibly behind a lock
/// taken only for each call, so a long request does not hold the vault).
pub trait Records {
    /// Whether the user's consent for `provider` is recorded and not withdrawn.
    fn consented(&self, provider: ProviderId) -> Result<bool, ErrorBody>;
    /// Append a ledger entry; its id.
    fn append(&self, entry: &LedgerEntry, at: OffsetDateTime) -> Result<i64, ErrorBody>;
    /// Complete an entry with the response status.
    fn answered(&self, id: i64, status: u16) -> Result<(), ErrorBody>;
}

impl Records for Index {
    fn consented(&self, provider: ProviderId) -> Result<bool, ErrorBody> {
        Ok(self.consent(provider.as_str()).map_err(|e| ErrorBody::from(&e))?.is_some())
    }

    fn append(&self, entry: &LedgerEntry, at: OffsetDateTime) -> Result<i64, ErrorBody> {
        self.append_ledger(entry, at).map_err(|e| ErrorBody::from(&e))
    }

    fn answered(&self, id: i64, status: u16) -> Result<(), ErrorBody> {
        self.set_ledger_status(id, status).map_err(|e| ErrorBody::from(&e))
    }
}

/// Why the gate did not deliver.
#[derive(Debug, thiserror::Error)]
pub enum EgressError {
    /// No consent recorded for this provider.
    #[error("{name} has not been given your consent to receive images", name = .0.display_name())]
    ConsentRequired(ProviderId),
    /// Offline mode is on.
    #[error("Seed Studio is in offline mode: nothing leaves this computer")]
    Offline,
    /// The provider did not answer in time.
    #[error("{0} did not answer within {1} s; it may be overloaded, try again later (the limit is network.request_timeout)")]
    Timeout(&'static str, u64),
    /// The connection failed.
    #[error("{0} could not be reached ({1})")]
    Unreachable(&'static str, String),
    /// The answer was over the size cap.
    #[error("{0} sent an answer over {1} MiB; it was refused")]
    TooLarge(&'static str, u64),
    /// The user cancelled the task while its request was under way.
    #[error("cancelled while {0} was working; the connection was closed")]
    Cancelled(&'static str),
    /// The ledger or consent could not be read or written (so nothing was sent). Carried as
    /// its body (code and message): the records may be any store, and an error of the gate
    /// must not contain the aggregate error that contains it.
    #[error(transparent)]
    Records(ErrorBody),
}

impl From<IndexError> for EgressError {
    fn from(e: IndexError) -> Self {
        EgressError::Records(ErrorBody::from(&e))
    }
}

impl HasCode for EgressError {
    fn code(&self) -> Code {
        match self {
            EgressError::ConsentRequired(_) => Code::ConsentRequired,
            EgressError::Offline => Code::Offline,
            EgressError::Cancelled(_) => Code::Cancelled,
            EgressError::Records(e) => e.code,
            _ => Code::ProviderError,
        }
    }
}

/// The hex SHA-256 of the user's words sent, for the ledger; `None` when none were sent.
fn prompt_sha256(prompt: &str) -> Option<String> {
    (!prompt.is_empty()).then(|| hex::encode(Sha256::digest(prompt.as_bytes())))
}

/// Send `out` if the user allows it; record it either way it goes.
pub fn send(
    records: &dyn Records,
    conditions: &Conditions<'_>,
    out: Outbound<'_>,
    now: OffsetDateTime,
) -> Result<Inbound, EgressError> {
    let name = out.provider.display_name();
    if conditions.offline {
        return Err(EgressError::Offline);
    }
    if !records.consented(out.provider).map_err(EgressError::Records)? {
        return Err(EgressError::ConsentRequired(out.provider));
    }
    if conditions.cancel.is_cancelled() {
        return Err(EgressError::Cancelled(name));
    }
    let entry = LedgerEntry {
        task_id: out.task_id.map(str::to_string),
        provider: out.provider.as_str().into(),
        host: out.url.host_str().unwrap_or_default().to_string(),
        time: String::new(),
        prompt_chars: out.prompt.chars().count(),
        prompt_sha256: prompt_sha256(out.prompt),
        parts: out
            .parts
            .iter()
            .map(|p| LedgerPart {
                sha256: p.sha256_hex(),
                bytes: p.bytes().len(),
                width: p.width(),
                height: p.height(),
                mime: p.mime().into(),
                crop: p.crop(),
                mask: p.is_mask(),
                minimization: p.levels().to_vec(),
            })
            .collect(),
        status: None,
    };
    let ledger_id = records.append(&entry, now).map_err(EgressError::Records)?;
    tracing::info!(provider = %out.provider, parts = out.parts.len(), "request leaving the device");
    let answer = http::post(
        out.url,
        (out.auth.0, out.auth.1.expose().as_str()),
        out.payload,
        conditions.deadline,
        conditions.cancel,
        conditions.on_answer,
    )
    .map_err(|e| match e {
        SendError::Client(why) => EgressError::Unreachable(name, why),
        SendError::Connect => EgressError::Unreachable(name, "connection failed".into()),
        SendError::Broken => EgressError::Unreachable(name, "the connection broke".into()),
        SendError::Timeout => EgressError::Timeout(name, conditions.deadline.as_secs()),
        SendError::TooLarge => EgressError::TooLarge(name, http::MAX_RESPONSE_BYTES >> 20),
        SendError::Cancelled => EgressError::Cancelled(name),
    })?;
    records.answered(ledger_id, answer.status).map_err(EgressError::Records)?;
    tracing::info!(provider = %out.provider, status = answer.status, "provider answered");
    Ok(Inbound {
        status: answer.status,
        retry_after: answer.retry_after,
        content_type: answer.content_type,
        body: answer.body,
    })
}
