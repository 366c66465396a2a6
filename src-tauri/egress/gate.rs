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
use crate::index::{Index, IndexError, LedgerEntry, LedgerPart, Received};
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
    /// Complete an entry with the response status and, for a download, what came.
    fn answered(&self, id: i64, status: u16, received: Option<&Received>) -> Result<(), ErrorBody>;
}

impl Records for Index {
    fn consented(&self, provider: ProviderId) -> Result<bool, ErrorBody> {
        Ok(self.consent(provider.as_str()).map_err(|e| ErrorBody::from(&e))?.is_some())
    }

    fn append(&self, entry: &LedgerEntry, at: OffsetDateTime) -> Result<i64, ErrorBody> {
        self.append_ledger(entry, at).map_err(|e| ErrorBody::from(&e))
    }

    fn answered(&self, id: i64, status: u16, received: Option<&Received>) -> Result<(), ErrorBody> {
        self.set_ledger_status(id, status, received).map_err(|e| ErrorBody::from(&e))
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
    /// A download link that is not https (or http to this computer).
    #[error("{0} gave a download link that is not https; nothing was fetched")]
    InsecureLink(&'static str),
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
        method: out.payload.method().into(),
        received: None,
    };
    let auth = (out.auth.0, out.auth.1.expose().as_str());
    exchange(
        records,
        conditions,
        out.provider,
        entry,
        out.url,
        Some(auth),
        out.payload,
        http::MAX_RESPONSE_BYTES,
        now,
    )
}

/// Fetch a provider's result from the link it gave (a video on its storage host), at most
/// `cap` bytes, without the API key (the link is signed). The same consent, offline and
/// ledger rules as a request: the ledger records the host and, once it came, the bytes and
/// their SHA-256. Only https links, or http to this computer, are followed.
pub fn download(
    records: &dyn Records,
    conditions: &Conditions<'_>,
    provider: ProviderId,
    task_id: &str,
    link: &str,
    cap: u64,
    now: OffsetDateTime,
) -> Result<Inbound, EgressError> {
    let name = provider.display_name();
    let url = reqwest::Url::parse(link)
        .ok()
        .filter(|u| http::acceptable_base_url(u.as_str()))
        .ok_or(EgressError::InsecureLink(name))?;
    let entry = LedgerEntry {
        task_id: Some(task_id.to_string()),
        provider: provider.as_str().into(),
        host: url.host_str().unwrap_or_default().to_string(),
        time: String::new(),
        prompt_chars: 0,
        prompt_sha256: None,
        parts: Vec::new(),
        status: None,
        method: "GET".into(),
        received: None,
    };
    let payload = Payload::None(http::Method::Get);
    exchange(records, conditions, provider, entry, url, None, payload, cap, now)
}

/// The one path to the network: refuse offline or without consent, record, send, complete
/// the record with the status (and, for a `GET` of a body, its size and digest).
#[allow(clippy::too_many_arguments)]
fn exchange(
    records: &dyn Records,
    conditions: &Conditions<'_>,
    provider: ProviderId,
    entry: LedgerEntry,
    url: reqwest::Url,
    auth: Option<(&'static str, &str)>,
    payload: Payload,
    cap: u64,
    now: OffsetDateTime,
) -> Result<Inbound, EgressError> {
    let name = provider.display_name();
    if conditions.offline {
        return Err(EgressError::Offline);
    }
    if !records.consented(provider).map_err(EgressError::Records)? {
        return Err(EgressError::ConsentRequired(provider));
    }
    if conditions.cancel.is_cancelled() {
        return Err(EgressError::Cancelled(name));
    }
    let is_download = auth.is_none();
    let ledger_id = records.append(&entry, now).map_err(EgressError::Records)?;
    tracing::info!(%provider, method = entry.method, parts = entry.parts.len(), "request leaving the device");
    let answer =
        http::exchange(url, auth, payload, conditions.deadline, cap, conditions.cancel, conditions.on_answer)
            .map_err(|e| match e {
                SendError::Client(why) => EgressError::Unreachable(name, why),
                SendError::Connect => EgressError::Unreachable(name, "connection failed".into()),
                SendError::Broken => EgressError::Unreachable(name, "the connection broke".into()),
                SendError::Timeout => EgressError::Timeout(name, conditions.deadline.as_secs()),
                SendError::TooLarge => EgressError::TooLarge(name, cap >> 20),
                SendError::Cancelled => EgressError::Cancelled(name),
            })?;
    let received = is_download.then(|| Received {
        bytes: answer.body.len() as u64,
        sha256: hex::encode(Sha256::digest(&answer.body)),
    });
    records.answered(ledger_id, answer.status, received.as_ref()).map_err(EgressError::Records)?;
    tracing::info!(%provider, status = answer.status, "provider answered");
    Ok(Inbound {
        status: answer.status,
        retry_after: answer.retry_after,
        content_type: answer.content_type,
        body: answer.body,
    })
}
