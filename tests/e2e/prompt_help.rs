use serde_json::{json, Value};
use thirtyfour::prelude::*;

use crate::generate::png;
use crate::provider_server::{self, Answer};
use crate::support::App;

const IDEA: &str = "a red fox in the snow";
const IMPROVED: &str = "A red fox standing in fresh snow at dawn, low golden light, shallow depth of field.";
const DESCRIBED: &str = "A flat teal square filling the frame, evenly lit, minimalist.";
/// `expandIdea("a lighthouse at dusk")` (ui/src/lib/presets.ts): the same on every run.
const EXPANDED: &str = "A lighthouse at dusk. A detailed image: balanced composition with the subject clearly \
    framed; soft natural lighting with gentle shadows; a harmonious palette of natural colours; sharp focus, high detail.";

/// Replace the prompt by typing (WebDriver's clear() fires no input event).
async fn type_prompt(app: &App, text: &str) {
    let prompt = app.wait_css("[data-testid='prompt']").await;
    prompt.send_keys(Key::Control + "a").await.unwrap();
    prompt.send_keys(text).await.unwrap();
}

async fn prompt_is(app: &App, text: &str) {
    let script = format!("return document.querySelector('[data-testid=prompt]').value === {}", json!(text));
    app.wait_js(&script).await;
}

/// The bounding box of `css` as [left, top, right, bottom].
async fn rect(app: &App, css: &str) -> [f64; 4] {
    let script = format!(
        "const r = document.querySelector({}).getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];",
        json!(css)
    );
    let v = app.js(&script).await;
    std::array::from_fn(|i| v[i].as_f64().unwrap())
}

