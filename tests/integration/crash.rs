//! `kill -9` in the middle of imports and deletes, over and over: after each kill the next
//! process recovers and the vault's invariants hold — every listed image has exactly its image
//! and thumbnail files, nothing is left in tmp, every image decrypts, and what a finished delete
//! removed never comes back.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{files_under, DataDir, BIN};

fn images(dir: &std::path::Path, round: u32) -> Vec<String> {
    (0..4)
        .map(|i| {
            let seed = round * 16 + i;
            let img = image::RgbImage::from_fn(900, 700, |x, y| {
                image::Rgb([(x + seed) as u8, (y * (seed + 1)) as u8, (x ^ y) as u8])
            });
            let path = dir.join(format!("r{round}-{i}.png"));
            image::DynamicImage::ImageRgb8(img).save(&path).unwrap();
            path.display().to_string()
        })
        .collect()
}

#[test]
fn killed_imports_never_leave_the_vault_inconsistent() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    let src = dir.path().parent().unwrap().join("src");
    std::fs::create_dir_all(&src).unwrap();
    let out = dir.path().parent().unwrap().join("out");
    // Kills land on observed progress, never on a timer: a run is killed once the vault's
    // files have changed by a chosen number of steps (an import writes a temporary, then the
    // image and its thumbnail; a delete removes files), so every run cuts into real work however
    // fast or loaded the machine is. A small deterministic generator picks the step.
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next_step = |most: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        1 + usize::try_from(state % most).unwrap()
    };
    let vault_files = |data: &std::path::Path| {
        files_under(&data.join("vault/objects")).len() + files_under(&data.join("vault/tmp")).len()
    };
    let (mut interrupted, mut completed, mut stored, mut deletes_killed) = (0, 0, 0, 0);
    let mut deleted_for_good: Vec<String> = Vec::new();
    let mut listed_before: Vec<String> = Vec::new();
    for round in 0..16 {
        // Odd rounds delete half of what is there; even rounds import four new images.
        let deleting = round % 2 == 1 && listed_before.len() >= 2;
        let victims: Vec<String> = listed_before.iter().step_by(2).cloned().collect();
        let args: Vec<String> = if deleting {
            ["delete".to_string()].into_iter().chain(victims.iter().cloned()).collect()
        } else {
            ["import".to_string()].into_iter().chain(images(&src, round)).collect()
        };
        let before = vault_files(&dir.path());
        let mut child = Command::new(BIN)
            .arg("--data-dir")
            .arg(dir.path())
            .args(&args)
            .env_remove("SEED_STUDIO_DATA_DIR")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Imports: killed after 1 to 9 file changes (4 images make 8 files and 4 temporaries, so
        // some finish). Deletes: every other one is killed after its first 1 or 2 removals, the
        // rest run to the end.
        let steps = match (deleting, round % 4) {
            (true, 1) => Some(next_step(2)),
            (true, _) => None,
            (false, _) => Some(next_step(9)),
        };
        let deadline = Instant::now() + Duration::from_secs(120);
        while child.try_wait().unwrap().is_none() && Instant::now() < deadline {
            if steps.is_some_and(|n| vault_files(&dir.path()).abs_diff(before) >= n) {
                break;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        match child.try_wait().unwrap() {
            Some(status) => {
                completed += 1;
                if deleting && status.success() {
                    deleted_for_good.extend(victims.iter().cloned());
                }
            }
            None => {
                child.kill().unwrap(); // SIGKILL: no destructors, no cleanup
                child.wait().unwrap();
                interrupted += 1;
                deletes_killed += usize::from(deleting);
            }
        }

        // The next process recovers (garbage collection at open) ...
        let listed = dir.run(&["list", "--json"]).json_ok();
        let ids: Vec<String> =
            listed.as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap().into()).collect();
        // ... and the invariants hold.
        stored = ids.len();
        for gone in &deleted_for_good {
            assert!(!ids.contains(gone), "round {round}: deleted {gone} came back");
        }
        listed_before = ids.clone();
        let objects = files_under(&dir.path().join("vault/objects")).len();
        assert_eq!(
            objects,
            2 * ids.len(),
            "round {round}: each image has exactly its image and thumbnail file"
        );
        assert!(files_under(&dir.path().join("vault/tmp")).is_empty(), "round {round}: temp files left");
        if !ids.is_empty() {
            let mut args = vec!["export".to_string()];
            args.extend(ids.iter().cloned());
            args.extend(["--to".into(), out.join(round.to_string()).display().to_string(), "--json".into()]);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let written = dir.run(&args).json_ok();
            assert_eq!(written["files"], ids.len(), "round {round}: every image decrypts");
        }
    }
    eprintln!(
        "{interrupted} runs killed mid-way ({deletes_killed} deletes), {completed} completed, {} deleted for good, \
         {stored} images at the end",
        deleted_for_good.len()
    );
    assert!(interrupted > 0, "no run was actually interrupted; the test proved nothing");
    assert!(!deleted_for_good.is_empty(), "no delete completed; 'deleted stays deleted' was not checked");
}
