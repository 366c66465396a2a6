//! Kling AI video: `POST /v1/videos/text2video` or `/v1/videos/image2video` (frames as raw
//! base64, no `data:` prefix; `image_tail` is the last frame), then `GET …/{task_id}` until
//! `task_status` is `succeed` or `failed`. Every request carries a fresh HS256 JWT signed with
//! the secret key (`iss` = access key, valid from 5 s ago for 30 min); the JWT and the secret
//! are never logged. `code != 0` is a failure even with HTTP 200, and Kling's documented code
//! ranges become messages: only rate and concurrency limits (1302–1304) and server errors
//! (5000+) are worth retrying. Kling has no cancel endpoint.

use serde::{Deserialize, Serialize};

use super::{JobState, RemoteJob, RemoteState, VideoAsk};
use crate::egress::gate::{Inbound, Outbound};
use crate::egress::http::{Method, Payload};
use crate::providers::wire::{b64_encode, endpoint, looks_html, short};
use crate::providers::{ProviderError, ProviderId};
use crate::secrets::Sensitive;

const NAME: &str = "Kling AI";
/// How long a signed token is valid (the documented 30 minutes).
const TOKEN_LIFETIME_SECS: i64 = 1800;
/// Valid from a little before now, for clocks slightly ahead of Kling's.
const TOKEN_SKEW_SECS: i64 = 5;

#[derive(Serialize)]
struct Claims<'a> {
    iss: &'a str,
    exp: i64,
    nbf: i64,
}

/// `Bearer <JWT>` for `key` (`ACCESS_KEY:SECRET_KEY`), signed now.
pub fn authorization(key: &Sensitive<String>) -> Result<Sensitive<String>, ProviderError> {
    let (access, secret) = split_key(key.expose())
        .ok_or_else(|| ProviderError::NoKey(NAME, "a key as ACCESS_KEY:SECRET_KEY".into()))?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let claims = Claims { iss: access, exp: now + TOKEN_LIFETIME_SECS, nbf: now - TOKEN_SKEW_SECS };
    let token = jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &claims,
        &jsonwebtoken::EncodingKey::from_secret(secret.as_bytes()),
    )
    .map_err(|_| ProviderError::Auth(NAME))?;
    Ok(Sensitive::new(format!("Bearer {token}")))
}

/// The access key and the secret key of a stored `ACCESS:SECRET`.
pub fn split_key(key: &str) -> Option<(&str, &str)> {
    let (access, secret) = key.split_once(':')?;
    (!access.is_empty() && !secret.is_empty() && !secret.contains(':')).then_some((access, secret))
}

#[derive(Serialize)]
struct Request<'a> {
    model_name: &'a str,
    prompt: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    image_tail: Option<String>,
    mode: &'a str,
    /// A string, as documented ("5").
    duration: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    aspect_ratio: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sound: Option<&'static str>,
}

/// The request that creates the job, and the endpoint to poll it at.
pub fn submit<'a>(
    base_url: &str,
    key: &Sensitive<String>,
    task_id: &'a str,
    ask: &VideoAsk<'a>,
) -> Result<(Outbound<'a>, String), ProviderError> {
    let kind = if ask.first.is_some() || ask.last.is_some() { "image2video" } else { "text2video" };
    let body = Request {
        model_name: ask.model,
        prompt: ask.prompt,
        image: ask.first.map(|f| b64_encode(f.bytes())),
        image_tail: ask.last.map(|f| b64_encode(f.bytes())),
        mode: ask.mode.unwrap_or("std"),
        duration: ask.duration.to_string(),
        aspect_ratio: ask.aspect,
        sound: ask.sound.map(|on| if on { "on" } else { "off" }),
    };
    let body =
        serde_json::to_vec(&body).map_err(|_| ProviderError::BadResponse(NAME, "an unencodable request"))?;
    let out = Outbound {
        provider: ProviderId::Kling,
        task_id: Some(task_id),
        url: endpoint(NAME, base_url, &format!("v1/videos/{kind}"))?,
        auth: ("authorization", authorization(key)?),
        payload: Payload::Json(body),
        parts: ask.parts(),
        prompt: ask.prompt,
    };
    Ok((out, kind.to_string()))
}

