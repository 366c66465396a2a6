//! Generation through the real binary against a loopback server speaking Gemini's wire
//! format: consent and offline refusals, what leaves (minimized, no metadata) equals what the
//! ledger says byte for byte, results land in the vault, and the original is gone the moment
//! the task ends.

use base64::Engine;
use sha2::{Digest, Sha256};

use crate::provider_server::{self as gemini_server, Answer};
use crate::support::{files_under, DataDir};

const KEY: &str = "AIza-test-key-for-the-loopback-server";
const GPS_SECRET: &[u8] = b"GPS-48.85837N-2.29448E-secret";

/// A JPEG carrying an EXIF block with a recognisable secret.
pub(crate) fn photo_with_exif(dir: &DataDir) -> std::path::PathBuf {
    let img = image::RgbImage::from_fn(2600, 1400, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 85).encode_image(&img).unwrap();
    let mut exif = b"Exif\0\0II*\0\x08\0\0\0\0\0".to_vec();
    exif.extend_from_slice(GPS_SECRET);
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xff, 0xe1]);
    out.extend_from_slice(&u16::try_from(exif.len() + 2).unwrap().to_be_bytes());
    out.extend_from_slice(&exif);
    out.extend_from_slice(&jpeg[2..]);
    let path = dir.path().parent().unwrap().join("holiday.jpg");
    std::fs::write(&path, out).unwrap();
    path
}

pub(crate) fn result_png() -> Vec<u8> {
    let mut png = Vec::new();
    image::RgbImage::from_pixel(64, 64, image::Rgb([200, 30, 60]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    png
}

fn generate(dir: &DataDir, base_url: &str, photo: &std::path::Path) -> crate::support::Run {
    dir.run(&[
        "generate",
        "--provider",
        "gemini",
        "--prompt",
        "a watercolour of this place",
        "--ref",
        photo.to_str().unwrap(),
        "--json",
    ])
    .env("GEMINI_API_KEY", KEY)
    .env("SEED_STUDIO_GEMINI_BASE_URL", base_url)
}

#[test]
fn nothing_leaves_without_consent_or_in_offline_mode() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    let server = gemini_server::start(vec![Answer::image(&result_png())]);
    let photo = photo_with_exif(&dir);
    let err = generate(&dir, &server.base_url, &photo).json_err(1);
    assert_eq!(err["code"], "consent_required", "{err}");
    dir.run(&["consent", "grant", "gemini", "--json"]).json_ok();
    dir.write_config("[network]\noffline = true\n");
    let err = generate(&dir, &server.base_url, &photo).json_err(1);
    assert_eq!(err["code"], "offline", "{err}");
    assert!(server.received.lock().unwrap().is_empty(), "the server heard nothing");
    assert_eq!(dir.run(&["ledger", "--json"]).json_ok(), serde_json::json!([]));
    // Withdrawn consent blocks again.
    dir.write_config("");
    dir.run(&["consent", "withdraw", "gemini", "--json"]).json_ok();
    let err = generate(&dir, &server.base_url, &photo).json_err(1);
    assert_eq!(err["code"], "consent_required");
    let consents = dir.run(&["consent", "list", "--json"]).json_ok();
    assert_eq!(consents[0]["provider"], "gemini");
    assert_eq!(consents[0]["granted"], false);
}

#[test]
fn a_generation_sends_only_the_minimized_reference_records_it_and_deletes_the_original_at_once() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    dir.run(&["consent", "grant", "gemini", "--json"]).json_ok();
    let result = result_png();
    let mut busy = Answer::json(
        503,
        serde_json::json!({"error":{"code":503,"message":"overloaded","status":"UNAVAILABLE"}}),
    );
    busy.headers.push(("retry-after", "1".into()));
    let server = gemini_server::start(vec![busy, Answer::image(&result)]);
    let photo = photo_with_exif(&dir);

    let outcome = generate(&dir, &server.base_url, &photo).json_ok();
    assert_eq!(outcome["status"], "succeeded");
    let outputs = outcome["outputs"].as_array().unwrap();
    assert_eq!(outputs.len(), 1);

    // What the server received: Gemini's wire format, the key in the header only.
    let received = server.received.lock().unwrap().clone();
    assert_eq!(received.len(), 2, "the 503 was retried once");
    let last = &received[1];
    assert_eq!(last.request_line, "POST /v1beta/models/gemini-3.1-flash-image:generateContent HTTP/1.1");
    assert_eq!(last.header("x-goog-api-key"), Some(KEY));
    assert!(!last.request_line.contains(KEY), "never in the URL");
    let body: serde_json::Value = serde_json::from_slice(&last.body).unwrap();
    assert_eq!(body["generationConfig"]["responseModalities"], serde_json::json!(["TEXT", "IMAGE"]));
    let parts = body["contents"][0]["parts"].as_array().unwrap();
    assert_eq!(parts[0]["text"], "a watercolour of this place");
    assert_eq!(parts[1]["inline_data"]["mime_type"], "image/jpeg");
    let sent = base64::engine::general_purpose::STANDARD
        .decode(parts[1]["inline_data"]["data"].as_str().unwrap())
        .unwrap();
    assert!(!sent.windows(GPS_SECRET.len()).any(|w| w == GPS_SECRET), "EXIF left the device");
    assert!(!sent.windows(6).any(|w| w == b"Exif\0\0"), "an EXIF block left the device");
    let decoded = image::load_from_memory(&sent).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (2048, 1103), "downscaled to the 2048 px limit");

    // The ledger says exactly what left, byte for byte.
    let ledger = dir.run(&["ledger", "--json"]).json_ok();
    let entries = ledger.as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["status"], 503);
    let entry = &entries[1];
    assert_eq!(entry["provider"], "gemini");
    assert_eq!(entry["host"], "127.0.0.1");
    assert_eq!(entry["status"], 200);
    assert_eq!(entry["task_id"], outcome["task_id"]);
    assert_eq!(entry["prompt_chars"], 27);
    assert_eq!(entry["prompt_sha256"], hex::encode(Sha256::digest(b"a watercolour of this place")));
    let part = &entry["parts"][0];
    assert_eq!(part["sha256"], hex::encode(Sha256::digest(&sent)));
    assert_eq!(part["bytes"], sent.len());
    assert_eq!((part["width"].as_u64(), part["height"].as_u64()), (Some(2048), Some(1103)));
    assert_eq!(part["mime"], "image/jpeg");

    // The original went the moment the task ended: only the output (and its thumbnail) remain.
    let listed = dir.run(&["list", "--json"]).json_ok();
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["id"], outputs[0]);
    assert_eq!(listed[0]["kind"], "output");
    assert_eq!(files_under(&dir.path().join("vault/objects")).len(), 2, "original file and key destroyed");
    let out = dir.path().parent().unwrap().join("out");
    let written =
        dir.run(&["export", outputs[0].as_str().unwrap(), "--to", out.to_str().unwrap(), "--json"]).json_ok();
    let exported = written["written"][0]["path"].as_str().unwrap();
    assert_eq!(std::fs::read(exported).unwrap(), result, "the result is stored as received");

    // Ledger entries follow their own window (30 days by default).
    let later = (time::OffsetDateTime::now_utc() + time::Duration::days(31))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let purged = dir.run(&["purge", "--now", &later, "--json"]).json_ok();
    assert_eq!(purged["deleted"]["ledger_entries"], 2);
    assert_eq!(purged["deleted"]["outputs"], 1, "and the output its 30 days");
    assert_eq!(dir.run(&["ledger", "--json"]).json_ok(), serde_json::json!([]));
}

