//! The user's rights through the real binary: export (folder and zip) round trips with a
//! manifest that validates against its schema, an export that fails half-way leaves nothing,
//! `show`, deleting one task removes exactly its data, and erase-all leaves nothing of the old
//! vault under the data folder or in the keyring.

use std::io::Read;

use sha2::{Digest, Sha256};

use crate::generate::{photo_with_exif, result_png};
use crate::provider_server::{self, Answer};
use crate::support::{files_under, DataDir};

fn sha(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// A vault with two finished Gemini tasks, each with its own reference; returns their ids.
fn two_tasks(dir: &DataDir) -> (String, String) {
    dir.run(&["init", "--json"]).json_ok();
    dir.run(&["consent", "grant", "gemini", "--json"]).json_ok();
    let server = provider_server::start(vec![Answer::image(&result_png()), Answer::image(&png_of(7))]);
    let first = photo_with_exif(dir);
    let second = dir.path().parent().unwrap().join("garden.png");
    image::RgbImage::from_pixel(300, 200, image::Rgb([40, 160, 60])).save(&second).unwrap();
    let mut ids = Vec::new();
    for (photo, prompt) in [(&first, "a watercolour of this place"), (&second, "the garden at night")] {
        let out = dir
            .run(&[
                "generate",
                "--provider",
                "gemini",
                "--prompt",
                prompt,
                "--ref",
                photo.to_str().unwrap(),
                "--json",
            ])
            .env("GEMINI_API_KEY", "k")
            .env("SEED_STUDIO_GEMINI_BASE_URL", &server.base_url)
            .json_ok();
        ids.push(out["task_id"].as_str().unwrap().to_string());
    }
    (ids[0].clone(), ids[1].clone())
}

fn png_of(seed: u8) -> Vec<u8> {
    let mut png = Vec::new();
    image::RgbImage::from_pixel(48, 48, image::Rgb([seed, 100, 200]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    png
}

fn validate(manifest: &serde_json::Value) {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../src-tauri/export/manifest.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> =
        validator.iter_errors(manifest).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "manifest does not match its schema: {errors:#?}");
}

#[test]
fn an_export_round_trips_with_a_valid_manifest_in_a_folder_and_in_a_zip() {
    let dir = DataDir::new();
    // Keep the originals for the export: failed tasks would, succeeded ones release them at once.
    let (first, second) = two_tasks(&dir);
    let listed = dir.run(&["list", "--json"]).json_ok();
    assert_eq!(listed.as_array().unwrap().len(), 2, "two results (the originals went with their tasks)");

    let zip_path = dir.path().parent().unwrap().join("everything.zip");
    let report =
        dir.run(&["export", "--all", "--to", zip_path.to_str().unwrap(), "--zip", "--json"]).json_ok();
    assert_eq!(report["files"], 2);
    assert_eq!(report["tasks"], 2);
    assert_eq!(report["ledger_entries"], 2);
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
    let mut manifest = String::new();
    archive.by_name("manifest.json").unwrap().read_to_string(&mut manifest).unwrap();
    let manifest: serde_json::Value = serde_json::from_str(&manifest).unwrap();
    validate(&manifest);
    assert_eq!(manifest["selection"], "all");
    for file in manifest["files"].as_array().unwrap() {
        let mut bytes = Vec::new();
        archive.by_name(file["name"].as_str().unwrap()).unwrap().read_to_end(&mut bytes).unwrap();
        assert_eq!(file["sha256"], sha(&bytes), "checksum of {}", file["name"]);
        assert_eq!(file["bytes"], bytes.len());
    }
    let prompts: Vec<_> =
        manifest["tasks"].as_array().unwrap().iter().map(|t| t["prompt"].as_str().unwrap()).collect();
    assert!(prompts.contains(&"the garden at night"));
    let text = serde_json::to_string(&manifest).unwrap();
    for id in listed.as_array().unwrap() {
        assert!(!text.contains(id["id"].as_str().unwrap()), "no vault ids in the manifest");
    }
    assert!(!text.contains(dir.path().to_str().unwrap()), "no paths in the manifest");

    // One task, into a folder: its result only; the result is byte for byte what the provider sent.
    let folder = dir.path().parent().unwrap().join("one-task");
    let report =
        dir.run(&["export", "--task", &second, "--to", folder.to_str().unwrap(), "--json"]).json_ok();
    assert_eq!(report["files"], 1);
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(folder.join("manifest.json")).unwrap()).unwrap();
    validate(&manifest);
    assert_eq!(manifest["tasks"][0]["task_id"], second.as_str());
    assert_eq!(manifest["tasks"][0]["outputs"][0], manifest["files"][0]["name"]);
    assert_eq!(
        std::fs::read(folder.join(manifest["files"][0]["name"].as_str().unwrap())).unwrap(),
        png_of(7)
    );
    assert_ne!(first, second);

    // Exports never overwrite.
    let again =
        dir.run(&["export", "--task", &second, "--to", folder.to_str().unwrap(), "--json"]).json_err(1);
    assert!(again["message"].as_str().unwrap().contains("exists already"), "{again}");
}

#[test]
fn an_export_that_fails_half_way_leaves_nothing_behind() {
    let dir = DataDir::new();
    two_tasks(&dir);
    // Damage the second image in export order: the first is written, then the export fails.
    let listed = dir.run(&["list", "--json"]).json_ok();
    let newest = listed[0]["id"].as_str().unwrap();
    let object = dir.path().join("vault/objects").join(newest);
    let mut bytes = std::fs::read(&object).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x40;
    std::fs::write(&object, &bytes).unwrap();
    let parent = dir.path().parent().unwrap().to_path_buf();
    for zip in [true, false] {
        let to = parent.join(if zip { "half.zip" } else { "half" });
        let mut args = vec!["export", "--all", "--to", to.to_str().unwrap(), "--json"];
        if zip {
            args.push("--zip");
        }
        let err = dir.run(&args).json_err(1);
        assert_eq!(err["code"], "integrity_error", "{err}");
        assert!(!to.exists(), "nothing under the final name");
        let leftovers: Vec<_> = std::fs::read_dir(&parent)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("partial"))
            .collect();
        assert!(leftovers.is_empty(), "no partial export left: {leftovers:?}");
    }
}

