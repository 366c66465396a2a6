use image::GenericImageView;
use thirtyfour::prelude::*;

use crate::provider_server::{self, Answer};
use crate::support::App;

/// A generated image, 400x300, with a magenta marker in its top-left corner.
fn generated() -> Vec<u8> {
    let image = image::RgbImage::from_fn(400, 300, |x, y| {
        if x < 40 && y < 40 {
            image::Rgb([255, 0, 255])
        } else {
            image::Rgb([90 + (x % 60) as u8, 110 + (y % 60) as u8, 130])
        }
    });
    let mut out = Vec::new();
    image.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png).unwrap();
    out
}

// Make an image, open it, paint a stroke across its middle with the pointer, see the part that
// would leave in the preview, send it to the loopback Gemini, and find the edited image with
// its before/after.
#[tokio::test]
async fn paint_a_mask_see_the_part_that_leaves_send_it_and_compare_before_and_after() {
    // The stroke is much wider than tall, so the part is grown to Gemini's 21:9.
    let server = provider_server::start(vec![
        Answer::image(&generated()),
        Answer::image(&crate::generate::png([20, 200, 60], 1344, 576)),
    ]);
    let tmp = tempfile::tempdir().unwrap();
    let env =
        [("GEMINI_API_KEY", "AIza-e2e-loopback"), ("SEED_STUDIO_GEMINI_BASE_URL", server.base_url.as_str())];
    let app = App::launch_with_env(&tmp.path().join("data"), &env).await;
    app.create_vault().await;
    app.open_section("create", "Create").await;
    app.wait_css("[data-testid='prompt']").await.send_keys("a quiet courtyard").await.unwrap();
    app.press("[data-testid='generate']").await;
    app.press("[data-testid='preview-send']").await;
    app.wait_css("[data-testid='task'][data-status='succeeded']").await;

    // Open the result and the region editor.
    app.open_section("gallery", "Gallery").await;
    app.press("[data-testid='gallery-item']").await;
    app.press("[data-testid='detail-edit']").await;
    app.wait_css("[data-testid='edit-paint-first']").await;
    let canvas = app.wait_css("[data-testid='mask-canvas']").await;
    // Let the image load and the editor fit it.
    app.wait_js("const i = document.querySelector('[data-testid=edit-view] img'); return !!i && i.complete && i.naturalWidth === 400").await;
    app.screenshot("edit-empty").await;

    // A stroke with the pointer, left to right through the middle.
    app.driver
        .action_chain()
        .move_to_element_with_offset(&canvas, -80, 0)
        .click_and_hold()
        .move_by_offset(40, 0)
        .move_by_offset(40, 0)
        .move_by_offset(40, 0)
        .move_by_offset(40, 0)
        .release()
        .perform()
        .await
        .unwrap();
    app.wait_js("return !document.querySelector('[data-testid=edit-paint-first]')").await;
    let coverage = app.wait_text("[data-testid='mask-coverage']", |t| t.contains('%')).await;
    app.wait_css("[data-testid='edit-prompt']").await.send_keys("a red bicycle").await.unwrap();
    app.screenshot("edit-painted").await;

    // The preview shows the part that leaves and how much of the photo that is.
    app.press("[data-testid='edit-preview']").await;
    let share = app.wait_text("[data-testid='preview-share']", |t| t.contains('%')).await;
    let percent: f64 = share.split('%').next().unwrap().trim().parse().unwrap();
    assert!(percent > 0.0 && percent < 60.0, "{share} (painted: {coverage})");
    app.wait_js("const i = document.querySelector('[data-testid=preview-image] img'); return !!i && i.complete && i.naturalWidth > 0").await;
    let shown = app.js("const i = document.querySelector('[data-testid=preview-image] img'); return [i.naturalWidth, i.naturalHeight]").await;
    let (w, h) = (shown[0].as_u64().unwrap(), shown[1].as_u64().unwrap());
    assert!(w < 400 && h < 300, "only a part: {w}x{h}");
    assert!(((w as f64 / h as f64) / (21.0 / 9.0) - 1.0).abs() < 0.02, "grown to 21:9: {w}x{h}");
    app.screenshot("edit-preview").await;
    app.press("[data-testid='preview-send']").await;
    app.wait_text("[data-testid='gallery-notice']", |t| t.contains("on its way")).await;
    app.wait_js("return document.querySelectorAll('[data-testid=gallery-item]').length === 2").await;

    // The server received the same part: the marker far from the stroke never arrived.
    let received = server.received.lock().unwrap().clone();
    assert_eq!(received.len(), 2);
    let body: serde_json::Value = serde_json::from_slice(&received[1].body).unwrap();
    assert_eq!(body["generationConfig"]["imageConfig"]["aspectRatio"], "21:9");
    let sent = {
        use base64::Engine;
        let data = body["contents"][0]["parts"][1]["inline_data"]["data"].as_str().unwrap();
        image::load_from_memory(&base64::engine::general_purpose::STANDARD.decode(data).unwrap()).unwrap()
    };
    assert_eq!(sent.dimensions(), (w as u32, h as u32), "the preview showed what was sent");
    assert!(!sent.to_rgb8().pixels().any(|p| p.0 == [255, 0, 255]), "the marker left the device");

    // The newest image is the edit: full size, with its before/after.
    app.press("[data-testid='gallery-item']").await;
    app.wait_text("[data-testid='detail-prompt']", |t| t == "a red bicycle").await;
    app.wait_js("const i = document.querySelector('[data-testid=detail-image]'); return i.complete && i.naturalWidth === 400 && i.naturalHeight === 300").await;
    app.press("[data-testid='before-after']").await;
    app.wait_css("[data-testid='compare']").await;
    app.screenshot("edit-before-after").await;

    // A variation of the edit opens the region editor on its image with the kept mask and goes
    // straight to the preview of the same part.
    app.js("document.querySelector('[data-testid=compare]').close(); return 1").await;
    app.press("[data-testid='gallery-item']").await;
    app.press("[data-testid='variation']").await;
    app.wait_text("[data-testid='preview-share']", |t| t == share).await;
    let again = app.js("const i = document.querySelector('[data-testid=preview-image] img'); return [i.naturalWidth, i.naturalHeight]").await;
    assert_eq!(again, shown, "the same part, from the kept mask");
    assert_eq!(
        app.js("return document.querySelector('[data-testid=edit-prompt]').value").await,
        "a red bicycle"
    );
    app.press("[data-testid='preview-cancel']").await;

    // The editor in Arabic: laid out right to left, every label translated.
    app.press("[data-testid='edit-close']").await;
    app.set_language("ar").await;
    app.driver.find(By::Css("[data-testid='nav-gallery']")).await.unwrap().click().await.unwrap();
    app.press("[data-testid='gallery-item']").await;
    app.press("[data-testid='detail-edit']").await;
    app.wait_css("[data-testid='mask-canvas']").await;
    let side = app.js("const s = document.querySelector('.edit-side').getBoundingClientRect(); return s.left < window.innerWidth / 2").await;
    assert_eq!(side, true, "the form sits on the left in right-to-left");
    app.screenshot("ar-edit").await;
    app.close().await;
}
