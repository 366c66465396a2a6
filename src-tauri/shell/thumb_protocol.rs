//! The `thumb:` URI scheme: decrypted images for the webview, from memory, never from a path.
//!
//! `thumb://localhost/<object id>` is an image's thumbnail, `thumb://localhost/full/<object id>`
//! the image itself, `thumb://localhost/preview/<preview id>/<n>` a reference exactly as it
//! will be sent (held in memory until sent) (`http://thumb.localhost/...` on Windows), and
//! `thumb://localhost/media/<object id>` a video for the player: it answers HTTP `Range`
//! requests (206, at most 1 MiB each) by decrypting only the vault chunks asked for, so a
//! player seeks in a large video without decrypting all of it. Only the main window may ask;
//! only opaque ids are accepted; decryption runs on a blocking thread, off the async runtime;
//! answers carry `Cache-Control: no-store` so WebKit keeps no copy on disk. Failures answer 404
//! with no detail (a locked or missing vault looks the same as a missing object).

use tauri::http::{header, Request, Response, StatusCode};
use tauri::{Manager, Runtime, UriSchemeContext, UriSchemeResponder};

use super::{CoreState, MAIN_WINDOW};
use crate::api;
use crate::instance::DataDirLock;
use crate::vault::ObjectId;

/// The scheme name.
pub const SCHEME: &str = "thumb";

/// What a `thumb:` path asks for.
#[derive(Debug, PartialEq, Eq)]
enum Wanted {
    Thumbnail(ObjectId),
    Full(ObjectId),
    Preview(String, usize),
    Media(ObjectId),
}

fn parse(path: &str) -> Option<Wanted> {
    let path = path.strip_prefix('/')?;
    if let Some((id, n)) = path.strip_prefix("preview/").and_then(|rest| rest.split_once('/')) {
        let opaque = id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit());
        let n = n.parse().ok().filter(|_| opaque && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()))?;
        return Some(Wanted::Preview(id.to_string(), n));
    }
    let (what, id) = match (path.strip_prefix("full/"), path.strip_prefix("media/")) {
        (Some(id), _) => ("full", id),
        (_, Some(id)) => ("media", id),
        _ => ("thumb", path),
    };
    // Exactly 32 hex digits: no dots, slashes or encodings can sneak a path in.
    if id.len() != 32 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let id: ObjectId = id.parse().ok()?;
    Some(match what {
        "full" => Wanted::Full(id),
        "media" => Wanted::Media(id),
        _ => Wanted::Thumbnail(id),
    })
}

/// The protocol handler registered on the app.
pub fn handle<R: Runtime>(
    ctx: UriSchemeContext<'_, R>,
    request: Request<Vec<u8>>,
    responder: UriSchemeResponder,
) {
    if ctx.webview_label() != MAIN_WINDOW {
        responder.respond(status(StatusCode::FORBIDDEN));
        return;
    }
    let Some(wanted) = parse(request.uri().path()) else {
        responder.respond(status(StatusCode::NOT_FOUND));
        return;
    };
    let app = ctx.app_handle().clone();
    tauri::async_runtime::spawn_blocking(move || {
        let (Some(state), Some(owner)) = (app.try_state::<CoreState>(), app.try_state::<DataDirLock>())
        else {
            responder.respond(status(StatusCode::NOT_FOUND));
            return;
        };
        let Ok(core) = state.core() else {
            responder.respond(status(StatusCode::NOT_FOUND));
            return;
        };
        if let Wanted::Preview(id, n) = &wanted {
            let image = app.state::<super::generation::Generation>().preview_image(id, *n);
            responder.respond(match image {
                Some((mime, bytes)) => image_response(mime, bytes),
                None => status(StatusCode::NOT_FOUND),
            });
            return;
        }
        if let Wanted::Media(id) = wanted {
            let origin = app_origin(&request);
            if request.method() == tauri::http::Method::OPTIONS {
                responder.respond(with_cors(status(StatusCode::NO_CONTENT), origin));
                return;
            }
            let range =
                request.headers().get(header::RANGE).and_then(|v| v.to_str().ok()).map(str::to_string);
            let response = core
                .with_vault(
                    || api::objects::open_as_owner(core, None, &owner),
                    |vault| Ok(media_response(core, vault, id, range.as_deref())),
                )
                .unwrap_or_else(|_| status(StatusCode::NOT_FOUND));
            responder.respond(with_cors(response, origin));
            return;
        }
        let image = core.with_vault(
            || api::objects::open_as_owner(core, None, &owner),
            |vault| match wanted {
                Wanted::Thumbnail(id) => {
                    Ok(("image/jpeg".to_string(), api::objects::thumbnail(core, vault, id)?))
                }
                Wanted::Full(id) => api::objects::full_image(core, vault, id),
                Wanted::Preview(..) | Wanted::Media(_) => {
                    Err(crate::Error::InvalidInput("not an image of the vault".into()))
                }
            },
        );
        let response = match image {
            Ok((mime, bytes)) => image_response(mime, bytes.to_vec()),
            Err(_) => status(StatusCode::NOT_FOUND),
        };
        responder.respond(response);
    });
}

