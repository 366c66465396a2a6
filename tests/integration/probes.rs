//! What the outside probes found (issue #20), each through the real binary: API keys without a
//! keyring, exports into folders, provider echoes of secrets, refused requests storing nothing,
//! commands taking turns on one data folder, and the README's verbs all present.

use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::generate::{photo_with_exif, result_png};
use crate::provider_server::{self, Answer};
use crate::support::{text, DataDir, Run, BIN};

pub(crate) const NO_BUS: &str = "unix:path=/nonexistent/bus";
const PASS: &str = "grey heron over the canal";

/// A passphrase vault on a desktop whose keyring cannot be reached, with consent for Gemini.
pub(crate) fn keyringless_vault() -> (DataDir, std::path::PathBuf) {
    let dir = DataDir::new();
    let pass = dir.path().parent().unwrap().join("pass.txt");
    std::fs::write(&pass, PASS).unwrap();
    let no_keyring = |args: &[&str]| {
        dir.run(args).flag("--passphrase-file", &pass).env("DBUS_SESSION_BUS_ADDRESS", NO_BUS)
    };
    no_keyring(&["init", "--json"]).json_ok();
    no_keyring(&["consent", "grant", "gemini", "--json"]).json_ok();
    (dir, pass)
}

fn run_without_keyring(dir: &DataDir, pass: &std::path::Path, args: &[&str]) -> Run {
    dir.run(args).flag("--passphrase-file", pass).env("DBUS_SESSION_BUS_ADDRESS", NO_BUS).env_remove_key()
}

trait EnvRemove {
    fn env_remove_key(self) -> Self;
}
impl EnvRemove for Run {
    /// The developer's own keys must not leak into these tests.
    fn env_remove_key(self) -> Self {
        self.env("GEMINI_API_KEY", "")
    }
}

#[test]
fn without_a_keyring_the_environment_key_is_used_and_a_missing_one_names_every_place() {
    let (dir, pass) = keyringless_vault();
    let server = provider_server::start(vec![Answer::image(&result_png())]);
    let args = ["generate", "--provider", "gemini", "--prompt", "a lighthouse at dawn", "--json"];
    let missing = run_without_keyring(&dir, &pass, &args)
        .env("SEED_STUDIO_GEMINI_BASE_URL", &server.base_url)
        .json_err(1);
    assert_eq!(missing["code"], "missing_api_key", "{missing}");
    let message = missing["message"].as_str().unwrap();
    assert!(
        message.contains("not reachable") && message.contains("vault") && message.contains("GEMINI_API_KEY"),
        "{message}"
    );
    assert!(server.received.lock().unwrap().is_empty());

    let made = run_without_keyring(&dir, &pass, &args)
        .env("GEMINI_API_KEY", "AIza-from-the-environment")
        .env("SEED_STUDIO_GEMINI_BASE_URL", &server.base_url)
        .json_ok();
    assert_eq!(made["status"], "succeeded", "{made}");
    let received = server.received.lock().unwrap();
    assert_eq!(received[0].header("x-goog-api-key"), Some("AIza-from-the-environment"));
}

#[test]
fn without_a_keyring_a_key_is_sealed_in_the_passphrase_vault_and_erase_all_removes_it() {
    let (dir, pass) = keyringless_vault();
    let key = "AIza-sealed-in-the-vault-0001";
    let stored = run_without_keyring(&dir, &pass, &["keys", "set", "gemini", "--json"])
        .stdin(key.as_bytes())
        .json_ok();
    assert_eq!(stored["location"], "vault", "{stored}");
    let listed = run_without_keyring(&dir, &pass, &["keys", "list", "--json"]).json_ok();
    assert_eq!(listed[0]["provider"], "gemini");
    assert_eq!(listed[0]["location"], "vault", "{listed}");
    // Never in plaintext on disk: not in any file of the data folder.
    for file in crate::support::files_under(&dir.path()) {
        let bytes = std::fs::read(&file).unwrap();
        assert!(!bytes.windows(key.len()).any(|w| w == key.as_bytes()), "key in {}", file.display());
    }
    let server = provider_server::start(vec![Answer::image(&result_png())]);
    let made = run_without_keyring(
        &dir,
        &pass,
        &["generate", "--provider", "gemini", "--prompt", "a heron", "--json"],
    )
    .env("SEED_STUDIO_GEMINI_BASE_URL", &server.base_url)
    .json_ok();
    assert_eq!(made["status"], "succeeded");
    assert_eq!(server.received.lock().unwrap()[0].header("x-goog-api-key"), Some(key));
    // The right to erase works without a keyring, for a passphrase vault.
    let erased = run_without_keyring(&dir, &pass, &["erase-all", "--yes", "--json"]).json_ok();
    assert!(erased["files"].as_u64().unwrap() > 0, "{erased}");
    assert!(!dir.path().join("index.db").exists() && !dir.path().join("vault.toml").exists());
}

