//! OpenAI Images: `POST /v1/images/generations` (JSON) without references, `/v1/images/edits`
//! (multipart, one `image[]` part per reference) with them. `model` is always sent (the API
//! would otherwise fall back to DALL·E 2); GPT image models answer with `b64_json`. Never
//! `file_id` (the Files API keeps uploads until deleted). A region edit adds `mask`: a PNG the
//! size of the first image, transparent where to edit.

use serde::{Deserialize, Serialize};

use super::wire::{b64_decode, endpoint, looks_html, openai_style_error, short};
use super::{Answer, Ask, ProviderError, ProviderId};
use crate::egress::gate::{Inbound, Outbound};
use crate::egress::http::{FormPart, Payload};
use crate::secrets::Sensitive;

const NAME: &str = "OpenAI";

#[derive(Serialize)]
struct Generation<'a> {
    model: &'a str,
    prompt: &'a str,
    n: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    size: Option<String>,
}

/// The server's root from a configured base URL, which people give in either form: the host
/// (`https://api.openai.com`) or the API's server URL as OpenAI's SDKs, proxies and gateways
/// spell it (`https://api.openai.com/v1`). Paths here start with `v1/`, so a trailing `/v1`
/// is dropped rather than doubled.
pub(super) fn server_root(base_url: &str) -> String {
    let trimmed = base_url.trim_end_matches('/');
    trimmed.strip_suffix("/v1").unwrap_or(trimmed).to_string()
}

/// The request: a generation without references, an edit with them.
pub fn request<'a>(
    base_url: &str,
    key: Sensitive<String>,
    task_id: &'a str,
    ask: &Ask<'a>,
) -> Result<Outbound<'a>, ProviderError> {
    let size = ask.size.map(|s| s.fit(ProviderId::Openai, ask.model).value);
    let (path, payload) = if ask.images.is_empty() {
        let body = Generation { model: ask.model, prompt: ask.prompt, n: ask.count, size };
        let body = serde_json::to_vec(&body)
            .map_err(|_| ProviderError::BadResponse(NAME, "an unencodable request"))?;
        ("v1/images/generations", Payload::Json(body))
    } else {
        let mut parts = vec![
            FormPart::Text { name: "model", value: ask.model.to_string() },
            FormPart::Text { name: "prompt", value: ask.prompt.to_string() },
            FormPart::Text { name: "n", value: ask.count.to_string() },
        ];
        if let Some(size) = size {
            parts.push(FormPart::Text { name: "size", value: size });
        }
        if ask.input_fidelity {
            parts.push(FormPart::Text { name: "input_fidelity", value: "high".into() });
        }
        parts.extend(ask.images.iter().map(|i| FormPart::File {
            name: "image[]",
            file_name: i.name().to_string(),
            mime: i.mime(),
            bytes: i.bytes().to_vec(),
        }));
        // A region edit: transparent where to edit, the size of the first image (the part).
        parts.extend(ask.mask.map(|m| FormPart::File {
            name: "mask",
            file_name: m.name().to_string(),
            mime: m.mime(),
            bytes: m.bytes().to_vec(),
        }));
        ("v1/images/edits", Payload::Multipart(parts))
    };
    Ok(Outbound {
        provider: ProviderId::Openai,
        task_id: Some(task_id),
        url: endpoint(NAME, &server_root(base_url), path)?,
        auth: ("authorization", Sensitive::new(format!("Bearer {}", key.expose()))),
        payload,
        parts: ask.images.iter().chain(ask.mask).collect(),
        prompt: ask.prompt,
    })
}

#[derive(Deserialize)]
struct Response {
    #[serde(default)]
    data: Vec<Datum>,
}

#[derive(Deserialize)]
struct Datum {
    b64_json: Option<String>,
    url: Option<String>,
}

/// 429 is retried when it means "slow down" (`rate_limit_exceeded`), never when it means the
/// account is out of credit (`insufficient_quota`); 5xx always.
pub fn retryable(inbound: &Inbound) -> bool {
    match inbound.status {
        429 => openai_style_error(inbound).code.as_deref() != Some("insufficient_quota"),
        s => s >= 500,
    }
}

/// Why an answer other than 200 failed (Images and Responses answers alike).
pub(super) fn error_of(inbound: &Inbound) -> ProviderError {
    if looks_html(inbound) {
        return ProviderError::Server(NAME, inbound.status);
    }
    let error = openai_style_error(inbound);
    let code = error.code.as_deref().unwrap_or_default();
    match (inbound.status, code) {
        (_, "insufficient_quota") | (_, "billing_hard_limit_reached") => ProviderError::Quota(NAME),
        (429, _) => ProviderError::RateLimited(NAME),
        (401, _) | (_, "invalid_api_key") => ProviderError::Auth(NAME),
        (_, "moderation_blocked") | (_, "content_policy_violation") => {
            let stage = error.moderation_details.as_ref().and_then(|m| m.moderation_stage.as_deref());
            let categories =
                error.moderation_details.as_ref().map(|m| m.categories.join(", ")).unwrap_or_default();
            let why = match stage {
                Some("output") => "its safety system stopped the finished image",
                _ => "its safety system rejected the prompt or a reference",
            };
            let categories = short(&categories);
            ProviderError::Blocked(
                NAME,
                if categories.is_empty() { why.to_string() } else { format!("{why}: {categories}") },
            )
        }
        (s, _) if s >= 500 => ProviderError::Server(NAME, s),
        (s, _) => ProviderError::Rejected(
            NAME,
            s,
            if error.message.is_empty() { short(code) } else { short(&error.message) },
        ),
    }
}

