//! The shared HTTP client, private to the egress module: TLS by rustls (ring), timeouts, no
//! cookies, no redirects to another host, responses capped in size. Headers are never logged.

use std::io::Read;
use std::sync::OnceLock;
use std::time::Duration;

use reqwest::blocking::Client;

/// How long to wait for a connection.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(15);
/// How long a whole request may take (image models can take a minute or two).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(180);
/// The largest response body read (a 4K PNG in base64 is ~30 MiB).
pub const MAX_RESPONSE_BYTES: u64 = 64 * 1024 * 1024;

/// Whether a configured base URL may be used: https, or http to this machine (tests, proxies).
pub fn acceptable_base_url(url: &str) -> bool {
    let Ok(u) = reqwest::Url::parse(url) else { return false };
    match u.scheme() {
        "https" => u.host_str().is_some(),
        "http" => matches!(u.host_str(), Some("127.0.0.1" | "localhost" | "[::1]")),
        _ => false,
    }
}

pub(super) fn client() -> Result<&'static Client, String> {
    static CLIENT: OnceLock<Result<Client, String>> = OnceLock::new();
    CLIENT
        .get_or_init(|| {
            // The process-wide rustls provider; another component may have installed it first.
            let _ = rustls::crypto::ring::default_provider().install_default();
            Client::builder()
                .connect_timeout(CONNECT_TIMEOUT)
                .timeout(REQUEST_TIMEOUT)
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
                .map_err(|e| format!("the HTTP client could not start: {e}"))
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// Read a body, refusing one over [`MAX_RESPONSE_BYTES`] without reading it all.
pub(super) fn read_capped(response: reqwest::blocking::Response) -> Result<Vec<u8>, ReadError> {
    if response.content_length().is_some_and(|n| n > MAX_RESPONSE_BYTES) {
        return Err(ReadError::TooLarge);
    }
    let mut body = Vec::new();
    response.take(MAX_RESPONSE_BYTES + 1).read_to_end(&mut body).map_err(|e| {
        if e.to_string().contains("timed out") {
            ReadError::Timeout
        } else {
            ReadError::Broken
        }
    })?;
    if body.len() as u64 > MAX_RESPONSE_BYTES {
        return Err(ReadError::TooLarge);
    }
    Ok(body)
}

/// Why a response body could not be read.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum ReadError {
    TooLarge,
    Timeout,
    Broken,
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
