use thirtyfour::prelude::*;

use crate::support::App;

// A US passport photo and a print sheet, made in the window from a public-domain portrait:
// live preview with guides and the compliance report, another document's size on the fly, then
// the photo, the sheet and the digital file land in the gallery.
#[tokio::test]
async fn a_us_passport_photo_and_a_print_sheet_made_in_the_window() {
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
    app.wait_text("[data-testid='spec-summary']", |t| t.starts_with("50.8×50.8 mm at 300 dpi")).await;
    app.wait_js(
        "const i = document.querySelector('[data-testid=idphoto-image]'); return !!i && i.complete && i.naturalWidth === 600;",
    )
    .await;
    app.wait_css("[data-testid='idphoto-report'] [data-check='head_height'][data-status='pass']").await;
    app.wait_css("[data-testid='idphoto-report'] [data-check='eye_line'][data-status='pass']").await;
    app.screenshot("idphoto-preview").await;

    // Another document: the preview follows.
    let search = app.wait_css("[data-testid='spec-search']").await;
    search.send_keys("Schengen").await.unwrap();
    app.driver
        .execute("const s = document.querySelector('[data-testid=spec-select]'); s.value = 'schengen-visa'; s.dispatchEvent(new Event('change'));", Vec::<serde_json::Value>::new())
        .await
        .unwrap();
    app.wait_js("const i = document.querySelector('[data-testid=idphoto-image]'); return !!i && i.naturalWidth === 413 && i.naturalHeight === 531;").await;
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
