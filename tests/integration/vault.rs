//! Creating and opening vaults through the CLI, with the real keyring or a passphrase.

use crate::support::{text, DataDir};

fn write_passphrase(dir: &DataDir, name: &str, pass: &str) -> std::path::PathBuf {
    let path = dir.path().parent().unwrap().join(name);
    std::fs::write(&path, format!("{pass}\n")).unwrap();
    path
}

#[test]
fn without_a_vault_doctor_says_so_and_names_the_linked_sqlcipher() {
    let dir = DataDir::new();
    let report = dir.run(&["doctor", "--json"]).json_ok();
    assert_eq!(report["vault"]["initialized"], false);
    assert_eq!(report["vault"]["state"], "none");
    assert!(report["vault"]["sqlcipher_version"].as_str().unwrap().starts_with('4'), "{report:#}");
}

#[test]
fn init_with_the_keyring_creates_an_encrypted_vault_that_opens() {
    let dir = DataDir::new();
    let created = dir.run(&["init", "--json"]).json_ok();
    assert_eq!(created["key_source"], "keyring");
    assert_eq!(created["state"], "open", "{created:#}");
    let data = dir.path();
    assert!(data.join("vault.toml").is_file() && data.join("vault/objects").is_dir());
    assert!(!data.join("vault.key").exists(), "no key file when the keyring holds the key");
    let index = std::fs::read(data.join("index.db")).unwrap();
    assert!(!index.starts_with(b"SQLite format 3"), "the index is encrypted");
    // A later process finds the key in the keyring and opens the index.
    let report = dir.run(&["doctor", "--json"]).json_ok();
    assert_eq!(report["vault"]["state"], "open", "{report:#}");
    assert_eq!(report["index_exists"], true);
    let human = text(&dir.run(&["doctor"]).output().stdout);
    assert!(human.contains("vault        key in the keyring, open"), "{human}");
}

#[test]
fn init_twice_is_refused_and_changes_nothing() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    let manifest = std::fs::read(dir.path().join("vault.toml")).unwrap();
    let err = dir.run(&["init", "--json"]).json_err(1);
    assert_eq!(err["code"], "invalid_input");
    assert_eq!(std::fs::read(dir.path().join("vault.toml")).unwrap(), manifest);
    assert_eq!(dir.run(&["doctor", "--json"]).json_ok()["vault"]["state"], "open");
}

#[test]
fn a_passphrase_vault_opens_only_with_its_passphrase() {
    let dir = DataDir::new();
    let pass = "grey heron over the canal";
    let good = write_passphrase(&dir, "pass.txt", pass);
    let bad = write_passphrase(&dir, "wrong.txt", "grey heron over the canaL");
    let created = dir.run(&["init", "--json"]).flag("--passphrase-file", &good).json_ok();
    assert_eq!(created["key_source"], "passphrase");
    assert_eq!(created["state"], "open", "{created:#}");
    let sealed = std::fs::read(dir.path().join("vault.key")).unwrap();
    assert_eq!(sealed.len(), 105);
    assert!(!sealed.windows(5).any(|w| w == b"heron"));

    let locked = dir.run(&["doctor", "--json"]).json_ok();
    assert_eq!(locked["vault"]["state"], "locked");
    let open = dir.run(&["doctor", "--json"]).env("SEED_STUDIO_PASSPHRASE_FILE", &good).json_ok();
    assert_eq!(open["vault"]["state"], "open", "{open:#}");
    let wrong = dir.run(&["doctor", "--json"]).flag("--passphrase-file", &bad).json_ok();
    assert_eq!(wrong["vault"]["state"], "locked");
    assert!(wrong["vault"]["detail"].as_str().unwrap().contains("passphrase is wrong"), "{wrong:#}");
}

#[test]
fn a_short_passphrase_is_refused_and_no_vault_is_left_behind() {
    let dir = DataDir::new();
    let short = write_passphrase(&dir, "short.txt", "hunter2");
    let err = dir.run(&["init", "--json"]).flag("--passphrase-file", &short).json_err(1);
    assert_eq!(err["code"], "invalid_input");
    assert!(!dir.path().join("vault.toml").exists() && !dir.path().join("vault.key").exists());
}

