use std::process::Command;

use thirtyfour::prelude::*;

use crate::support::{luminance, App, BIN};

#[tokio::test]
async fn dark_theme_chosen_in_settings_applies_at_once_and_after_a_restart() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let app = App::launch_on(&data).await;
    let light_bg = app.js("return getComputedStyle(document.documentElement).backgroundColor").await;
    app.open_section("settings", "Settings").await;
    app.wait_css("[data-testid='theme-choices'] input[value='dark']").await.click().await.unwrap();
    app.wait_js("return document.documentElement.dataset.theme === 'dark'").await;
    let dark_bg = app.js("return getComputedStyle(document.documentElement).backgroundColor").await;
    assert!(luminance(dark_bg.as_str().unwrap()) < 0.2, "dark background: {dark_bg}");
    assert!(luminance(light_bg.as_str().unwrap()) > 0.8, "light background at first: {light_bg}");
    let config = std::fs::read_to_string(data.join("config.toml")).unwrap();
    assert!(config.contains("theme = \"dark\""), "{config}");
    app.screenshot("settings-dark").await;
    app.open_section("gallery", "Gallery").await;
    app.screenshot("section-gallery-dark").await;
    app.close().await;

    let again = App::launch_on(&data).await;
    again.wait_js("return document.documentElement.dataset.theme === 'dark'").await;
    again.open_section("settings", "Settings").await;
    let checked = again.wait_css("[data-testid='theme-choices'] input[value='dark']").await;
    assert_eq!(checked.prop("checked").await.unwrap().as_deref(), Some("true"));
    again.close().await;
}

#[tokio::test]
async fn a_provider_key_saved_in_settings_goes_to_the_keyring_and_nowhere_else() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let app = App::launch_on(&data).await;
    app.open_section("settings", "Settings").await;
    app.wait_text("[data-testid='key-state-openai']", |t| t == "Not set").await;
    let key = format!("sk-proj-E2E-{}", std::process::id());
    let input = app.wait_css("[data-testid='key-input-openai']").await;
    input.send_keys(key.clone() + Key::Enter).await.unwrap();
    app.wait_text("[data-testid='key-state-openai']", |t| t == "Stored").await;
    assert_eq!(input.prop("value").await.unwrap().as_deref(), Some(""), "the field is cleared");
    let html = app.js("return document.documentElement.outerHTML").await;
    assert!(!html.as_str().unwrap().contains(&key), "the key is not kept in the page");
    app.screenshot("settings-key-stored").await;

    // The CLI, a different process, finds it in the keyring.
    let out =
        Command::new(BIN).args(["keys", "list", "--json", "--data-dir"]).arg(&app.data).output().unwrap();
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        list.as_array().unwrap().iter().any(|k| k["provider"] == "openai" && k["stored"] == true),
        "{list}"
    );

    // Remove it again from the UI.
    app.driver
        .find(By::Css("[data-testid='key-row-openai'] button.danger"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_text("[data-testid='key-state-openai']", |t| t == "Not set").await;
    app.close().await;
    for file in walk(&data) {
        let bytes = std::fs::read(&file).unwrap();
        assert!(!bytes.windows(key.len()).any(|w| w == key.as_bytes()), "{file:?} holds the key");
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}
