//! Prompt help with Gemini: `generateContent` on a text model, our instructions as
//! `systemInstruction`, the user's words or one inline image as the only user turn; the answer
//! is the text of the first candidate's parts that are not thoughts.

use serde::Serialize;

use super::{declined, TextAsk};
use crate::egress::gate::{Inbound, Outbound};
use crate::egress::http::Payload;
use crate::providers::gemini::{self, Content, Part, Response};
use crate::providers::wire::{endpoint, looks_html};
use crate::providers::{ProviderError, ProviderId};
use crate::secrets::Sensitive;

const NAME: &str = "Google Gemini";

#[derive(Serialize)]
struct Request<'a> {
    #[serde(rename = "systemInstruction")]
    system_instruction: Instruction<'a>,
    contents: [Content<'a>; 1],
}

#[derive(Serialize)]
struct Instruction<'a> {
    parts: [Part<'a>; 1],
}

/// The request: our instructions apart from the user's turn, which holds only their words or
/// the image (inline, never the Files API).
pub(super) fn request<'a>(
    base_url: &str,
    key: Sensitive<String>,
    ask: &TextAsk<'a>,
) -> Result<Outbound<'a>, ProviderError> {
    let mut parts = Vec::new();
    if !ask.prompt.is_empty() {
        parts.push(Part::Text { text: ask.prompt });
    }
    parts.extend(ask.image.map(Part::image));
    let body = Request {
        system_instruction: Instruction { parts: [Part::Text { text: ask.instructions }] },
        contents: [Content { role: "user", parts }],
    };
    let body =
        serde_json::to_vec(&body).map_err(|_| ProviderError::BadResponse(NAME, "an unencodable request"))?;
    let url = endpoint(NAME, base_url, &format!("v1beta/models/{}:generateContent", ask.model))?;
    Ok(Outbound {
        provider: ProviderId::Gemini,
        task_id: None,
        url,
        auth: ("x-goog-api-key", key),
        payload: Payload::Json(body),
        parts: ask.image.into_iter().collect(),
        prompt: ask.prompt,
    })
}

