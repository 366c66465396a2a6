use thirtyfour::prelude::*;

use crate::support::App;

/// The app with a vault, on the ID Photo section, the public-domain portrait imported.
async fn with_portrait() -> App {
    let app = App::launch().await;
    app.create_vault().await;
    app.open_section("idphoto", "ID Photo").await;
    let portrait = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/idphoto/astronaut.png");
    app.driver
        .find(By::Css("[data-testid='idphoto-import']"))
        .await
        .unwrap()
        .send_keys(portrait)
        .await
        .unwrap();
    app
}

// A US passport photo and a print sheet, made in the window from a public-domain portrait:
// live preview with guides and the compliance report (her smile accepted where the document
// accepts one, and not elsewhere), another document's size on the fly, then
// the photo, the sheet and the digital file land in the gallery.
#[tokio::test]
async fn a_us_passport_photo_and_a_print_sheet_made_in_the_window() {
    let app = with_portrait().await;
    app.wait_text("[data-testid='spec-summary']", |t| t.starts_with("50.8×50.8 mm at 300 dpi")).await;
    app.wait_js(
        "const i = document.querySelector('[data-testid=idphoto-image]'); return !!i && i.complete && i.naturalWidth === 600;",
    )
    .await;
    app.wait_css("[data-testid='idphoto-report'] [data-check='head_height'][data-status='pass']").await;
    app.wait_css("[data-testid='idphoto-report'] [data-check='eye_line'][data-status='pass']").await;
    app.screenshot("idphoto-preview").await;
    // She smiles with her teeth showing: the US accepts a natural smile, and the report says so.
    let mouth = "[data-testid='idphoto-report'] [data-check='mouth_closed'][data-status='warn']";
    app.wait_text(mouth, |t| t.contains("this document accepts a natural smile")).await;
    app.scroll_to(mouth).await;
    app.screenshot("idphoto-report-smile").await;

    // Another document: the preview follows.
    let search = app.wait_css("[data-testid='spec-search']").await;
    search.send_keys("Schengen").await.unwrap();
    app.driver
        .execute("const s = document.querySelector('[data-testid=spec-select]'); s.value = 'schengen-visa'; s.dispatchEvent(new Event('change'));", Vec::<serde_json::Value>::new())
        .await
        .unwrap();
    app.wait_js("const i = document.querySelector('[data-testid=idphoto-image]'); return !!i && i.naturalWidth === 413 && i.naturalHeight === 531;").await;
    // The Schengen visa wants the mouth closed: the same smile reads as slightly open there.
    app.wait_text(mouth, |t| t.contains("slightly open")).await;
    app.driver
        .execute("const s = document.querySelector('[data-testid=spec-search]'); s.value = ''; s.dispatchEvent(new Event('input'));", Vec::<serde_json::Value>::new())
        .await
        .unwrap();
    app.wait_js("return !!document.querySelector('[data-testid=spec-select] option[value=us-passport]')")
        .await;
    app.driver
        .execute("const s = document.querySelector('[data-testid=spec-select]'); s.value = 'us-passport'; s.dispatchEvent(new Event('change'));", Vec::<serde_json::Value>::new())
        .await
        .unwrap();
    app.wait_js("const i = document.querySelector('[data-testid=idphoto-image]'); return !!i && i.naturalWidth === 600;").await;

    app.press("[data-testid='idphoto-save']").await;
    app.wait_text("[data-testid='idphoto-notice']", |t| t.starts_with("1 of 1 ID photo(s) saved")).await;
    app.open_section("gallery", "Gallery").await;
    // The photo, the sheet, and the 240 KB digital file the US spec asks for.
    app.wait_js("return document.querySelectorAll('[data-testid=gallery-item]').length === 3").await;
    let names = app.js("return [...document.querySelectorAll('[data-testid=gallery-item]')].map(e => e.title).sort().join('|')").await;
    let names = names.as_str().unwrap();
    assert!(names.contains("us-passport photo") && names.contains("us-passport sheet 4x6 in.jpg"), "{names}");
    assert!(names.contains("us-passport digital 240KB.jpg"), "{names}");
    app.screenshot("idphoto-gallery").await;
    app.close().await;
}

