//! Seedream 4.x on Volcengine / BytePlus Ark: `POST {base}/images/generations` with references
//! as data URIs, `response_format: b64_json` (the default hosts results on a public link for
//! 24 hours) and `watermark: false` (the default stamps a visible mark). Several images come
//! from one request with sequential generation; each may succeed or fail on its own.

use serde::{Deserialize, Serialize};

use super::wire::{b64_decode, b64_encode, endpoint, looks_html, openai_style_error, short};
use super::{Answer, Ask, ProviderError, ProviderId};
use crate::egress::gate::{Inbound, Outbound};
use crate::egress::http::Payload;
use crate::secrets::Sensitive;

const NAME: &str = "Seedream (Volcengine Ark)";
/// Ark's default size when none is asked for.
const DEFAULT_SIZE: &str = "2K";

#[derive(Serialize)]
struct Request<'a> {
    model: &'a str,
    prompt: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    image: Vec<String>,
    size: String,
    sequential_image_generation: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    sequential_image_generation_options: Option<Sequential>,
    response_format: &'static str,
    watermark: bool,
    stream: bool,
}

#[derive(Serialize)]
struct Sequential {
    max_images: u8,
}

/// The request for `ask.count` images (sequential generation when more than one).
pub fn request<'a>(
    base_url: &str,
    key: Sensitive<String>,
    task_id: &'a str,
    ask: &Ask<'a>,
) -> Result<Outbound<'a>, ProviderError> {
    let several = ask.count > 1;
    let body = Request {
        model: ask.model,
        prompt: ask.prompt,
        image: ask
            .images
            .iter()
            .map(|i| format!("data:{};base64,{}", i.mime(), b64_encode(i.bytes())))
            .collect(),
        size: ask
            .size
            .map_or_else(|| DEFAULT_SIZE.to_string(), |s| s.fit(ProviderId::Seedream, ask.model).value),
        sequential_image_generation: if several { "auto" } else { "disabled" },
        sequential_image_generation_options: several.then_some(Sequential { max_images: ask.count }),
        response_format: "b64_json",
        watermark: false,
        stream: false,
    };
    let body =
        serde_json::to_vec(&body).map_err(|_| ProviderError::BadResponse(NAME, "an unencodable request"))?;
    Ok(Outbound {
        provider: ProviderId::Seedream,
        task_id: Some(task_id),
        url: endpoint(NAME, base_url, "images/generations")?,
        auth: ("authorization", Sensitive::new(format!("Bearer {}", key.expose()))),
        payload: Payload::Json(body),
        parts: ask.images.iter().collect(),
        prompt: ask.prompt,
    })
}

#[derive(Deserialize)]
struct Response {
    #[serde(default)]
    data: Vec<Datum>,
    #[serde(default)]
    error: Option<ItemError>,
}

#[derive(Deserialize)]
struct Datum {
    b64_json: Option<String>,
    url: Option<String>,
    error: Option<ItemError>,
}

#[derive(Deserialize)]
struct ItemError {
    #[serde(default)]
    code: String,
    #[serde(default)]
    message: String,
}

