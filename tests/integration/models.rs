//! The model catalog: `models` lists what each model accepts, a model of the user's own (from
//! config.toml) is listed and enforced, and generation refuses what a model does not take —
//! before anything leaves — or sends it in the provider's own field.

use crate::provider_server::{self, multipart, Answer};
use crate::support::{text, DataDir};

fn png() -> Vec<u8> {
    let mut out = Vec::new();
    image::RgbImage::from_pixel(64, 48, image::Rgb([30, 90, 200]))
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

/// A vault with consent for `provider` and four small images in it; their ids.
fn vault_with_images(dir: &DataDir, provider: &str) -> Vec<String> {
    dir.run(&["init", "--json"]).json_ok();
    dir.run(&["consent", "grant", provider, "--json"]).json_ok();
    let files: Vec<String> = (0..4)
        .map(|n| {
            let path = dir.path().parent().unwrap().join(format!("ref-{n}.png"));
            image::RgbImage::from_pixel(80 + n, 60, image::Rgb([10 * n as u8, 90, 40])).save(&path).unwrap();
            path.display().to_string()
        })
        .collect();
    let mut args = vec!["import"];
    args.extend(files.iter().map(String::as_str));
    args.push("--json");
    let imported = dir.run(&args).json_ok();
    imported.as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap().to_string()).collect()
}

fn generate(dir: &DataDir, provider: &str, base_url: &str, extra: &[&str]) -> crate::support::Run {
    let mut args = vec!["generate", "--provider", provider, "--prompt", "a kite over dunes", "--json"];
    args.extend_from_slice(extra);
    let (key, url) = match provider {
        "openai" => ("OPENAI_API_KEY", "SEED_STUDIO_OPENAI_BASE_URL"),
        _ => ("GEMINI_API_KEY", "SEED_STUDIO_GEMINI_BASE_URL"),
    };
    dir.run(&args).env(key, "test-key-for-the-loopback-server").env(url, base_url)
}

#[test]
fn the_catalog_lists_each_model_with_what_it_accepts() {
    let dir = DataDir::new();
    let all = dir.run(&["models", "--json"]).json_ok();
    let all = all.as_array().unwrap();
    let find = |id: &str| all.iter().find(|m| m["id"] == id).unwrap_or_else(|| panic!("{id} listed"));
    let flash = find("gemini-3.1-flash-image");
    assert_eq!(flash["default"], true);
    assert_eq!(flash["references"], 14);
    assert_eq!(flash["image_sizes"], serde_json::json!(["1K", "2K", "4K"]));
    assert_eq!(flash["sizes"], "aspects");
    assert_eq!(find("gpt-image-2")["sizes"], "free");
    assert_eq!(find("gpt-image-1.5")["input_fidelity"], true);
    assert_eq!(find("seedream-5-0-260128")["references"], 14);
    let seedream = dir.run(&["models", "--provider", "seedream", "--json"]).json_ok();
    assert!(seedream.as_array().unwrap().iter().all(|m| m["provider"] == "seedream"));
    let people = text(&dir.run(&["models"]).output().stdout);
    assert!(people.contains("gemini gemini-3-pro-image (Nano Banana Pro)"), "{people}");
}

#[test]
fn a_model_of_your_own_is_listed_and_its_limits_hold_before_anything_leaves() {
    let dir = DataDir::new();
    let ids = vault_with_images(&dir, "gemini");
    dir.write_config("[[models]]\nprovider = \"gemini\"\nid = \"gemini-tiny-image\"\nreferences = 3\n");
    let listed = dir.run(&["models", "--provider", "gemini", "--json"]).json_ok();
    let mine = listed.as_array().unwrap().iter().find(|m| m["id"] == "gemini-tiny-image").unwrap().clone();
    assert_eq!((mine["custom"].as_bool(), mine["references"].as_u64()), (Some(true), Some(3)));
    assert_eq!(mine["sizes"], "aspects", "its provider's size rule");

    let server = provider_server::start(vec![Answer::image(&png())]);
    let mut four = vec!["--model", "gemini-tiny-image"];
    for id in &ids {
        four.extend(["--ref", id.as_str()]);
    }
    let refused = generate(&dir, "gemini", &server.base_url, &four).json_err(1);
    assert_eq!(refused["code"], "invalid_input");
    assert_eq!(refused["message"], "gemini-tiny-image takes at most 3 reference images");
    assert!(server.received.lock().unwrap().is_empty(), "nothing left");
    // Three are fine.
    let made = generate(&dir, "gemini", &server.base_url, &four[..8]).json_ok();
    assert_eq!(made["status"], "succeeded");

    // A bad entry names its place and says what is wrong.
    dir.write_config("[[models]]\nprovider = \"openai\"\nid = \"gpt-x\"\nreferences = 40\n");
    let err = dir.run(&["models", "--json"]).json_err(1);
    assert_eq!(err["code"], "invalid_config");
    assert!(err["message"].as_str().unwrap().contains("models[0]"), "{err}");
}

#[test]
fn tiers_and_input_fidelity_go_in_the_providers_own_fields_and_only_where_they_apply() {
    let dir = DataDir::new();
    let ids = vault_with_images(&dir, "gemini");
    dir.run(&["consent", "grant", "openai", "--json"]).json_ok();
    let gemini = provider_server::start(vec![Answer::image(&png())]);
    let made =
        generate(&dir, "gemini", &gemini.base_url, &["--image-size", "2K", "--size", "16:9"]).json_ok();
    assert_eq!(made["status"], "succeeded");
    let body: serde_json::Value = serde_json::from_slice(&gemini.received.lock().unwrap()[0].body).unwrap();
    assert_eq!(
        body["generationConfig"]["imageConfig"],
        serde_json::json!({"aspectRatio": "16:9", "imageSize": "2K"})
    );
    let tier = generate(&dir, "gemini", &gemini.base_url, &["--image-size", "8K"]).json_err(1);
    assert_eq!(tier["message"], "gemini-3.1-flash-image offers the image sizes 1K, 2K, 4K");

    let openai = provider_server::start(vec![Answer::openai_images(&[&png()])]);
    let edited =
        generate(&dir, "openai", &openai.base_url, &["--ref", &ids[0], "--input-fidelity"]).json_ok();
    assert_eq!(edited["status"], "succeeded");
    let parts = multipart(&openai.received.lock().unwrap()[0]);
    assert!(parts.iter().any(|(name, _, value)| name == "input_fidelity" && value == b"high"));
    let text_only = generate(&dir, "openai", &openai.base_url, &["--input-fidelity"]).json_err(1);
    assert!(text_only["message"].as_str().unwrap().contains("reference images"), "{text_only}");
    let no_tiers = generate(&dir, "openai", &openai.base_url, &["--image-size", "2K"]).json_err(1);
    assert_eq!(no_tiers["message"], "gpt-image-1.5 makes one resolution only; leave the image size out");

    // A model the catalog does not know works with its provider's limits, and says so.
    let out = generate(&dir, "gemini", &gemini.base_url, &["--model", "gemini-9-image"]).output();
    let said = text(&out.stderr);
    assert!(said.contains("gemini-9-image is not in the model catalog"), "{said}");
}
