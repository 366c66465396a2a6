use std::process::Command;

use thirtyfour::prelude::*;

use crate::support::{App, BIN};

fn sample_jpeg(dir: &std::path::Path) -> std::path::PathBuf {
    let img = image::RgbImage::from_fn(800, 600, |x, y| image::Rgb([(x / 4) as u8, (y / 3) as u8, 160]));
    let path = dir.join("zanzibar-beach.jpg");
    image::DynamicImage::ImageRgb8(img).save_with_format(&path, image::ImageFormat::Jpeg).unwrap();
    path
}

async fn count(app: &App, css: &str) -> usize {
    app.driver.find_all(By::Css(css)).await.unwrap().len()
}

#[tokio::test]
async fn set_up_import_find_open_and_delete_an_image_in_the_window() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let photo = sample_jpeg(tmp.path());
    let app = App::launch_on(&data).await;

    // First run: the gallery offers to set up the vault (keyring by default).
    app.wait_css("[data-testid='vault-setup']").await;
    app.screenshot("gallery-setup").await;
    // Buttons are pressed with Enter: WebKitWebDriver's synthesized clicks miss some of them
    // (its pointer coordinates drift on this page), and keyboard use is a promise of its own.
    app.create_vault().await;

    // Import through the file picker.
    let input = app.driver.find(By::Css("[data-testid='import-input']")).await.unwrap();
    input.send_keys(photo.display().to_string()).await.unwrap();
    app.wait_text("[data-testid='gallery-notice']", |t| t.starts_with("Imported 1 photo")).await;
    app.wait_css("[data-testid='gallery-item']").await;
    // The thumbnail came decrypted over the thumb: protocol.
    app.wait_js("const i = document.querySelector('[data-testid=gallery-item] img'); return !!i && i.complete && i.naturalWidth > 0").await;
    let thumb_w =
        app.js("return document.querySelector('[data-testid=gallery-item] img').naturalWidth").await;
    assert_eq!(thumb_w, serde_json::json!(512), "the 512 px thumbnail, not the full image");
    // Tiles use content-visibility, which hides their text from WebDriver's text(); read the DOM.
    let tile = app.js("return document.querySelector('[data-testid=gallery-item]').textContent").await;
    let tile = tile.as_str().unwrap().to_string();
    assert!(tile.contains("zanzibar-beach.jpg"), "{tile}");
    assert!(tile.contains("deleted in 24 h"), "{tile}");
    app.screenshot("gallery-with-image").await;

    // Search narrows the grid.
    let search = app.driver.find(By::Css("[data-testid='gallery-search']")).await.unwrap();
    search.send_keys("nothingmatches").await.unwrap();
    app.wait_text("[data-testid='empty-state'] h2", |t| t == "Nothing matches").await;
    search.clear().await.unwrap();
    search.send_keys("zanz").await.unwrap();
    app.wait_css("[data-testid='gallery-item']").await;
    assert_eq!(count(&app, "[data-testid='gallery-item']").await, 1);

    // Open it: the full image, decrypted on demand.
    app.press("[data-testid='gallery-item']").await;
    app.wait_js("const i = document.querySelector('[data-testid=detail-image]'); return !!i && i.complete && i.naturalWidth === 800").await;
    app.wait_text("[data-testid='detail-expiry']", |t| t == "deleted in 24 h").await;
    app.screenshot("gallery-detail").await;

    // Delete it, confirmed.
    app.press("[data-testid='detail-delete']").await;
    app.wait_css("[data-testid='detail-delete-confirm']").await;
    app.press("[data-testid='detail-delete-confirm']").await;
    app.wait_text("[data-testid='gallery-notice']", |t| t.starts_with("Deleted")).await;
    assert_eq!(count(&app, "[data-testid='gallery-item']").await, 0);
    let vault_files = std::fs::read_dir(data.join("vault/objects")).unwrap().count();
    assert_eq!(vault_files, 0, "image and thumbnail files are gone");
    app.close().await;

    // The CLI, a separate process, sees the same (empty) vault through the keyring.
    let out = Command::new(BIN).args(["list", "--json", "--data-dir"]).arg(&data).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap(), serde_json::json!([]));
}

#[tokio::test]
async fn a_photo_saved_into_the_watch_folder_appears_in_the_gallery() {
    let tmp = tempfile::tempdir().unwrap();
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    let app = App::launch_on(&tmp.path().join("data")).await;
    app.create_vault().await;

    app.open_section("settings", "Settings").await;
    let field = app.wait_css("[data-testid='watch-folder']").await;
    field.send_keys(inbox.display().to_string() + Key::Enter).await.unwrap();
    app.wait_js("return !!document.querySelector('[data-testid=watch-folder]') && [...document.querySelectorAll('button')].some(b => b.textContent.includes('Stop watching'))").await;
    app.screenshot("settings-watch-folder").await;
    app.open_section("gallery", "Gallery").await;

    // A camera or sync client drops a photo into the folder.
    let photo = sample_jpeg(tmp.path());
    std::fs::copy(&photo, inbox.join("from-camera.jpg")).unwrap();
    app.wait_css("[data-testid='gallery-item']").await;
    let name =
        app.js("return document.querySelector('[data-testid=gallery-item] .tile-name').textContent").await;
    assert_eq!(name, serde_json::json!("from-camera.jpg"));
    assert!(inbox.join("from-camera.jpg").exists(), "kept: deleting after import is off by default");
    app.close().await;
}

