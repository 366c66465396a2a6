//! Region-only edits through the real binary against loopback servers speaking OpenAI's and
//! Gemini's wire formats: only the part around the mask leaves (a marker painted far from it
//! never arrives), OpenAI's `mask` is a PNG with alpha of the sent size, the ledger says it was
//! a crop, and after compositing every pixel outside the mask and margin is the original's.

use base64::Engine;
use image::{GenericImageView, Rgb, RgbImage};

use crate::provider_server::{self, multipart, Answer};
use crate::support::DataDir;

const OPENAI_KEY: &str = "sk-test-key-for-the-loopback-server";
const GEMINI_KEY: &str = "AIza-test-key-for-the-loopback-server";
/// Painted in the photo's top-left corner, far from the mask: it must never leave.
const MARKER: Rgb<u8> = Rgb([255, 0, 255]);
/// The painted box: x, y, width, height in a 1200x900 photo.
const BOX: (u32, u32, u32, u32) = (700, 500, 200, 150);

/// A photo-like PNG (every pixel different, no pure magenta) with the marker in a corner.
fn photo() -> RgbImage {
    RgbImage::from_fn(1200, 900, |x, y| {
        if x < 60 && y < 60 {
            MARKER
        } else {
            Rgb([(x * 7 % 200) as u8, (y * 11 % 200) as u8, ((x + y) % 200) as u8])
        }
    })
}

fn png(image: &image::DynamicImage) -> Vec<u8> {
    let mut out = Vec::new();
    image.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png).unwrap();
    out
}

/// A mask of `w`×`h`, white over `rect`.
fn mask(w: u32, h: u32, rect: (u32, u32, u32, u32)) -> Vec<u8> {
    let (rx, ry, rw, rh) = rect;
    png(&image::DynamicImage::ImageLuma8(image::GrayImage::from_fn(w, h, |x, y| {
        image::Luma([if x >= rx && x < rx + rw && y >= ry && y < ry + rh { 255 } else { 0 }])
    })))
}

fn solid(w: u32, h: u32, colour: [u8; 3]) -> Vec<u8> {
    png(&image::DynamicImage::ImageRgb8(RgbImage::from_pixel(w, h, Rgb(colour))))
}

/// A vault with the photo imported and consent for `provider`; the photo's id.
fn setup(dir: &DataDir, provider: &str) -> String {
    dir.run(&["init", "--json"]).json_ok();
    dir.run(&["consent", "grant", provider, "--json"]).json_ok();
    let file = dir.path().parent().unwrap().join("street.png");
    std::fs::write(&file, png(&image::DynamicImage::ImageRgb8(photo()))).unwrap();
    let imported = dir.run(&["import", file.to_str().unwrap(), "--json"]).json_ok();
    imported[0]["id"].as_str().unwrap().to_string()
}

fn edit(
    dir: &DataDir,
    provider: &str,
    base_url: &str,
    image: &str,
    mask_bytes: &[u8],
    extra: &[&str],
) -> crate::support::Run {
    let mask_file = dir.path().parent().unwrap().join("mask.png");
    std::fs::write(&mask_file, mask_bytes).unwrap();
    let mut args = vec![
        "edit",
        image,
        "--mask",
        mask_file.to_str().unwrap(),
        "--prompt",
        "a red bicycle here",
        "--provider",
        provider,
        "--json",
    ];
    args.extend_from_slice(extra);
    let (key_env, url_env, key) = match provider {
        "openai" => ("OPENAI_API_KEY", "SEED_STUDIO_OPENAI_BASE_URL", OPENAI_KEY),
        _ => ("GEMINI_API_KEY", "SEED_STUDIO_GEMINI_BASE_URL", GEMINI_KEY),
    };
    dir.run(&args).env(key_env, key).env(url_env, base_url)
}

/// The stored output's pixels.
fn exported(dir: &DataDir, id: &str) -> RgbImage {
    let out = dir.path().parent().unwrap().join(format!("out-{id}"));
    let written = dir.run(&["export", id, "--to", out.to_str().unwrap(), "--json"]).json_ok();
    image::open(written["written"][0]["path"].as_str().unwrap()).unwrap().to_rgb8()
}

