use thirtyfour::prelude::*;
use thirtyfour::By;

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

/// The loopback Gemini giving `answers`, the group photo in a temporary folder, and the app on
/// a new vault there.
async fn launch(
    answers: Vec<Answer>,
) -> (provider_server::Server, tempfile::TempDir, std::path::PathBuf, App) {
    let server = provider_server::start(answers);
    let tmp = tempfile::tempdir().unwrap();
    let photo = group(tmp.path());
    let env =
        [("GEMINI_API_KEY", "AIza-e2e-loopback"), ("SEED_STUDIO_GEMINI_BASE_URL", server.base_url.as_str())];
    let app = App::launch_with_env(&tmp.path().join("data"), &env).await;
    app.create_vault().await;
    (server, tmp, photo, app)
}

// Choose "Hide other people's faces" for a reference, see the preview say so beside the
// original, send, and find one face in what the loopback Gemini received.
#[tokio::test]
async fn a_level_chosen_in_create_changes_the_preview_and_what_is_sent() {
    let (server, tmp, photo, app) =
        launch(vec![Answer::image(&crate::generate::png([20, 200, 60], 64, 64))]).await;
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

/// Faces by both of the project's searches: the whole photo, then 400 px tiles for small ones.
fn faces(rgb: &image::RgbImage) -> Vec<seed_studio::idphoto::detect::Face> {
    let mut all = seed_studio::idphoto::detect::detect(rgb).unwrap();
    for small in seed_studio::idphoto::detect::detect_small(rgb).unwrap() {
        if !all.iter().any(|f| f.x0 < small.x1 && small.x0 < f.x1 && f.y0 < small.y1 && small.y0 < f.y1) {
            all.push(small);
        }
    }
    all
}

/// The sent images of a Gemini request, decoded, in order.
fn sent_images(body: &[u8]) -> Vec<image::DynamicImage> {
    use base64::Engine;
    let body: serde_json::Value = serde_json::from_slice(body).unwrap();
    body["contents"][0]["parts"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|part| part["inline_data"]["data"].as_str())
        .map(|data| {
            let bytes = base64::engine::general_purpose::STANDARD.decode(data).unwrap();
            image::load_from_memory(&bytes).unwrap()
        })
        .collect()
}

// Two references, each with its own levels: the group photo hides bystanders around the person
// clicked in the subject picker (the smaller one, not the largest face), the other leaves with
// the metadata floor only. A first answer fails; the retry crops and hides the same way.
#[tokio::test]
async fn each_reference_has_its_own_levels_and_the_subject_clicked_is_kept_for_the_retry() {
    let (server, tmp, photo, app) = launch(vec![
        Answer::error(400, "INVALID_ARGUMENT", "try again"),
        Answer::image(&crate::generate::png([20, 200, 60], 64, 64)),
    ])
    .await;
    let plain = tmp.path().join("plain.png");
    std::fs::write(&plain, crate::generate::png([90, 120, 200], 400, 300)).unwrap();
    app.import(&[photo.display().to_string(), plain.display().to_string()], 2).await;

    app.open_section("create", "Create").await;
    app.wait_css("[data-testid='prompt']").await.send_keys("the two of them as figures").await.unwrap();
    app.press("[data-testid='ref'][title='group.png']").await;
    app.press("[data-testid='ref'][title='plain.png']").await;
    let group_id =
        app.js("return document.querySelector('[data-testid=ref][title=\"group.png\"]').dataset.id").await;
    let row = format!("[data-testid='ref-levels'][data-id='{}']", group_id.as_str().unwrap());

    // Bystanders for the group photo alone: "for every reference" shows it is some, not all.
    app.press(&format!("{row} [data-testid='ref-level-bystanders']")).await;
    app.wait_js("const c = document.querySelector('[data-testid=level-bystanders]'); return c.indeterminate && !c.checked").await;

    // The subject picker offers the people found on the device; the second is clicked.
    app.press(&format!("{row} [data-testid='choose-subject']")).await;
    app.wait_js("return document.querySelectorAll('[data-testid=subject-person]').length >= 2").await;
    app.wait_text("[data-testid='subject-status']", |t| t.contains("people found on this device")).await;
    app.wait_js("const i = document.querySelector('[data-testid=subject-stage] img'); return i.complete && i.naturalWidth > 0").await;
    app.press("[data-testid='subject-person']:nth-of-type(2)").await;
    app.wait_js("return document.querySelector('[data-testid=subject-person]:nth-of-type(2)').getAttribute('aria-pressed') === 'true'").await;
    app.screenshot("create-subject-picker").await;
    app.press("[data-testid='subject-use']").await;
    app.wait_text(&format!("{row} [data-testid='subject-state']"), |t| t == "Subject: chosen by you").await;
    app.screenshot("create-levels-per-reference").await;

    // The preview: the group photo's words, none for the plain one.
    app.press("[data-testid='generate']").await;
    app.wait_js("return document.querySelectorAll('[data-testid=send-preview] [data-testid=preview-image]').length === 2").await;
    let said = app
        .js("return [...document.querySelectorAll('[data-testid=preview-levels]')].map((e) => e.textContent)")
        .await;
    assert_eq!(said.as_array().unwrap().len(), 1, "{said}");
    assert!(said[0].as_str().unwrap().starts_with("2 other faces hidden"), "{said}");
    app.press("[data-testid='preview-send']").await;
    let failed = app.wait_css("[data-testid='task'][data-status='failed']").await;
    let task_id = failed.attr("data-task-id").await.unwrap().unwrap();

    // The task's detail shows what left next to each original, rebuilt on the device and
    // identical to what the ledger says was sent.
    app.open_section("privacy", "Privacy").await;
    app.wait_css("[data-testid='lookup-input']").await.send_keys(&task_id).await.unwrap();
    app.press("[data-testid='lookup-show']").await;
    app.wait_js("return document.querySelectorAll('[data-testid=ledger-part]').length === 2").await;
    app.press("[data-testid='task-sent-show']").await;
    app.wait_js("return document.querySelectorAll('[data-testid=sent-check][data-same=true]').length === 2")
        .await;
    app.wait_js("return [...document.querySelectorAll('[data-testid=sent-image]')].every((i) => i.complete && i.naturalWidth > 0)").await;
    app.screenshot("privacy-task-sent").await;

    app.open_section("tasks", "Tasks").await;
    app.press("[data-testid='task-retry']").await;
    app.wait_css("[data-testid='task'][data-status='succeeded']").await;
    // Once it succeeded its originals went, and the copies sent with them: the ledger's record stays.
    app.open_section("privacy", "Privacy").await;
    app.wait_css("[data-testid='lookup-input']").await.send_keys(&task_id).await.unwrap();
    app.press("[data-testid='lookup-show']").await;
    app.press("[data-testid='task-sent-show']").await;
    app.wait_css("[data-testid='task-sent-gone']").await;
    assert_eq!(app.js("return document.querySelectorAll('[data-testid=ledger-part]').length").await, 4);

    let received = server.received.lock().unwrap().clone();
    assert_eq!(received.len(), 2, "sent, then retried");
    for request in &received {
        let images = sent_images(&request.body);
        assert_eq!(images.len(), 2);
        // Left of the group photo: the face of the person clicked (the one right of centre).
        let faces = faces(&images[0].to_rgb8());
        assert_eq!(faces.len(), 1, "one face left the device: {faces:?}");
        let centre = (faces[0].x0 + faces[0].x1) / 2.0 / images[0].width() as f32;
        assert!(centre > 0.5, "the person clicked stays, not the largest face: {faces:?}");
        assert_eq!((images[1].width(), images[1].height()), (400, 300), "the plain reference as it was");
    }

    // The picker in Arabic, right to left (the photo itself is not mirrored). The originals
    // went when their task ended, so the group photo is imported again.
    app.open_section("gallery", "Gallery").await;
    app.import(&[photo.display().to_string()], 2).await;
    app.set_language("ar").await;
    app.driver.find(By::Css("[data-testid='nav-create']")).await.unwrap().click().await.unwrap();
    app.press("[data-testid='ref'][title='group.png']").await;
    app.wait_css("[data-testid='level-subject']").await.send_keys(Key::Space).await.unwrap();
    app.press("[data-testid='choose-subject']").await;
    app.wait_js("return document.querySelectorAll('[data-testid=subject-person]').length >= 2").await;
    let layout = app
        .js("return [getComputedStyle(document.querySelector('[data-testid=subject-picker]')).direction, \
             getComputedStyle(document.querySelector('[data-testid=subject-stage]')).direction]")
        .await;
    assert_eq!(layout, serde_json::json!(["rtl", "ltr"]));
    app.wait_js("const i = document.querySelector('[data-testid=subject-stage] img'); return i.complete && i.naturalWidth > 0").await;
    app.screenshot("ar-create-subject-picker").await;
    app.close().await;
}

// The region editor takes levels too: a stroke across the three people, "hide other people's
// faces" ticked, the preview says how many were hidden, and one face leaves.
#[tokio::test]
async fn a_region_edit_in_the_window_hides_the_other_faces_in_its_part() {
    let (server, _tmp, photo, app) =
        launch(vec![Answer::image(&crate::generate::png([20, 200, 60], 1344, 576))]).await;
    app.import(&[photo.display().to_string()], 1).await;
    app.press("[data-testid='gallery-item']").await;
    app.press("[data-testid='detail-edit']").await;
    let canvas = app.wait_css("[data-testid='mask-canvas']").await;
    app.wait_js("const i = document.querySelector('[data-testid=edit-view] img'); return !!i && i.complete && i.naturalWidth === 1800").await;
    // Through the faces' height, from the left edge to the right.
    let width = app
        .js("return document.querySelector('[data-testid=mask-canvas]').getBoundingClientRect().width")
        .await;
    let half = (width.as_f64().unwrap() / 2.0 - 20.0) as i64;
    let mut stroke =
        app.driver.action_chain().move_to_element_with_offset(&canvas, -half, -90).click_and_hold();
    for _ in 0..8 {
        stroke = stroke.move_by_offset(half / 4, 0);
    }
    stroke.release().perform().await.unwrap();
    app.wait_js("return !document.querySelector('[data-testid=edit-paint-first]')").await;
    app.wait_css("[data-testid='edit-prompt']").await.send_keys("space suits in blue").await.unwrap();
    app.wait_css("[data-testid='edit-level-bystanders']").await.send_keys(Key::Space).await.unwrap();
    app.wait_js("return document.querySelector('[data-testid=edit-level-bystanders]').checked").await;

    app.press("[data-testid='edit-preview']").await;
    let said = app.wait_text("[data-testid='preview-levels']", |t| t.contains("hidden")).await;
    assert!(said.starts_with('1') || said.starts_with('2'), "{said}");
    app.screenshot("edit-levels-preview").await;
    app.press("[data-testid='preview-send']").await;
    app.wait_text("[data-testid='gallery-notice']", |t| t.contains("on its way")).await;
    // The edit replaces the original in the gallery (an original goes when its task ends).
    app.open_section("tasks", "Tasks").await;
    app.wait_css("[data-testid='task'][data-status='succeeded']").await;

    let received = server.received.lock().unwrap().clone();
    assert_eq!(received.len(), 1);
    let faces = faces(&sent_images(&received[0].body).remove(0).to_rgb8());
    assert_eq!(faces.len(), 1, "one face left in the part: {faces:?}");
    app.close().await;
}

// By hand: in "What is hidden" the smallest person is left visible with a click and a patch of
// wall is hidden with a drag; the preview says both, and the subject and that person leave.
#[tokio::test]
async fn faces_are_left_visible_and_regions_hidden_by_hand() {
    let (server, _tmp, photo, app) =
        launch(vec![Answer::image(&crate::generate::png([20, 200, 60], 64, 64))]).await;
    app.import(&[photo.display().to_string()], 1).await;
    app.open_section("create", "Create").await;
    app.wait_css("[data-testid='prompt']").await.send_keys("them, as figures").await.unwrap();
    app.press("[data-testid='ref']").await;
    app.wait_css("[data-testid='level-bystanders']").await.send_keys(Key::Space).await.unwrap();
    app.press("[data-testid='choose-hidden']").await;
    app.wait_js("return document.querySelector('[data-testid=picker-mode-hide]').getAttribute('aria-checked') === 'true'").await;
    // The subject is not offered for hiding: the two others are, hidden until clicked.
    app.wait_js(
        "return document.querySelectorAll('[data-testid=hide-person][aria-pressed=true]').length === 2",
    )
    .await;
    app.wait_js("const i = document.querySelector('[data-testid=subject-stage] img'); return i.complete && i.naturalWidth > 0").await;
    app.press("[data-testid='hide-person']:last-of-type").await;
    app.wait_js(
        "return document.querySelectorAll('[data-testid=hide-person][aria-pressed=true]').length === 1",
    )
    .await;
    let stage = app.wait_css("[data-testid='subject-stage']").await;
    app.driver
        .action_chain()
        .move_to_element_with_offset(&stage, -40, 120)
        .click_and_hold()
        .move_by_offset(40, 30)
        .move_by_offset(40, 30)
        .release()
        .perform()
        .await
        .unwrap();
    app.wait_js("return document.querySelectorAll('[data-testid=hide-region]').length === 1").await;
    app.screenshot("create-hide-by-hand").await;
    app.press("[data-testid='subject-use']").await;
    app.wait_css("[data-testid='by-hand-state']").await;

    app.press("[data-testid='generate']").await;
    let said = app.wait_text("[data-testid='preview-levels']", |t| t.contains("by hand")).await;
    assert!(said.starts_with("1 other face hidden · 1 region hidden by hand"), "{said}");
    app.press("[data-testid='preview-send']").await;
    app.wait_css("[data-testid='task'][data-status='succeeded']").await;
    let received = server.received.lock().unwrap().clone();
    let left = faces(&sent_images(&received[0].body).remove(0).to_rgb8());
    assert_eq!(left.len(), 2, "the subject and the person left visible: {left:?}");
    app.close().await;
}