/// The request that asks where `job` stands.
pub fn poll<'a>(
    base_url: &str,
    key: &Sensitive<String>,
    task_id: &'a str,
    job: &RemoteJob,
) -> Result<Outbound<'a>, ProviderError> {
    if !matches!(job.endpoint.as_str(), "text2video" | "image2video") || !safe_id(&job.id) {
        return Err(ProviderError::BadResponse(NAME, "a job id that cannot be asked about"));
    }
    Ok(Outbound {
        provider: ProviderId::Kling,
        task_id: Some(task_id),
        url: endpoint(NAME, base_url, &format!("v1/videos/{}/{}", job.endpoint, job.id))?,
        auth: ("authorization", authorization(key)?),
        payload: Payload::None(Method::Get),
        parts: Vec::new(),
        prompt: "",
    })
}

/// A provider-given id goes into a URL path: letters, digits, `-` and `_` only.
pub(super) fn safe_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 128
        && id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
}

#[derive(Deserialize)]
struct Envelope {
    #[serde(default)]
    code: Option<i64>,
    #[serde(default)]
    message: String,
    #[serde(default)]
    data: Option<Data>,
}

#[derive(Deserialize)]
struct Data {
    #[serde(default)]
    task_id: String,
    #[serde(default)]
    task_status: String,
    #[serde(default)]
    task_status_msg: Option<String>,
    #[serde(default)]
    task_result: Option<TaskResult>,
}

#[derive(Deserialize)]
struct TaskResult {
    #[serde(default)]
    videos: Vec<Video>,
}

#[derive(Deserialize)]
struct Video {
    url: String,
}

/// The envelope of an answer whose HTTP status and `code` both say it worked, or the error.
fn envelope(inbound: &Inbound) -> Result<Data, ProviderError> {
    if looks_html(inbound) {
        return Err(if inbound.status >= 500 || inbound.status == 200 {
            ProviderError::Server(NAME, inbound.status)
        } else {
            ProviderError::Rejected(NAME, inbound.status, "an HTML page instead of an answer".into())
        });
    }
    let parsed: Option<Envelope> = serde_json::from_slice(&inbound.body).ok();
    let code = parsed.as_ref().and_then(|e| e.code);
    let message = parsed.as_ref().map(|e| short(&e.message)).unwrap_or_default();
    match code {
        Some(0) if inbound.status == 200 => {
            parsed.and_then(|e| e.data).ok_or(ProviderError::BadResponse(NAME, "an answer without data"))
        }
        Some(code) => Err(explain(code, inbound.status, message)),
        None if inbound.status == 200 => {
            Err(ProviderError::BadResponse(NAME, "a truncated or malformed answer"))
        }
        None => Err(match inbound.status {
            401 => ProviderError::Auth(NAME),
            429 => ProviderError::RateLimited(NAME),
            s if s >= 500 => ProviderError::Server(NAME, s),
            s => ProviderError::Rejected(NAME, s, message),
        }),
    }
}

/// Kling's code table in words.
fn explain(code: i64, status: u16, message: String) -> ProviderError {
    match code {
        1000..=1004 => ProviderError::Auth(NAME),
        1100..=1102 => ProviderError::Quota(NAME),
        1300 | 1301 => {
            ProviderError::Blocked(NAME, "its content policy refused the prompt or a frame".into())
        }
        1302..=1304 => ProviderError::RateLimited(NAME),
        5000.. => ProviderError::Server(NAME, if status == 200 { 500 } else { status }),
        _ => ProviderError::Rejected(
            NAME,
            status,
            if message.is_empty() { format!("code {code}") } else { format!("{message} (code {code})") },
        ),
    }
}

/// Worth retrying after a wait: rate and concurrency limits, server errors. An account in
/// arrears (1100–1102, also HTTP 429) is not.
pub fn retryable(inbound: &Inbound) -> bool {
    let code = serde_json::from_slice::<Envelope>(&inbound.body).ok().and_then(|e| e.code);
    match code {
        Some(1302..=1304) => true,
        Some(c) if c >= 5000 => true,
        Some(_) => false,
        None => inbound.status == 429 || inbound.status >= 500,
    }
}

/// The job's id in the answer to [`submit`].
pub fn accepted(inbound: &Inbound) -> Result<String, ProviderError> {
    let data = envelope(inbound)?;
    if !safe_id(&data.task_id) {
        return Err(ProviderError::BadResponse(NAME, "an answer without a usable task id"));
    }
    Ok(data.task_id)
}

