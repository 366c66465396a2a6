//! What the adapters share about reading and writing the wire: URLs, base64, HTML error pages,
//! and the OpenAI-style error envelope (`{"error":{"code","message","type"}}`) that OpenAI and
//! Ark both use.

use base64::Engine;
use serde::Deserialize;

use super::ProviderError;
use crate::egress::gate::Inbound;

/// `base_url` + `path` as a URL, or the configuration is wrong.
pub fn endpoint(name: &'static str, base_url: &str, path: &str) -> Result<reqwest::Url, ProviderError> {
    reqwest::Url::parse(&format!("{}/{}", base_url.trim_end_matches('/'), path.trim_start_matches('/')))
        .map_err(|_| ProviderError::InvalidEndpoint(name))
}

/// Standard base64 (with or without padding).
pub fn b64_encode(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// A base64 image payload, decoded; not yet checked as an image.
pub fn b64_decode(name: &'static str, data: &str) -> Result<Vec<u8>, ProviderError> {
    base64::engine::general_purpose::STANDARD
        .decode(data.trim().as_bytes())
        .map_err(|_| ProviderError::BadResponse(name, "image data that is not valid base64"))
}

/// A gateway's or proxy's HTML page rather than the API's JSON.
pub fn looks_html(inbound: &Inbound) -> bool {
    inbound.content_type.contains("text/html") || inbound.body.trim_ascii_start().starts_with(b"<")
}

/// A provider's message, cut to something a person reads (and a log line can hold).
pub fn short(message: &str) -> String {
    message.chars().filter(|c| !c.is_control()).take(200).collect()
}

/// `{"error":{...}}` as OpenAI and Ark send it.
#[derive(Debug, Default, Deserialize)]
pub struct OpenAiStyleError {
    /// Machine-readable code (`insufficient_quota`, `InvalidParameter`, ...).
    #[serde(default)]
    pub code: Option<String>,
    /// Human-readable message.
    #[serde(default)]
    pub message: String,
    /// OpenAI's moderation details, when a safety system refused.
    #[serde(default)]
    pub moderation_details: Option<ModerationDetails>,
}

/// Where OpenAI's moderation stopped the request.
#[derive(Debug, Default, Deserialize)]
pub struct ModerationDetails {
    /// `input` or `output`.
    #[serde(default)]
    pub moderation_stage: Option<String>,
    /// Categories flagged.
    #[serde(default)]
    pub categories: Vec<String>,
}

#[derive(Deserialize)]
struct Envelope {
    error: OpenAiStyleError,
}

/// The error object of a non-200 answer, if there is one.
pub fn openai_style_error(inbound: &Inbound) -> OpenAiStyleError {
    serde_json::from_slice::<Envelope>(&inbound.body).map(|e| e.error).unwrap_or_default()
}

/// A provider's JSON answer, for the adapters' tests.
#[cfg(test)]
pub fn json_answer(status: u16, body: &str) -> Inbound {
    Inbound {
        status,
        retry_after: None,
        content_type: "application/json".into(),
        body: body.as_bytes().to_vec(),
    }
}
