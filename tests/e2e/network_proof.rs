//! The network proof for the window (issue #16, point 4): the real app under `strace -f`, its
//! webview's web and network processes included. Import, the gallery and its search, an ID
//! photo, the privacy page, the lock and unlock connect to nothing but WebDriver's automation
//! socket on this machine; sending a generation adds the provider's address and nothing else.
//! (The CLI's verbs: `integration::network_proof`.)

use std::collections::BTreeSet;

use thirtyfour::prelude::*;

use crate::provider_server::{self, Answer};
use crate::support::App;

/// Every internet address the traced processes connected or sent to, as `addr:port`, with the
/// time (seconds since the epoch) of the call.
fn destinations(trace: &std::path::Path) -> Vec<(f64, String)> {
    let log = std::fs::read_to_string(trace).unwrap();
    let port = regex::Regex::new(r"sin6?_port=htons\((\d+)\)").unwrap();
    let addr = regex::Regex::new(r#"inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)""#).unwrap();
    log.lines()
        .filter(|l| l.contains("sa_family=AF_INET"))
        .map(|l| {
            // "PID SECONDS.MICROS call(...)"
            let at = l.split_whitespace().nth(1).and_then(|t| t.parse().ok()).unwrap_or(f64::NAN);
            let a = addr.captures(l).and_then(|c| c.get(1).or(c.get(2))).map_or("?", |m| m.as_str());
            let p = port.captures(l).map_or("?", |c| c.get(1).unwrap().as_str());
            (at, format!("{a}:{p}"))
        })
        .collect()
}

fn now() -> f64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs_f64()
}

#[tokio::test]
async fn the_window_connects_to_nothing_but_the_provider_a_generation_goes_to() {
    let server = provider_server::start(vec![Answer::image(&crate::generate::png([20, 200, 60], 64, 64))]);
    let provider = format!("127.0.0.1:{}", server.base_url.rsplit(':').next().unwrap().trim_end_matches('/'));
    let tmp = tempfile::tempdir().unwrap();
    let trace = tmp.path().join("trace.txt");
    let photo = tmp.path().join("holiday.png");
    image::RgbImage::from_fn(640, 480, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 80]))
        .save(&photo)
        .unwrap();
    let env =
        [("GEMINI_API_KEY", "AIza-e2e-loopback"), ("SEED_STUDIO_GEMINI_BASE_URL", server.base_url.as_str())];
    let app = App::launch_traced(&tmp.path().join("data"), &env, &trace).await;

    // Local work: a vault, an import, the gallery and its search, an ID photo, the privacy
    // page, the lock.
    app.create_vault().await;
    app.import(&[photo.display().to_string()], 1).await;
    app.wait_css("[data-testid='gallery-search']").await.send_keys("holiday").await.unwrap();
    app.wait_js("return document.querySelectorAll('[data-testid=gallery-item]').length === 1").await;
    app.open_section("idphoto", "ID Photo").await;
    let portrait = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/idphoto/astronaut.png");
    let input = app.driver.find(By::Css("[data-testid='idphoto-import']")).await.unwrap();
    input.send_keys(portrait).await.unwrap();
    app.wait_css("[data-testid='idphoto-report'] [data-check='head_height'][data-status='pass']").await;
    app.press("[data-testid='idphoto-save']").await;
    app.wait_text("[data-testid='idphoto-notice']", |t| t.starts_with("1 of 1")).await;
    app.open_section("privacy", "Privacy").await;
    app.open_section("settings", "Settings").await;
    app.wait_css("[data-testid='lock-passphrase']").await.send_keys("a long lock phrase").await.unwrap();
    app.press("[data-testid='lock-passphrase-save']").await;
    app.press("[data-testid='lock-now']").await;
    app.wait_css("[data-testid='unlock-passphrase']").await.send_keys("a long lock phrase").await.unwrap();
    app.press("[data-testid='unlock']").await;
    app.wait_js("return !document.querySelector('[data-testid=lock-screen]')").await;

    let sending = now();

    // A generation.
    app.open_section("create", "Create").await;
    app.wait_css("[data-testid='prompt']").await.send_keys("a lighthouse").await.unwrap();
    app.press("[data-testid='generate']").await;
    app.press("[data-testid='preview-send']").await;
    // The ID photo's task and the generation's.
    app.wait_js("return document.querySelectorAll('[data-testid=task][data-status=succeeded]').length === 2")
        .await;
    assert_eq!(server.received.lock().unwrap().len(), 1);
    app.stop_traced(&trace).await;

    // The trace is complete now the app has exited.
    let automation = std::fs::read_to_string(tmp.path().join("trace.txt.automation")).unwrap();
    let log = std::fs::read_to_string(&trace).unwrap();
    for process in ["WebKitWebProcess", "WebKitNetworkProcess"] {
        assert!(log.contains(&format!("/{process}\"")), "the trace follows the webview's {process}");
    }
    let all = destinations(&trace);
    assert!(all.iter().any(|(_, d)| *d == automation), "the trace sees WebDriver's socket, so it works");
    let (before, after): (Vec<_>, Vec<_>) = all.into_iter().partition(|(at, _)| *at < sending);
    let set = |calls: Vec<(f64, String)>| calls.into_iter().map(|(_, d)| d).collect::<BTreeSet<_>>();
    assert_eq!(set(before), BTreeSet::from([automation.clone()]), "local work reached out");
    let mut after = set(after);
    after.remove(&automation);
    assert_eq!(after, BTreeSet::from([provider]), "a generation connects to its provider only");
}