/// The images in an answer, base64-decoded.
pub fn parse(inbound: &Inbound) -> Result<Answer, ProviderError> {
    if inbound.status != 200 {
        return Err(error_of(inbound));
    }
    if looks_html(inbound) {
        return Err(ProviderError::BadResponse(NAME, "an HTML page instead of an answer"));
    }
    let response: Response = serde_json::from_slice(&inbound.body)
        .map_err(|_| ProviderError::BadResponse(NAME, "a truncated or malformed answer"))?;
    let mut images = Vec::new();
    for datum in response.data {
        match (datum.b64_json, datum.url) {
            (Some(data), _) => images.push(b64_decode(NAME, &data)?),
            // Only DALL·E answers with URLs; fetching one would be a second, unrecorded request.
            (None, Some(_)) => {
                return Err(ProviderError::BadResponse(
                    NAME,
                    "a link instead of the image (use a GPT image model)",
                ))
            }
            (None, None) => {}
        }
    }
    if images.is_empty() {
        return Err(ProviderError::NoImage(NAME));
    }
    Ok(Answer { images, failures: Vec::new() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_base_url_works_with_or_without_v1() {
        for base in [
            "https://api.openai.com",
            "https://api.openai.com/",
            "https://api.openai.com/v1",
            "https://api.openai.com/v1/",
        ] {
            let url = endpoint(NAME, &server_root(base), "v1/images/generations").unwrap();
            assert_eq!(url.as_str(), "https://api.openai.com/v1/images/generations", "{base}");
        }
        let gateway =
            endpoint(NAME, &server_root("https://gw.example/openai/v1"), "v1/images/edits").unwrap();
        assert_eq!(gateway.as_str(), "https://gw.example/openai/v1/images/edits");
    }

    use crate::providers::wire::json_answer as inbound;

    #[test]
    fn rate_limits_are_retried_but_an_empty_account_is_not() {
        let slow = r#"{"error":{"message":"Rate limit reached","type":"requests","param":null,"code":"rate_limit_exceeded"}}"#;
        let broke = r#"{"error":{"message":"You exceeded your current quota","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}"#;
        assert!(retryable(&inbound(429, slow)));
        assert!(!retryable(&inbound(429, broke)));
        assert!(retryable(&inbound(503, "")));
        assert!(!retryable(&inbound(400, "{}")));
        assert!(matches!(parse(&inbound(429, slow)), Err(ProviderError::RateLimited(_))));
        assert!(matches!(parse(&inbound(429, broke)), Err(ProviderError::Quota(_))));
    }

    #[test]
    fn moderation_and_other_refusals_are_explained() {
        let blocked = r#"{"error":{"message":"Your request was rejected by the safety system. safety_violations=[sexual].","type":"image_generation_user_error","param":null,"code":"moderation_blocked","moderation_details":{"moderation_stage":"output","categories":["sexual"]}}}"#;
        let e = parse(&inbound(400, blocked)).unwrap_err().to_string();
        assert_eq!(
            e,
            "OpenAI declined to make this image (its safety system stopped the finished image: sexual)"
        );
        let key = r#"{"error":{"message":"Incorrect API key provided: sk-***","type":"invalid_request_error","code":"invalid_api_key"}}"#;
        assert!(matches!(parse(&inbound(401, key)), Err(ProviderError::Auth(_))));
        let size = r#"{"error":{"message":"Invalid size '7x7'.","type":"invalid_request_error","param":"size","code":"invalid_value"}}"#;
        assert_eq!(
            parse(&inbound(400, size)).unwrap_err().to_string(),
            "OpenAI refused the request (HTTP 400): Invalid size '7x7'."
        );
    }

    #[test]
    fn images_are_read_and_broken_answers_refused() {
        let ok = r#"{"created":1713833628,"data":[{"b64_json":"aGVsbG8="},{"b64_json":"d29ybGQ="}],"usage":{"total_tokens":100}}"#;
        assert_eq!(parse(&inbound(200, ok)).unwrap().images, vec![b"hello".to_vec(), b"world".to_vec()]);
        assert!(matches!(parse(&inbound(200, r#"{"data":[]}"#)), Err(ProviderError::NoImage(_))));
        assert!(matches!(parse(&inbound(200, r#"{"data":[{"b64_js"#)), Err(ProviderError::BadResponse(..))));
        assert!(matches!(
            parse(&inbound(200, r#"{"data":[{"url":"https://x/y.png"}]}"#)),
            Err(ProviderError::BadResponse(..))
        ));
    }
}
