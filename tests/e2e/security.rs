use std::io::Read;
use std::net::TcpListener;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;
use thirtyfour::Key;

use crate::support::{App, BIN};

#[tokio::test]
async fn the_webview_cannot_reach_the_network() {
    // A server on this machine that counts every connection the page manages to make.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    listener.set_nonblocking(true).unwrap();
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    std::thread::spawn(move || {
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if let Ok((mut stream, _)) = listener.accept() {
                counter.fetch_add(1, Ordering::SeqCst);
                let _ = stream.read(&mut [0u8; 512]);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    });

    let app = App::launch().await;
    let script = format!(
        r#"
        const done = arguments[arguments.length - 1];
        const violations = [];
        document.addEventListener('securitypolicyviolation', e => violations.push(e.effectiveDirective));
        const url = 'http://127.0.0.1:{port}/';
        const img = new Image();
        img.src = url + 'pixel.png';
        document.body.appendChild(img);
        let fetched;
        try {{ await fetch(url); fetched = 'reached'; }} catch (e) {{ fetched = 'blocked'; }}
        setTimeout(() => done({{ fetched, violations }}), 1500);
        "#
    );
    let result = app.driver.execute_async(&script, Vec::<serde_json::Value>::new()).await.unwrap();
    let result = result.json().clone();
    assert_eq!(result["fetched"], "blocked", "{result}");
    let violations = result["violations"].as_array().unwrap();
    assert!(violations.contains(&json!("connect-src")), "{result}");
    assert!(violations.contains(&json!("img-src")), "{result}");
    assert_eq!(hits.load(Ordering::SeqCst), 0, "the page reached the network");
    app.close().await;
}

#[tokio::test]
async fn only_granted_commands_reach_the_backend() {
    let app = App::launch().await;
    // No global Tauri object, and a frozen prototype.
    assert_eq!(app.js("return typeof window.__TAURI__").await, json!("undefined"));
    assert_eq!(app.js("return Object.isFrozen(Object.prototype)").await, json!(true));
    // A granted app command answers; a core command that is not granted (no core:default) is refused.
    let script = r#"
        const done = arguments[arguments.length - 1];
        const invoke = window.__TAURI_INTERNALS__.invoke;
        const outcome = async (p) => { try { await p; return 'allowed'; } catch (e) { return String(e); } };
        Promise.all([outcome(invoke('doctor')), outcome(invoke('plugin:app|version')), outcome(invoke('plugin:window|close'))])
            .then(([doctor, version, close]) => done({ doctor, version, close }));
    "#;
    let result =
        app.driver.execute_async(script, Vec::<serde_json::Value>::new()).await.unwrap().json().clone();
    assert_eq!(result["doctor"], "allowed", "{result}");
    assert!(result["version"].as_str().unwrap().contains("not allowed"), "{result}");
    assert!(result["close"].as_str().unwrap().contains("not allowed"), "{result}");
    app.close().await;
}

#[tokio::test]
async fn a_second_launch_on_the_same_data_hands_over_to_the_first_window() {
    let app = App::launch().await;
    let started = Instant::now();
    let status = Command::new(BIN).arg("--data-dir").arg(&app.data).status().unwrap();
    assert!(status.success(), "the second process hands over and exits cleanly: {status}");
    assert!(started.elapsed() < Duration::from_secs(15));
    // The first window is still alive and working.
    app.open_section("tasks", "Tasks").await;
    let log_dir = app.data.join("logs");
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let logs: String = std::fs::read_dir(&log_dir)
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap_or_default())
            .collect();
        if logs.contains("a second launch was redirected to this window") {
            break;
        }
        assert!(Instant::now() < deadline, "the first instance was not told: {logs}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.close().await;
}

#[tokio::test]
async fn a_broken_config_is_explained_in_the_window() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("config.toml"), "[ui]\ncolour = \"teal\"\n").unwrap();
    let app = App::launch_on(&data).await;
    let text = app.wait_text("[data-testid='startup-error']", |t| t.contains("ui.colour")).await;
    assert!(text.contains("cannot open your data"), "{text}");
    assert!(!text.contains("teal"), "the value is not echoed: {text}");
    app.screenshot("startup-error").await;
    app.close().await;
    // Nothing was rewritten.
    assert_eq!(std::fs::read_to_string(data.join("config.toml")).unwrap(), "[ui]\ncolour = \"teal\"\n");
}

#[tokio::test]
async fn without_a_keyring_the_window_says_so_and_offers_the_passphrase() {
    let tmp = tempfile::tempdir().unwrap();
    let app = App::launch_with_env(
        &tmp.path().join("data"),
        &[("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")],
    )
    .await;
    let banner = app.wait_text("[data-testid='keyring-banner']", |t| !t.is_empty()).await;
    assert!(banner.contains("keyring is not reachable") && banner.contains("passphrase"), "{banner}");
    // The vault setup offers only the passphrase, and it works.
    let keyring_choice = app.wait_css("[data-testid='vault-setup'] input[type='radio']").await;
    assert_eq!(keyring_choice.prop("disabled").await.unwrap().as_deref(), Some("true"));
    app.screenshot("keyring-missing").await;
    let pass = "grey heron over the canal";
    app.wait_css("[data-testid='passphrase']").await.send_keys(pass).await.unwrap();
    app.wait_css("[data-testid='passphrase-confirm']")
        .await
        .send_keys(pass.to_string() + Key::Enter)
        .await
        .unwrap();
    app.wait_text("[data-testid='empty-state'] h2", |t| t == "No images yet").await;
    assert!(tmp.path().join("data/vault.key").is_file(), "the key is sealed by the passphrase");
    app.close().await;
}