/// What a status answer says.
pub fn status(inbound: &Inbound) -> Result<JobState, ProviderError> {
    let data = envelope(inbound)?;
    Ok(match data.task_status.as_str() {
        "submitted" => JobState::Pending(RemoteState::Queued),
        "processing" => JobState::Pending(RemoteState::Running),
        "succeed" => {
            let video = data
                .task_result
                .and_then(|r| r.videos.into_iter().next())
                .map(|v| v.url)
                .ok_or(ProviderError::BadResponse(NAME, "a finished job without a video"))?;
            JobState::Succeeded { video, last_frame: None }
        }
        "failed" => JobState::Failed(
            data.task_status_msg
                .map(|m| short(&m))
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| "no reason given".into()),
        ),
        _ => return Err(ProviderError::BadResponse(NAME, "a job status it does not document")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::providers::wire::json_answer as inbound;

    #[test]
    fn the_token_is_hs256_signed_with_the_secret_and_names_the_access_key() {
        let auth = authorization(&Sensitive::new("ak-123:sk-456".to_string())).unwrap();
        let token = auth.expose().strip_prefix("Bearer ").unwrap();
        let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
        validation.set_issuer(&["ak-123"]);
        validation.validate_nbf = true;
        let decoded = jsonwebtoken::decode::<serde_json::Value>(
            token,
            &jsonwebtoken::DecodingKey::from_secret(b"sk-456"),
            &validation,
        )
        .unwrap();
        let exp = decoded.claims["exp"].as_i64().unwrap();
        let nbf = decoded.claims["nbf"].as_i64().unwrap();
        assert_eq!(exp - nbf, TOKEN_LIFETIME_SECS + TOKEN_SKEW_SECS);
        assert!(jsonwebtoken::decode::<serde_json::Value>(
            token,
            &jsonwebtoken::DecodingKey::from_secret(b"other"),
            &validation
        )
        .is_err());
        assert!(authorization(&Sensitive::new("no-colon".to_string())).is_err());
    }

    #[test]
    fn code_not_zero_is_a_failure_even_with_http_200_and_codes_become_sentences() {
        let ok = r#"{"code":0,"message":"SUCCEED","request_id":"r","data":{"task_id":"t-1","task_status":"submitted"}}"#;
        assert_eq!(accepted(&inbound(200, ok)).unwrap(), "t-1");
        let quota = r#"{"code":1102,"message":"resource pack exhausted","request_id":"r"}"#;
        assert!(matches!(accepted(&inbound(200, quota)), Err(ProviderError::Quota(_))));
        assert!(!retryable(&inbound(429, quota)));
        let busy = r#"{"code":1303,"message":"parallel task over resource pack limit"}"#;
        assert!(matches!(accepted(&inbound(429, busy)), Err(ProviderError::RateLimited(_))));
        assert!(retryable(&inbound(429, busy)));
        let auth = r#"{"code":1002,"message":"token not yet valid"}"#;
        assert!(matches!(accepted(&inbound(401, auth)), Err(ProviderError::Auth(_))));
        let content = r#"{"code":1301,"message":"risk control"}"#;
        assert!(matches!(accepted(&inbound(400, content)), Err(ProviderError::Blocked(..))));
        let param = r#"{"code":1201,"message":"duration invalid"}"#;
        assert!(accepted(&inbound(400, param))
            .unwrap_err()
            .to_string()
            .contains("duration invalid (code 1201)"));
        assert!(retryable(&inbound(500, r#"{"code":5000,"message":"internal"}"#)));
        let path = r#"{"code":0,"data":{"task_id":"../../x","task_status":"submitted"}}"#;
        assert!(accepted(&inbound(200, path)).is_err());
    }

    #[test]
    fn statuses_are_read() {
        let s = |status: &str, extra: &str| {
            format!(r#"{{"code":0,"message":"","data":{{"task_id":"t","task_status":"{status}"{extra}}}}}"#)
        };
        assert_eq!(
            status(&inbound(200, &s("processing", ""))).unwrap(),
            JobState::Pending(RemoteState::Running)
        );
        let done = s(
            "succeed",
            r#","task_result":{"videos":[{"id":"v","url":"https://cdn/v.mp4","duration":"5.1"}]}"#,
        );
        assert_eq!(
            status(&inbound(200, &done)).unwrap(),
            JobState::Succeeded { video: "https://cdn/v.mp4".into(), last_frame: None }
        );
        let failed = s("failed", r#","task_status_msg":"image review failed""#);
        assert_eq!(status(&inbound(200, &failed)).unwrap(), JobState::Failed("image review failed".into()));
    }
}
