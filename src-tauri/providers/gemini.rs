//! Google Gemini `generateContent` with image output: inline image parts in, inline image
//! parts out. Never the Files API (it keeps uploads for 48 hours).

use serde::{Deserialize, Serialize};

use super::wire::{b64_decode, b64_encode, endpoint, looks_html, short};
use super::{Answer, Ask, ProviderError, ProviderId};
use crate::egress::gate::{Inbound, Outbound};
use crate::egress::http::Payload;
use crate::egress::minimize::MinimizedImage;
use crate::secrets::Sensitive;

const NAME: &str = "Google Gemini";

#[derive(Serialize)]
struct Request<'a> {
    contents: [Content<'a>; 1],
    #[serde(rename = "generationConfig")]
    generation_config: GenerationConfig<'a>,
}

/// One turn of `contents` (prompt help's text requests build the same shape).
#[derive(Serialize)]
pub(super) struct Content<'a> {
    pub(super) role: &'static str,
    pub(super) parts: Vec<Part<'a>>,
}

#[derive(Serialize)]
#[serde(untagged)]
pub(super) enum Part<'a> {
    Text { text: &'a str },
    Image { inline_data: InlineOut },
}

impl<'a> Part<'a> {
    /// A minimized image as an inline part (never the Files API).
    pub(super) fn image(image: &MinimizedImage) -> Part<'a> {
        Part::Image { inline_data: InlineOut { mime_type: image.mime(), data: b64_encode(image.bytes()) } }
    }
}

#[derive(Serialize)]
pub(super) struct InlineOut {
    mime_type: &'static str,
    data: String,
}

#[derive(Serialize)]
struct GenerationConfig<'a> {
    #[serde(rename = "responseModalities")]
    response_modalities: [&'static str; 2],
    #[serde(rename = "imageConfig", skip_serializing_if = "Option::is_none")]
    image_config: Option<ImageConfig<'a>>,
}

#[derive(Serialize)]
struct ImageConfig<'a> {
    #[serde(rename = "aspectRatio", skip_serializing_if = "Option::is_none")]
    aspect_ratio: Option<String>,
    #[serde(rename = "imageSize", skip_serializing_if = "Option::is_none")]
    image_size: Option<&'a str>,
}

/// The request for one image: the prompt first, then the references as inline parts.
pub fn request<'a>(
    base_url: &str,
    key: Sensitive<String>,
    task_id: &'a str,
    ask: &Ask<'a>,
) -> Result<Outbound<'a>, ProviderError> {
    let mut parts = vec![Part::Text { text: ask.prompt }];
    parts.extend(ask.images.iter().map(Part::image));
    let body = Request {
        contents: [Content { role: "user", parts }],
        generation_config: GenerationConfig {
            response_modalities: ["TEXT", "IMAGE"],
            image_config: (ask.size.is_some() || ask.image_size.is_some()).then(|| ImageConfig {
                aspect_ratio: ask.size.map(|s| s.fit(ProviderId::Gemini, ask.model).value),
                image_size: ask.image_size,
            }),
        },
    };
    let body =
        serde_json::to_vec(&body).map_err(|_| ProviderError::BadResponse(NAME, "an unencodable request"))?;
    let url = endpoint(NAME, base_url, &format!("v1beta/models/{}:generateContent", ask.model))?;
    Ok(Outbound {
        provider: ProviderId::Gemini,
        task_id: Some(task_id),
        url,
        auth: ("x-goog-api-key", key),
        payload: Payload::Json(body),
        parts: ask.images.iter().collect(),
        prompt: ask.prompt,
    })
}

/// A `generateContent` answer (image and text answers alike).
#[derive(Deserialize)]
pub(super) struct Response {
    #[serde(default)]
    pub(super) candidates: Vec<Candidate>,
    #[serde(default, rename = "promptFeedback", alias = "prompt_feedback")]
    pub(super) prompt_feedback: Option<Feedback>,
}

