use std::time::{Duration, Instant};

use thirtyfour::prelude::*;

use crate::support::App;

/// Type into a field, replacing what it held.
async fn retype(app: &App, css: &str, text: &str) {
    let field = app.wait_css(css).await;
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

fn tile_text(v: serde_json::Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

// The promise end to end: a shorter window is previewed, confirmed and saved; the gallery then
// counts down, and the image leaves the window on time without anyone touching it, while the
// scheduler destroys its files.
#[tokio::test]
async fn an_image_leaves_the_gallery_when_its_shortened_window_ends() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let photo = tmp.path().join("passport-draft.png");
    image::RgbImage::from_pixel(320, 240, image::Rgb([90, 140, 200])).save(&photo).unwrap();
    let app = App::launch_on(&data).await;
    app.create_vault().await;
    let input = app.driver.find(By::Css("[data-testid='import-input']")).await.unwrap();
    input.send_keys(photo.display().to_string()).await.unwrap();
    app.wait_css("[data-testid='gallery-item']").await;

    app.open_section("settings", "Settings").await;
    app.wait_text("[data-testid='retention-next']", |t| {
        t.starts_with("Next deletion:") && t.contains("1 original")
    })
    .await;
    let shown = app.js("return document.querySelector('[data-testid=retention-originals]').value").await;
    assert_eq!(shown, serde_json::json!("1d"));
    // Out of bounds: refused with the limits named, nothing saved.
    retype(&app, "[data-testid='retention-originals']", "48h").await;
    app.press("[data-testid='retention-review']").await;
    app.wait_text("[data-testid='retention-settings'] [role='alert']", |t| t.contains("from 1m to 1d")).await;
    // In bounds: previewed, then applied.
    retype(&app, "[data-testid='retention-originals']", "1m").await;
    app.press("[data-testid='retention-review']").await;
    app.wait_text("[data-testid='retention-confirm']", |t| t.contains("Nothing is deleted right away")).await;
    app.screenshot("settings-retention-confirm").await;
    assert!(
        !std::fs::read_to_string(data.join("config.toml")).unwrap_or_default().contains("1m"),
        "not before Apply"
    );
    app.press("[data-testid='retention-apply']").await;
    app.wait_text("[data-testid='retention-settings'] .notice", |t| t.starts_with("Retention updated")).await;
    let config = std::fs::read_to_string(data.join("config.toml")).unwrap();
    assert!(config.contains("originals = \"1m\""), "{config}");
    app.screenshot("settings-retention").await;

    app.open_section("gallery", "Gallery").await;
    app.wait_css("[data-testid='gallery-item']").await;
    let tile =
        tile_text(app.js("return document.querySelector('[data-testid=gallery-item]').textContent").await);
    assert!(tile.contains("deleted in 1 min"), "{tile}");

    // No clicks from here on: the image must leave by itself, within the minute plus precision.
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let left = app.js("return document.querySelectorAll('[data-testid=gallery-item]').length").await;
        if left == serde_json::json!(0) {
            break;
        }
        assert!(Instant::now() < deadline, "the expired image is still shown");
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    app.wait_text("[data-testid='empty-state'] h2", |t| t == "No images yet").await;
    // And it is destroyed, not just hidden: the scheduler purged its files (and their keys).
    let objects = data.join("vault/objects");
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::fs::read_dir(&objects).unwrap().count() > 0 {
        assert!(Instant::now() < deadline, "the expired image's files are still on disk");
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    app.close().await;
}

// The login item is the autostart entry of the desktop (XDG on Linux), made and removed from
// Settings; it starts Seed Studio straight into the tray.
#[tokio::test]
async fn start_at_login_adds_and_removes_the_login_item() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    std::fs::create_dir(&home).unwrap();
    let app = App::launch_with_env(&tmp.path().join("data"), &[("HOME", home.to_str().unwrap())]).await;
    app.open_section("settings", "Settings").await;
    let tray = app.wait_css("[data-testid='close-to-tray']").await;
    assert_eq!(tray.prop("checked").await.unwrap().as_deref(), Some("true"), "on by default");
    let entry = home.join(".config/autostart/Seed Studio.desktop");
    assert!(!entry.exists());
    app.wait_css("[data-testid='start-at-login']").await.send_keys(Key::Space).await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while !entry.exists() {
        assert!(Instant::now() < deadline, "no login item at {}", entry.display());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let text = std::fs::read_to_string(&entry).unwrap();
    assert!(text.contains("--in-tray"), "{text}");
    app.wait_css("[data-testid='start-at-login']").await.send_keys(Key::Space).await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while entry.exists() {
        assert!(Instant::now() < deadline, "the login item was not removed");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.close().await;
}
