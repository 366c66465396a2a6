use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};
use thirtyfour::prelude::*;

use crate::provider_server::{self, Answer};
use crate::support::App;

pub fn png(colour: [u8; 3], w: u32, h: u32) -> Vec<u8> {
    let mut out = Vec::new();
    image::RgbImage::from_pixel(w, h, image::Rgb(colour))
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

/// In Create: write `prompt`, pick the first image of the vault, Generate, allow and send,
/// and wait until the task has succeeded.
pub async fn send_with_the_first_reference(app: &App, prompt: &str) {
    app.open_section("create", "Create").await;
    app.wait_css("[data-testid='prompt']").await.send_keys(prompt).await.unwrap();
    app.press("[data-testid='ref']").await;
    app.press("[data-testid='generate']").await;
    app.wait_css("[data-testid='send-preview'] [data-testid='preview-image'] img").await;
    app.press("[data-testid='preview-send']").await;
    app.wait_css("[data-testid='task'][data-status='succeeded']").await;
}

// The whole path in the real window: compose with a reference from the vault, see exactly what
// will leave (the minimized image, its size, the terms, the consent wording), allow and send,
// watch the task finish, find the result in the gallery and the request in the ledger — whose
// fingerprint is that of the bytes the server received. Then a second task against a hung
// provider is cancelled from the task list, and the connection is dropped.
#[tokio::test]
async fn a_task_composed_in_the_window_is_previewed_sent_and_lands_in_the_gallery() {
    let server = provider_server::start(vec![Answer::image(&png([220, 40, 90], 64, 64)), Answer::hang(60)]);
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let photo = tmp.path().join("beach-holiday.jpg");
    image::RgbImage::from_fn(2600, 1400, |x, y| image::Rgb([(x % 251) as u8, (y % 241) as u8, 120]))
        .save(&photo)
        .unwrap();
    let env =
        [("GEMINI_API_KEY", "AIza-e2e-loopback"), ("SEED_STUDIO_GEMINI_BASE_URL", server.base_url.as_str())];
    let app = App::launch_with_env(&data, &env).await;
    app.create_vault().await;
    let input = app.driver.find(By::Css("[data-testid='import-input']")).await.unwrap();
    input.send_keys(photo.display().to_string()).await.unwrap();
    app.wait_css("[data-testid='gallery-item']").await;

    app.open_section("create", "Create").await;
    app.press("[data-testid='preset-background']").await;
    let prompt = app.wait_css("[data-testid='prompt']").await;
    let filled = prompt.prop("value").await.unwrap().unwrap_or_default();
    assert!(filled.contains("replace the background with a quiet beach at sunset"), "{filled}");
    prompt.send_keys(" Send it to me@example.com").await.unwrap();
    app.wait_text("[data-testid='prompt-warning']", |t| t.contains("e-mail address")).await;
    app.press("[data-testid='ref']").await;
    app.wait_js("return document.querySelector('[data-testid=ref]').getAttribute('aria-pressed') === 'true'")
        .await;
    // The background swap declares what it needs to leave: the person, with other faces hidden
    // and the background replaced on the device. This photo has no person, so both are unticked.
    app.wait_js("return document.querySelector('[data-testid=level-background]').checked && document.querySelector('[data-testid=level-bystanders]').checked").await;
    for level in ["background", "bystanders"] {
        app.wait_css(&format!("[data-testid='level-{level}']")).await.send_keys(Key::Space).await.unwrap();
    }
    app.wait_js(
        "return ![...document.querySelectorAll('[data-testid=levels] input')].some((i) => i.checked)",
    )
    .await;
    app.press("[data-testid='generate']").await;

    // The preview: the reference as it will be sent, downscaled to 2048 px, re-encoded.
    app.wait_css("[data-testid='send-preview'] [data-testid='preview-image'] img").await;
    let caption = app.wait_text("[data-testid='preview-image'] figcaption", |t| !t.is_empty()).await;
    assert!(caption.starts_with("2048×1103 · image/jpeg"), "{caption}");
    app.wait_js("const i = document.querySelector('[data-testid=preview-image] img'); return i.complete && i.naturalWidth === 2048;").await;
    let consent = app.wait_text("[data-testid='preview-consent']", |t| !t.is_empty()).await;
    assert!(consent.contains("Seed Studio may send Google Gemini your prompts"), "{consent}");
    app.wait_text("[data-testid='send-preview']", |t| t.contains("55 days")).await;
    app.screenshot("create-preview").await;
    assert!(server.received.lock().unwrap().is_empty(), "nothing leaves before Send");
    app.press("[data-testid='preview-send']").await;

    app.wait_css("[data-testid='task'][data-status='succeeded']").await;
    app.wait_css("[data-testid='task'][data-status='succeeded'] .task-outputs img").await;
    app.screenshot("create-done").await;

    // What the server got is what the ledger says.
    let received = server.received.lock().unwrap()[0].clone();
    assert_eq!(received.header("x-goog-api-key"), Some("AIza-e2e-loopback"));
    let body: serde_json::Value = serde_json::from_slice(&received.body).unwrap();
    assert!(body["contents"][0]["parts"][0]["text"].as_str().unwrap().contains("me@example.com"));
    use base64::Engine;
    let sent = base64::engine::general_purpose::STANDARD
        .decode(body["contents"][0]["parts"][1]["inline_data"]["data"].as_str().unwrap())
        .unwrap();
    let sent_sha = hex::encode(Sha256::digest(&sent));

    // The result is in the gallery; the original went when the task succeeded.
    app.open_section("gallery", "Gallery").await;
    app.wait_js("return document.querySelectorAll('[data-testid=gallery-item]').length === 1").await;
    let name = app.js("return document.querySelector('[data-testid=gallery-item]').title").await;
    assert_eq!(name, serde_json::json!("gemini-1.png"), "the result, under the provider's name");
    app.wait_text("[data-testid='gallery-item']", |t| t.contains("deleted in 30 days")).await;
    app.press("[data-testid='gallery-item']").await;
    app.wait_text("[data-testid='detail-prompt']", |t| t.contains("a quiet beach at sunset")).await;
    app.wait_text("[data-testid='detail-provider']", |t| t == "gemini").await;
    app.driver.active_element().await.unwrap().send_keys(Key::Escape).await.unwrap();
    app.wait_js("return !document.querySelector('[data-testid=image-detail]')").await;

    app.open_section("privacy", "Privacy").await;
    app.wait_css("[data-testid='consent-gemini'][data-granted='true']").await;
    let entry = app.wait_text("[data-testid='ledger-entry']", |t| t.contains("2048×1103")).await;
    assert!(entry.contains(&sent_sha[..12]), "{entry} should show {sent_sha}");
    app.screenshot("privacy-ledger").await;
    app.press("[data-testid='ledger-task']").await;
    app.wait_css("[data-testid='section-tasks'] .task.highlight[data-status='succeeded']").await;

    // A second task to a provider that never answers, cancelled from the list.
    app.open_section("create", "Create").await;
    let prompt = app.wait_css("[data-testid='prompt']").await;
    prompt.send_keys("a lighthouse").await.unwrap();
    app.press("[data-testid='generate']").await;
    app.wait_text("[data-testid='preview-count']", |t| t == "none").await;
    app.press("[data-testid='preview-send']").await;
    let start = Instant::now();
    while server.received.lock().unwrap().len() < 2 {
        assert!(start.elapsed() < Duration::from_secs(30), "the second request never arrived");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    app.wait_css("[data-testid='task'][data-status='sending'] [data-testid='task-cancel'], [data-testid='task'][data-status='receiving'] [data-testid='task-cancel']").await;
    app.press("[data-testid='task'] [data-testid='task-cancel']").await;
    let cancelled = Instant::now();
    app.wait_css("[data-testid='task'][data-status='cancelled']").await;
    assert!(cancelled.elapsed() < Duration::from_secs(10), "cancel took {:?}", cancelled.elapsed());
    let reason = app
        .wait_text("[data-testid='task'][data-status='cancelled'] [data-testid='task-reason']", |t| {
            !t.is_empty()
        })
        .await;
    assert!(reason.contains("connection was closed"), "{reason}");
    app.screenshot("create-cancelled").await;
    app.close().await;
}