#[derive(Deserialize)]
pub(super) struct Feedback {
    #[serde(rename = "blockReason", alias = "block_reason")]
    pub(super) block_reason: Option<String>,
}

#[derive(Deserialize)]
pub(super) struct Candidate {
    pub(super) content: Option<CandidateContent>,
    #[serde(rename = "finishReason", alias = "finish_reason")]
    pub(super) finish_reason: Option<String>,
}

#[derive(Deserialize)]
pub(super) struct CandidateContent {
    #[serde(default)]
    pub(super) parts: Vec<PartIn>,
}

#[derive(Deserialize)]
pub(super) struct PartIn {
    #[serde(rename = "inlineData", alias = "inline_data")]
    inline_data: Option<InlineIn>,
    /// Text (prompt help reads it; image answers may carry a caption).
    #[serde(default)]
    pub(super) text: Option<String>,
    /// A thinking model's thought summary, not its answer.
    #[serde(default)]
    pub(super) thought: bool,
}

#[derive(Deserialize)]
struct InlineIn {
    data: String,
}

#[derive(Deserialize)]
struct ErrorEnvelope {
    error: ErrorBody,
}

#[derive(Deserialize)]
struct ErrorBody {
    #[serde(default)]
    message: String,
    #[serde(default)]
    status: String,
}

/// Why an answer other than 200 failed (image and text answers alike).
pub(super) fn error_of(inbound: &Inbound) -> ProviderError {
    if looks_html(inbound) {
        return ProviderError::Server(NAME, inbound.status);
    }
    let envelope: Option<ErrorEnvelope> = serde_json::from_slice(&inbound.body).ok();
    let (message, status) = envelope.map(|e| (e.error.message, e.error.status)).unwrap_or_default();
    let message = short(&message);
    match inbound.status {
        429 => ProviderError::RateLimited(NAME),
        401 | 403 => ProviderError::Auth(NAME),
        400 if message.contains("API key") || status == "UNAUTHENTICATED" => ProviderError::Auth(NAME),
        s if s >= 500 => ProviderError::Server(NAME, s),
        s => ProviderError::Rejected(NAME, s, if message.is_empty() { status } else { message }),
    }
}

/// The images in an answer, base64-decoded (the caller decodes them as images before storing).
pub fn parse(inbound: &Inbound) -> Result<Answer, ProviderError> {
    if inbound.status != 200 {
        return Err(error_of(inbound));
    }
    if looks_html(inbound) {
        return Err(ProviderError::BadResponse(NAME, "an HTML page instead of an answer"));
    }
    let response: Response = serde_json::from_slice(&inbound.body)
        .map_err(|_| ProviderError::BadResponse(NAME, "a truncated or malformed answer"))?;
    if let Some(reason) = response.prompt_feedback.and_then(|f| f.block_reason) {
        return Err(ProviderError::Blocked(NAME, explain(&reason)));
    }
    let mut images = Vec::new();
    let mut finish = None;
    for candidate in response.candidates {
        finish = finish.or(candidate.finish_reason.filter(|r| r != "STOP"));
        for part in candidate.content.map(|c| c.parts).unwrap_or_default() {
            if let Some(inline) = part.inline_data {
                images.push(b64_decode(NAME, &inline.data)?);
            }
        }
    }
    if images.is_empty() {
        return Err(match finish {
            Some(reason) if reason != "NO_IMAGE" => ProviderError::Blocked(NAME, explain(&reason)),
            _ => ProviderError::NoImage(NAME),
        });
    }
    Ok(Answer { images, failures: Vec::new() })
}

