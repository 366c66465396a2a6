use serde_json::json;
use thirtyfour::prelude::*;

use crate::support::App;

/// Load `thumb:` image `id` in the page, bypassing WebKit's memory cache: "loaded" or "refused".
async fn thumb_loads(app: &App, id: &str) -> String {
    let script = r#"
        const done = arguments[arguments.length - 1];
        const img = new Image();
        img.onload = () => done('loaded');
        img.onerror = () => done('refused');
        img.src = (location.protocol === 'http:' ? 'http://thumb.localhost/' : 'thumb://localhost/') + arguments[0]
            + '?fresh=' + Math.random();
    "#;
    app.driver.execute_async(script, vec![json!(id)]).await.unwrap().json().as_str().unwrap().to_string()
}

/// Call an app command directly, as a script in the page could: "allowed" or the error.
async fn invoke(app: &App, command: &str) -> String {
    let script = r#"
        const done = arguments[arguments.length - 1];
        window.__TAURI_INTERNALS__.invoke(arguments[0], { query: { text: null, kind: null, withinDays: null, order: null, provider: null, taskStatus: null } })
            .then(() => done('allowed'), (e) => done(JSON.stringify(e)));
    "#;
    app.driver.execute_async(script, vec![json!(command)]).await.unwrap().json().as_str().unwrap().to_string()
}

// Locked, the window holds nothing from the vault, the thumb: protocol and IPC refuse, and
// only the right passphrase brings it back.
#[tokio::test]
async fn the_lock_hides_everything_until_the_right_passphrase() {
    let tmp = tempfile::tempdir().unwrap();
    let photo = tmp.path().join("secret-holiday.png");
    image::RgbImage::from_pixel(300, 200, image::Rgb([10, 120, 220])).save(&photo).unwrap();
    let app = App::launch_on(&tmp.path().join("data")).await;
    app.create_vault().await;
    let input = app.driver.find(By::Css("[data-testid='import-input']")).await.unwrap();
    input.send_keys(photo.display().to_string()).await.unwrap();
    app.wait_css("[data-testid='gallery-item']").await;
    let src =
        app.js("return document.querySelector('[data-testid=gallery-item] img').getAttribute('src')").await;
    let id = src.as_str().unwrap().rsplit('/').next().unwrap().to_string();
    assert_eq!(thumb_loads(&app, &id).await, "loaded");

    app.open_section("settings", "Settings").await;
    app.wait_css("[data-testid='lock-passphrase']").await.send_keys("a long lock phrase").await.unwrap();
    app.press("[data-testid='lock-passphrase-save']").await;
    app.wait_text(".notice", |t| t.contains("Lock passphrase saved")).await;
    let stored = std::fs::read_to_string(app.data.join("app-lock")).unwrap();
    assert!(stored.starts_with("$argon2id$") && !stored.contains("lock phrase"));
    app.press("[data-testid='lock-now']").await;

    app.wait_css("[data-testid='lock-screen']").await;
    app.screenshot("locked").await;
    let page = app.js("return document.body.innerText + document.body.innerHTML").await;
    let page = page.as_str().unwrap();
    assert!(!page.contains(&id) && !page.contains("secret-holiday"), "nothing of the vault in the page");
    assert_eq!(thumb_loads(&app, &id).await, "refused", "the thumb: protocol answers nothing");
    let refused = invoke(&app, "objects_list").await;
    assert!(refused.contains("\"app_locked\""), "IPC refuses while locked: {refused}");

    app.wait_css("[data-testid='unlock-passphrase']").await.send_keys("not the phrase").await.unwrap();
    app.press("[data-testid='unlock']").await;
    app.wait_text("[data-testid='lock-screen'] [role='alert']", |t| !t.is_empty()).await;
    assert_eq!(thumb_loads(&app, &id).await, "refused", "still locked");
    app.wait_css("[data-testid='unlock-passphrase']").await.send_keys("a long lock phrase").await.unwrap();
    app.press("[data-testid='unlock']").await;
    app.wait_css("[data-testid='gallery-item']").await;
    assert_eq!(thumb_loads(&app, &id).await, "loaded");
    assert_eq!(invoke(&app, "objects_list").await, "allowed");
    app.close().await;
}
