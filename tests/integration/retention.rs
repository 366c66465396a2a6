//! Retention through the real binary: a purge killed with `kill -9` at its worst moments
//! recovers at the next start with no orphan file and no dangling row, and the windows in
//! `config.toml` decide deadlines.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{files_under, DataDir, BIN};

fn rfc3339(t: time::OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339).unwrap()
}

/// `count` small distinct PNGs in a folder next to the data dir; their paths.
fn pngs(dir: &DataDir, count: u32) -> Vec<String> {
    let src = dir.path().parent().unwrap().join("src");
    std::fs::create_dir_all(&src).unwrap();
    (0..count)
        .map(|i| {
            let img =
                image::RgbImage::from_fn(40, 30, |x, y| image::Rgb([i as u8, (i >> 8) as u8, (x * y) as u8]));
            let path = src.join(format!("{i}.png"));
            image::DynamicImage::ImageRgb8(img).save(&path).unwrap();
            path.display().to_string()
        })
        .collect()
}

fn listed(dir: &DataDir) -> usize {
    dir.run(&["list", "--json"]).json_ok().as_array().unwrap().len()
}

/// Every listed image has exactly its image and thumbnail file, and nothing is left in tmp.
fn assert_consistent(dir: &DataDir, what: &str) -> usize {
    let images = listed(dir); // opening recovers: garbage collection of orphans
    let files = files_under(&dir.path().join("vault/objects")).len();
    assert_eq!(files, 2 * images, "{what}: {images} images but {files} files");
    assert!(files_under(&dir.path().join("vault/tmp")).is_empty(), "{what}: temp files left");
    images
}

#[test]
fn a_purge_killed_mid_way_finishes_cleanly_at_the_next_start() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    let files = pngs(&dir, 700);
    let mut args = vec!["import", "--json"];
    args.extend(files.iter().map(String::as_str));
    dir.run(&args).json_ok();
    assert_eq!(assert_consistent(&dir, "after import"), 700);
    let objects = dir.path().join("vault/objects");
    let later = rfc3339(time::OffsetDateTime::now_utc() + time::Duration::days(2));

    // Kill each purge once it has removed some files (rows already committed, files half
    // unlinked), at a later point each round; then the next start must recover.
    let mut killed_mid_way = 0;
    let mut before = 1400;
    for round in 1..=4 {
        let mut child = Command::new(BIN)
            .arg("--data-dir")
            .arg(dir.path())
            .args(["purge", "--now", &later])
            .env_remove("SEED_STUDIO_DATA_DIR")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let target = before - round * 60;
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut finished = false;
        while Instant::now() < deadline {
            if child.try_wait().unwrap().is_some() {
                finished = true;
                break;
            }
            if std::fs::read_dir(&objects).map(|d| d.count()).unwrap_or(0) <= target {
                break;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        if !finished {
            child.kill().unwrap(); // SIGKILL: no destructors, no cleanup
        }
        child.wait().unwrap();
        if !finished {
            let left = files_under(&objects).len();
            killed_mid_way += usize::from(left > 0 && left < before);
        }
        let images = assert_consistent(&dir, &format!("round {round}"));
        before = 2 * images;
        if images == 0 {
            break;
        }
    }
    assert!(killed_mid_way > 0, "no purge was killed mid-way; the test proved nothing");
    // A last, uninterrupted purge leaves nothing.
    dir.run(&["purge", "--now", &later, "--json"]).json_ok();
    assert_eq!(assert_consistent(&dir, "at the end"), 0);
    assert!(files_under(&objects).is_empty());
}

#[test]
fn windows_from_config_decide_deadlines_and_bad_ones_are_refused() {
    let dir = DataDir::new();
    dir.write_config("[retention]\noriginals = \"90s\"\n");
    dir.run(&["init", "--json"]).json_ok();
    let files = pngs(&dir, 1);
    let before = time::OffsetDateTime::now_utc();
    let item = &dir.run(&["import", &files[0], "--json"]).json_ok()[0];
    let listed = dir.run(&["list", "--json"]).json_ok();
    assert_eq!(listed[0]["id"], item["id"]);
    let expires = time::OffsetDateTime::parse(
        listed[0]["expires_at"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    let window = expires - before;
    assert!(window >= time::Duration::seconds(89) && window <= time::Duration::seconds(95), "{window}");
    let due = dir.run(&["purge", "--now", &rfc3339(expires), "--json"]).json_ok();
    assert_eq!(due["deleted"]["originals"], 1);
    assert_eq!(dir.run(&["list", "--json"]).json_ok(), serde_json::json!([]));

    dir.write_config("[retention]\noriginals = \"2d\"\n");
    let err = dir.run(&["list", "--json"]).json_err(1);
    assert_eq!(err["code"], "invalid_config");
    assert_eq!(
        err["message"],
        "config.toml: invalid value for `retention.originals`: expected a duration from 1m to 1d"
    );
}

#[test]
fn purge_removes_log_files_past_their_window_and_keeps_fresh_ones() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    let logs = dir.path().join("logs");
    let old = logs.join("seed-studio.2026-01-01-00.log");
    std::fs::write(&old, "an old line\n").unwrap();
    let day_and_a_bit = Duration::from_secs(25 * 3600);
    std::fs::File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(std::time::SystemTime::now() - day_and_a_bit)
        .unwrap();
    let report = dir.run(&["purge", "--json"]).json_ok();
    assert_eq!(report["deleted"]["log_files"], 1);
    assert!(!old.exists());
    assert!(!files_under(&logs).is_empty(), "today's log stays");
}