/// The answer's text, untidied; a block, a cut-off or a text-less answer is an error.
pub(super) fn parse(inbound: &Inbound) -> Result<String, ProviderError> {
    if inbound.status != 200 {
        return Err(declined(gemini::error_of(inbound)));
    }
    if looks_html(inbound) {
        return Err(ProviderError::BadResponse(NAME, "an HTML page instead of an answer"));
    }
    let response: Response = serde_json::from_slice(&inbound.body)
        .map_err(|_| ProviderError::BadResponse(NAME, "a truncated or malformed answer"))?;
    if let Some(reason) = response.prompt_feedback.and_then(|f| f.block_reason) {
        return Err(ProviderError::Declined(NAME, gemini::explain(&reason)));
    }
    let Some(candidate) = response.candidates.into_iter().next() else {
        return Err(ProviderError::NoText(NAME, "the answer was empty"));
    };
    match candidate.finish_reason.as_deref() {
        None | Some("STOP") => {}
        // A prompt cut off mid-sentence is not one to offer.
        Some("MAX_TOKENS") => return Err(ProviderError::BadResponse(NAME, "a prompt cut short")),
        Some(reason) => return Err(ProviderError::Declined(NAME, gemini::explain(reason))),
    }
    let parts = candidate.content.map(|c| c.parts).unwrap_or_default();
    let answer: Vec<_> = parts.into_iter().filter(|p| !p.thought).collect();
    let text: String = answer.iter().filter_map(|p| p.text.as_deref()).collect();
    if text.trim().is_empty() && answer.iter().any(|p| p.text.is_none()) {
        return Err(ProviderError::NoText(NAME, "the answer had no text"));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::super::TextProvider;
    use super::*;

    fn ok(body: &str) -> Inbound {
        Inbound { status: 200, retry_after: None, content_type: "application/json".into(), body: body.into() }
    }

    fn parsed(body: &str) -> Result<String, ProviderError> {
        TextProvider::Gemini.parse(&ok(body))
    }

    #[test]
    fn the_request_sends_instructions_apart_and_only_the_users_words() {
        let ask =
            TextAsk { model: "gemini-3.6-flash", instructions: "Rewrite it.", prompt: "a fox", image: None };
        let out = request("https://g.example", Sensitive::new("k".into()), &ask).unwrap();
        assert_eq!(out.url.as_str(), "https://g.example/v1beta/models/gemini-3.6-flash:generateContent");
        assert_eq!((out.task_id, out.prompt, out.parts.len()), (None, "a fox", 0));
        let Payload::Json(body) = out.payload else { panic!("JSON expected") };
        let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(
            body,
            serde_json::json!({
                "systemInstruction": {"parts": [{"text": "Rewrite it."}]},
                "contents": [{"role": "user", "parts": [{"text": "a fox"}]}]
            })
        );
    }

    #[test]
    fn text_is_read_in_both_spellings_without_thoughts() {
        let camel = r#"{"candidates":[{"content":{"role":"model","parts":[
            {"text":"Considering the fox...","thought":true},
            {"text":"A red fox "},{"text":"in fresh snow, dawn light."}]},
            "finishReason":"STOP","index":0}],"usageMetadata":{"totalTokenCount":80},
            "modelVersion":"gemini-3.6-flash"}"#;
        assert_eq!(parsed(camel).unwrap(), "A red fox in fresh snow, dawn light.");
        let snake =
            r#"{"candidates":[{"content":{"parts":[{"text":"A red fox."}]},"finish_reason":"STOP"}]}"#;
        assert_eq!(parsed(snake).unwrap(), "A red fox.");
    }

    #[test]
    fn empty_textless_blocked_and_cut_answers_are_explained() {
        let empty = r#"{"candidates":[{"content":{"parts":[{"text":"  "}]},"finishReason":"STOP"}]}"#;
        assert!(matches!(parsed(empty), Err(ProviderError::NoText(_, "the answer was empty"))));
        assert!(matches!(parsed(r#"{"candidates":[]}"#), Err(ProviderError::NoText(..))));
        let image_only = r#"{"candidates":[{"content":{"parts":[{"inlineData":{"mimeType":"image/png","data":"aGk="}}]},"finishReason":"STOP"}]}"#;
        let e = parsed(image_only).unwrap_err();
        assert!(matches!(e, ProviderError::NoText(_, "the answer had no text")), "{e:?}");
        assert_eq!(
            e.to_string(),
            "Google Gemini gave no prompt back (the answer had no text); try again, or reword it"
        );
        let blocked = r#"{"promptFeedback":{"blockReason":"PROHIBITED_CONTENT"}}"#;
        assert_eq!(
            parsed(blocked).unwrap_err().to_string(),
            "Google Gemini declined to help with this prompt (it considers the content prohibited)"
        );
        let safety = r#"{"candidates":[{"content":{"parts":[]},"finish_reason":"SAFETY"}]}"#;
        assert!(matches!(parsed(safety), Err(ProviderError::Declined(..))));
        let cut =
            r#"{"candidates":[{"content":{"parts":[{"text":"A red fox in"}]},"finishReason":"MAX_TOKENS"}]}"#;
        assert!(matches!(parsed(cut), Err(ProviderError::BadResponse(_, "a prompt cut short"))));
        assert!(matches!(parsed(r#"{"candidates":[{"content":{"pa"#), Err(ProviderError::BadResponse(..))));
        assert!(matches!(parsed("[1, 2]"), Err(ProviderError::BadResponse(..))));
    }

    #[test]
    fn errors_read_as_for_images() {
        let key = r#"{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT"}}"#;
        let inbound = Inbound { status: 400, ..ok(key) };
        assert!(matches!(TextProvider::Gemini.parse(&inbound), Err(ProviderError::Auth(_))));
        let busy = Inbound { status: 503, ..ok("{}") };
        assert!(matches!(TextProvider::Gemini.parse(&busy), Err(ProviderError::Server(_, 503))));
    }
}