#[test]
fn broken_answers_fail_the_task_cleanly_and_still_end_it() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    dir.run(&["consent", "grant", "gemini", "--json"]).json_ok();
    let photo = photo_with_exif(&dir);
    let not_an_image = base64::engine::general_purpose::STANDARD.encode(b"this is not an image at all");
    let cases = [
        (
            Answer {
                status: 200,
                headers: vec![],
                content_type: "text/html",
                body: b"<html>captive portal</html>".to_vec(),
                misbehave: None,
            },
            "an HTML page",
        ),
        (
            Answer {
                status: 200,
                headers: vec![],
                content_type: "application/json",
                body: br#"{"candidates":[{"content":{"par"#.to_vec(),
                misbehave: None,
            },
            "truncated or malformed",
        ),
        (
            Answer::json(
                200,
                serde_json::json!({"candidates":[{"content":{"parts":[{"inlineData":{"mimeType":"image/png","data":not_an_image}}]}}]}),
            ),
            "not a readable image",
        ),
        (Answer::json(200, serde_json::json!({"promptFeedback":{"blockReason":"SAFETY"}})), "declined"),
        (
            Answer::json(
                400,
                serde_json::json!({"error":{"code":400,"message":"API key not valid.","status":"INVALID_ARGUMENT"}}),
            ),
            "refused the API key",
        ),
    ];
    for (answer, expected) in cases {
        let server = gemini_server::start(vec![answer]);
        let err = generate(&dir, &server.base_url, &photo).json_err(1);
        assert_eq!(err["code"], "provider_error", "{err}");
        assert!(err["message"].as_str().unwrap().contains(expected), "{err}");
        let listed = dir.run(&["list", "--json"]).json_ok();
        let kinds: Vec<_> =
            listed.as_array().unwrap().iter().map(|o| o["kind"].as_str().unwrap().to_string()).collect();
        assert_eq!(kinds, ["original"], "no output stored; the original is kept for a retry");
    }
    assert_eq!(
        files_under(&dir.path().join("vault/objects")).len(),
        2,
        "the original and its thumbnail, nothing half-stored"
    );
}
