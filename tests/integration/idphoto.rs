//! ID photos through the real binary: the spec list, a US passport photo with a print sheet and
//! a size-limited digital file from a public-domain portrait, the three wrong-photo errors, and
//! proof (by tracing the process's system calls) that no network socket is ever opened.

use crate::support::{files_under, DataDir};

const ASTRONAUT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/idphoto/astronaut.png");

fn ready() -> DataDir {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    dir
}

#[test]
fn specs_lists_at_least_thirty_documents() {
    let dir = DataDir::new();
    let specs = dir.run(&["specs", "--json"]).json_ok();
    let specs = specs.as_array().unwrap();
    assert!(specs.len() >= 30, "{}", specs.len());
    let us = specs.iter().find(|s| s["id"] == "us-passport").unwrap();
    assert_eq!(us["name"], "United States — Passport");
}

#[test]
fn a_us_passport_photo_with_a_sheet_and_a_digital_file() {
    let dir = ready();
    let out = dir.path().parent().unwrap().join("passport.png");
    let made = dir
        .run(&[
            "idphoto",
            ASTRONAUT,
            "--spec",
            "us-passport",
            "--sheet",
            "4x6",
            "--max-kb",
            "240",
            "--out",
            out.to_str().unwrap(),
            "--json",
        ])
        .json_ok();
    assert_eq!(
        (made["width"].as_u64(), made["height"].as_u64(), made["dpi"].as_u64()),
        (Some(600), Some(600), Some(300))
    );
    assert_eq!(made["outputs"].as_array().unwrap().len(), 3, "photo, sheet, digital file");
    let check =
        |id: &str| made["checks"].as_array().unwrap().iter().find(|c| c["id"] == id).cloned().unwrap();
    assert_eq!(check("head_height")["status"], "pass", "{made}");
    assert_eq!(check("eye_line")["status"], "pass", "{made}");
    let head = check("head_height")["value"].as_f64().unwrap();
    assert!((25.4..=34.9).contains(&head), "{head}");

    // --out: a PNG whose pHYs says 300 dpi (11811 pixels per metre).
    let png = std::fs::read(&out).unwrap();
    let at = png.windows(4).position(|w| w == b"pHYs").unwrap();
    assert_eq!(u32::from_be_bytes(png[at + 4..at + 8].try_into().unwrap()), 11811);
    assert_eq!(image::load_from_memory(&png).unwrap().to_rgb8().dimensions(), (600, 600));

    // The vault holds the three results; the original went when the task ended.
    let listed = dir.run(&["list", "--json"]).json_ok();
    let kinds: Vec<_> = listed.as_array().unwrap().iter().map(|o| o["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["output", "output", "output"]);
    let digital = made["outputs"][2].as_str().unwrap();
    let to = dir.path().parent().unwrap().join("digital");
    let exported = dir.run(&["export", digital, "--to", to.to_str().unwrap(), "--json"]).json_ok();
    let bytes = std::fs::read(exported["written"][0]["path"].as_str().unwrap()).unwrap();
    assert!(bytes.len() <= 240 * 1024 && bytes.ends_with(&[0xFF, 0xD9]), "{} bytes", bytes.len());
    let file = image::load_from_memory(
        &std::fs::read(files_under(&to).iter().find(|p| p.extension().is_some_and(|e| e == "jpg")).unwrap())
            .unwrap(),
    )
    .unwrap();
    assert_eq!(file.width(), 600, "the exported digital file is the 600-px photo");
}

#[test]
fn no_face_two_faces_and_a_cut_off_face_are_named() {
    let dir = ready();
    let parent = dir.path().parent().unwrap().to_path_buf();
    let astronaut = image::open(ASTRONAUT).unwrap().to_rgb8();
    let mut two = image::RgbImage::new(1024, 512);
    image::imageops::replace(&mut two, &astronaut, 0, 0);
    image::imageops::replace(&mut two, &astronaut, 512, 0);
    two.save(parent.join("two.png")).unwrap();
    image::imageops::crop_imm(&astronaut, 200, 0, 312, 512).to_image().save(parent.join("cut.png")).unwrap();
    let coffee = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/idphoto/coffee.png");
    for (file, code) in [
        (coffee.to_string(), "no_face"),
        (parent.join("two.png").display().to_string(), "multiple_faces"),
        (parent.join("cut.png").display().to_string(), "face_cut_off"),
    ] {
        let err = dir.run(&["idphoto", &file, "--spec", "schengen-visa", "--json"]).json_err(1);
        assert_eq!(err["code"], code, "{file}: {err}");
    }
    assert_eq!(
        dir.run(&["list", "--json"]).json_ok(),
        serde_json::json!([]),
        "nothing stored, the photos deleted with their tasks"
    );
}

#[test]
fn the_pipeline_never_opens_a_network_socket() {
    let dir = ready();
    let trace = dir.path().parent().unwrap().join("trace.txt");
    let output = std::process::Command::new("strace")
        .args(["-f", "-e", "trace=socket,connect", "-o", trace.to_str().unwrap()])
        .arg(env!("CARGO_BIN_EXE_seed-studio"))
        .args([
            "--data-dir",
            dir.path().to_str().unwrap(),
            "idphoto",
            ASTRONAUT,
            "--spec",
            "gb-passport",
            "--sheet",
            "a4",
            "--json",
        ])
        .env_remove("SEED_STUDIO_DATA_DIR")
        .output()
        .expect("strace (installed by .ci/setup)");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let log = std::fs::read_to_string(&trace).unwrap();
    assert!(log.contains("socket("), "the trace saw the keyring's local socket, so it works: {log}");
    for family in ["AF_INET,", "AF_INET6,", "AF_PACKET", "AF_NETLINK"] {
        assert!(!log.contains(family), "a {family} socket was opened:\n{log}");
    }
}

#[test]
fn a_sheet_the_photo_does_not_fit_is_refused_and_nothing_is_stored() {
    let dir = ready();
    let err = dir.run(&["idphoto", ASTRONAUT, "--spec", "120x160mm", "--sheet", "4x6", "--json"]).json_err(1);
    assert_eq!(err["code"], "invalid_input", "{err}");
    assert!(err["message"].as_str().unwrap().contains("does not fit"), "{err}");
    assert_eq!(dir.run(&["list", "--kind", "output", "--json"]).json_ok(), serde_json::json!([]));
}
