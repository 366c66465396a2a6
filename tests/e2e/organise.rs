use serde_json::json;
use thirtyfour::prelude::*;

use crate::generate::png;
use crate::provider_server::{self, Answer};
use crate::support::App;

async fn count(app: &App, css: &str) -> usize {
    app.driver.find_all(By::Css(css)).await.unwrap().len()
}

/// Drag the tiles at `tiles` (indexes in the grid) onto the board called `board`, through the
/// page's own drag-and-drop handlers: WebKitWebDriver cannot synthesize HTML drag and drop, so
/// the events a pointer drag fires (dragstart on the tile, dragover and drop on the board) are
/// dispatched with one shared DataTransfer.
async fn drag_onto_board(app: &App, tiles: &[usize], board: &str) {
    let script = r#"
        const [indexes, name] = arguments;
        const tiles = document.querySelectorAll('[data-testid=gallery-item]');
        const target = document.querySelector(`[data-testid=board][data-name="${name}"]`);
        for (const i of indexes) {
            const data = new DataTransfer();
            tiles[i].dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: data }));
            target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
            target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
        }
    "#;
    app.driver.execute(script, vec![json!(tiles), json!(board)]).await.unwrap();
}

// Star an image and filter by stars; make a board, drag two images onto it, view the board,
// compare its two images with the split slider and a shared zoom.
#[tokio::test]
async fn star_filter_drag_two_onto_a_board_and_compare_them() {
    let tmp = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for (name, colour) in
        [("red-kite.png", [200, 30, 30]), ("blue-lake.png", [30, 60, 200]), ("green-hill.png", [40, 160, 60])]
    {
        let path = tmp.path().join(name);
        std::fs::write(&path, png(colour, 240, 180)).unwrap();
        paths.push(path.display().to_string());
    }
    let app = App::launch_on(&tmp.path().join("data")).await;
    app.create_vault().await;
    app.import(&paths, 3).await;
    app.wait_text("[data-testid='gallery-notice']", |t| t.starts_with("Imported 3 photos")).await;

    // Star the second tile; the filter then shows it alone.
    let second = app.js("return document.querySelectorAll('[data-testid=gallery-item]')[1].title").await;
    app.driver.find_all(By::Css("[data-testid='tile-star']")).await.unwrap()[1]
        .send_keys(Key::Enter)
        .await
        .unwrap();
    app.wait_js(
        "return document.querySelectorAll('[data-testid=tile-star][aria-pressed=true]').length === 1",
    )
    .await;
    app.press("[data-testid='starred-filter']").await;
    app.wait_js("return document.querySelectorAll('[data-testid=gallery-item]').length === 1").await;
    let shown = app.js("return document.querySelector('[data-testid=gallery-item]').title").await;
    assert_eq!(shown, second);
    app.screenshot("gallery-starred").await;
    app.press("[data-testid='starred-filter']").await;
    app.wait_js("return document.querySelectorAll('[data-testid=gallery-item]').length === 3").await;

    // A board, and two images dragged onto it.
    app.wait_css("[data-testid='board-new']").await.send_keys("Holiday picks").await.unwrap();
    app.press("[data-testid='board-create']").await;
    app.wait_css("[data-testid='board'][data-name='Holiday picks']").await;
    drag_onto_board(&app, &[0, 2], "Holiday picks").await;
    app.wait_text("[data-testid='gallery-notice']", |t| t.starts_with("Added 1 image to Holiday picks"))
        .await;
    app.wait_text("[data-testid='board'][data-name='Holiday picks'] .board-count", |t| t == "2 images").await;
    app.press("[data-testid='board'][data-name='Holiday picks']").await;
    app.wait_js("return document.querySelectorAll('[data-testid=gallery-item]').length === 2").await;
    app.screenshot("gallery-board").await;

    // Compare the board's two images: a split at 30 %, then zoomed, side by side, in step.
    app.press("[data-testid='select-mode']").await;
    for tile in app.driver.find_all(By::Css("[data-testid='gallery-item']")).await.unwrap() {
        tile.send_keys(Key::Enter).await.unwrap();
    }
    app.press("[data-testid='bulk-compare']").await;
    app.wait_js("const i = document.querySelectorAll('[data-testid=compare-image]'); return i.length === 2 && [...i].every((x) => x.complete && x.naturalWidth === 240)").await;
    app.js("const s = document.querySelector('[data-testid=compare-slider]'); s.value = '30'; s.dispatchEvent(new Event('input', { bubbles: true }));").await;
    app.wait_js("return document.querySelector('[data-testid=compare-top]').style.clipPath.includes('30%')")
        .await;
    app.press("[data-testid='compare-zoom-in']").await;
    app.wait_text("[data-testid='compare-zoom']", |t| t == "125 %").await;
    app.screenshot("compare-split").await;
    app.press("[data-testid='compare-side-mode']").await;
    app.wait_js("const l = [...document.querySelectorAll('[data-testid=compare] .layer')].map((x) => x.style.transform); return l.length === 2 && l[0] === l[1] && l[0].includes('scale(1.25)')").await;
    app.screenshot("compare-side").await;
    app.driver
        .find(By::Css("[data-testid='compare-stage']"))
        .await
        .unwrap()
        .send_keys(Key::Escape)
        .await
        .unwrap();
    app.wait_js("return !document.querySelector('[data-testid=compare]')").await;
    app.press("[data-testid='select-mode']").await;

    // Deleting the board keeps its images.
    app.press("[data-testid='board-delete']").await;
    app.press("[data-testid='board-delete-confirm']").await;
    app.wait_js("return !document.querySelector('[data-testid=board]')").await;
    app.wait_js("return document.querySelectorAll('[data-testid=gallery-item]').length === 3").await;
    assert_eq!(count(&app, "[data-testid='tile-star'][aria-pressed='true']").await, 1);

    // In Arabic the boards sit to the right of the grid, and the star stays on the tile's corner.
    app.wait_css("[data-testid='board-new']").await.send_keys("رحلات").await.unwrap();
    app.press("[data-testid='board-create']").await;
    app.set_language("ar").await;
    app.driver.find(By::Css("[data-testid='nav-gallery']")).await.unwrap().click().await.unwrap();
    app.wait_css("[data-testid='board'][data-name='رحلات']").await;
    let boards_right = app
        .js("return document.querySelector('[data-testid=boards]').getBoundingClientRect().left > document.querySelector('[data-testid=gallery-grid]').getBoundingClientRect().left")
        .await;
    assert_eq!(boards_right, json!(true), "boards on the right, right to left");
    app.screenshot("ar-gallery-boards").await;
    app.close().await;
}

