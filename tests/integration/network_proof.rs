//! The network proof (issue #16, point 4), through the real binary under `strace -f` (every
//! thread and child): the local verbs — import, gallery, search, organising, ID photos, export,
//! an encrypted backup and its restore, key rotation, retention, erase — never open an internet
//! socket, and a generation connects to its provider's address and nowhere else. (The
//! window, webview included: `e2e::network_proof`; the page's own policy:
//! `e2e::security::the_webview_cannot_reach_the_network`.)

use std::io::Write;
use std::process::{Command, Stdio};

use crate::provider_server::{self, Answer};
use crate::support::DataDir;

const ASTRONAUT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/idphoto/astronaut.png");

/// Run `seed-studio ARGS` on `dir` under strace; its JSON answer and the trace of its sockets.
fn traced(dir: &DataDir, args: &[&str], env: &[(&str, &str)], stdin: &[u8]) -> (serde_json::Value, String) {
    let trace = dir.path().parent().unwrap().join("trace.txt");
    let mut cmd = Command::new("strace");
    cmd.args(["-f", "-e", "trace=socket,connect", "-o", trace.to_str().unwrap()])
        .arg(env!("CARGO_BIN_EXE_seed-studio"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(args)
        .env_remove("SEED_STUDIO_DATA_DIR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("strace (installed by .ci/setup)");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    let json = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (json, std::fs::read_to_string(&trace).unwrap())
}

fn assert_offline(verb: &str, log: &str) {
    for family in ["AF_INET,", "AF_INET6,", "AF_PACKET", "AF_NETLINK"] {
        assert!(!log.contains(family), "{verb} opened an {family} socket:\n{log}");
    }
}

#[test]
fn local_verbs_never_open_an_internet_socket_and_a_generation_talks_to_its_provider_only() {
    let dir = DataDir::new();
    let base = dir.path();
    let out = base.parent().unwrap();
    let photo = out.join("photo.png");
    image::RgbImage::from_fn(640, 480, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 80]))
        .save(&photo)
        .unwrap();
    let photo = photo.to_str().unwrap();
    let exported = out.join("exported");
    let backup = out.join("backup.age");
    let (exported, backup) = (exported.to_str().unwrap(), backup.to_str().unwrap());
    let passphrase = b"a long backup passphrase";

    let (_, log) = traced(&dir, &["init", "--json"], &[], b"");
    assert!(log.contains("socket("), "the trace sees sockets (the keyring's local one), so it works");
    assert_offline("init", &log);
    let (imported, log) = traced(&dir, &["import", photo, "--json"], &[], b"");
    assert_offline("import", &log);
    let id = imported[0]["id"].as_str().unwrap().to_string();
    let steps: Vec<(&str, Vec<&str>, &[u8])> = vec![
        ("gallery", vec!["list", "--json"], b""),
        ("search", vec!["list", "--query", "photo", "--json"], b""),
        ("star", vec!["star", &id, "--json"], b""),
        ("boards", vec!["board", "create", "Holiday", "--json"], b""),
        ("ID photo", vec!["idphoto", ASTRONAUT, "--spec", "us-passport", "--json"], b""),
        ("export", vec!["export", &id, "--to", exported, "--json"], b""),
        ("backup", vec!["export", "--all", "--encrypt", "--to", backup, "--json"], passphrase),
        ("restore", vec!["restore", backup, "--json"], passphrase),
        ("key rotation", vec!["rotate-key", "--json"], b""),
        ("retention", vec!["purge", "--now", "2030-01-01T00:00:00Z", "--json"], b""),
        ("ledger", vec!["ledger", "--json"], b""),
    ];
    for (verb, args, stdin) in &steps {
        let (_, log) = traced(&dir, args, &[], stdin);
        assert_offline(verb, &log);
    }

    // A generation: every internet connection goes to the provider's address.
    let mut png = Vec::new();
    image::RgbImage::from_pixel(32, 32, image::Rgb([1, 2, 3]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let server = provider_server::start(vec![Answer::image(&png)]);
    let port = server.base_url.rsplit(':').next().unwrap().to_string();
    traced(&dir, &["consent", "grant", "gemini", "--json"], &[], b"");
    let env =
        [("GEMINI_API_KEY", "AIza-loopback"), ("SEED_STUDIO_GEMINI_BASE_URL", server.base_url.as_str())];
    let (made, log) =
        traced(&dir, &["generate", "--provider", "gemini", "--prompt", "a kite", "--json"], &env, b"");
    assert_eq!(made["status"], "succeeded", "{made}");
    let connects: Vec<&str> =
        log.lines().filter(|l| l.contains("connect(") && l.contains("AF_INET")).collect();
    assert!(!connects.is_empty(), "the generation's connection is in the trace:\n{log}");
    for line in connects {
        assert!(
            line.contains(&format!("sin_port=htons({port})")) && line.contains("inet_addr(\"127.0.0.1\")"),
            "a connection to somewhere else than the provider: {line}"
        );
    }

    // Erasing, on a vault of its own sealed by a passphrase without a keyring: erase-all also
    // deletes the keyring's API keys, which other tests running beside this one use.
    let sealed = DataDir::new();
    let pass = sealed.path().parent().unwrap().join("pass.txt");
    std::fs::write(&pass, "a passphrase for the erase").unwrap();
    let pass = pass.to_str().unwrap();
    let no_bus = [("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")];
    traced(&sealed, &["init", "--passphrase-file", pass, "--json"], &no_bus, b"");
    traced(&sealed, &["import", photo, "--passphrase-file", pass, "--json"], &no_bus, b"");
    let (erased, log) =
        traced(&sealed, &["erase-all", "--yes", "--passphrase-file", pass, "--json"], &no_bus, b"");
    assert!(erased["files"].as_u64().unwrap() > 0, "{erased}");
    assert_offline("erase-all", &log);
}
