//! The window in other languages: Japanese from the OS locale, Arabic (right to left), German
//! and Hindi chosen in Settings without a restart; every section walked, text checked for
//! clipping, screenshots saved (`ja-*.png`, `ar-*.png`, `de-*.png`, `hi-*.png`).

use thirtyfour::prelude::*;

use crate::support::App;

const SECTIONS: [&str; 6] = ["gallery", "create", "idphoto", "tasks", "privacy", "settings"];

/// Buttons, navigation entries and headings whose text does not fit their box.
const CLIPPED: &str = "return [...document.querySelectorAll('button, .nav-item span, h1, h2, label')]
    .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 2 && getComputedStyle(e).overflow !== 'visible')
    .map(e => e.textContent.trim().slice(0, 40));";

async fn walk(app: &App, lang: &str, english_nav: &[&str]) {
    for (i, id) in SECTIONS.iter().enumerate() {
        app.driver.find(By::Css(format!("[data-testid='nav-{id}']"))).await.unwrap().click().await.unwrap();
        let heading = app.wait_text(&format!("[data-testid='section-{id}'] h1"), |t| !t.is_empty()).await;
        let nav = app.wait_text(&format!("[data-testid='nav-{id}'] span"), |t| !t.is_empty()).await;
        assert_ne!(nav, english_nav[i], "{lang}: the {id} entry is still English");
        assert_ne!(heading, english_nav[i], "{lang}: the {id} heading is still English");
        if *id == "settings" {
            // The settings arrive a moment after the heading: check and picture them loaded.
            app.wait_css("[data-testid='settings-language']").await;
        }
        let clipped = app.js(CLIPPED).await;
        assert_eq!(clipped, serde_json::json!([]), "{lang}/{id}: text cut off");
        app.screenshot(&format!("{lang}-{id}")).await;
    }
}

const ENGLISH_NAV: [&str; 6] = ["Gallery", "Create", "ID Photo", "Tasks", "Privacy", "Settings"];

#[tokio::test]
async fn the_window_speaks_japanese_when_the_os_does() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let app =
        App::launch_with_env(&data, &[("LANG", "ja_JP.UTF-8"), ("LANGUAGE", "ja"), ("LC_ALL", "")]).await;
    app.wait_js("return document.documentElement.lang === 'ja'").await;
    assert_eq!(app.js("return document.documentElement.dir").await, serde_json::json!("ltr"));
    walk(&app, "ja", &ENGLISH_NAV).await;
    app.close().await;
}

#[tokio::test]
async fn arabic_chosen_in_settings_lays_the_window_out_right_to_left_and_is_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let app = App::launch_on(&data).await;
    app.set_language("ar").await;
    // The navigation sits on the right.
    let side = app
        .js("const r = document.querySelector('nav.sidebar').getBoundingClientRect(); return r.left > window.innerWidth / 2;")
        .await;
    assert_eq!(side, serde_json::json!(true), "the sidebar moves to the right");
    walk(&app, "ar", &ENGLISH_NAV).await;
    let config = std::fs::read_to_string(data.join("config.toml")).unwrap();
    assert!(config.contains("language = \"ar\""), "{config}");
    app.close().await;

    // Kept across a restart.
    let app = App::launch_on(&data).await;
    app.wait_js("return document.documentElement.dir === 'rtl'").await;
    app.close().await;
}

#[tokio::test]
async fn german_and_hindi_fit_their_buttons() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let app = App::launch_on(&data).await;
    for lang in ["de", "hi"] {
        app.set_language(lang).await;
        walk(&app, lang, &ENGLISH_NAV).await;
    }
    app.close().await;
}
