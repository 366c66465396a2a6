//! Seedance video on Volcengine / BytePlus Ark: `POST {base}/contents/generations/tasks` with
//! `content` parts (the prompt as text, frames as `image_url` data URIs with the roles
//! `first_frame` and `last_frame`), then `GET …/tasks/{id}` through
//! `queued|running|succeeded|failed|cancelled`; `DELETE …/tasks/{id}` cancels. Results are
//! links: the video and, with `return_last_frame`, its last frame as an image. Errors use the
//! OpenAI-style envelope Ark shares with Seedream.

use serde::{Deserialize, Serialize};

use super::kling::safe_id;
use super::{JobState, RemoteJob, RemoteState, VideoAsk};
use crate::egress::gate::{Inbound, Outbound};
use crate::egress::http::{Method, Payload};
use crate::providers::wire::{b64_encode, endpoint, looks_html, openai_style_error, short};
use crate::providers::{ProviderError, ProviderId};
use crate::secrets::Sensitive;

const NAME: &str = "Seedance (Volcengine Ark)";
const TASKS: &str = "contents/generations/tasks";

#[derive(Serialize)]
struct Request<'a> {
    model: &'a str,
    content: Vec<Part>,
    #[serde(skip_serializing_if = "Option::is_none")]
    resolution: Option<&'a str>,
    ratio: &'a str,
    duration: u32,
    watermark: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    generate_audio: Option<bool>,
    return_last_frame: bool,
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Part {
    Text { text: String },
    ImageUrl { image_url: Url, role: &'static str },
}

#[derive(Serialize)]
struct Url {
    url: String,
}

fn bearer(key: &Sensitive<String>) -> (&'static str, Sensitive<String>) {
    ("authorization", Sensitive::new(format!("Bearer {}", key.expose())))
}

/// The request that creates the job.
pub fn submit<'a>(
    base_url: &str,
    key: &Sensitive<String>,
    task_id: &'a str,
    ask: &VideoAsk<'a>,
) -> Result<(Outbound<'a>, String), ProviderError> {
    let frame = |f: &crate::egress::minimize::MinimizedImage, role| Part::ImageUrl {
        image_url: Url { url: format!("data:{};base64,{}", f.mime(), b64_encode(f.bytes())) },
        role,
    };
    let mut content = vec![Part::Text { text: ask.prompt.to_string() }];
    content.extend(ask.first.map(|f| frame(f, "first_frame")));
    content.extend(ask.last.map(|f| frame(f, "last_frame")));
    let body = Request {
        model: ask.model,
        content,
        resolution: ask.mode,
        ratio: ask.aspect.unwrap_or("adaptive"),
        duration: ask.duration,
        watermark: false,
        generate_audio: ask.sound,
        return_last_frame: true,
    };
    let body =
        serde_json::to_vec(&body).map_err(|_| ProviderError::BadResponse(NAME, "an unencodable request"))?;
    let out = Outbound {
        provider: ProviderId::Seedance,
        task_id: Some(task_id),
        url: endpoint(NAME, base_url, TASKS)?,
        auth: bearer(key),
        payload: Payload::Json(body),
        parts: ask.parts(),
        prompt: ask.prompt,
    };
    Ok((out, "tasks".to_string()))
}

fn about<'a>(
    base_url: &str,
    key: &Sensitive<String>,
    task_id: &'a str,
    job: &RemoteJob,
    method: Method,
) -> Result<Outbound<'a>, ProviderError> {
    if !safe_id(&job.id) {
        return Err(ProviderError::BadResponse(NAME, "a job id that cannot be asked about"));
    }
    Ok(Outbound {
        provider: ProviderId::Seedance,
        task_id: Some(task_id),
        url: endpoint(NAME, base_url, &format!("{TASKS}/{}", job.id))?,
        auth: bearer(key),
        payload: Payload::None(method),
        parts: Vec::new(),
        prompt: "",
    })
}

/// The request that asks where `job` stands.
pub fn poll<'a>(
    base_url: &str,
    key: &Sensitive<String>,
    task_id: &'a str,
    job: &RemoteJob,
) -> Result<Outbound<'a>, ProviderError> {
    about(base_url, key, task_id, job, Method::Get)
}

/// The request that cancels `job` (`DELETE`).
pub fn cancel<'a>(
    base_url: &str,
    key: &Sensitive<String>,
    task_id: &'a str,
    job: &RemoteJob,
) -> Result<Outbound<'a>, ProviderError> {
    about(base_url, key, task_id, job, Method::Delete)
}

