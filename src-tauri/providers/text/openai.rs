//! Prompt help with OpenAI: `POST /v1/responses` with our instructions as `instructions` and one
//! user message holding the user's words (`input_text`) or one image (`input_image`, a base64
//! data URL, never a `file_id`). `store` is sent as `false`: the Responses API keeps responses
//! by default. The answer is the `output_text` of its `message` items; a `refusal` is a decline.

use serde::{Deserialize, Serialize};

use super::{declined, TextAsk};
use crate::egress::gate::{Inbound, Outbound};
use crate::egress::http::Payload;
use crate::providers::openai::{error_of, server_root};
use crate::providers::wire::{b64_encode, endpoint, looks_html, short};
use crate::providers::{ProviderError, ProviderId};
use crate::secrets::Sensitive;

const NAME: &str = "OpenAI";

#[derive(Serialize)]
struct Request<'a> {
    model: &'a str,
    instructions: &'a str,
    input: [Message<'a>; 1],
    /// Responses are kept for 30 days unless this is false.
    store: bool,
}

#[derive(Serialize)]
struct Message<'a> {
    role: &'static str,
    content: Vec<InputContent<'a>>,
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum InputContent<'a> {
    InputText { text: &'a str },
    InputImage { image_url: String, detail: &'static str },
}

/// The request; nothing of it is kept by OpenAI beyond its abuse-monitoring logs.
pub(super) fn request<'a>(
    base_url: &str,
    key: Sensitive<String>,
    ask: &TextAsk<'a>,
) -> Result<Outbound<'a>, ProviderError> {
    let mut content = Vec::new();
    if !ask.prompt.is_empty() {
        content.push(InputContent::InputText { text: ask.prompt });
    }
    content.extend(ask.image.map(|i| InputContent::InputImage {
        image_url: format!("data:{};base64,{}", i.mime(), b64_encode(i.bytes())),
        detail: "auto",
    }));
    let body = Request {
        model: ask.model,
        instructions: ask.instructions,
        input: [Message { role: "user", content }],
        store: false,
    };
    let body =
        serde_json::to_vec(&body).map_err(|_| ProviderError::BadResponse(NAME, "an unencodable request"))?;
    Ok(Outbound {
        provider: ProviderId::Openai,
        task_id: None,
        url: endpoint(NAME, &server_root(base_url), "v1/responses")?,
        auth: ("authorization", Sensitive::new(format!("Bearer {}", key.expose()))),
        payload: Payload::Json(body),
        parts: ask.image.into_iter().collect(),
        prompt: ask.prompt,
    })
}

#[derive(Deserialize)]
struct Response {
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    output: Vec<OutputItem>,
    #[serde(default)]
    error: Option<ResponseError>,
    #[serde(default)]
    incomplete_details: Option<Incomplete>,
}

#[derive(Deserialize)]
struct OutputItem {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    content: Vec<OutputContent>,
}

#[derive(Deserialize)]
struct OutputContent {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    refusal: Option<String>,
}

#[derive(Deserialize)]
struct ResponseError {
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    message: String,
}

#[derive(Deserialize)]
struct Incomplete {
    #[serde(default)]
    reason: Option<String>,
}