#[test]
fn a_refused_generation_imports_nothing() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    let photo = photo_with_exif(&dir);
    let refused = |extra: &[&str]| {
        let mut args = vec!["generate", "--provider", "gemini", "--ref", photo.to_str().unwrap(), "--json"];
        args.extend_from_slice(extra);
        dir.run(&args).env("GEMINI_API_KEY", "AIza-x").json_err(1)
    };
    assert_eq!(refused(&["--prompt", "  "])["code"], "invalid_input");
    assert_eq!(refused(&["--prompt", "a heron"])["code"], "consent_required");
    assert_eq!(dir.run(&["list", "--json"]).json_ok(), serde_json::json!([]), "no --ref was stored");
}

#[test]
fn exports_go_into_a_new_or_empty_folder_and_never_overwrite() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    let photo = photo_with_exif(&dir);
    dir.run(&["import", photo.to_str().unwrap(), "--json"]).json_ok();
    // `mkdir out && seed-studio export --all --to out`, as scripts do.
    let out = dir.path().parent().unwrap().join("out");
    std::fs::create_dir(&out).unwrap();
    let report = dir.run(&["export", "--all", "--to", out.to_str().unwrap(), "--json"]).json_ok();
    assert_eq!(report["path"], out.display().to_string());
    assert!(out.join("manifest.json").is_file());
    // Now `out` has files: refused, and nothing in it changes.
    let before = std::fs::read(out.join("manifest.json")).unwrap();
    let err = dir.run(&["export", "--all", "--to", out.to_str().unwrap(), "--json"]).json_err(1);
    assert!(err["message"].as_str().unwrap().contains("exists already"), "{err}");
    assert_eq!(std::fs::read(out.join("manifest.json")).unwrap(), before);
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 2, "images/ and manifest.json only");
    // A file is never replaced.
    let taken = dir.path().parent().unwrap().join("taken.zip");
    std::fs::write(&taken, b"mine").unwrap();
    let err = dir.run(&["export", "--all", "--zip", "--to", taken.to_str().unwrap(), "--json"]).json_err(1);
    assert_eq!(err["code"], "invalid_input");
    assert_eq!(std::fs::read(&taken).unwrap(), b"mine");
}

#[test]
fn a_provider_that_echoes_the_key_and_the_prompt_has_both_redacted() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    dir.run(&["consent", "grant", "openai", "--json"]).json_ok();
    let key = "sk-proj-EchoedKey1234567890abcdef";
    let prompt = "my neighbour Alice Martin in her garden at 4 Rue des Lilas";
    let server = provider_server::start(vec![Answer::error(
        400,
        "invalid_request",
        &format!("Bad prompt '{prompt}' for key {key}"),
    )]);
    let err = dir
        .run(&["generate", "--provider", "openai", "--prompt", prompt, "--json"])
        .env("OPENAI_API_KEY", key)
        .env("SEED_STUDIO_OPENAI_BASE_URL", format!("{}/v1", server.base_url))
        .json_err(1);
    let shown = err.to_string();
    assert_eq!(err["code"], "provider_error", "{shown}");
    assert!(!shown.contains("EchoedKey") && !shown.contains("Alice"), "{shown}");
    // The task keeps its own prompt, of course; the reason it failed carries neither.
    let tasks = dir.run(&["tasks", "--json"]).json_ok();
    let reason = tasks[0]["reason"].as_str().unwrap();
    assert!(!reason.contains("EchoedKey") && !reason.contains("Alice"), "{reason}");
    assert!(reason.contains("[API key]") && reason.contains("[prompt]"), "{reason}");
    // The `/v1` form of the base URL reached the API's path once, not `/v1/v1`.
    let received = server.received.lock().unwrap();
    assert!(
        received[0].request_line.starts_with("POST /v1/images/generations "),
        "{}",
        received[0].request_line
    );
}

