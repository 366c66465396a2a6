//! The shared HTTP client, private to the egress module: TLS by rustls (ring), no cookies, no
//! redirects to another host, responses capped in size, a deadline on the whole exchange, and
//! cancellation that drops the connection. Requests run on one small runtime of their own, so
//! any thread (a CLI, a task thread in the window) can send and still be interrupted at once.
//! Headers are never logged.

use std::sync::mpsc;
use std::sync::OnceLock;
use std::time::Duration;

use reqwest::Client;

use crate::tasks::CancelToken;

/// How long to wait for a connection.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(15);
/// The largest response body read (a 4K PNG in base64 is ~30 MiB).
pub const MAX_RESPONSE_BYTES: u64 = 64 * 1024 * 1024;
/// How often a waiting sender looks at its cancel token.
const CANCEL_POLL: Duration = Duration::from_millis(50);

/// Whether a configured base URL may be used: https, or http to this machine (tests, proxies).
pub fn acceptable_base_url(url: &str) -> bool {
    let Ok(u) = reqwest::Url::parse(url) else { return false };
    match u.scheme() {
        "https" => u.host_str().is_some(),
        "http" => matches!(u.host_str(), Some("127.0.0.1" | "localhost" | "[::1]")),
        _ => false,
    }
}

/// A request body.
#[derive(Debug, Clone)]
pub enum Payload {
    /// No body: a `GET` (a job's status, a download) or a `DELETE` (cancelling a job).
    None(Method),
    /// `application/json`.
    Json(Vec<u8>),
    /// `multipart/form-data`, parts in order.
    Multipart(Vec<FormPart>),
}

/// The method of a request without a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// Read.
    Get,
    /// Delete (cancel).
    Delete,
}

impl Payload {
    /// The HTTP method that carries it.
    pub fn method(&self) -> &'static str {
        match self {
            Payload::None(Method::Get) => "GET",
            Payload::None(Method::Delete) => "DELETE",
            Payload::Json(_) | Payload::Multipart(_) => "POST",
        }
    }
}

/// One multipart field.
#[derive(Debug, Clone)]
pub enum FormPart {
    /// A text field.
    Text {
        /// Field name.
        name: &'static str,
        /// Its value.
        value: String,
    },
    /// A file field.
    File {
        /// Field name (`image[]`).
        name: &'static str,
        /// The file name sent (random, from the minimizer).
        file_name: String,
        /// Media type.
        mime: &'static str,
        /// The bytes.
        bytes: Vec<u8>,
    },
}

/// A complete answer.
#[derive(Debug)]
pub(super) struct Exchange {
    pub status: u16,
    pub retry_after: Option<u64>,
    pub content_type: String,
    pub body: Vec<u8>,
}

/// Why an exchange did not complete.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum SendError {
    /// The client could not start (TLS set-up).
    Client(String),
    /// Nothing could be connected.
    Connect,
    /// The deadline passed.
    Timeout,
    /// The answer was over [`MAX_RESPONSE_BYTES`].
    TooLarge,
    /// The connection broke.
    Broken,
    /// The task was cancelled; the connection was dropped.
    Cancelled,
}

/// What the sender hears while it waits.
enum Heard {
    Headers,
    Done(Result<Exchange, SendError>),
}

fn runtime() -> Result<&'static (tokio::runtime::Handle, Client), SendError> {
    static RUNTIME: OnceLock<Result<(tokio::runtime::Handle, Client), String>> = OnceLock::new();
    RUNTIME
        .get_or_init(|| {
            // The process-wide rustls provider; another component may have installed it first.
            let _ = rustls::crypto::ring::default_provider().install_default();
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| format!("the network runtime could not start: {e}"))?;
            let handle = runtime.handle().clone();
            std::thread::Builder::new()
                .name("egress".into())
                .spawn(move || runtime.block_on(std::future::pending::<()>()))
                .map_err(|e| format!("the network thread could not start: {e}"))?;
            let client = Client::builder()
                .connect_timeout(CONNECT_TIMEOUT)
                .redirect(reqwest::redirect::Policy::custom(|attempt| {
                    let same_host =
                        attempt.previous().first().and_then(|u| u.host_str()) == attempt.url().host_str();
                    if same_host && attempt.previous().len() < 3 {
                        attempt.follow()
                    } else {
                        attempt.stop()
                    }
                }))
                .user_agent(concat!("SeedStudio/", env!("CARGO_PKG_VERSION")))
                .build()
                .map_err(|e| format!("the HTTP client could not start: {e}"))?;
            Ok((handle, client))
        })
        .as_ref()
        .map_err(|e| SendError::Client(e.clone()))
}