/// The window's own origin when the request comes from it (`tauri://localhost`, or
/// `http://tauri.localhost` on Windows): a `fetch` with a `Range` header from the page is a
/// cross-origin request to this scheme, answered for that origin only.
fn app_origin(request: &Request<Vec<u8>>) -> Option<header::HeaderValue> {
    let origin = request.headers().get(header::ORIGIN)?;
    matches!(
        origin.to_str().ok()?,
        "tauri://localhost" | "http://tauri.localhost" | "https://tauri.localhost"
    )
    .then(|| origin.clone())
}

/// `response` with the CORS headers that let the window's own page read a range it asked for.
fn with_cors(mut response: Response<Vec<u8>>, origin: Option<header::HeaderValue>) -> Response<Vec<u8>> {
    if let Some(origin) = origin {
        let h = response.headers_mut();
        h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        h.insert(header::ACCESS_CONTROL_ALLOW_METHODS, header::HeaderValue::from_static("GET"));
        h.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, header::HeaderValue::from_static("range"));
        h.insert(
            header::ACCESS_CONTROL_EXPOSE_HEADERS,
            header::HeaderValue::from_static("content-range, content-length, accept-ranges"),
        );
        h.insert(header::VARY, header::HeaderValue::from_static("origin"));
    }
    response
}

/// A video's bytes for the player: `206 Partial Content` for a `Range` request (one range; the
/// first of several), `200` with the first piece otherwise, `416` for a range past the end.
fn media_response(
    core: &crate::AppCore,
    vault: &api::objects::Vault,
    id: ObjectId,
    range: Option<&str>,
) -> Response<Vec<u8>> {
    let asked = match range {
        None => None,
        Some(value) => {
            let Ok(total) = api::objects::media_size(core, vault, id) else {
                return status(StatusCode::NOT_FOUND);
            };
            match http_range_header::parse_range_header(value).and_then(|r| r.validate(total)) {
                Ok(ranges) => ranges.first().map(|r| (*r.start(), Some(*r.end()))),
                Err(_) => {
                    let mut refused = status(StatusCode::RANGE_NOT_SATISFIABLE);
                    if let Ok(v) = header::HeaderValue::from_str(&format!("bytes */{total}")) {
                        refused.headers_mut().insert(header::CONTENT_RANGE, v);
                    }
                    return refused;
                }
            }
        }
    };
    let (start, end) = asked.unwrap_or((0, None));
    let Ok(piece) = api::objects::media_range(core, vault, id, start, end) else {
        return status(StatusCode::NOT_FOUND);
    };
    let last = piece.start + (piece.bytes.len() as u64).saturating_sub(1);
    let mut builder = Response::builder()
        .header(header::CONTENT_TYPE, piece.mime.as_str())
        .header(header::ACCEPT_RANGES, "bytes")
        .header(header::CACHE_CONTROL, "no-store")
        .header("X-Content-Type-Options", "nosniff");
    builder = if range.is_some() {
        builder
            .status(StatusCode::PARTIAL_CONTENT)
            .header(header::CONTENT_RANGE, format!("bytes {}-{last}/{}", piece.start, piece.total))
    } else if (piece.bytes.len() as u64) < piece.total {
        // No Range header, and more than one piece: say which part this is, as for a range.
        builder
            .status(StatusCode::PARTIAL_CONTENT)
            .header(header::CONTENT_RANGE, format!("bytes 0-{last}/{}", piece.total))
    } else {
        builder.status(StatusCode::OK)
    };
    builder.body(piece.bytes.to_vec()).unwrap_or_else(|_| status(StatusCode::INTERNAL_SERVER_ERROR))
}

fn image_response(mime: String, bytes: Vec<u8>) -> Response<Vec<u8>> {
    Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, mime)
        .header(header::CACHE_CONTROL, "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .body(bytes)
        .unwrap_or_else(|_| status(StatusCode::INTERNAL_SERVER_ERROR))
}

fn status(code: StatusCode) -> Response<Vec<u8>> {
    let mut response = Response::new(Vec::new());
    *response.status_mut() = code;
    response.headers_mut().insert(header::CACHE_CONTROL, header::HeaderValue::from_static("no-store"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_opaque_ids_are_accepted() {
        let id = "0123456789abcdef0123456789abcdef";
        assert_eq!(parse(&format!("/{id}")), Some(Wanted::Thumbnail(id.parse().unwrap())));
        assert_eq!(parse(&format!("/full/{id}")), Some(Wanted::Full(id.parse().unwrap())));
        assert_eq!(parse(&format!("/preview/{id}/3")), Some(Wanted::Preview(id.into(), 3)));
        assert_eq!(parse(&format!("/media/{id}")), Some(Wanted::Media(id.parse().unwrap())));
        assert_eq!(parse("/media/../0123456789abcdef0123456789abcdef"), None);
        for bad in
            ["/preview/../0", "/preview/0123/1", &format!("/preview/{id}/-1"), &format!("/preview/{id}/1/x")]
        {
            assert_eq!(parse(bad), None, "{bad}");
        }
        for bad in [
            "/",
            "",
            "/../../etc/passwd",
            "/full/../index.db",
            "/0123456789abcdef0123456789abcde",
            "/0123456789abcdef0123456789abcdef0",
            "/0123456789abcdef0123456789abcdeg",
            "/%2e%2e/0123456789abcdef0123456789abcdef",
            "/thumb/0123456789abcdef0123456789abcdef",
            "0123456789abcdef0123456789abcdef",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