/// Block and finish reasons in words.
pub(super) fn explain(reason: &str) -> String {
    match reason {
        "SAFETY" | "IMAGE_SAFETY" => "its safety filters flagged it".into(),
        "PROHIBITED_CONTENT" | "IMAGE_PROHIBITED_CONTENT" => "it considers the content prohibited".into(),
        "BLOCKLIST" => "the prompt contains blocked terms".into(),
        "IMAGE_RECITATION" | "RECITATION" => "the result resembled existing material too closely".into(),
        other => format!(
            "reason: {}",
            other.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '_').take(40).collect::<String>()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inbound(status: u16, content_type: &str, body: &str) -> Inbound {
        Inbound {
            status,
            retry_after: None,
            content_type: content_type.into(),
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn reads_both_spellings_of_inline_data() {
        let camel = r#"{"candidates":[{"content":{"parts":[{"text":"here"},{"inlineData":{"mimeType":"image/png","data":"aGVsbG8="}}]},"finishReason":"STOP"}]}"#;
        let snake = r#"{"candidates":[{"content":{"parts":[{"inline_data":{"mime_type":"image/png","data":"aGVsbG8="}}]}}]}"#;
        for body in [camel, snake] {
            assert_eq!(
                parse(&inbound(200, "application/json", body)).unwrap().images,
                vec![b"hello".to_vec()]
            );
        }
    }

    #[test]
    fn blocks_and_empty_answers_are_explained() {
        let blocked = r#"{"promptFeedback":{"blockReason":"SAFETY"}}"#;
        let e = parse(&inbound(200, "application/json", blocked)).unwrap_err().to_string();
        assert_eq!(e, "Google Gemini declined to make this image (its safety filters flagged it)");
        let finish = r#"{"candidates":[{"content":{"parts":[{"text":"no"}]},"finishReason":"IMAGE_PROHIBITED_CONTENT"}]}"#;
        let e = parse(&inbound(200, "application/json", finish)).unwrap_err().to_string();
        assert!(e.contains("prohibited"), "{e}");
        let text_only =
            r#"{"candidates":[{"content":{"parts":[{"text":"I can't"}]},"finishReason":"STOP"}]}"#;
        assert!(matches!(
            parse(&inbound(200, "application/json", text_only)),
            Err(ProviderError::NoImage(_))
        ));
    }

    #[test]
    fn bad_answers_are_rejected_cleanly() {
        let html = parse(&inbound(200, "text/html", "<html>gateway</html>")).unwrap_err();
        assert!(matches!(html, ProviderError::BadResponse(_, "an HTML page instead of an answer")));
        let cut = parse(&inbound(200, "application/json", r#"{"candidates":[{"content":{"pa"#)).unwrap_err();
        assert!(matches!(cut, ProviderError::BadResponse(_, "a truncated or malformed answer")));
        let not_b64 = r#"{"candidates":[{"content":{"parts":[{"inlineData":{"data":"***"}}]}}]}"#;
        assert!(matches!(
            parse(&inbound(200, "application/json", not_b64)),
            Err(ProviderError::BadResponse(..))
        ));
        let gateway = parse(&inbound(502, "text/html", "<html>bad gateway</html>")).unwrap_err();
        assert!(matches!(gateway, ProviderError::Server(_, 502)));
    }

    #[test]
    fn error_envelopes_map_to_what_the_user_can_do() {
        let quota = r#"{"error":{"code":429,"message":"Quota exceeded","status":"RESOURCE_EXHAUSTED"}}"#;
        assert!(matches!(
            parse(&inbound(429, "application/json", quota)),
            Err(ProviderError::RateLimited(_))
        ));
        let key = r#"{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT"}}"#;
        assert!(matches!(parse(&inbound(400, "application/json", key)), Err(ProviderError::Auth(_))));
        let bad = r#"{"error":{"code":400,"message":"Unsupported MIME type","status":"INVALID_ARGUMENT"}}"#;
        let e = parse(&inbound(400, "application/json", bad)).unwrap_err().to_string();
        assert_eq!(e, "Google Gemini refused the request (HTTP 400): Unsupported MIME type");
        let g = ProviderId::Gemini;
        assert!(
            g.retryable(&inbound(503, "", ""))
                && g.retryable(&inbound(429, "", ""))
                && !g.retryable(&inbound(400, "", ""))
        );
    }
}
