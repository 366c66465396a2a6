use thirtyfour::prelude::*;

use crate::provider_server::{self, Answer};
use crate::support::App;

/// One subject and two bystanders at different scales on a wall (the public-domain astronaut
/// portrait), as a PNG file.
fn group(dir: &std::path::Path) -> std::path::PathBuf {
    let face =
        image::open(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/idphoto/astronaut.png")).unwrap();
    let mut wall = image::RgbImage::from_pixel(1800, 1000, image::Rgb([200, 196, 188]));
    for (side, x, y) in [(760u32, 40i64, 120i64), (380, 1000, 80), (240, 1480, 520)] {
        let person = face.resize_exact(side, side, image::imageops::FilterType::Triangle).to_rgb8();
        image::imageops::replace(&mut wall, &person, x, y);
    }
    let path = dir.join("group.png");
    wall.save(&path).unwrap();
    path
}

// Choose "Hide other people's faces" for a reference, see the preview say so beside the
// original, send, and find one face in what the loopback Gemini received.
#[tokio::test]
async fn a_level_chosen_in_create_changes_the_preview_and_what_is_sent() {
    let server = provider_server::start(vec![Answer::image(&crate::generate::png([20, 200, 60], 64, 64))]);
    let tmp = tempfile::tempdir().unwrap();
    let photo = group(tmp.path());
    let env =
        [("GEMINI_API_KEY", "AIza-e2e-loopback"), ("SEED_STUDIO_GEMINI_BASE_URL", server.base_url.as_str())];
    let app = App::launch_with_env(&tmp.path().join("data"), &env).await;
    app.create_vault().await;
    app.import(&[photo.display().to_string()], 1).await;

    app.open_section("create", "Create").await;
    app.wait_css("[data-testid='prompt']").await.send_keys("as a collectible figure").await.unwrap();
    app.press("[data-testid='ref']").await;
    // Without a level: the metadata floor only, nothing more to say.
    app.press("[data-testid='generate']").await;
    app.wait_css("[data-testid='send-preview'] [data-testid='preview-image'] img").await;
    assert_eq!(
        app.js("return document.querySelectorAll('[data-testid=preview-levels], figure.original').length")
            .await,
        0
    );
    app.press("[data-testid='preview-cancel']").await;
    app.wait_js("return !document.querySelector('[data-testid=send-preview]')").await;

    // With "Hide other people's faces": the preview says what it did, beside the original.
    app.wait_css("[data-testid='level-bystanders']").await.send_keys(Key::Space).await.unwrap();
    app.wait_js("return document.querySelector('[data-testid=level-bystanders]').checked").await;
    app.press("[data-testid='generate']").await;
    app.wait_text("[data-testid='preview-levels']", |t| t.starts_with("2 other faces hidden")).await;
    app.wait_css("[data-testid='send-preview'] figure.original img").await;
    app.screenshot("create-levels-preview").await;
    app.press("[data-testid='preview-send']").await;
    app.wait_css("[data-testid='task'][data-status='succeeded']").await;

    let received = server.received.lock().unwrap().clone();
    assert_eq!(received.len(), 1, "the cancelled preview sent nothing");
    let body: serde_json::Value = serde_json::from_slice(&received[0].body).unwrap();
    let data = body["contents"][0]["parts"][1]["inline_data"]["data"].as_str().unwrap();
    let sent = {
        use base64::Engine;
        image::load_from_memory(&base64::engine::general_purpose::STANDARD.decode(data).unwrap()).unwrap()
    };
    let faces = seed_studio::idphoto::detect::detect(&sent.to_rgb8()).unwrap();
    assert_eq!(faces.len(), 1, "one face left the device: {faces:?}");

    // A default per provider in Settings: Create starts from it.
    app.open_section("settings", "Settings").await;
    app.wait_css("[data-testid='default-level-gemini-background']")
        .await
        .send_keys(Key::Space)
        .await
        .unwrap();
    app.wait_js("return document.querySelector('[data-testid=default-level-gemini-background]').checked")
        .await;
    assert_eq!(
        app.js("return document.querySelector('[data-testid=default-level-kling-subject]') === null").await,
        true,
        "video frames have no levels"
    );
    app.screenshot("settings-default-levels").await;
    app.open_section("create", "Create").await;
    app.wait_css("[data-testid='prompt']").await;
    app.wait_js("return document.querySelector('[data-testid=provider]').value === 'gemini'").await;
    app.press("[data-testid='ref']").await;
    app.wait_js("return document.querySelector('[data-testid=level-background]').checked && !document.querySelector('[data-testid=level-bystanders]').checked").await;
    let config = std::fs::read_to_string(tmp.path().join("data").join("config.toml")).unwrap();
    assert!(config.contains("minimize = [\"background\"]"), "{config}");
    app.close().await;
}
