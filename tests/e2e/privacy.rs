use std::io::Read;

use thirtyfour::prelude::*;

use crate::provider_server::{self, Answer};
use crate::support::App;

// The user's rights in the window: the inventory counts what the vault holds, a task looked
// up by its id is exported to a zip whose manifest describes it, and "Erase everything" —
// confirmed by typing a word — leaves the app as new, with nothing of the vault on disk.
#[tokio::test]
async fn a_task_is_exported_and_then_everything_is_erased() {
    let server = provider_server::start(vec![Answer::image(&crate::generate::png([30, 90, 200], 80, 60))]);
    let tmp = tempfile::tempdir().unwrap();
    let (data, home) = (tmp.path().join("data"), tmp.path().join("home"));
    std::fs::create_dir_all(&home).unwrap();
    let photo = tmp.path().join("family.png");
    image::RgbImage::from_pixel(640, 480, image::Rgb([200, 180, 40])).save(&photo).unwrap();
    let env = [
        ("HOME", home.to_str().unwrap()),
        ("GEMINI_API_KEY", "AIza-e2e"),
        ("SEED_STUDIO_GEMINI_BASE_URL", server.base_url.as_str()),
    ];
    let app = App::launch_with_env(&data, &env).await;
    app.press("[data-testid='vault-submit']").await;
    app.wait_text("[data-testid='empty-state'] h2", |t| t == "No images yet").await;
    let input = app.driver.find(By::Css("[data-testid='import-input']")).await.unwrap();
    input.send_keys(photo.display().to_string()).await.unwrap();
    app.wait_css("[data-testid='gallery-item']").await;
    crate::generate::send_with_the_first_reference(&app, "a poster of this family").await;
    let task_id = app.js("return document.querySelector('[data-testid=task]').dataset.taskId").await;
    let task_id = task_id.as_str().unwrap().to_string();

    app.open_section("privacy", "Privacy").await;
    app.wait_text("[data-testid='inventory-output']", |t| t == "1").await;
    app.wait_text("[data-testid='inventory-ledger']", |t| t == "1").await;
    app.wait_css("[data-testid='lookup-input']").await.send_keys(&task_id).await.unwrap();
    app.press("[data-testid='lookup-show']").await;
    let details =
        app.wait_text("[data-testid='task-details']", |t| t.contains("a poster of this family")).await;
    assert!(details.contains("1 request(s) sent"), "{details}");
    app.screenshot("privacy-task").await;
    app.press("[data-testid='export-task']").await;
    let notice = app.wait_text("[data-testid='privacy-notice']", |t| t.starts_with("Exported")).await;
    let path = notice.rsplit(" to ").next().unwrap().to_string();
    assert!(path.starts_with(home.to_str().unwrap()) && path.ends_with(".zip"), "{notice}");
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let mut manifest = String::new();
    archive.by_name("manifest.json").unwrap().read_to_string(&mut manifest).unwrap();
    let manifest: serde_json::Value = serde_json::from_str(&manifest).unwrap();
    assert_eq!(manifest["selection"], "task");
    assert_eq!(manifest["tasks"][0]["task_id"], task_id.as_str());
    assert_eq!(manifest["tasks"][0]["prompt"], "a poster of this family");
    assert_eq!(manifest["files"].as_array().unwrap().len(), 1);

    // "Save as…": the native dialog (answered with xdotool, as a person would type) decides
    // where the zip goes.
    let chosen = tmp.path().join("chosen-place.zip");
    app.press("[data-testid='export-all-as']").await;
    answer_save_dialog(&chosen);
    let notice = app.wait_text("[data-testid='privacy-notice']", |t| t.contains("chosen-place.zip")).await;
    assert!(notice.starts_with("Exported 1 image(s)"), "{notice}");
    assert!(zip::ZipArchive::new(std::fs::File::open(&chosen).unwrap())
        .unwrap()
        .by_name("manifest.json")
        .is_ok());

    // Troubleshooting: the log and the diagnostics name no prompt and no home folder.
    app.press("[data-testid='show-log']").await;
    let log = app.wait_text("[data-testid='log-view']", |t| t.contains("task status changed")).await;
    app.press("[data-testid='copy-diagnostics']").await;
    app.wait_css("[data-testid='diagnostics']").await;
    let report = app.js("return document.querySelector('[data-testid=diagnostics]').value").await;
    let report = report.as_str().unwrap();
    assert!(report.contains("Seed Studio: ") && report.contains("vault: open"), "{report}");
    for text in [report, log.as_str()] {
        assert!(!text.contains("poster of this family") && !text.contains("AIza-e2e"), "{text}");
        assert!(!text.contains(home.to_str().unwrap()) && !text.contains(data.to_str().unwrap()), "{text}");
    }

    // Erase: refused until the word is typed, then everything goes and the app starts as new.
    let erase = app.wait_css("[data-testid='erase-all']").await;
    assert!(!erase.is_enabled().await.unwrap(), "disabled until ERASE is typed");
    app.wait_css("[data-testid='erase-word']").await.send_keys("ERASE").await.unwrap();
    app.screenshot("privacy-erase").await;
    app.press("[data-testid='erase-all']").await;
    app.wait_css("[data-testid='vault-setup']").await;
    for gone in ["vault", "index.db", "vault.toml", "config.toml"] {
        assert!(!data.join(gone).exists(), "{gone} is still there");
    }
    assert!(std::path::Path::new(&path).exists(), "the export the user made is theirs to keep");
    app.close().await;
}

/// Wait for the "Export from Seed Studio" dialog, type `path` into its name field, press Enter.
fn answer_save_dialog(path: &std::path::Path) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let window = loop {
        let found = std::process::Command::new("xdotool")
            .args(["search", "--onlyvisible", "--name", "Export from Seed Studio"])
            .output()
            .expect("xdotool (installed by .ci/setup)");
        let ids = String::from_utf8_lossy(&found.stdout).trim().to_string();
        if let Some(id) = ids.lines().last().filter(|id| !id.is_empty()) {
            break id.to_string();
        }
        assert!(std::time::Instant::now() < deadline, "the save dialog never appeared");
        std::thread::sleep(std::time::Duration::from_millis(200));
    };
    std::thread::sleep(std::time::Duration::from_millis(500));
    let xdo = |args: &[&str]| {
        assert!(
            std::process::Command::new("xdotool").args(args).status().unwrap().success(),
            "xdotool {args:?}"
        );
    };
    // No window manager under Xvfb: focus the dialog directly, then type through XTEST.
    xdo(&["windowfocus", "--sync", &window]);
    xdo(&["key", "ctrl+a"]);
    xdo(&["type", "--delay", "20", path.to_str().unwrap()]);
    xdo(&["key", "Return"]);
}