#[test]
fn show_lists_a_task_and_delete_removes_exactly_its_data() {
    let dir = DataDir::new();
    let (first, second) = two_tasks(&dir);
    let shown = dir.run(&["show", &first, "--json"]).json_ok();
    assert_eq!(shown["task"]["task_id"], first.as_str());
    assert_eq!(shown["task"]["prompt"], "a watercolour of this place");
    assert_eq!(shown["outputs"].as_array().unwrap().len(), 1);
    assert_eq!(shown["ledger"].as_array().unwrap().len(), 1);
    assert_eq!(shown["parameters"]["model"], "gemini-3.1-flash-image");
    let statuses: Vec<_> =
        shown["events"].as_array().unwrap().iter().map(|e| e["status"].as_str().unwrap()).collect();
    assert_eq!(statuses.first(), Some(&"queued"));
    assert_eq!(statuses.last(), Some(&"succeeded"));
    let first_output = shown["outputs"][0]["id"].as_str().unwrap().to_string();

    let before = files_under(&dir.path().join("vault/objects")).len();
    let deleted = dir.run(&["delete", &first, "--json"]).json_ok();
    assert_eq!(deleted["tasks"], 1);
    assert_eq!(deleted["deleted"], 2, "its result and the result's thumbnail");
    assert_eq!(deleted["ledger_entries"], 1);
    assert_eq!(files_under(&dir.path().join("vault/objects")).len(), before - 2);
    let err = dir.run(&["show", &first, "--json"]).json_err(1);
    assert!(err["message"].as_str().unwrap().contains("no such task"), "{err}");
    // The other task is untouched.
    let other = dir.run(&["show", &second, "--json"]).json_ok();
    assert_eq!(other["outputs"].as_array().unwrap().len(), 1);
    let ledger = dir.run(&["ledger", "--json"]).json_ok();
    assert_eq!(ledger.as_array().unwrap().len(), 1);
    assert_eq!(ledger[0]["task_id"], second.as_str());
    let listed = dir.run(&["list", "--json"]).json_ok();
    let ids: Vec<_> = listed.as_array().unwrap().iter().map(|o| o["id"].as_str().unwrap()).collect();
    assert!(!ids.contains(&first_output.as_str()) && ids.len() == 1);
}