#[test]
fn a_second_command_waits_for_the_first_and_refuses_at_once_while_the_window_has_the_folder() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    // Another command holds the data folder (this test process plays it).
    let lock = std::fs::OpenOptions::new().write(true).open(dir.path().join("instance.lock")).unwrap();
    lock.try_lock().unwrap();
    let mut waiting = std::process::Command::new(BIN)
        .args(["--data-dir", dir.path().to_str().unwrap(), "list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait for it to say it waits (observed, not timed: a slow machine only takes longer).
    let stderr = waiting.stderr.take().unwrap();
    let (said, heard) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::io::BufRead;
        for line in std::io::BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = said.send(line);
        }
    });
    let line = heard.recv_timeout(Duration::from_secs(60)).expect("it says it waits");
    assert!(line.contains("waiting for another seed-studio command"), "{line}");
    std::thread::sleep(Duration::from_millis(300));
    assert!(waiting.try_wait().unwrap().is_none(), "it waits while the folder is taken");
    lock.unlock().unwrap();
    let out = waiting.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("no images"), "{}", text(&out.stdout));

    // The window has it: refused at once, before anything is done.
    lock.try_lock().unwrap();
    std::fs::write(dir.path().join("instance.owner"), "window").unwrap();
    let started = Instant::now();
    let photo = photo_with_exif(&dir);
    let err = dir.run(&["import", photo.to_str().unwrap(), "--json"]).json_err(1);
    assert_eq!(err["code"], "already_running", "{err}");
    assert!(started.elapsed() < Duration::from_secs(10));
    drop(lock);
    assert_eq!(dir.run(&["list", "--json"]).json_ok(), serde_json::json!([]), "nothing was imported");
}

#[test]
fn every_verb_and_flag_the_readme_documents_is_in_help() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let usage = readme
        .split("## Using it")
        .nth(1)
        .unwrap()
        .split("```sh")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    let mut checked = 0;
    for line in usage.lines().filter(|l| l.starts_with("seed-studio ")) {
        let words: Vec<&str> = line.split('#').next().unwrap().split_whitespace().skip(1).collect();
        // The verb and its sub-verb are the leading plain words (`keys set`, `consent grant|withdraw`).
        let verbs: Vec<&str> = words
            .iter()
            .take_while(|w| {
                !w.starts_with('-') && w.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c == '|')
            })
            .copied()
            .collect();
        let Some(verb) = verbs.first() else { continue };
        let mut help_args: Vec<&str> = vec![verb];
        if let Some(sub) = verbs.get(1) {
            help_args.push(sub.split('|').next().unwrap());
        }
        help_args.push("--help");
        let out = Run::new(&help_args).output();
        let help = text(&out.stdout);
        assert!(
            out.status.success(),
            "`seed-studio {}` is documented but not a verb: {}",
            help_args.join(" "),
            text(&out.stderr)
        );
        for flag in
            words.iter().flat_map(|w| w.split(['[', ']', '(', ')', '|', '.'])).filter(|w| w.starts_with("--"))
        {
            let flag = flag.split('=').next().unwrap();
            let global = ["--json", "--data-dir", "--passphrase-file", "--help", "--version", "--in-tray"]
                .contains(&flag);
            assert!(
                global || help.contains(flag),
                "README documents `{flag}` for `{}`, --help does not:\n{help}",
                help_args.join(" ")
            );
        }
        checked += 1;
    }
    assert!(checked >= 20, "the README's usage block was found ({checked} verbs)");
}

/// A PNG of noise (incompressible), `side` pixels square: large enough to span many of age's
/// 64 KiB chunks.
fn noise_png(path: &std::path::Path, side: u32, seed: u32) {
    let mut state = seed.wrapping_mul(2_654_435_761).max(1);
    let img = image::RgbImage::from_fn(side, side, |_, _| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let [a, b, c, _] = state.to_le_bytes();
        image::Rgb([a, b, c])
    });
    img.save(path).unwrap();
}

#[test]
fn a_backup_damaged_in_the_middle_restores_nothing_and_says_it_is_damaged() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    for n in 0..2 {
        let photo = dir.path().parent().unwrap().join(format!("noise-{n}.png"));
        noise_png(&photo, 400, n + 1);
        dir.run(&["import", photo.to_str().unwrap(), "--json"]).json_ok();
    }
    let backup = dir.path().parent().unwrap().join("backup.age");
    dir.run(&["export", "--all", "--encrypt", "--to", backup.to_str().unwrap(), "--json"])
        .stdin(b"a backup passphrase\n")
        .json_ok();
    let mut sealed = std::fs::read(&backup).unwrap();
    // Inside the second image (images are stored in order, then the manifest): the first image
    // reads and checks fine, then the damage is met.
    let at = sealed.len() * 3 / 4;
    sealed[at] ^= 0x01;
    std::fs::write(&backup, &sealed).unwrap();

    dir.run(&["erase-all", "--yes", "--json"]).json_ok();
    dir.run(&["init", "--json"]).json_ok();
    let refused =
        dir.run(&["restore", backup.to_str().unwrap(), "--json"]).stdin(b"a backup passphrase\n").json_err(1);
    assert_eq!(refused["code"], "integrity_error", "{refused}");
    assert_eq!(dir.run(&["list", "--json"]).json_ok(), serde_json::json!([]), "nothing of it was stored");
    assert_eq!(dir.run(&["tasks", "--json"]).json_ok(), serde_json::json!([]));
}

/// A small filesystem of the test's own, unmounted on drop.
struct SmallDisk(tempfile::TempDir);

