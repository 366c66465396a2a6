//! The vault's CLI contract: import, list, export, delete — and what must never happen:
//! plaintext on disk, names in logs, output from a tampered object.

use std::path::{Path, PathBuf};

use crate::support::{files_under, text, DataDir};

/// A JPEG and a PNG made by code (real encoders), in a folder beside the data dir.
fn sample_images(dir: &DataDir) -> (PathBuf, PathBuf) {
    let src = dir.path().parent().unwrap().join("src");
    std::fs::create_dir_all(&src).unwrap();
    let img = image::RgbImage::from_fn(800, 600, |x, y| image::Rgb([(x / 4) as u8, (y / 3) as u8, 120]));
    let jpeg = src.join("zanzibar-holiday.jpg");
    image::DynamicImage::ImageRgb8(img.clone()).save_with_format(&jpeg, image::ImageFormat::Jpeg).unwrap();
    let png = src.join("passport-scan.png");
    image::DynamicImage::ImageRgb8(image::imageops::thumbnail(&img, 300, 200))
        .save_with_format(&png, image::ImageFormat::Png)
        .unwrap();
    (jpeg, png)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn import_list_search_export_delete_round_trip() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    let (jpeg, png) = sample_images(&dir);
    let imported = dir.run(&["import", s(&jpeg), s(&png), "--json"]).json_ok();
    let items = imported.as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(
        (&items[0]["kind"], &items[0]["mime"], &items[0]["width"], &items[0]["height"]),
        (&"original".into(), &"image/jpeg".into(), &800.into(), &600.into())
    );
    assert_eq!(
        (&items[1]["mime"], &items[1]["width"], &items[1]["height"]),
        (&"image/png".into(), &300.into(), &200.into())
    );
    let jpeg_id = items[0]["id"].as_str().unwrap().to_string();
    let png_id = items[1]["id"].as_str().unwrap().to_string();

    let listed = dir.run(&["list", "--json"]).json_ok();
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 2, "thumbnails are not listed");
    for item in listed {
        for field in ["id", "kind", "created_at", "expires_at"] {
            assert!(item[field].is_string(), "{field} in {item}");
        }
        let created = time::OffsetDateTime::parse(
            item["created_at"].as_str().unwrap(),
            &time::format_description::well_known::Rfc3339,
        )
        .unwrap();
        let expires = time::OffsetDateTime::parse(
            item["expires_at"].as_str().unwrap(),
            &time::format_description::well_known::Rfc3339,
        )
        .unwrap();
        assert_eq!(expires - created, time::Duration::hours(24), "originals go after 24 h at the latest");
    }
    let found = dir.run(&["list", "--query", "zanzi", "--json"]).json_ok();
    assert_eq!(
        found.as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap()).collect::<Vec<_>>(),
        vec![jpeg_id.as_str()]
    );
    assert!(dir.run(&["list", "--kind", "output", "--json"]).json_ok().as_array().unwrap().is_empty());

    let out = dir.path().parent().unwrap().join("exported");
    let written = dir.run(&["export", &jpeg_id, "--to", s(&out), "--json"]).json_ok();
    let path = written["written"][0]["path"].as_str().unwrap();
    assert!(path.ends_with("zanzibar-holiday.jpg"), "{path}");
    assert_eq!(std::fs::read(path).unwrap(), std::fs::read(&jpeg).unwrap(), "the exact original comes back");

    let deleted = dir.run(&["delete", &jpeg_id, "--json"]).json_ok();
    assert_eq!(deleted["deleted"], 2, "the image and its thumbnail");
    let left = dir.run(&["list", "--json"]).json_ok();
    assert_eq!(left.as_array().unwrap().len(), 1);
    assert_eq!(files_under(&dir.path().join("vault/objects")).len(), 2, "one image + its thumbnail remain");
    let gone = dir.run(&["export", &jpeg_id, "--to", s(&out.with_extension("2")), "--json"]).json_err(1);
    assert_eq!(gone["code"], "invalid_input");
    let again = dir.run(&["delete", &jpeg_id, &png_id, "--json"]).json_err(1);
    assert!(again["message"].as_str().unwrap().contains(&jpeg_id), "{again}");
    assert_eq!(dir.run(&["list", "--json"]).json_ok().as_array().unwrap().len(), 1, "all-or-nothing delete");
}