fn inside(x: u32, y: u32, rect: (i64, i64, u32, u32)) -> bool {
    let (rx, ry, rw, rh) = rect;
    i64::from(x) >= rx
        && i64::from(y) >= ry
        && i64::from(x) < rx + i64::from(rw)
        && i64::from(y) < ry + i64::from(rh)
}

#[test]
fn openai_receives_only_the_part_and_its_mask_and_the_rest_of_the_photo_never_changes() {
    let dir = DataDir::new();
    let id = setup(&dir, "openai");
    // gpt-image-1.5 makes 3:2, 1:1 or 2:3: the 4:3 box-plus-margin is widened to 3:2.
    let server = provider_server::start(vec![Answer::openai_images(&[&solid(1536, 1024, [0, 200, 0])])]);
    let outcome = edit(&dir, "openai", &server.base_url, &id, &mask(1200, 900, BOX), &[]).json_ok();
    assert_eq!(outcome["status"], "succeeded", "{outcome}");

    let received = server.received.lock().unwrap().clone();
    assert_eq!(received.len(), 1);
    assert!(received[0].request_line.starts_with("POST /v1/images/edits "), "{}", received[0].request_line);
    let parts = multipart(&received[0]);
    let field = |name: &str| parts.iter().find(|p| p.0 == name).map(|p| p.2.clone()).unwrap();
    assert_eq!(String::from_utf8(field("size")).unwrap(), "1536x1024");
    let sent = image::load_from_memory(&field("image[]")).unwrap();
    // 200x150 plus 25 % each side (rounded up) is 300x226; widened to 3:2 is 339x226.
    assert_eq!(sent.dimensions(), (339, 226));
    assert!(
        !sent.to_rgb8().pixels().any(|p| p.0[0] > 240 && p.0[1] < 15 && p.0[2] > 240),
        "the marker far from the mask left the device"
    );
    // OpenAI's mask: a PNG with alpha, the sent image's size, transparent where to edit.
    let sent_mask = field("mask");
    assert_eq!(image::guess_format(&sent_mask).unwrap(), image::ImageFormat::Png);
    let sent_mask = image::load_from_memory(&sent_mask).unwrap();
    assert!(sent_mask.color().has_alpha());
    assert_eq!(sent_mask.dimensions(), sent.dimensions());
    let alpha = sent_mask.to_rgba8();
    assert_eq!(alpha.get_pixel(169, 112).0[3], 0, "the painted centre is transparent");
    assert_eq!(alpha.get_pixel(5, 5).0[3], 255, "the margin is kept");

    // The outcome and the ledger say what left: a crop, and a mask.
    let fraction = outcome["sent"]["fraction"].as_f64().unwrap();
    assert!((fraction - 339.0 * 226.0 / (1200.0 * 900.0)).abs() < 1e-6, "{outcome}");
    assert_eq!(
        (outcome["sent"]["width"].as_u64(), outcome["sent"]["height"].as_u64()),
        (Some(339), Some(226))
    );
    let ledger = dir.run(&["ledger", "--json"]).json_ok();
    let recorded = &ledger[0]["parts"];
    assert_eq!(recorded[0]["crop"]["of_width"], 1200);
    assert_eq!(recorded[0]["crop"]["width"], 339);
    assert_eq!(recorded[0]["mask"], false);
    assert_eq!(recorded[1]["mask"], true);

    // After compositing: inside the mask the answer, outside the part the original, exactly.
    let outputs = outcome["outputs"].as_array().unwrap();
    assert_eq!(outputs.len(), 1);
    let result = exported(&dir, outputs[0].as_str().unwrap());
    let original = photo();
    assert_eq!(result.dimensions(), (1200, 900), "the full-resolution image comes back");
    let crop = recorded[0]["crop"].clone();
    let part = (crop["x"].as_i64().unwrap(), crop["y"].as_i64().unwrap(), 339, 226);
    let (bx, by, bw, bh) = BOX;
    for (x, y, px) in result.enumerate_pixels() {
        if inside(x, y, (i64::from(bx), i64::from(by), bw, bh)) {
            assert_eq!(px.0, [0, 200, 0], "({x},{y}) inside the mask");
        } else if !inside(x, y, part) {
            assert_eq!(px, original.get_pixel(x, y), "({x},{y}) outside the part");
        }
    }
}

