//! The `thumb:` URI scheme: decrypted images for the webview, from memory, never from a path.
//!
//! `thumb://localhost/<object id>` is an image's thumbnail, `thumb://localhost/full/<object id>`
//! the image itself, `thumb://localhost/preview/<preview id>/<n>` a reference exactly as it
//! will be sent (held in memory until sent) (`http://thumb.localhost/...` on Windows). Only the main window may ask;
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
}

fn parse(path: &str) -> Option<Wanted> {
    let path = path.strip_prefix('/')?;
    if let Some((id, n)) = path.strip_prefix("preview/").and_then(|rest| rest.split_once('/')) {
        let opaque = id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit());
        let n = n.parse().ok().filter(|_| opaque && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()))?;
        return Some(Wanted::Preview(id.to_string(), n));
    }
    let (full, id) = match path.strip_prefix("full/") {
        Some(id) => (true, id),
        None => (false, path),
    };
    // Exactly 32 hex digits: no dots, slashes or encodings can sneak a path in.
    if id.len() != 32 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let id: ObjectId = id.parse().ok()?;
    Some(if full { Wanted::Full(id) } else { Wanted::Thumbnail(id) })
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
        let image = core.with_vault(
            || api::objects::open_as_owner(core, None, &owner),
            |vault| match wanted {
                Wanted::Thumbnail(id) => {
                    Ok(("image/jpeg".to_string(), api::objects::thumbnail(core, vault, id)?))
                }
                Wanted::Full(id) => api::objects::full_image(core, vault, id),
                Wanted::Preview(..) => Err(crate::Error::InvalidInput("not a vault object".into())),
            },
        );
        let response = match image {
            Ok((mime, bytes)) => image_response(mime, bytes.to_vec()),
            Err(_) => status(StatusCode::NOT_FOUND),
        };
        responder.respond(response);
    });
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