/// The answer's text, untidied; a failed, unfinished, refused or text-less answer is an error.
pub(super) fn parse(inbound: &Inbound) -> Result<String, ProviderError> {
    if inbound.status != 200 {
        return Err(declined(error_of(inbound)));
    }
    if looks_html(inbound) {
        return Err(ProviderError::BadResponse(NAME, "an HTML page instead of an answer"));
    }
    let response: Response = serde_json::from_slice(&inbound.body)
        .map_err(|_| ProviderError::BadResponse(NAME, "a truncated or malformed answer"))?;
    if let Some(error) = response.error {
        let why = if error.message.is_empty() { error.code.unwrap_or_default() } else { error.message };
        return Err(ProviderError::Rejected(NAME, inbound.status, short(&why)));
    }
    if response.status.as_deref() == Some("incomplete") {
        return Err(match response.incomplete_details.and_then(|d| d.reason).as_deref() {
            Some("content_filter") => {
                ProviderError::Declined(NAME, "its safety system stopped the answer".into())
            }
            Some("max_output_tokens") => ProviderError::BadResponse(NAME, "a prompt cut short"),
            _ => ProviderError::BadResponse(NAME, "an unfinished answer"),
        });
    }
    let mut text = String::new();
    let mut refusal = None;
    let mut other = false;
    // Reasoning models put `reasoning` items before the message; they are not the answer.
    for item in response.output.into_iter().filter(|i| i.kind == "message") {
        for content in item.content {
            match (content.kind.as_str(), content.text, content.refusal) {
                ("output_text", Some(t), _) => text.push_str(&t),
                ("refusal", _, Some(r)) => refusal = Some(r),
                _ => other = true,
            }
        }
    }
    if text.trim().is_empty() {
        if let Some(why) = refusal {
            return Err(ProviderError::Declined(NAME, short(&why)));
        }
        if other {
            return Err(ProviderError::NoText(NAME, "the answer had no text"));
        }
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::super::TextProvider;
    use super::*;

    use crate::providers::wire::json_answer as inbound;

    fn parsed(body: &str) -> Result<String, ProviderError> {
        TextProvider::Openai.parse(&inbound(200, body))
    }

    #[test]
    fn the_request_is_not_stored_and_carries_only_the_users_words() {
        let ask =
            TextAsk { model: "gpt-5.4-mini", instructions: "Rewrite it.", prompt: "a fox", image: None };
        let out = request("https://api.openai.com/v1", Sensitive::new("sk-test".into()), &ask).unwrap();
        assert_eq!(out.url.as_str(), "https://api.openai.com/v1/responses");
        assert_eq!(out.auth.0, "authorization");
        assert_eq!((out.task_id, out.prompt, out.parts.len()), (None, "a fox", 0));
        let Payload::Json(body) = out.payload else { panic!("JSON expected") };
        let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(
            body,
            serde_json::json!({
                "model": "gpt-5.4-mini",
                "instructions": "Rewrite it.",
                "input": [{"role": "user", "content": [{"type": "input_text", "text": "a fox"}]}],
                "store": false
            })
        );
    }

    #[test]
    fn the_text_of_message_items_is_read() {
        let ok = r#"{"id":"resp_1","object":"response","created_at":1767225600,"status":"completed",
            "error":null,"incomplete_details":null,"model":"gpt-5.4-mini-2026-03-17",
            "output":[{"id":"rs_1","type":"reasoning","summary":[]},
              {"id":"msg_1","type":"message","status":"completed","role":"assistant",
               "content":[{"type":"output_text","annotations":[],"logprobs":[],"text":"A red fox in fresh snow."}]}],
            "store":false,"usage":{"input_tokens":60,"output_tokens":20,"total_tokens":80}}"#;
        assert_eq!(parsed(ok).unwrap(), "A red fox in fresh snow.");
    }

    #[test]
    fn refusals_unfinished_failed_and_textless_answers_are_explained() {
        let refusal = r#"{"status":"completed","output":[{"type":"message","role":"assistant",
            "content":[{"type":"refusal","refusal":"I can't help with that."}]}]}"#;
        assert_eq!(
            parsed(refusal).unwrap_err().to_string(),
            "OpenAI declined to help with this prompt (I can't help with that.)"
        );
        let filtered =
            r#"{"status":"incomplete","incomplete_details":{"reason":"content_filter"},"output":[]}"#;
        assert!(matches!(parsed(filtered), Err(ProviderError::Declined(..))));
        let cut = r#"{"status":"incomplete","incomplete_details":{"reason":"max_output_tokens"},
            "output":[{"type":"message","content":[{"type":"output_text","text":"A red"}]}]}"#;
        assert!(matches!(parsed(cut), Err(ProviderError::BadResponse(_, "a prompt cut short"))));
        let failed = r#"{"status":"failed","error":{"code":"server_error","message":"The model failed."},"output":[]}"#;
        assert!(matches!(parsed(failed), Err(ProviderError::Rejected(_, 200, _))));
        let reasoning_only = r#"{"status":"completed","output":[{"type":"reasoning","summary":[]}]}"#;
        assert!(matches!(parsed(reasoning_only), Err(ProviderError::NoText(_, "the answer was empty"))));
        let image_only =
            r#"{"status":"completed","output":[{"type":"message","content":[{"type":"output_image"}]}]}"#;
        assert!(matches!(parsed(image_only), Err(ProviderError::NoText(_, "the answer had no text"))));
        assert!(matches!(parsed(r#"{"output":[{"type":"mess"#), Err(ProviderError::BadResponse(..))));
    }

    #[test]
    fn errors_read_as_for_images() {
        let broke = r#"{"error":{"message":"You exceeded your current quota","type":"insufficient_quota","code":"insufficient_quota"}}"#;
        assert!(matches!(TextProvider::Openai.parse(&inbound(429, broke)), Err(ProviderError::Quota(_))));
        let blocked =
            r#"{"error":{"message":"rejected","type":"invalid_request_error","code":"moderation_blocked"}}"#;
        assert!(matches!(
            TextProvider::Openai.parse(&inbound(400, blocked)),
            Err(ProviderError::Declined(..))
        ));
    }
}
