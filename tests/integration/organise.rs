//! The organising CLI contract (issue #15): stars, boards, the prompt library and history,
//! `again` — with what must hold: board names and prompts never on disk in plaintext, an image
//! leaves its boards when deleted, history exported and erased, an expired reference named.

use crate::generate::{photo_with_exif, result_png};
use crate::provider_server::{self, Answer};
use crate::support::{files_under, DataDir};

fn ready() -> DataDir {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    dir.run(&["consent", "grant", "openai", "--json"]).json_ok();
    dir
}

fn with_provider(dir: &DataDir, args: &[&str], base_url: &str) -> crate::support::Run {
    dir.run(args).env("OPENAI_API_KEY", "sk-test-loopback-key").env("SEED_STUDIO_OPENAI_BASE_URL", base_url)
}

fn ids(list: &serde_json::Value) -> Vec<String> {
    list.as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap().to_string()).collect()
}

#[test]
fn stars_and_boards_through_the_cli_and_never_in_plaintext() {
    let dir = ready();
    let server = provider_server::start(vec![Answer::openai_images(&[&result_png(), &result_png()])]);
    let made = with_provider(
        &dir,
        &["generate", "--provider", "openai", "--prompt", "two teapots", "--count", "2", "--json"],
        &server.base_url,
    )
    .json_ok();
    let outputs: Vec<String> =
        made["outputs"].as_array().unwrap().iter().map(|o| o.as_str().unwrap().to_string()).collect();
    let (a, b) = (outputs[0].as_str(), outputs[1].as_str());

    assert_eq!(dir.run(&["star", a, "--json"]).json_ok()["changed"], 1);
    assert_eq!(ids(&dir.run(&["list", "--starred", "--json"]).json_ok()), [a]);
    let listed = dir.run(&["list", "--json"]).json_ok();
    assert!(listed.as_array().unwrap().iter().all(|i| i["starred"].is_boolean() && i["boards"].is_array()));

    let board = "Kitchenware 9d2e";
    assert_eq!(dir.run(&["board", "create", board, "--json"]).json_ok()["count"], 0);
    dir.run(&["board", "create", "Picks", "--json"]).json_ok();
    assert_eq!(dir.run(&["board", "add", board, a, b, "--json"]).json_ok()["changed"], 2);
    dir.run(&["board", "add", "Picks", a, "--json"]).json_ok();
    let boards = dir.run(&["board", "list", "--json"]).json_ok();
    let counts: Vec<(String, u64)> = boards
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (b["name"].as_str().unwrap().to_string(), b["count"].as_u64().unwrap()))
        .collect();
    assert_eq!(counts, [(board.to_string(), 2), ("Picks".to_string(), 1)]);
    let on_a = dir.run(&["list", "--json"]).json_ok();
    let item = on_a.as_array().unwrap().iter().find(|i| i["id"] == a).unwrap();
    assert_eq!(item["boards"], serde_json::json!([board, "Picks"]));
    assert_eq!(item["starred"], true);

    let err = dir.run(&["list", "--board", "No such board", "--json"]).json_err(1);
    assert_eq!(err["code"], "invalid_input", "a mistyped board is named, not an empty list");
    dir.run(&["board", "rename", board, "Cookware 9d2e", "--json"]).json_ok();
    assert_eq!(dir.run(&["board", "remove", "Cookware 9d2e", b, "--json"]).json_ok()["changed"], 1);
    assert_eq!(ids(&dir.run(&["list", "--board", "cookware 9d2e", "--json"]).json_ok()), [a]);

    // Deleting an image takes it off its boards; deleting a board keeps its images.
    dir.run(&["delete", a, "--json"]).json_ok();
    let boards = dir.run(&["board", "list", "--json"]).json_ok();
    assert!(boards.as_array().unwrap().iter().all(|b| b["count"] == 0), "{boards}");
    dir.run(&["board", "delete", "Picks", "--json"]).json_ok();
    assert_eq!(ids(&dir.run(&["list", "--json"]).json_ok()), [b]);

    for file in files_under(&dir.path()) {
        let bytes = std::fs::read(&file).unwrap();
        for needle in [&b"9d2e"[..], b"Kitchenware", b"Cookware"] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle),
                "{} holds a board name",
                file.display()
            );
        }
    }
}