#[test]
fn erase_all_leaves_nothing_of_the_old_vault_on_disk_or_in_the_keyring() {
    let dir = DataDir::new();
    two_tasks(&dir);
    dir.run(&["keys", "set", "openai", "--json"]).stdin(b"sk-erase-me").json_ok();
    let manifest = std::fs::read_to_string(dir.path().join("vault.toml")).unwrap();
    let vault_id =
        manifest.lines().find_map(|l| l.strip_prefix("vault_id = ")).unwrap().trim_matches('"').to_string();
    let master = keyring::Entry::new("studio.seed.desktop", &format!("master-key:{vault_id}")).unwrap();
    assert!(master.get_password().is_ok(), "the master key is in the keyring before");

    let refused = dir.run(&["erase-all", "--json"]).json_err(1);
    assert!(refused["message"].as_str().unwrap().contains("--yes"));
    assert!(dir.path().join("index.db").exists(), "nothing happened without --yes");

    let report = dir.run(&["erase-all", "--yes", "--json"]).json_ok();
    assert_eq!(report["master_keys"], 1);
    assert_eq!(report["api_keys"], 1);
    assert!(matches!(master.get_password(), Err(keyring::Error::NoEntry)), "the master key is gone");
    let keys = dir.run(&["keys", "list", "--json"]).json_ok();
    assert!(keys.as_array().unwrap().iter().all(|k| k["stored"] == false), "{keys}");
    // Only the lock file and a fresh log of the erase itself remain, and nothing in them
    // names the old vault, its prompts or its files.
    let left = files_under(&dir.path());
    for file in &left {
        let name = file.strip_prefix(dir.path()).unwrap().to_string_lossy().into_owned();
        assert!(name == "instance.lock" || name.starts_with("logs/"), "left behind: {name}");
        let text = String::from_utf8_lossy(&std::fs::read(file).unwrap()).into_owned();
        for needle in [vault_id.as_str(), "watercolour", "garden", "holiday"] {
            assert!(!text.contains(needle), "{name} mentions {needle}");
        }
    }
    let doctor = dir.run(&["doctor", "--json"]).json_ok();
    assert_eq!(doctor["vault"]["state"], "none", "{doctor}");
    dir.run(&["init", "--json"]).json_ok();
    assert_eq!(dir.run(&["list", "--json"]).json_ok(), serde_json::json!([]), "starts as new");
}

#[test]
fn an_encrypted_backup_survives_erase_all_and_restores_into_a_new_vault() {
    let dir = DataDir::new();
    let (first, _) = two_tasks(&dir);
    let backup = dir.path().parent().unwrap().join("backup.age");
    let short = dir
        .run(&["export", "--all", "--encrypt", "--to", backup.to_str().unwrap(), "--json"])
        .stdin(b"short")
        .json_err(1);
    assert!(short["message"].as_str().unwrap().contains("at least 8"), "{short}");
    let report = dir
        .run(&["export", "--all", "--encrypt", "--to", backup.to_str().unwrap(), "--json"])
        .stdin(b"a backup passphrase\n")
        .json_ok();
    assert_eq!(report["files"], 2);
    let sealed = std::fs::read(&backup).unwrap();
    assert!(sealed.starts_with(b"age-encryption.org/v1\n-> scrypt "), "an age file with a passphrase stanza");
    for plain in [&b"manifest.json"[..], b"PK\x03\x04", b"\x89PNG", b"watercolour"] {
        assert!(!sealed.windows(plain.len()).any(|w| w == plain), "plaintext in the backup");
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    dir.run(&["erase-all", "--yes", "--json"]).json_ok();
    dir.run(&["init", "--json"]).json_ok();
    let wrong =
        dir.run(&["restore", backup.to_str().unwrap(), "--json"]).stdin(b"not the passphrase").json_err(1);
    assert!(wrong["message"].as_str().unwrap().contains("does not open this backup"), "{wrong}");
    assert_eq!(dir.run(&["list", "--json"]).json_ok(), serde_json::json!([]));
    // A damaged backup (a byte changed near the end, where the zip's directory is) is refused
    // before anything is stored.
    let mut damaged = sealed.clone();
    let at = damaged.len() - 40;
    damaged[at] ^= 0x20;
    let damaged_path = dir.path().parent().unwrap().join("damaged.age");
    std::fs::write(&damaged_path, &damaged).unwrap();
    let refused = dir
        .run(&["restore", damaged_path.to_str().unwrap(), "--json"])
        .stdin(b"a backup passphrase\n")
        .json_err(1);
    assert!(refused["message"].as_str().unwrap().contains("damaged"), "{refused}");
    assert_eq!(dir.run(&["list", "--json"]).json_ok(), serde_json::json!([]));

    let restored =
        dir.run(&["restore", backup.to_str().unwrap(), "--json"]).stdin(b"a backup passphrase\n").json_ok();
    assert_eq!(restored, serde_json::json!({"originals": 0, "outputs": 2, "duplicates": 0, "tasks": 2}));
    let listed = dir.run(&["list", "--kind", "output", "--json"]).json_ok();
    assert_eq!(listed.as_array().unwrap().len(), 2);
    // The tasks came back with their prompts, and their results are theirs again.
    let shown = dir.run(&["show", &first, "--json"]).json_ok();
    assert_eq!(shown["task"]["prompt"], "a watercolour of this place", "{shown}");
    assert_eq!(shown["task"]["status"], "succeeded", "{shown}");
    assert_eq!(shown["outputs"].as_array().unwrap().len(), 1, "{shown}");

    // Restoring again stores nothing twice.
    let again =
        dir.run(&["restore", backup.to_str().unwrap(), "--json"]).stdin(b"a backup passphrase\n").json_ok();
    assert_eq!(again, serde_json::json!({"originals": 0, "outputs": 0, "duplicates": 2, "tasks": 0}));
    assert_eq!(dir.run(&["list", "--kind", "output", "--json"]).json_ok().as_array().unwrap().len(), 2);
}