/// An answer that is not a 200, as an error.
fn refused(inbound: &Inbound) -> ProviderError {
    if looks_html(inbound) {
        return ProviderError::Server(NAME, inbound.status);
    }
    let error = openai_style_error(inbound);
    let code = error.code.unwrap_or_default();
    match inbound.status {
        _ if code.contains("SensitiveContentDetected") => {
            ProviderError::Blocked(NAME, "its content filter flagged the prompt or a frame".into())
        }
        429 => ProviderError::RateLimited(NAME),
        401 => ProviderError::Auth(NAME),
        403 if code == "AccountOverdueError" => ProviderError::Quota(NAME),
        s if s >= 500 => ProviderError::Server(NAME, s),
        s => ProviderError::Rejected(
            NAME,
            s,
            if error.message.is_empty() { short(&code) } else { short(&error.message) },
        ),
    }
}

fn json<T: for<'de> Deserialize<'de>>(inbound: &Inbound) -> Result<T, ProviderError> {
    if inbound.status != 200 {
        return Err(refused(inbound));
    }
    if looks_html(inbound) {
        return Err(ProviderError::BadResponse(NAME, "an HTML page instead of an answer"));
    }
    serde_json::from_slice(&inbound.body)
        .map_err(|_| ProviderError::BadResponse(NAME, "a truncated or malformed answer"))
}

#[derive(Deserialize)]
struct Created {
    #[serde(default)]
    id: String,
}

/// The job's id in the answer to [`submit`].
pub fn accepted(inbound: &Inbound) -> Result<String, ProviderError> {
    let created: Created = json(inbound)?;
    if !safe_id(&created.id) {
        return Err(ProviderError::BadResponse(NAME, "an answer without a usable task id"));
    }
    Ok(created.id)
}

#[derive(Deserialize)]
struct Task {
    status: String,
    #[serde(default)]
    content: Option<Content>,
    #[serde(default)]
    error: Option<TaskError>,
}

#[derive(Deserialize)]
struct Content {
    #[serde(default)]
    video_url: Option<String>,
    #[serde(default)]
    last_frame_url: Option<String>,
}

#[derive(Deserialize)]
struct TaskError {
    #[serde(default)]
    code: String,
    #[serde(default)]
    message: String,
}

/// What a status answer says.
pub fn status(inbound: &Inbound) -> Result<JobState, ProviderError> {
    let task: Task = json(inbound)?;
    Ok(match task.status.as_str() {
        "queued" => JobState::Pending(RemoteState::Queued),
        "running" => JobState::Pending(RemoteState::Running),
        "succeeded" => {
            let content =
                task.content.ok_or(ProviderError::BadResponse(NAME, "a finished job without a video"))?;
            let video = content
                .video_url
                .ok_or(ProviderError::BadResponse(NAME, "a finished job without a video"))?;
            JobState::Succeeded { video, last_frame: content.last_frame_url }
        }
        "failed" => JobState::Failed(match task.error {
            Some(e) if e.code.contains("SensitiveContentDetected") => {
                "its content filter flagged the prompt or a frame".into()
            }
            Some(e) if !e.message.is_empty() => short(&e.message),
            Some(e) if !e.code.is_empty() => short(&e.code),
            _ => "no reason given".into(),
        }),
        "cancelled" => JobState::Cancelled,
        _ => return Err(ProviderError::BadResponse(NAME, "a job status it does not document")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::providers::wire::json_answer as inbound;

    #[test]
    fn answers_are_read() {
        assert_eq!(accepted(&inbound(200, r#"{"id":"cgt-2025-abc"}"#)).unwrap(), "cgt-2025-abc");
        assert!(accepted(&inbound(200, r#"{"id":"a/b"}"#)).is_err());
        assert_eq!(
            status(&inbound(200, r#"{"id":"x","status":"queued"}"#)).unwrap(),
            JobState::Pending(RemoteState::Queued)
        );
        let done = r#"{"id":"x","status":"succeeded","content":{"video_url":"https://v/x.mp4","last_frame_url":"https://v/x.png"}}"#;
        assert_eq!(
            status(&inbound(200, done)).unwrap(),
            JobState::Succeeded {
                video: "https://v/x.mp4".into(),
                last_frame: Some("https://v/x.png".into())
            }
        );
        let failed = r#"{"id":"x","status":"failed","error":{"code":"InternalServiceError","message":"generation failed"}}"#;
        assert_eq!(status(&inbound(200, failed)).unwrap(), JobState::Failed("generation failed".into()));
        assert_eq!(status(&inbound(200, r#"{"id":"x","status":"cancelled"}"#)).unwrap(), JobState::Cancelled);
        let overdue = r#"{"error":{"code":"AccountOverdueError","message":"overdue"}}"#;
        assert!(matches!(accepted(&inbound(403, overdue)), Err(ProviderError::Quota(_))));
    }
}
