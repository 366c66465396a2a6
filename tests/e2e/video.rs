//! Video in the real window (issue #13): Create's Video tab makes a clip from a still against a
//! loopback Kling (every JWT verified), the task shows its remote status, the clip lands in the
//! gallery as a video with its poster and length, and it plays from the vault with the network
//! switched off: the player's `currentTime` advances, fed by range requests the thumb: protocol
//! answers by decrypting only the chunks asked for.

use crate::support::App;
use crate::video_server::{self as server, Media, Outcome, Script, Which};

#[tokio::test]
async fn a_video_made_from_a_still_plays_from_the_vault_with_the_network_off() {
    let clip = server::mp4(4, 320, 240);
    let s = server::start(
        Which::Kling,
        Script { pending: 3, outcome: Outcome::Succeed, media: Media::Body(clip.clone()), last_frame: None },
    );
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let still = tmp.path().join("bottle.png");
    image::RgbImage::from_fn(1280, 720, |x, y| image::Rgb([(x % 200) as u8, (y % 200) as u8, 140]))
        .save(&still)
        .unwrap();
    let env = [
        ("KLING_ACCESS_KEY", server::KLING_ACCESS),
        ("KLING_SECRET_KEY", server::KLING_SECRET),
        ("SEED_STUDIO_KLING_BASE_URL", s.base_url.as_str()),
    ];
    let app = App::launch_with_env(&data, &env).await;
    app.create_vault().await;
    app.import(&[still.display().to_string()], 1).await;

    app.open_section("create", "Create").await;
    app.press("[data-testid='making-video']").await;
    app.wait_css("[data-testid='video-prompt']").await.send_keys("the bottle turns slowly").await.unwrap();
    app.press("[data-testid='frame-first']").await;
    app.press("[data-testid='frame-option']").await;
    app.wait_css("[data-testid='frame-first'] img").await;
    app.screenshot("video-create").await;
    app.press("[data-testid='video-make']").await;

    // The preview: the first frame as it will be sent, and nothing has left yet.
    app.wait_css("[data-testid='video-preview'] [data-testid='video-preview-frame'] img").await;
    let caption = app.wait_text("[data-testid='video-preview-frame'] figcaption", |t| !t.is_empty()).await;
    assert!(caption.contains("1280×720 · image/jpeg"), "{caption}");
    app.wait_text("[data-testid='video-preview']", |t| t.contains("about 30 days")).await;
    app.screenshot("video-preview").await;
    assert!(s.log.lock().unwrap().api.is_empty(), "nothing leaves before Send");
    app.press("[data-testid='video-preview-send']").await;

    app.wait_css("[data-testid='task'][data-status='succeeded']").await;
    assert!(s.log.lock().unwrap().refused.is_empty(), "every JWT verified");
    assert_eq!(s.submits().len(), 1);

    // The gallery shows it as a video, with its length; the network goes off.
    app.open_section("settings", "Settings").await;
    app.wait_css("[data-testid='offline']").await.send_keys(thirtyfour::Key::Space).await.unwrap();
    app.wait_js("return document.querySelector('[data-testid=offline]').checked === true").await;
    app.open_section("gallery", "Gallery").await;
    app.wait_text("[data-testid='tile-duration']", |t| t.contains("0:04")).await;
    app.screenshot("video-gallery").await;
    app.press("[data-testid='gallery-item']").await;
    let video = app.wait_css("[data-testid='detail-video']").await;
    app.wait_text("[data-testid='detail-duration']", |t| t == "0:04").await;
    // Once the player has it (read from the vault through the protocol), play it muted
    // (autoplay rules) and watch the clock move.
    video.focus().await.unwrap();
    app.wait_js("return document.querySelector('[data-testid=detail-video]').readyState >= 1;").await;
    app.js("const v = document.querySelector('[data-testid=detail-video]'); v.muted = true; v.play().catch(() => {}); return true;").await;
    app.wait_js(
        "const v = document.querySelector('[data-testid=detail-video]'); return v.currentTime > 0.5;",
    )
    .await;
    let duration = app.js("return document.querySelector('[data-testid=detail-video]').duration").await;
    assert!((duration.as_f64().unwrap() - 4.0).abs() < 0.2, "{duration}");
    app.screenshot("video-playing").await;
    // Seek near the end: the player asks for a range far into the file.
    app.js(
        "const v = document.querySelector('[data-testid=detail-video]'); v.currentTime = 3.0; return true;",
    )
    .await;
    app.wait_js("const v = document.querySelector('[data-testid=detail-video]'); return v.currentTime >= 3.0 && v.readyState >= 2;").await;
    assert_eq!(s.log.lock().unwrap().media.len(), 1, "played from the vault, not fetched again");
    app.driver.active_element().await.unwrap().send_keys(thirtyfour::Key::Escape).await.unwrap();
    app.wait_js("return !document.querySelector('[data-testid=image-detail]')").await;

    // The Video tab in German and in Arabic (right to left): nothing cut off.
    for lang in ["de", "ar"] {
        app.set_language(lang).await;
        app.driver
            .find(thirtyfour::By::Css("[data-testid='nav-create']"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        app.press("[data-testid='making-video']").await;
        app.wait_css("[data-testid='video-make']").await;
        // The still went when its task ended: the frame picker says there is no image yet.
        app.press("[data-testid='frame-first']").await;
        app.wait_js("return document.querySelector('[data-testid=frame-first]').getAttribute('aria-expanded') === 'true'").await;
        let clipped = app.js(CLIPPED).await;
        assert_eq!(clipped, serde_json::json!([]), "{lang}: text cut off");
        app.screenshot(&format!("{lang}-create-video")).await;
    }
    app.close().await;
}

/// Buttons, labels and headings whose text does not fit their box (as in `languages.rs`).
const CLIPPED: &str = "return [...document.querySelectorAll('button, .nav-item span, h1, h2, label')]
    .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 2 && getComputedStyle(e).overflow !== 'visible')
    .map(e => e.textContent.trim().slice(0, 40));";