#[test]
fn without_a_keyring_init_fails_instead_of_storing_the_key_elsewhere() {
    let dir = DataDir::new();
    let err = dir
        .run(&["init", "--json"])
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .json_err(1);
    assert_eq!(err["code"], "keyring_unavailable");
    for leftover in ["vault.toml", "vault.key", "index.db"] {
        assert!(!dir.path().join(leftover).exists(), "{leftover} written despite the failure");
    }
}

#[test]
fn a_deleted_index_is_reported_not_silently_recreated() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    std::fs::remove_file(dir.path().join("index.db")).unwrap();
    let report = dir.run(&["doctor", "--json"]).json_ok();
    assert_eq!(report["vault"]["state"], "error");
    assert_eq!(report["vault"]["detail"], "the index file is missing");
    assert!(!dir.path().join("index.db").exists(), "doctor must not create an empty index");
}

#[test]
fn a_failed_init_leaves_nothing_that_blocks_a_retry() {
    let dir = DataDir::new();
    // A file where the object folder should be makes init fail after the key and index exist.
    std::fs::create_dir_all(dir.path()).unwrap();
    std::fs::write(dir.path().join("vault"), b"in the way").unwrap();
    let err = dir.run(&["init", "--json"]).json_err(1);
    assert_eq!(err["code"], "data_dir", "{err}");
    for leftover in ["vault.toml", "vault.key", "index.db"] {
        assert!(!dir.path().join(leftover).exists(), "{leftover} left by a failed init");
    }
    std::fs::remove_file(dir.path().join("vault")).unwrap();
    assert_eq!(dir.run(&["init", "--json"]).json_ok()["state"], "open");
}

fn keyring_has(name: &str) -> bool {
    keyring::Entry::new("studio.seed.desktop", name).unwrap().get_password().is_ok()
}

#[test]
fn rotating_the_master_key_keeps_every_image_and_destroys_the_old_key() {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    let src = dir.path().parent().unwrap().join("photo.png");
    image::RgbImage::from_pixel(64, 48, image::Rgb([10, 200, 30])).save(&src).unwrap();
    let id = dir.run(&["import", src.to_str().unwrap(), "--json"]).json_ok()[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let manifest = std::fs::read_to_string(dir.path().join("vault.toml")).unwrap();
    let vault_id =
        manifest.lines().find_map(|l| l.strip_prefix("vault_id = ")).unwrap().trim_matches('"').to_string();
    assert!(keyring_has(&format!("master-key:{vault_id}")));
    let index_before = std::fs::read(dir.path().join("index.db")).unwrap();

    let report = dir.run(&["rotate-key", "--json"]).json_ok();
    assert_eq!(report["state"], "open", "{report:#}");
    assert!(!keyring_has(&format!("master-key:{vault_id}")), "the old key is gone from the keyring");
    assert!(keyring_has(&format!("master-key:{vault_id}:v2")));
    assert_ne!(
        std::fs::read(dir.path().join("index.db")).unwrap(),
        index_before,
        "the index was re-encrypted"
    );

    // Everything still opens: the same image comes back byte for byte, and duplicates are still found.
    let out = dir.path().parent().unwrap().join("out");
    let written = dir.run(&["export", &id, "--to", out.to_str().unwrap(), "--json"]).json_ok();
    assert_eq!(
        std::fs::read(written["written"][0]["path"].as_str().unwrap()).unwrap(),
        std::fs::read(&src).unwrap()
    );
    let again = dir.run(&["import", src.to_str().unwrap(), "--json"]).json_ok();
    assert_eq!(again[0]["duplicate"], true, "the duplicate-detection key survived the rotation");
}

#[test]
fn a_passphrase_vault_cannot_rotate_through_the_keyring() {
    let dir = DataDir::new();
    let pass = write_passphrase(&dir, "pass.txt", "grey heron over the canal");
    dir.run(&["init", "--json"]).flag("--passphrase-file", &pass).json_ok();
    let err = dir.run(&["rotate-key", "--json"]).flag("--passphrase-file", &pass).json_err(1);
    assert_eq!(err["code"], "invalid_input");
}