/// Send `payload` to `url` with the `auth` header (none for a download's signed link) and
/// wait for the whole answer, at most `deadline` and at most `cap` bytes; `on_headers` runs
/// when the other side starts answering. Cancelling `cancel` aborts the exchange within
/// [`CANCEL_POLL`].
pub(super) fn exchange(
    url: reqwest::Url,
    auth: Option<(&'static str, &str)>,
    payload: Payload,
    deadline: Duration,
    cap: u64,
    cancel: &CancelToken,
    on_headers: &dyn Fn(),
) -> Result<Exchange, SendError> {
    let (handle, client) = runtime()?;
    let mut request = match payload {
        Payload::None(Method::Get) => client.get(url),
        Payload::None(Method::Delete) => client.delete(url),
        Payload::Json(body) => client.post(url).header("content-type", "application/json").body(body),
        Payload::Multipart(parts) => client.post(url).multipart(form(parts)?),
    };
    if let Some((name, value)) = auth {
        request = request.header(name, value);
    }
    let (tx, rx) = mpsc::channel();
    let task = handle.spawn(async move {
        let exchange = async {
            let response = request.send().await.map_err(|e| {
                if e.is_timeout() {
                    SendError::Timeout
                } else if e.is_connect() {
                    SendError::Connect
                } else {
                    SendError::Broken
                }
            })?;
            let _ = tx.send(Heard::Headers);
            read(response, cap).await
        };
        let result = tokio::time::timeout(deadline, exchange).await.unwrap_or(Err(SendError::Timeout));
        let _ = tx.send(Heard::Done(result));
    });
    loop {
        match rx.recv_timeout(CANCEL_POLL) {
            Ok(Heard::Headers) => on_headers(),
            Ok(Heard::Done(result)) => return result,
            Err(mpsc::RecvTimeoutError::Timeout) if cancel.is_cancelled() => {
                task.abort();
                return Err(SendError::Cancelled);
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => return Err(SendError::Broken),
        }
    }
}

fn form(parts: Vec<FormPart>) -> Result<reqwest::multipart::Form, SendError> {
    let mut form = reqwest::multipart::Form::new();
    for part in parts {
        form = match part {
            FormPart::Text { name, value } => form.text(name, value),
            FormPart::File { name, file_name, mime, bytes } => {
                let part = reqwest::multipart::Part::bytes(bytes)
                    .file_name(file_name)
                    .mime_str(mime)
                    .map_err(|e| SendError::Client(format!("bad MIME type: {e}")))?;
                form.part(name, part)
            }
        };
    }
    Ok(form)
}

/// Read a body, refusing one over `cap` bytes without reading it all.
async fn read(mut response: reqwest::Response, cap: u64) -> Result<Exchange, SendError> {
    if response.content_length().is_some_and(|n| n > cap) {
        return Err(SendError::TooLarge);
    }
    let header = |h: &str| response.headers().get(h).and_then(|v| v.to_str().ok()).map(str::to_string);
    let retry_after = header("retry-after").and_then(|v| v.trim().parse().ok());
    let content_type = header("content-type").unwrap_or_default();
    let status = response.status().as_u16();
    let mut body =
        Vec::with_capacity(usize::try_from(response.content_length().unwrap_or(0).min(cap)).unwrap_or(0));
    while let Some(chunk) =
        response
            .chunk()
            .await
            .map_err(|e| if e.is_timeout() { SendError::Timeout } else { SendError::Broken })?
    {
        if (body.len() + chunk.len()) as u64 > cap {
            return Err(SendError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Exchange { status, retry_after, content_type, body })
}

#[cfg(test)]
mod tests {
    #[test]
    fn base_urls_are_https_or_local_http() {
        assert!(super::acceptable_base_url("https://generativelanguage.googleapis.com"));
        assert!(super::acceptable_base_url("http://127.0.0.1:8080"));
        assert!(super::acceptable_base_url("http://localhost:9/v1"));
        assert!(!super::acceptable_base_url("http://example.com"));
        assert!(!super::acceptable_base_url("ftp://127.0.0.1"));
        assert!(!super::acceptable_base_url("not a url"));
    }
}