// Send a prompt, find it in the history, save one to the library and insert it; then from the
// gallery use the result again and see Create filled in.
#[tokio::test]
async fn use_again_fills_create_and_the_prompt_library_inserts_a_saved_prompt() {
    let server = provider_server::start(vec![Answer::image(&png([220, 40, 90], 64, 64))]);
    let tmp = tempfile::tempdir().unwrap();
    let env =
        [("GEMINI_API_KEY", "AIza-e2e-loopback"), ("SEED_STUDIO_GEMINI_BASE_URL", server.base_url.as_str())];
    let app = App::launch_with_env(&tmp.path().join("data"), &env).await;
    app.create_vault().await;

    app.open_section("create", "Create").await;
    app.wait_css("[data-testid='prompt']").await.send_keys("an origami crane on a desk").await.unwrap();
    app.wait_css("[data-testid='count']").await;
    app.press("[data-testid='generate']").await;
    app.press("[data-testid='preview-send']").await;
    app.wait_css("[data-testid='task'][data-status='succeeded']").await;
    app.screenshot("create-history").await;
    app.wait_js("return document.querySelector('[data-testid=history-list]').textContent.includes('an origami crane on a desk')").await;

    // Save a prompt with a placeholder; insert it: its placeholder is selected to type over.
    let prompt = app.wait_css("[data-testid='prompt']").await;
    prompt.send_keys(Key::Control + "a").await.unwrap();
    prompt.send_keys("A {colour} teapot, studio light").await.unwrap();
    app.wait_css("[data-testid='library-name']").await.send_keys("Teapot").await.unwrap();
    app.press("[data-testid='library-save']").await;
    app.wait_text("[data-testid='library-list']", |t| t.contains("Teapot")).await;
    // Replace the prompt by typing (WebDriver's clear() fires no input event).
    prompt.send_keys(Key::Control + "a").await.unwrap();
    prompt.send_keys("a draft").await.unwrap();
    app.wait_css("[data-testid='library-search']").await.send_keys("teap").await.unwrap();
    app.press("[data-testid='library-insert']").await;
    app.wait_js("const p = document.querySelector('[data-testid=prompt]'); return p.value === 'A {colour} teapot, studio light' && p.selectionStart === 2 && p.selectionEnd === 10").await;
    app.screenshot("create-library").await;

    // Use the result again from the gallery.
    app.open_section("gallery", "Gallery").await;
    app.press("[data-testid='gallery-item']").await;
    app.press("[data-testid='use-again']").await;
    app.wait_text("[data-testid='section-create'] h1", |t| t == "Create").await;
    app.wait_css("[data-testid='reused']").await;
    app.wait_js(
        "return document.querySelector('[data-testid=prompt]').value === 'an origami crane on a desk'",
    )
    .await;
    assert_eq!(app.js("return document.querySelector('[data-testid=provider]').value").await, "gemini");
    assert_eq!(count(&app, "[data-testid='reused-gone']").await, 0, "a text-only task lost no reference");
    app.screenshot("create-use-again").await;
    app.close().await;
}