#[test]
fn the_same_photo_is_stored_once() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    let (jpeg, _) = sample_images(&dir);
    let copy = dir.path().parent().unwrap().join("copy-of-it.jpg");
    std::fs::copy(&jpeg, &copy).unwrap();
    let first = dir.run(&["import", s(&jpeg), "--json"]).json_ok();
    let second = dir.run(&["import", s(&copy), "--json"]).json_ok();
    assert_eq!(second[0]["id"], first[0]["id"]);
    assert_eq!(second[0]["duplicate"], true);
    assert_eq!(dir.run(&["list", "--json"]).json_ok().as_array().unwrap().len(), 1);
}

#[test]
fn a_tampered_object_exports_nothing_and_says_integrity_error() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    let (jpeg, _) = sample_images(&dir);
    let id = dir.run(&["import", s(&jpeg), "--json"]).json_ok()[0]["id"].as_str().unwrap().to_string();
    let object = dir.path().join("vault/objects").join(&id);
    let mut bytes = std::fs::read(&object).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    std::fs::write(&object, &bytes).unwrap();
    let out = dir.path().parent().unwrap().join("out");
    let err = dir.run(&["export", &id, "--to", s(&out), "--json"]).json_err(1);
    assert_eq!(err["code"], "integrity_error");
    assert!(!out.exists(), "no export from a tampered object");
    let partial = std::fs::read_dir(dir.path().parent().unwrap())
        .unwrap()
        .any(|e| e.unwrap().file_name().to_string_lossy().contains("partial"));
    assert!(!partial, "and no half-written one beside it");
}

#[test]
fn bad_files_are_named_in_clear_errors_and_what_went_in_before_is_reported() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    let (jpeg, _) = sample_images(&dir);
    let src = jpeg.parent().unwrap();
    let text_file = src.join("notes.txt");
    std::fs::write(&text_file, "not an image").unwrap();
    let cut = src.join("cut-off.jpg");
    let full = std::fs::read(&jpeg).unwrap();
    std::fs::write(&cut, &full[..full.len() / 2]).unwrap();
    let heic = src.join("iphone.heic");
    std::fs::write(&heic, [&[0, 0, 0, 24][..], b"ftypheic", &[0; 64]].concat()).unwrap();

    let err = dir.run(&["import", s(&jpeg), s(&text_file), "--json"]).json_err(1);
    assert_eq!(err["code"], "invalid_input");
    assert!(err["message"].as_str().unwrap().starts_with("notes.txt: unsupported format"), "{err}");
    assert_eq!(err["imported"].as_array().unwrap().len(), 1, "the JPEG before it went in");
    let err = dir.run(&["import", s(&cut), "--json"]).json_err(1);
    assert_eq!(err["message"], "cut-off.jpg: the image is damaged and cannot be read");
    let err = dir.run(&["import", s(&heic), "--json"]).json_err(1);
    assert!(err["message"].as_str().unwrap().contains("HEIC"), "{err}");
    let missing = dir.run(&["import", "/nonexistent/photo.jpg", "--json"]).json_err(1);
    assert!(
        missing["message"].as_str().unwrap().starts_with("photo.jpg: the file cannot be read"),
        "{missing}"
    );
    assert_eq!(dir.run(&["list", "--json"]).json_ok().as_array().unwrap().len(), 1);
}

#[test]
fn without_a_vault_the_verbs_say_how_to_make_one() {
    let dir = DataDir::new();
    let err = dir.run(&["list", "--json"]).json_err(1);
    assert_eq!(err["code"], "no_vault");
    assert!(err["message"].as_str().unwrap().contains("seed-studio init"));
}

