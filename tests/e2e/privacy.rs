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
    app.create_vault().await;
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
    answer_file_dialog("Export from Seed Studio", &chosen);
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

    // An encrypted backup, made before erasing, to bring the work back afterwards.
    let backup = tmp.path().join("before-erase.age");
    app.wait_css("[data-testid='backup-passphrase']").await.send_keys("correct horse").await.unwrap();
    let make = app.wait_css("[data-testid='backup']").await;
    assert!(!make.is_enabled().await.unwrap(), "disabled until the passphrase is repeated");
    app.wait_css("[data-testid='backup-passphrase-again']").await.send_keys("correct horse").await.unwrap();
    app.press("[data-testid='backup']").await;
    answer_file_dialog("Export from Seed Studio", &backup);
    let notice = app.wait_text("[data-testid='privacy-notice']", |t| t.starts_with("Backed up")).await;
    assert!(notice.contains("1 image(s), 1 task(s)") && notice.ends_with("before-erase.age"), "{notice}");
    assert!(std::fs::read(&backup).unwrap().starts_with(b"age-encryption.org/v1\n"));

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

    // A new vault, and the backup brings the result and its task back.
    app.create_vault().await;
    app.open_section("privacy", "Privacy").await;
    app.wait_css("[data-testid='backup-passphrase']").await.send_keys("correct horse").await.unwrap();
    app.press("[data-testid='restore']").await;
    answer_file_dialog("Restore a Seed Studio backup", &backup);
    let notice = app.wait_text("[data-testid='privacy-notice']", |t| t.starts_with("Restored")).await;
    assert!(notice.contains("1 generated image(s) and 1 task(s)"), "{notice}");
    app.screenshot("privacy-restored").await;
    app.wait_text("[data-testid='inventory-output']", |t| t == "1").await;
    app.wait_css("[data-testid='lookup-input']").await.send_keys(&task_id).await.unwrap();
    app.press("[data-testid='lookup-show']").await;
    app.wait_text("[data-testid='task-details']", |t| t.contains("a poster of this family")).await;
    app.close().await;
}

/// Wait for the native file dialog titled `title`, type `path` (into the name field of a save
/// dialog, or the location field of an open one), press Enter.
fn answer_file_dialog(title: &str, path: &std::path::Path) {
    let find = || {
        let found = std::process::Command::new("xdotool")
            .args(["search", "--onlyvisible", "--name", title])
            .output()
            .expect("xdotool (installed by .ci/setup)");
        String::from_utf8_lossy(&found.stdout).lines().last().filter(|id| !id.is_empty()).map(str::to_string)
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let window = loop {
        if let Some(id) = find() {
            break id;
        }
        assert!(std::time::Instant::now() < deadline, "the dialog {title:?} never appeared");
        std::thread::sleep(std::time::Duration::from_millis(200));
    };
    std::thread::sleep(std::time::Duration::from_millis(500));
    let xdo = |args: &[&str]| {
        assert!(
            std::process::Command::new("xdotool").args(args).status().unwrap().success(),
            "xdotool {args:?}"
        );
    };
    // Under load the dialog can drop typed keys before it has focus: type the whole path again
    // (selecting what is there first) if it is still open after a few Enters.
    for _ in 0..3 {
        // No window manager under Xvfb: focus the dialog directly, then type through XTEST.
        xdo(&["windowfocus", "--sync", &window]);
        // Ctrl+L opens the location field of an open dialog; in a save dialog the name has focus.
        xdo(&["key", if title.starts_with("Restore") { "ctrl+l" } else { "ctrl+a" }]);
        xdo(&["key", "ctrl+a"]);
        xdo(&["type", "--delay", "20", path.to_str().unwrap()]);
        // The open dialog's location field may take the first Enter to close its completion
        // list; press again until the dialog has gone.
        for _ in 0..4 {
            std::thread::sleep(std::time::Duration::from_millis(300));
            xdo(&["key", "Return"]);
            std::thread::sleep(std::time::Duration::from_millis(700));
            if find().is_none() {
                return;
            }
        }
    }
    panic!("the dialog {title:?} did not accept {}", path.display());
}