/// A script that is true once the preview (600 px) is loaded and its pixel at (x, y) is (or,
/// with `white` false, is not) the white background.
fn preview_pixel_white(x: u32, y: u32, white: bool) -> String {
    format!(
        "const i = document.querySelector('[data-testid=idphoto-image]'); if (!i || !i.complete || i.naturalWidth !== 600) return false; \
         const c = document.createElement('canvas'); c.width = 600; c.height = 600; const g = c.getContext('2d'); g.drawImage(i, 0, 0); \
         const d = g.getImageData({x}, {y}, 1, 1).data; return (d[0] > 250 && d[1] > 250 && d[2] > 250) === {white};"
    )
}

// The cut-out brush: a stroke painted over the preview takes the cheek out of the person, the
// photo is made again with it, Undo puts it back; retouching with its before and after; the
// tools in Arabic, right to left.
#[tokio::test]
async fn the_brush_removes_what_it_paints_over_undo_puts_it_back_and_retouching_shows_before() {
    let app = with_portrait().await;
    app.wait_js(&preview_pixel_white(300, 330, false)).await;
    app.wait_css("[data-testid='brush-on']").await.send_keys(Key::Space).await.unwrap();
    app.press("[data-testid='brush-remove']").await;
    app.wait_js("return !!document.querySelector('[data-testid=idphoto-brush-area]')").await;
    let area = app.driver.find(By::Css("[data-testid='idphoto-brush-area']")).await.unwrap();
    // Offsets are from the centre of the element's visible part: show all of it.
    app.scroll_to("[data-testid='idphoto-brush-area']").await;
    // The preview shows 600 px in 360: the cheek, 30 output pixels below the centre, is 18 below.
    app.driver
        .action_chain()
        .move_to_element_with_offset(&area, -20, 18)
        .click_and_hold()
        .move_by_offset(20, 0)
        .move_by_offset(20, 0)
        .release()
        .perform()
        .await
        .unwrap();
    app.wait_text("[data-testid='brush-status']", |t| t.starts_with("1 brush stroke")).await;
    app.wait_js(&preview_pixel_white(300, 330, true)).await;
    app.screenshot("idphoto-brush").await;
    app.press("[data-testid='brush-undo']").await;
    app.wait_js(&preview_pixel_white(300, 330, false)).await;
    // Retouching: smoother skin, and the photo before it a click away.
    app.driver
        .execute("const r = document.querySelector('[data-testid=retouch-smooth]'); r.value = '1'; r.dispatchEvent(new Event('input', { bubbles: true }));", Vec::<serde_json::Value>::new())
        .await
        .unwrap();
    app.wait_js("return !document.querySelector('[data-testid=retouch-compare]').disabled").await;
    let after = app.js("return document.querySelector('[data-testid=idphoto-image]').src").await;
    app.press("[data-testid='retouch-compare']").await;
    app.wait_js("const i = document.querySelector('[data-testid=idphoto-image]'); return i.dataset.shows === 'before' && i.complete").await;
    let before = app.js("return document.querySelector('[data-testid=idphoto-image]').src").await;
    assert_ne!(before, after, "the before image is another picture");
    app.screenshot("idphoto-retouch-before").await;
    app.press("[data-testid='retouch-compare']").await;
    app.wait_js("return document.querySelector('[data-testid=idphoto-image]').dataset.shows === 'after'")
        .await;

    // In Arabic: the tools read right to left; the photo is not mirrored.
    app.set_language("ar").await;
    app.driver.find(By::Css("[data-testid='nav-idphoto']")).await.unwrap().click().await.unwrap();
    app.press("[data-testid='idphoto-source']").await;
    app.wait_js(&preview_pixel_white(300, 330, false)).await;
    app.wait_css("[data-testid='brush-on']").await.send_keys(Key::Space).await.unwrap();
    app.wait_css("[data-testid='brush-add']").await;
    app.scroll_to("[data-testid='idphoto-brush']").await;
    app.screenshot("ar-idphoto-brush").await;
    app.close().await;
}
