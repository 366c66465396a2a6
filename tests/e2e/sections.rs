use thirtyfour::prelude::*;

use crate::support::App;

const SECTIONS: [(&str, &str); 6] = [
    ("gallery", "Gallery"),
    ("create", "Create"),
    ("idphoto", "ID Photo"),
    ("tasks", "Tasks"),
    ("privacy", "Privacy"),
    ("settings", "Settings"),
];

#[tokio::test]
async fn every_section_opens_and_shows_its_empty_state() {
    let app = App::launch().await;
    // The gallery is the first thing people see.
    app.wait_text("[data-testid='section-gallery'] h1", |t| t == "Gallery").await;
    app.wait_css("[data-testid='vault-setup']").await;
    for (id, label) in SECTIONS {
        app.open_section(id, label).await;
        let current = app.driver.find(By::Css(format!("[data-testid='nav-{id}']"))).await.unwrap();
        assert_eq!(current.attr("aria-current").await.unwrap().as_deref(), Some("page"), "{id}");
        if id == "gallery" {
            // A fresh data folder: the gallery's first state explains the vault and sets it up.
            let setup = app.wait_text("[data-testid='vault-setup']", |t| t.len() > 80).await;
            assert!(setup.contains("Set up your private vault"), "{setup}");
        } else if id != "settings" {
            let empty = format!("[data-testid='section-{id}'] [data-testid='empty-state']");
            let title = app.wait_text(&format!("{empty} h2"), |t| !t.is_empty()).await;
            let body = app.wait_text(&format!("{empty} .empty-body"), |t| t.len() > 80).await;
            assert!(!title.is_empty() && !body.is_empty(), "{id} explains what it will hold");
        }
        app.screenshot(&format!("section-{id}")).await;
    }
    // The brand image loaded under the CSP (img-src 'self').
    let loaded = app
        .js("const i = document.querySelector('.brand img'); return i.complete && i.naturalWidth > 0;")
        .await;
    assert_eq!(loaded, serde_json::json!(true));
    app.close().await;
}

#[tokio::test]
async fn about_shows_the_data_dir_and_a_working_keyring() {
    let app = App::launch().await;
    app.driver.find(By::Css("[data-testid='open-about']")).await.unwrap().click().await.unwrap();
    let shown = app.wait_text("[data-testid='about-data-dir']", |t| !t.is_empty()).await;
    assert_eq!(shown, app.data.display().to_string());
    app.wait_text("[data-testid='about-keyring']", |t| t.contains("working")).await;
    app.wait_text("[data-testid='about-vault']", |t| t.contains("none yet")).await;
    let version = app.wait_text("[data-testid='about-version']", |t| !t.is_empty()).await;
    assert!(version.starts_with(env!("CARGO_PKG_VERSION")), "{version}");
    app.screenshot("about").await;
    // Escape closes the dialog.
    app.driver.active_element().await.unwrap().send_keys(Key::Escape).await.unwrap();
    app.wait_js("return !document.querySelector('[data-testid=about-dialog]').open").await;
    app.close().await;
}

#[tokio::test]
async fn keyboard_alone_reaches_every_section_and_about() {
    let app = App::launch().await;
    let body = app.driver.find(By::Css("body")).await.unwrap();
    // Tab reaches the navigation (one tab stop: the current section) ...
    body.send_keys(Key::Tab).await.unwrap();
    app.wait_js("return document.activeElement?.dataset.testid === 'nav-gallery'").await;
    // ... arrows move through it and open each section ...
    let focused = app.driver.active_element().await.unwrap();
    focused.send_keys(Key::Down).await.unwrap();
    app.wait_text("[data-testid='section-create'] h1", |t| t == "Create").await;
    app.wait_js("return document.activeElement?.dataset.testid === 'nav-create'").await;
    app.driver.active_element().await.unwrap().send_keys(Key::End).await.unwrap();
    app.wait_text("[data-testid='section-settings'] h1", |t| t == "Settings").await;
    // ... Ctrl+number jumps and moves focus to the section heading ...
    app.driver.active_element().await.unwrap().send_keys(Key::Control + "4").await.unwrap();
    app.wait_text("[data-testid='section-tasks'] h1", |t| t == "Tasks").await;
    app.wait_js("return document.activeElement?.hasAttribute('data-section-title') === true").await;
    app.driver.active_element().await.unwrap().send_keys(Key::Control + "5").await.unwrap();
    app.wait_text("[data-testid='section-privacy'] h1", |t| t == "Privacy").await;
    // ... and F1 opens About, Escape closes it.
    app.driver.active_element().await.unwrap().send_keys(Key::F1).await.unwrap();
    app.wait_js("return document.querySelector('[data-testid=about-dialog]').open").await;
    app.driver.active_element().await.unwrap().send_keys(Key::Escape).await.unwrap();
    app.wait_js("return !document.querySelector('[data-testid=about-dialog]').open").await;
    app.close().await;
}