#[tokio::test]
async fn several_images_are_sorted_selected_and_deleted_together() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let a = tmp.path().join("alpha-lake.png");
    let b = tmp.path().join("beta-dunes.png");
    image::RgbImage::from_pixel(300, 200, image::Rgb([30, 90, 200])).save(&a).unwrap();
    image::RgbImage::from_pixel(200, 300, image::Rgb([220, 180, 60])).save(&b).unwrap();
    let app = App::launch_on(&data).await;
    app.create_vault().await;

    // Two files in one pick (WebDriver separates them with a newline); a progress bar runs.
    let input = app.driver.find(By::Css("[data-testid='import-input']")).await.unwrap();
    input.send_keys(format!("{}\n{}", b.display(), a.display())).await.unwrap();
    app.wait_text("[data-testid='gallery-notice']", |t| t.starts_with("Imported 2 photos")).await;
    let names = "return [...document.querySelectorAll('[data-testid=gallery-item] .tile-name')].map(e => e.textContent)";
    app.wait_js("return document.querySelectorAll('[data-testid=gallery-item]').length === 2").await;

    // Sort by name.
    app.js("const s = document.querySelector('[data-testid=gallery-sort]'); s.value = 'name'; s.dispatchEvent(new Event('change')); return 1").await;
    app.wait_js(&format!(
        "const n = (() => {{ {names} }})(); return n[0] === 'alpha-lake.png' && n[1] === 'beta-dunes.png'"
    ))
    .await;

    // Select both and delete them together, confirmed.
    app.press("[data-testid='select-mode']").await;
    app.wait_css("[data-testid='selection-bar']").await;
    for tile in app.driver.find_all(By::Css("[data-testid='gallery-item']")).await.unwrap() {
        tile.send_keys(Key::Enter).await.unwrap();
    }
    app.wait_text("[data-testid='selection-bar']", |t| t.starts_with("2 selected")).await;
    app.screenshot("gallery-selection").await;
    app.press("[data-testid='bulk-delete']").await;
    app.press("[data-testid='bulk-delete-confirm']").await;
    app.wait_text("[data-testid='gallery-notice']", |t| t.starts_with("Deleted 2 images")).await;
    app.wait_text("[data-testid='empty-state'] h2", |t| t == "No images yet").await;
    assert_eq!(std::fs::read_dir(data.join("vault/objects")).unwrap().count(), 0);
    app.close().await;
}

#[tokio::test]
async fn a_large_gallery_renders_only_the_rows_in_view() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let src = tmp.path().join("src");
    std::fs::create_dir(&src).unwrap();
    let files: Vec<String> = (0..80u8)
        .map(|i| {
            let path = src.join(format!("img-{i:02}.png"));
            image::RgbImage::from_pixel(16, 16, image::Rgb([i * 3, 255 - i * 3, 128])).save(&path).unwrap();
            path.display().to_string()
        })
        .collect();
    // Prepared through the CLI, before the window opens.
    let cli = |args: &[&str]| {
        let out = Command::new(BIN).args(args).arg("--data-dir").arg(&data).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    };
    cli(&["init"]);
    let mut import = vec!["import"];
    import.extend(files.iter().map(String::as_str));
    cli(&import);

    let app = App::launch_on(&data).await;
    app.wait_css("[data-testid='gallery-item']").await;
    let total =
        app.js("return Number(document.querySelector('[data-testid=gallery-grid]').dataset.total)").await;
    assert_eq!(total, serde_json::json!(80));
    let rendered = count(&app, "[data-testid='gallery-item']").await;
    assert!(rendered > 0 && rendered < 60, "{rendered} tiles in the DOM for 80 items");
    // Scrolling to the end brings the oldest image in (newest first, so it is last).
    app.js("window.scrollTo(0, document.documentElement.scrollHeight); return 1").await;
    app.wait_js("return [...document.querySelectorAll('[data-testid=gallery-item] .tile-name')].some(e => e.textContent === 'img-00.png')").await;
    app.wait_js("return ![...document.querySelectorAll('[data-testid=gallery-item] .tile-name')].some(e => e.textContent === 'img-79.png')").await;
    app.screenshot("gallery-many").await;
    app.close().await;
}