/// The images in an answer; images that failed on their own are listed in `failures`.
pub fn parse(inbound: &Inbound) -> Result<Answer, ProviderError> {
    if inbound.status != 200 {
        if looks_html(inbound) {
            return Err(ProviderError::Server(NAME, inbound.status));
        }
        let error = openai_style_error(inbound);
        let code = error.code.unwrap_or_default();
        return Err(match inbound.status {
            _ if code.contains("SensitiveContentDetected") => ProviderError::Blocked(NAME, explain(&code)),
            429 => ProviderError::RateLimited(NAME),
            401 => ProviderError::Auth(NAME),
            403 if code == "AccountOverdueError" => ProviderError::Quota(NAME),
            s if s >= 500 => ProviderError::Server(NAME, s),
            s => ProviderError::Rejected(
                NAME,
                s,
                if error.message.is_empty() { short(&code) } else { short(&error.message) },
            ),
        });
    }
    if looks_html(inbound) {
        return Err(ProviderError::BadResponse(NAME, "an HTML page instead of an answer"));
    }
    let response: Response = serde_json::from_slice(&inbound.body)
        .map_err(|_| ProviderError::BadResponse(NAME, "a truncated or malformed answer"))?;
    let mut answer = Answer::default();
    for datum in response.data {
        match (datum.b64_json, datum.url, datum.error) {
            (Some(data), _, _) => answer.images.push(b64_decode(NAME, &data)?),
            (None, _, Some(e)) => answer.failures.push(item_failure(&e)),
            // A hosted link means `response_format` was ignored; do not fetch it behind the ledger's back.
            (None, Some(_), None) => {
                return Err(ProviderError::BadResponse(NAME, "a link instead of the image"))
            }
            (None, None, None) => {}
        }
    }
    if answer.images.is_empty() {
        let first = response.error.map(|e| item_failure(&e)).or_else(|| answer.failures.first().cloned());
        return Err(match first {
            Some(why) => ProviderError::Blocked(NAME, why),
            None => ProviderError::NoImage(NAME),
        });
    }
    Ok(answer)
}

fn item_failure(e: &ItemError) -> String {
    if e.code.contains("SensitiveContentDetected") {
        explain(&e.code)
    } else if e.message.is_empty() {
        short(&e.code)
    } else {
        short(&e.message)
    }
}

/// Ark's content-safety codes in words.
fn explain(code: &str) -> String {
    if code.contains("PrivacyInformation") {
        "it detected a real person's face or private information in a reference".into()
    } else if code.starts_with("InputImage") {
        "its content filter flagged a reference image".into()
    } else if code.starts_with("InputText") {
        "its content filter flagged the prompt".into()
    } else if code.starts_with("OutputImage") {
        "its content filter flagged the finished image".into()
    } else {
        "its content filter flagged the request".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::providers::wire::json_answer as inbound;

    #[test]
    fn partial_success_keeps_the_images_and_says_why_the_rest_failed() {
        let body = r#"{"model":"seedream-4-5-251128","created":1757469561,"data":[{"b64_json":"aGVsbG8=","size":"2048x2048"},{"error":{"code":"OutputImageSensitiveContentDetected","message":"The request failed because the output image may contain sensitive information."}}],"usage":{"generated_images":1}}"#;
        let answer = parse(&inbound(200, body)).unwrap();
        assert_eq!(answer.images, vec![b"hello".to_vec()]);
        assert_eq!(answer.failures, vec!["its content filter flagged the finished image".to_string()]);
    }

    #[test]
    fn refusals_and_errors_are_explained() {
        let faces = r#"{"error":{"code":"InputImageSensitiveContentDetected.PrivacyInformation","message":"...","param":"","type":"BadRequest"}}"#;
        assert_eq!(
            parse(&inbound(400, faces)).unwrap_err().to_string(),
            "Seedream (Volcengine Ark) declined to make this image (it detected a real person's face or private information in a reference)"
        );
        let overdue = r#"{"error":{"code":"AccountOverdueError","message":"overdue","type":"Forbidden"}}"#;
        assert!(matches!(parse(&inbound(403, overdue)), Err(ProviderError::Quota(_))));
        let param = r#"{"error":{"code":"InvalidParameter","message":"The parameter `size` specified in the request is not valid","param":"size","type":"BadRequest"}}"#;
        assert!(parse(&inbound(400, param)).unwrap_err().to_string().contains("`size`"));
        let all_failed =
            r#"{"data":[{"error":{"code":"InternalServiceError","message":"generation failed"}}]}"#;
        assert!(parse(&inbound(200, all_failed)).unwrap_err().to_string().contains("generation failed"));
        assert!(matches!(
            parse(&inbound(200, r#"{"data":[{"url":"https://ark/x.png"}]}"#)),
            Err(ProviderError::BadResponse(..))
        ));
    }
}