#[test]
fn gemini_edits_the_part_by_instruction_in_its_shape_and_the_mask_stays_home() {
    let dir = DataDir::new();
    let id = setup(&dir, "gemini");
    let server = provider_server::start(vec![Answer::image(&solid(1024, 768, [0, 0, 220]))]);
    let outcome =
        edit(&dir, "gemini", &server.base_url, &id, &mask(1200, 900, BOX), &["--margin", "10"]).json_ok();
    assert_eq!(outcome["status"], "succeeded", "{outcome}");
    let received = server.received.lock().unwrap().clone();
    let body: serde_json::Value = serde_json::from_slice(&received[0].body).unwrap();
    let parts = body["contents"][0]["parts"].as_array().unwrap();
    assert_eq!(parts.len(), 2, "the prompt and the part; no mask");
    assert_eq!(body["generationConfig"]["imageConfig"]["aspectRatio"], "4:3");
    let sent = base64::engine::general_purpose::STANDARD
        .decode(parts[1]["inline_data"]["data"].as_str().unwrap())
        .unwrap();
    // 10 % each side: 240x180, already 4:3.
    assert_eq!(image::load_from_memory(&sent).unwrap().dimensions(), (240, 180));
    let result = exported(&dir, outcome["outputs"][0].as_str().unwrap());
    let original = photo();
    let (bx, by, bw, bh) = BOX;
    assert_eq!(result.get_pixel(bx + bw / 2, by + bh / 2).0, [0, 0, 220]);
    assert_eq!(result.get_pixel(10, 10), original.get_pixel(10, 10), "the marker is untouched");
    assert_eq!(result.get_pixel(bx - 30, by), original.get_pixel(bx - 30, by), "past the margin");
}

#[test]
fn bad_masks_and_answers_are_refused_clearly_and_nothing_is_lost() {
    let dir = DataDir::new();
    let id = setup(&dir, "gemini");
    let server = provider_server::start(vec![
        // An answer twice as wide as the part it was asked for.
        Answer::image(&solid(1024, 256, [0, 0, 220])),
        Answer::image(&solid(1200, 900, [0, 0, 220])),
    ]);
    let empty = edit(&dir, "gemini", &server.base_url, &id, &mask(1200, 900, (0, 0, 0, 0)), &[]).json_err(1);
    assert_eq!(empty["code"], "mask_empty", "{empty}");
    let wrong = edit(&dir, "gemini", &server.base_url, &id, &mask(600, 600, BOX), &[]).json_err(1);
    assert_eq!(wrong["code"], "mask_mismatch", "{wrong}");
    assert!(wrong["message"].as_str().unwrap().contains("600x600"), "{wrong}");
    let all = mask(1200, 900, (0, 0, 1200, 900));
    let whole = edit(&dir, "gemini", &server.base_url, &id, &all, &[]).json_err(1);
    assert_eq!(whole["code"], "mask_covers_image", "{whole}");
    let margin =
        edit(&dir, "gemini", &server.base_url, &id, &mask(1200, 900, BOX), &["--margin", "500"]).json_err(1);
    assert_eq!(margin["code"], "invalid_input", "{margin}");
    assert!(server.received.lock().unwrap().is_empty(), "nothing left for a refused mask");

    let misshapen = edit(&dir, "gemini", &server.base_url, &id, &mask(1200, 900, BOX), &[]).json_err(1);
    assert_eq!(misshapen["code"], "provider_error", "{misshapen}");
    assert!(misshapen["message"].as_str().unwrap().contains("1024x256"), "{misshapen}");

    // Choosing to send the whole image works, and the mask still decides what changes.
    let sent = edit(&dir, "gemini", &server.base_url, &id, &all, &["--whole-image"]).json_ok();
    assert_eq!(sent["status"], "succeeded", "{sent}");
    assert_eq!(sent["sent"]["fraction"], 1.0);
    let listed = dir.run(&["list", "--json"]).json_ok();
    assert!(listed.as_array().unwrap().iter().any(|o| o["id"] == sent["outputs"][0]));
}