#[test]
fn the_prompt_library_and_history_are_kept_exported_and_erased() {
    let dir = ready();
    let saved =
        dir.run(&["prompts", "save", "--name", "Mug", "A {colour} mug on a desk", "--json"]).json_ok();
    assert_eq!(saved["text"], "A {colour} mug on a desk");
    dir.run(&["prompts", "save", "--name", "Poster", "A travel poster of {city}", "--json"]).json_ok();
    let found = dir.run(&["prompts", "list", "--query", "DESK", "--json"]).json_ok();
    assert_eq!(found.as_array().unwrap().len(), 1);
    assert_eq!(found[0]["name"], "Mug");
    dir.run(&["prompts", "delete", "Poster", "--json"]).json_ok();
    assert_eq!(dir.run(&["prompts", "delete", "Poster", "--json"]).json_err(1)["code"], "invalid_input");

    let server = provider_server::start(vec![Answer::openai_images(&[&result_png()])]);
    let args = ["generate", "--provider", "openai", "--prompt", "a blue mug on a desk", "--json"];
    with_provider(&dir, &args, &server.base_url).json_ok();
    let history = dir.run(&["prompts", "history", "--json"]).json_ok();
    assert_eq!(history[0]["text"], "a blue mug on a desk");
    assert!(history[0]["expires_at"].is_string());

    let to = dir.path().parent().unwrap().join("everything");
    dir.run(&["export", "--all", "--to", to.to_str().unwrap(), "--json"]).json_ok();
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(to.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["prompts"][0]["name"], "Mug");
    assert_eq!(manifest["prompt_history"][0]["text"], "a blue mug on a desk");

    // An encrypted backup carries them (and stars and boards) into a new vault.
    let output = dir.run(&["list", "--json"]).json_ok()[0]["id"].as_str().unwrap().to_string();
    dir.run(&["star", &output, "--json"]).json_ok();
    dir.run(&["board", "create", "Mugs", "--json"]).json_ok();
    dir.run(&["board", "add", "Mugs", &output, "--json"]).json_ok();
    let backup = dir.path().parent().unwrap().join("backup.age");
    let sealed = ["export", "--all", "--encrypt", "--to", backup.to_str().unwrap(), "--json"];
    dir.run(&sealed).stdin(b"a backup passphrase\n").json_ok();
    dir.run(&["erase-all", "--yes", "--json"]).json_ok();
    dir.run(&["init", "--json"]).json_ok();
    dir.run(&["restore", backup.to_str().unwrap(), "--json"]).stdin(b"a backup passphrase\n").json_ok();
    assert_eq!(dir.run(&["prompts", "list", "--json"]).json_ok()[0]["text"], "A {colour} mug on a desk");
    assert_eq!(dir.run(&["prompts", "history", "--json"]).json_ok()[0]["text"], "a blue mug on a desk");
    let restored = dir.run(&["list", "--board", "Mugs", "--starred", "--json"]).json_ok();
    assert_eq!(restored.as_array().unwrap().len(), 1, "starred and on its board again: {restored}");

    assert_eq!(dir.run(&["prompts", "history", "--clear", "--json"]).json_ok()["changed"], 1);
    assert_eq!(dir.run(&["prompts", "history", "--json"]).json_ok(), serde_json::json!([]));
    with_provider(&dir, &args, &server.base_url).output();
    dir.run(&["erase-all", "--yes", "--json"]).json_ok();
    dir.run(&["init", "--json"]).json_ok();
    assert_eq!(dir.run(&["prompts", "list", "--json"]).json_ok(), serde_json::json!([]));
    assert_eq!(dir.run(&["prompts", "history", "--json"]).json_ok(), serde_json::json!([]));
}

#[test]
fn again_sends_a_task_once_more_and_names_a_reference_retention_deleted() {
    let dir = ready();
    let server = provider_server::start(vec![
        Answer::openai_images(&[&result_png()]),
        Answer::openai_images(&[&result_png()]),
    ]);
    let args =
        ["generate", "--provider", "openai", "--prompt", "a paper crane", "--size", "1024x1024", "--json"];
    let first = with_provider(&dir, &args, &server.base_url).json_ok();
    let task = first["task_id"].as_str().unwrap();
    let again = with_provider(&dir, &["again", task, "--json"], &server.base_url).json_ok();
    assert_eq!(again["status"], "succeeded");
    assert_ne!(again["task_id"], first["task_id"], "a new task");
    assert_eq!(again["outputs"].as_array().unwrap().len(), 1);
    let received = server.received.lock().unwrap().clone();
    assert_eq!(received[0].body, received[1].body, "the same request, byte for byte");

    // An edit's original goes when its task ends: using it again is refused before anything leaves.
    let photo = photo_with_exif(&dir);
    let edit_server = provider_server::start(vec![Answer::openai_images(&[&result_png()])]);
    let edit_args = [
        "generate",
        "--provider",
        "openai",
        "--prompt",
        "make it blue",
        "--ref",
        photo.to_str().unwrap(),
        "--json",
    ];
    let edit = with_provider(&dir, &edit_args, &edit_server.base_url).json_ok();
    let err =
        with_provider(&dir, &["again", edit["task_id"].as_str().unwrap(), "--json"], &edit_server.base_url)
            .json_err(1);
    assert_eq!(err["code"], "invalid_input");
    assert!(err["message"].as_str().unwrap().contains("deleted by retention"), "{err}");
    assert_eq!(edit_server.received.lock().unwrap().len(), 1, "nothing more was sent");
}