/// After a realistic workflow, nothing readable is left: no image magic bytes and no file names
/// anywhere under the data dir (index, WAL, objects, logs) or in the process's temp dir.
#[test]
fn no_plaintext_remains_after_a_workflow() {
    let dir = DataDir::new();
    let tmp = dir.path().parent().unwrap().join("process-tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let run = |args: &[&str]| dir.run(args).env("TMPDIR", &tmp);
    run(&["init", "--json"]).json_ok();
    let (jpeg, png) = sample_images(&dir);
    let items = run(&["import", s(&jpeg), s(&png), "--json"]).json_ok();
    run(&["list", "--query", "passport", "--json"]).json_ok();
    let out = dir.path().parent().unwrap().join("exported");
    run(&["export", items[1]["id"].as_str().unwrap(), "--to", s(&out), "--json"]).json_ok();
    run(&["delete", items[0]["id"].as_str().unwrap(), "--json"]).json_ok();

    let magic: [&[u8]; 4] = [b"\xff\xd8\xff", b"\x89PNG", b"RIFF", b"GIF8"];
    let words: [&[u8]; 4] = [b"zanzibar", b"passport", b"holiday", b"scan.png"];
    for file in files_under(&dir.path()).into_iter().chain(files_under(&tmp)) {
        let bytes = std::fs::read(&file).unwrap();
        for m in magic {
            assert!(!bytes.starts_with(m), "{file:?} starts with image magic");
        }
        for w in words {
            assert!(!bytes.windows(w.len()).any(|x| x == w), "{file:?} contains {:?}", text(w));
        }
    }
    assert!(files_under(&tmp).is_empty(), "nothing was written to the temp dir");
}

#[test]
fn delete_source_removes_the_file_only_after_a_verified_import() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    let (jpeg, _) = sample_images(&dir);
    let original = std::fs::read(&jpeg).unwrap();
    let text_file = jpeg.with_file_name("keep-me.txt");
    std::fs::write(&text_file, "not an image").unwrap();
    let item = dir.run(&["import", "--delete-source", s(&jpeg), "--json"]).json_ok();
    assert!(!jpeg.exists(), "the source is gone after the verified import");
    let out = dir.path().parent().unwrap().join("out");
    let written = dir.run(&["export", item[0]["id"].as_str().unwrap(), "--to", s(&out), "--json"]).json_ok();
    assert_eq!(std::fs::read(written["written"][0]["path"].as_str().unwrap()).unwrap(), original);
    dir.run(&["import", "--delete-source", s(&text_file), "--json"]).json_err(1);
    assert!(text_file.exists(), "a file that failed to import is never deleted");
}

#[test]
fn purge_deletes_what_has_expired_and_nothing_else() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    let (jpeg, _) = sample_images(&dir);
    let item = dir.run(&["import", s(&jpeg), "--json"]).json_ok();
    let expires = item[0]["id"]
        .as_str()
        .map(|_| ())
        .and(dir.run(&["list", "--json"]).json_ok()[0]["expires_at"].as_str().map(String::from))
        .unwrap();
    let deadline =
        time::OffsetDateTime::parse(&expires, &time::format_description::well_known::Rfc3339).unwrap();
    let at = |t: time::OffsetDateTime| t.format(&time::format_description::well_known::Rfc3339).unwrap();

    let early = dir.run(&["purge", "--now", &at(deadline - time::Duration::minutes(1)), "--json"]).json_ok();
    let nothing = serde_json::json!({ "originals": 0, "outputs": 0, "thumbnails": 0, "log_files": 0, "ledger_entries": 0, "prompt_history": 0 });
    assert_eq!(early["deleted"], nothing, "nothing before its deadline");
    assert_eq!(files_under(&dir.path().join("vault/objects")).len(), 2);
    let due = dir.run(&["purge", "--now", &at(deadline), "--json"]).json_ok();
    assert_eq!(due["deleted"]["originals"], 1, "the original ...");
    assert_eq!(due["deleted"]["thumbnails"], 1, "... and its thumbnail");
    assert_eq!(due["deleted"]["outputs"], 0);
    assert!(files_under(&dir.path().join("vault/objects")).is_empty());
    assert_eq!(dir.run(&["purge", "--json"]).json_ok()["deleted"], nothing);
    let text = String::from_utf8(dir.run(&["purge"]).output().stdout).unwrap();
    assert!(text.contains("Nothing has expired."), "{text}");
    // Checked while parsing: a usage error (exit 2), before the vault is touched.
    let bad = dir.run(&["purge", "--now", "tomorrow", "--json"]).json_err(2);
    assert_eq!(bad["code"], "invalid_input");
    assert!(bad["message"].as_str().unwrap().contains("RFC 3339"), "{bad}");
}