impl SmallDisk {
    /// A `size` tmpfs; mounting needs root, which CI is (`.ci/run` runs as root).
    fn mount(size: &str) -> SmallDisk {
        let dir = tempfile::tempdir().unwrap();
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "mounting a small tmpfs needs root (CI runs as root); run this test as root");
        SmallDisk(dir)
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(self.0.path()).status();
    }
}

#[test]
fn on_a_full_disk_deleting_and_purging_still_work() {
    let disk = SmallDisk::mount("24m");
    let data = disk.0.path().join("data");
    let run = |args: &[&str]| Run::new(&[&["--data-dir", data.to_str().unwrap()], args].concat());
    run(&["init", "--json"]).json_ok();
    let photos = tempfile::tempdir().unwrap();
    let mut ids = Vec::new();
    for n in 0..3 {
        let photo = photos.path().join(format!("noise-{n}.png"));
        noise_png(&photo, 300, n + 7);
        let imported = run(&["import", photo.to_str().unwrap(), "--json"]).json_ok();
        ids.push(imported[0]["id"].as_str().unwrap().to_string());
    }
    assert!(data.join("vault/space.reserve").is_file(), "room is kept in reserve");
    // Fill the disk to the last byte.
    let mut filler = std::fs::File::create(disk.0.path().join("filler")).unwrap();
    let block = vec![0x5au8; 64 << 10];
    while std::io::Write::write_all(&mut filler, &block).is_ok() {}
    let _ = std::io::Write::write_all(&mut filler, &[1]);
    drop(filler);
    assert!(std::fs::write(disk.0.path().join("probe"), vec![0u8; 64 << 10]).is_err(), "the disk is full");

    // Deleting frees space; it must not need any first.
    let deleted = run(&["delete", &ids[0], "--json"]).json_ok();
    assert_eq!(deleted["deleted"], 2, "the image and its thumbnail: {deleted}");
    // Retention catches up on the same full disk.
    let purged = run(&["purge", "--now", "2099-01-01T00:00:00Z", "--json"]).json_ok();
    assert_eq!(purged["deleted"]["originals"], 2, "{purged}");
    assert_eq!(run(&["list", "--json"]).json_ok(), serde_json::json!([]));
}

#[test]
fn commands_interleaved_with_kills_and_key_rotation_never_lose_an_image() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    let src = dir.path().parent().unwrap().join("src");
    std::fs::create_dir_all(&src).unwrap();
    let mut sources = Vec::new();
    for n in 0..6 {
        let photo = src.join(format!("p{n}.png"));
        noise_png(&photo, 240, 100 + n);
        sources.push(photo);
    }
    let spawn = |args: &[&str]| {
        std::process::Command::new(BIN)
            .arg("--data-dir")
            .arg(dir.path())
            .args(args)
            .env_remove("SEED_STUDIO_DATA_DIR")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    let paths = |range: std::ops::Range<usize>| -> Vec<String> {
        sources[range].iter().map(|p| p.to_str().unwrap().to_string()).collect()
    };
    // A first import deleting its sources, killed once it has written something; beside it a
    // second import, a key rotation and a purge, all started at once.
    let first: Vec<String> =
        ["import", "--delete-source"].iter().map(|s| s.to_string()).chain(paths(0..3)).collect();
    let mut killed = spawn(&first.iter().map(String::as_str).collect::<Vec<_>>());
    let second: Vec<String> =
        ["import", "--delete-source"].iter().map(|s| s.to_string()).chain(paths(3..6)).collect();
    let mut others = vec![
        spawn(&second.iter().map(String::as_str).collect::<Vec<_>>()),
        spawn(&["rotate-key"]),
        spawn(&["purge"]),
    ];
    let objects = dir.path().join("vault/objects");
    let deadline = Instant::now() + Duration::from_secs(60);
    while crate::support::files_under(&objects).is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(1));
    }
    let _ = killed.kill();
    killed.wait().unwrap();
    for child in &mut others {
        child.wait().unwrap();
    }
    // Every source is either still where it was, or in the vault and readable (an export
    // decrypts every image); nothing is lost between the two.
    let listed = dir.run(&["list", "--json"]).json_ok();
    let names: Vec<String> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["file_name"].as_str().unwrap_or("").to_string())
        .collect();
    for source in &sources {
        let name = source.file_name().unwrap().to_str().unwrap();
        assert!(source.exists() || names.iter().any(|n| n == name), "{name} is neither kept nor imported");
    }
    if !names.is_empty() {
        let out = dir.path().parent().unwrap().join("check");
        let written = dir.run(&["export", "--all", "--to", out.to_str().unwrap(), "--json"]).json_ok();
        assert_eq!(written["files"], names.len(), "every listed image decrypts");
    }
    assert!(dir.run(&["doctor", "--json"]).json_ok()["vault"]["state"] == "open");
}
