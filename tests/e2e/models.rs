use thirtyfour::prelude::*;

use crate::generate::png;
use crate::support::App;

/// Choose `value` in the select `css` the way a person's choice arrives (a change event).
async fn choose(app: &App, css: &str, value: &str) {
    let script = format!(
        "const s = document.querySelector(\"{css}\"); s.value = {value:?}; s.dispatchEvent(new Event('change', {{ bubbles: true }})); return 1"
    );
    app.js(&script).await;
}

async fn options(app: &App, css: &str) -> Vec<String> {
    let script = format!("return [...document.querySelectorAll(\"{css} option\")].map((o) => o.value)");
    serde_json::from_value(app.js(&script).await).unwrap()
}

// Create offers only what the chosen model accepts; a model added in Settings with its limits is
// offered too, and picking more references than it takes is caught before Generate.
#[tokio::test]
async fn create_offers_what_each_model_accepts_and_a_model_of_your_own() {
    let tmp = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for (name, colour) in [("one.png", [200, 30, 30]), ("two.png", [30, 60, 200])] {
        let path = tmp.path().join(name);
        std::fs::write(&path, png(colour, 120, 90)).unwrap();
        paths.push(path.display().to_string());
    }
    let app = App::launch_on(&tmp.path().join("data")).await;
    app.create_vault().await;
    app.import(&paths, 2).await;

    // Gemini 3.1 Flash Image: its ratios (21:9 included) and its resolution tiers.
    app.open_section("create", "Create").await;
    app.wait_css("[data-testid='image-size']").await;
    assert_eq!(options(&app, "[data-testid=image-size]").await, ["", "1K", "2K", "4K"]);
    assert!(options(&app, "[data-testid=size]").await.contains(&"21:9".to_string()));
    app.screenshot("create-models").await;

    // gpt-image-1.5: its three sizes, no tiers.
    choose(&app, "[data-testid=provider]", "openai").await;
    app.wait_js("return !document.querySelector('[data-testid=image-size]')").await;
    assert_eq!(options(&app, "[data-testid=size]").await, ["", "1024x1024", "1536x1024", "1024x1536"]);
    // Another id is typed in, with a note that the provider's general limits apply.
    choose(&app, "[data-testid=model]", "*other").await;
    app.wait_css("[data-testid='model-other']").await.send_keys("gpt-image-9").await.unwrap();
    app.wait_text("[data-testid='model-unknown']", |t| t.contains("gpt-image-9")).await;

    // A model of your own, added in Settings with one reference at most.
    app.open_section("settings", "Settings").await;
    app.wait_css("[data-testid='model-settings']").await;
    app.wait_css("[data-testid='model-id']").await.send_keys("gemini-tiny-image").await.unwrap();
    let refs = app.wait_css("[data-testid='model-references']").await;
    refs.send_keys(Key::Control + "a").await.unwrap();
    refs.send_keys("1").await.unwrap();
    // The button waits for the settings to load (a loaded machine takes a moment).
    app.wait_js("return !document.querySelector('[data-testid=model-add]').disabled").await;
    app.press("[data-testid='model-add']").await;
    app.wait_text("[data-testid='my-models']", |t| t.contains("gemini-tiny-image")).await;
    app.screenshot("settings-models").await;

    app.open_section("create", "Create").await;
    app.wait_css("[data-testid='model']").await;
    app.wait_js("return [...document.querySelectorAll('[data-testid=model] option')].some((o) => o.value === 'gemini-tiny-image')").await;
    choose(&app, "[data-testid=model]", "gemini-tiny-image").await;
    app.wait_css("[data-testid='prompt']").await.send_keys("two kites").await.unwrap();
    for tile in app.driver.find_all(By::Css("[data-testid='ref']")).await.unwrap() {
        tile.send_keys(Key::Enter).await.unwrap();
    }
    app.wait_text("[data-testid='refs-problem']", |t| t.contains("at most 1 reference image")).await;
    assert_eq!(app.js("return document.querySelector('[data-testid=generate]').disabled").await, true);
    app.screenshot("create-models-too-many").await;
    app.close().await;
}
