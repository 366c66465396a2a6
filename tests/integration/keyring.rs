//! These run against the real OS keyring. Each test uses its own provider so parallel tests
//! never touch the same entry.

use crate::support::{files_under, marker, text, DataDir};

#[test]
fn a_key_set_from_stdin_is_listed_as_stored_and_deleted_again() {
    let dir = DataDir::new();
    let key = marker("AIzaTEST");
    let stored =
        dir.run(&["keys", "set", "gemini", "--json"]).stdin(format!("  {key}\n").as_bytes()).json_ok();
    assert_eq!(stored, serde_json::json!({ "provider": "gemini", "stored": true, "location": "keyring" }));

    let list = dir.run(&["keys", "list", "--json"]).json_ok();
    let gemini = list.as_array().unwrap().iter().find(|k| k["provider"] == "gemini").unwrap();
    assert_eq!(gemini["stored"], true);
    assert!(!list.to_string().contains(&key), "keys are never returned");

    // The key lives only in the keyring: no file under the data dir holds it.
    for file in files_under(&dir.path()) {
        assert!(!std::fs::read(&file).unwrap().windows(key.len()).any(|w| w == key.as_bytes()), "{file:?}");
    }

    let deleted = dir.run(&["keys", "delete", "gemini", "--json"]).json_ok();
    assert_eq!(deleted["deleted"], true);
    let again = dir.run(&["keys", "delete", "gemini", "--json"]).json_ok();
    assert_eq!(again["deleted"], false);
    let list = dir.run(&["keys", "list", "--json"]).json_ok();
    assert!(list.as_array().unwrap().iter().all(|k| k["provider"] != "gemini" || k["stored"] == false));
}

#[test]
fn an_empty_or_multiline_key_is_refused_and_nothing_is_stored() {
    let dir = DataDir::new();
    let err = dir.run(&["keys", "set", "seedream", "--json"]).stdin(b"   \n").json_err(1);
    assert_eq!(err["code"], "invalid_input");
    let err = dir.run(&["keys", "set", "seedream", "--json"]).stdin(b"sk-alpha\nsk-bravo\n").json_err(1);
    assert_eq!(err["code"], "invalid_input");
    assert!(!err["message"].as_str().unwrap().contains("sk-"), "the input is not echoed: {err}");
    let list = dir.run(&["keys", "list", "--json"]).json_ok();
    let seedream = list.as_array().unwrap().iter().find(|k| k["provider"] == "seedream").unwrap();
    assert_eq!(seedream["stored"], false);
}

#[test]
fn without_a_secret_service_the_keyring_error_is_clear() {
    let dir = DataDir::new();
    // A session bus address that does not exist: the keyring cannot be reached. Listing still
    // answers (a key may come from the environment); storing one, with no vault to seal it
    // in, says why it cannot.
    let no_bus = |args: &[&str]| dir.run(args).env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    let listed = no_bus(&["keys", "list", "--json"]).env("ARK_API_KEY", "").json_ok();
    assert!(
        listed.as_array().unwrap().iter().all(|k| k["location"].is_null() || k["location"] == "environment"),
        "{listed}"
    );
    let out = no_bus(&["keys", "set", "seedream", "--json"]).stdin(b"ark-key-0001").output();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let err: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(err["code"], "keyring_unavailable");
    let message = err["message"].as_str().unwrap();
    assert!(message.starts_with("the system keyring is not available"), "{err}");
    assert!(!message.contains('/'), "no paths in messages: {message}");

    let report = dir
        .run(&["doctor", "--json"])
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .json_ok();
    assert_eq!(report["keyring"]["reachable"], false);
    assert!(!report["keyring"]["detail"].as_str().unwrap().contains('/'), "{report:#}");
}