// Improve a short idea with Gemini's text model: consent is asked first (saying only the text
// leaves), the old and the new prompt are shown side by side, and the new one is taken. The
// server got the text and no image. Expanding on this device sends nothing. An image of the
// gallery is described and its prompt used in Create; the side-by-side view in Arabic.
#[tokio::test]
async fn improve_asks_consent_shows_old_and_new_and_expanding_sends_nothing() {
    let server = provider_server::start(vec![Answer::gemini_text(IMPROVED), Answer::gemini_text(DESCRIBED)]);
    let tmp = tempfile::tempdir().unwrap();
    let photo = tmp.path().join("teal-square.png");
    std::fs::write(&photo, png([20, 150, 140], 320, 240)).unwrap();
    let env =
        [("GEMINI_API_KEY", "AIza-e2e-loopback"), ("SEED_STUDIO_GEMINI_BASE_URL", server.base_url.as_str())];
    let app = App::launch_with_env(&tmp.path().join("data"), &env).await;
    app.create_vault().await;
    app.import(&[photo.display().to_string()], 1).await;

    // Improve: Create's provider (Gemini) is the text model asked; consent comes first.
    app.open_section("create", "Create").await;
    type_prompt(&app, IDEA).await;
    assert_eq!(app.js("return document.querySelector('[data-testid=help-provider]').value").await, "gemini");
    app.press("[data-testid='improve']").await;
    let consent = app.wait_text("[data-testid='help-consent']", |t| !t.is_empty()).await;
    assert!(
        consent.contains("Only the text of your prompt is sent to Google Gemini; no images."),
        "{consent}"
    );
    // The keyboard user lands on the consent's button (the one pressed was disabled meanwhile).
    app.wait_js("return document.activeElement?.dataset.testid === 'help-allow'").await;
    app.screenshot("create-improve-consent").await;
    assert!(server.received.lock().unwrap().is_empty(), "nothing leaves before consent");
    app.press("[data-testid='help-allow']").await;
    app.wait_text("[data-testid='help-new']", |t| t == IMPROVED).await;
    assert_eq!(app.wait_text("[data-testid='help-old']", |t| !t.is_empty()).await, IDEA);
    let (old, new) = (rect(&app, "[data-testid=help-old]").await, rect(&app, "[data-testid=help-new]").await);
    assert!(old[2] <= new[0] && (old[1] - new[1]).abs() < 1.0, "side by side: {old:?} {new:?}");
    prompt_is(&app, IDEA).await; // nothing changes until the new one is taken
    app.screenshot("create-improve").await;
    // In a narrow window they are stacked: the suggestion under the prompt.
    let window = app.driver.get_window_rect().await.unwrap();
    app.driver.set_window_rect(0, 0, 760, window.height as u32).await.unwrap();
    app.wait_js(
        "const [o, n] = ['help-old', 'help-new'].map((id) => document.querySelector(`[data-testid=${id}]`).getBoundingClientRect()); \
         return n.top >= o.bottom && Math.abs(n.left - o.left) < 1",
    )
    .await;
    app.screenshot("create-improve-narrow").await;
    app.driver.set_window_rect(0, 0, window.width as u32, window.height as u32).await.unwrap();
    app.press("[data-testid='help-use']").await;
    prompt_is(&app, IMPROVED).await;
    app.wait_js("return !document.querySelector('[data-testid=help-compare]')").await;

    let received = server.received.lock().unwrap().clone();
    assert_eq!(received.len(), 1);
    assert!(received[0].request_line.contains(":generateContent"), "{}", received[0].request_line);
    let body: Value = serde_json::from_slice(&received[0].body).unwrap();
    assert_eq!(body["contents"], json!([{ "role": "user", "parts": [{ "text": IDEA }] }]));
    let raw = String::from_utf8_lossy(&received[0].body);
    assert!(!raw.contains("inline_data") && !raw.contains("inlineData"), "no image part");

    // Expand on this device: a fixed English template, shown the same way; no request.
    type_prompt(&app, "a lighthouse at dusk").await;
    app.press("[data-testid='expand']").await;
    app.wait_text("[data-testid='help-new']", |t| t == EXPANDED).await;
    app.screenshot("create-expand").await;
    app.press("[data-testid='help-keep']").await;
    app.wait_js("return !document.querySelector('[data-testid=help-compare]')").await;
    prompt_is(&app, "a lighthouse at dusk").await;
    app.press("[data-testid='expand']").await;
    app.press("[data-testid='help-use']").await;
    prompt_is(&app, EXPANDED).await;
    assert_eq!(server.received.lock().unwrap().len(), 1, "expanding sent nothing");

    // Describe an image of the gallery (consent is given now), then use its prompt in Create.
    app.open_section("gallery", "Gallery").await;
    app.press("[data-testid='gallery-item']").await;
    app.press("[data-testid='describe']").await;
    app.wait_text("[data-testid='described']", |t| t == DESCRIBED).await;
    app.press("[data-testid='describe-copy']").await;
    app.wait_text("[data-testid='describe-copied']", |t| t == "Copied.").await;
    app.screenshot("detail-describe").await;
    let received = server.received.lock().unwrap().clone();
    assert_eq!(received.len(), 2);
    let body: Value = serde_json::from_slice(&received[1].body).unwrap();
    let parts = body["contents"][0]["parts"].as_array().unwrap().clone();
    assert_eq!(parts.len(), 1, "one part: the image");
    assert_eq!(parts[0]["inline_data"]["mime_type"], "image/jpeg");
    app.press("[data-testid='describe-use']").await;
    app.wait_text("[data-testid='section-create'] h1", |t| t == "Create").await;
    prompt_is(&app, DESCRIBED).await;

    // Right to left: the user's prompt on the right, the suggestion on its left.
    app.set_language("ar").await;
    app.driver.find(By::Css("[data-testid='nav-create']")).await.unwrap().click().await.unwrap();
    type_prompt(&app, "ثعلب أحمر في الثلج").await;
    app.press("[data-testid='expand']").await;
    app.wait_text("[data-testid='help-new']", |t| t.starts_with("ثعلب أحمر في الثلج. A detailed image:"))
        .await;
    let (old, new) = (rect(&app, "[data-testid=help-old]").await, rect(&app, "[data-testid=help-new]").await);
    assert!(new[2] <= old[0], "the first column is on the right: {old:?} {new:?}");
    app.screenshot("ar-create-expand").await;
    app.close().await;
}
