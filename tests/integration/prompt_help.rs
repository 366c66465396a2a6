//! Prompt help through the real binary against loopback servers speaking Gemini's
//! `generateContent` and OpenAI's Responses: `improve` sends the user's text and no image,
//! `describe` exactly one minimized image; both only with consent and never offline; the
//! ledger records the text's length and SHA-256 but never the text; bad answers are clear
//! `provider_error`s that do not repeat what was sent.

use base64::Engine;
use sha2::{Digest, Sha256};

use crate::generate::photo_with_exif;
use crate::provider_server::{self, Answer, Received};
use crate::support::{files_under, marker, text, DataDir};

const KEY: &str = "sk-test-prompt-help-loopback-key-0123456789";

fn ready(providers: &[&str]) -> DataDir {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    for p in providers {
        dir.run(&["consent", "grant", p, "--json"]).json_ok();
    }
    dir
}

/// `seed-studio prompt ARGS... --provider PROVIDER` with the key and base URL for `provider`.
fn prompt(dir: &DataDir, provider: &str, base_url: &str, args: &[&str]) -> crate::support::Run {
    let (key_env, url_env) = match provider {
        "openai" => ("OPENAI_API_KEY", "SEED_STUDIO_OPENAI_BASE_URL"),
        "seedream" => ("ARK_API_KEY", "SEED_STUDIO_SEEDREAM_BASE_URL"),
        _ => ("GEMINI_API_KEY", "SEED_STUDIO_GEMINI_BASE_URL"),
    };
    let mut all = vec!["prompt"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--provider", provider]);
    dir.run(&all).env(key_env, KEY).env(url_env, base_url)
}

fn body(received: &Received) -> serde_json::Value {
    serde_json::from_slice(&received.body).unwrap()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// The ledger as printed, its raw text and entries.
fn ledger(dir: &DataDir) -> (String, Vec<serde_json::Value>) {
    let out = dir.run(&["ledger", "--json"]).output();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let raw = text(&out.stdout);
    let entries = serde_json::from_str::<serde_json::Value>(&raw).unwrap().as_array().unwrap().clone();
    (raw, entries)
}

#[test]
fn improve_with_gemini_sends_only_the_text_and_the_ledger_keeps_its_length_and_hash() {
    let dir = ready(&["gemini"]);
    // Not ASCII: characters are counted as characters, and the hash covers the UTF-8 bytes.
    let idea = format!("ein Fuchs im Schnee, Morgenröte — {}", marker("idea"));
    let suggested = "Ein roter Fuchs steht im frischen Schnee, goldenes Morgenlicht, Weitwinkel.";
    let server = provider_server::start(vec![
        Answer::gemini_text(&format!("```\n\"{suggested}\"\n```")),
        Answer::gemini_text(suggested),
    ]);

    let answer = prompt(&dir, "gemini", &server.base_url, &["improve", &idea, "--json"]).json_ok();
    assert_eq!(answer, serde_json::json!({ "prompt": suggested }), "tidied: no fence, no quotes");
    // For people: the prompt alone on stdout, ready for `generate --prompt "$(…)"`.
    let out = prompt(&dir, "gemini", &server.base_url, &["improve", &idea]).output();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), format!("{suggested}\n"));

    let received = server.received.lock().unwrap().clone();
    assert_eq!(received.len(), 2);
    let sent = &received[0];
    assert_eq!(sent.request_line, "POST /v1beta/models/gemini-3.6-flash:generateContent HTTP/1.1");
    assert_eq!(sent.header("x-goog-api-key"), Some(KEY));
    assert!(!sent.request_line.contains(KEY) && !contains(&sent.body, KEY), "the key only in its header");
    let body = body(sent);
    assert_eq!(body["contents"], serde_json::json!([{ "role": "user", "parts": [{ "text": idea }] }]));
    assert!(body["systemInstruction"]["parts"][0]["text"].as_str().unwrap().contains("image-generation"));
    assert!(!contains(&sent.body, "inline_data") && !contains(&sent.body, "inlineData"), "no image");

    let (raw, entries) = ledger(&dir);
    assert_eq!(entries.len(), 2);
    let entry = &entries[0];
    assert_eq!(entry["provider"], "gemini");
    assert_eq!(entry["host"], "127.0.0.1");
    assert_eq!(entry["task_id"], serde_json::Value::Null, "prompt help serves no task");
    assert_eq!(entry["status"], 200);
    assert_eq!(entry["parts"], serde_json::json!([]));
    assert_eq!(entry["prompt_chars"], idea.chars().count());
    assert_eq!(entry["prompt_sha256"], hex::encode(Sha256::digest(idea.as_bytes())));
    assert!(!raw.contains(&idea) && !raw.contains("Fuchs"), "never the text: {raw}");
    assert!(!raw.contains("Morgenlicht"), "nor the suggestion: {raw}");
}

#[test]
fn improve_with_openai_asks_responses_not_to_store_it_and_is_retried_like_a_generation() {
    let dir = ready(&["openai"]);
    let idea = format!("a lighthouse in a storm {}", marker("lighthouse"));
    let mut busy = Answer::error(503, "server_error", "The server is overloaded");
    busy.headers.push(("retry-after", "1".into()));
    let server = provider_server::start(vec![busy, Answer::openai_text("A lighthouse in a violent storm.")]);

    let answer = prompt(&dir, "openai", &server.base_url, &["improve", &idea, "--json"]).json_ok();
    assert_eq!(answer["prompt"], "A lighthouse in a violent storm.");

    let received = server.received.lock().unwrap().clone();
    assert_eq!(received.len(), 2, "the 503 was retried once");
    let sent = &received[1];
    assert_eq!(sent.request_line, "POST /v1/responses HTTP/1.1");
    assert_eq!(sent.header("authorization"), Some(format!("Bearer {KEY}").as_str()));
    assert!(!contains(&sent.body, KEY), "the key only in its header");
    let body = body(sent);
    assert_eq!(body["store"], false, "Responses keeps answers unless told not to");
    assert_eq!(body["model"], "gpt-5.4-mini");
    assert!(body["instructions"].as_str().unwrap().contains("language the user wrote in"));
    assert_eq!(
        body["input"],
        serde_json::json!([{ "role": "user", "content": [{ "type": "input_text", "text": idea }] }])
    );
    assert!(!contains(&sent.body, "input_image"), "no image");

    let (raw, entries) = ledger(&dir);
    let statuses: Vec<_> = entries.iter().map(|e| e["status"].clone()).collect();
    assert_eq!(statuses, vec![serde_json::json!(503), serde_json::json!(200)]);
    for entry in &entries {
        assert_eq!(entry["prompt_chars"], idea.chars().count());
        assert_eq!(entry["prompt_sha256"], hex::encode(Sha256::digest(idea.as_bytes())));
    }
    assert!(!raw.contains(&idea), "never the text: {raw}");
}

#[test]
fn describe_sends_exactly_one_minimized_image_and_records_it_as_a_part() {
    let dir = ready(&["gemini", "openai"]);
    let photo = photo_with_exif(&dir);
    let imported = dir.run(&["import", photo.to_str().unwrap(), "--json"]).json_ok();
    let id = imported[0]["id"].as_str().unwrap().to_string();
    let server = provider_server::start(vec![
        Answer::gemini_text("A striped test pattern in blue and red."),
        Answer::openai_text("A striped test pattern in blue and red."),
    ]);

    for provider in ["gemini", "openai"] {
        let answer = prompt(&dir, provider, &server.base_url, &["describe", &id, "--json"]).json_ok();
        assert_eq!(answer["prompt"], "A striped test pattern in blue and red.", "{provider}");
    }
    let received = server.received.lock().unwrap().clone();
    let gemini_parts = body(&received[0])["contents"][0]["parts"].as_array().unwrap().clone();
    assert_eq!(gemini_parts.len(), 1, "one part: the image, no words of the user's");
    assert_eq!(gemini_parts[0]["inline_data"]["mime_type"], "image/jpeg");
    let gemini_image = base64::engine::general_purpose::STANDARD
        .decode(gemini_parts[0]["inline_data"]["data"].as_str().unwrap())
        .unwrap();
    let openai_content = body(&received[1])["input"][0]["content"].as_array().unwrap().clone();
    assert_eq!(openai_content.len(), 1);
    assert_eq!(openai_content[0]["type"], "input_image");
    let url = openai_content[0]["image_url"].as_str().unwrap();
    let data = url.strip_prefix("data:image/jpeg;base64,").expect("a base64 data URL, never a file_id");
    let openai_image = base64::engine::general_purpose::STANDARD.decode(data).unwrap();

    let (_, entries) = ledger(&dir);
    assert_eq!(entries.len(), 2);
    for (entry, sent) in entries.iter().zip([&gemini_image, &openai_image]) {
        assert!(!contains(sent, "GPS-") && !sent.windows(6).any(|w| w == b"Exif\0\0"), "metadata left");
        let decoded = image::load_from_memory(sent).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (2048, 1103), "downscaled like a reference");
        assert_eq!(entry["task_id"], serde_json::Value::Null);
        assert_eq!(entry["prompt_chars"], 0);
        assert_eq!(entry["prompt_sha256"], serde_json::Value::Null, "no words of the user's were sent");
        let parts = entry["parts"].as_array().unwrap();
        assert_eq!(parts.len(), 1);
        assert_eq!(parts[0]["sha256"], hex::encode(Sha256::digest(sent)));
        assert_eq!(parts[0]["bytes"], sent.len());
        assert_eq!(parts[0]["mime"], "image/jpeg");
    }
    // Describing is not generating: the original is kept (until its own deadline).
    assert_eq!(dir.run(&["list", "--json"]).json_ok().as_array().unwrap().len(), 1);
}

#[test]
fn nothing_leaves_without_consent_or_in_offline_mode() {
    let dir = ready(&[]);
    let photo = photo_with_exif(&dir);
    let imported = dir.run(&["import", photo.to_str().unwrap(), "--json"]).json_ok();
    let id = imported[0]["id"].as_str().unwrap().to_string();
    let server = provider_server::start(vec![Answer::gemini_text("never asked")]);
    for args in [["improve", "a fox"], ["describe", id.as_str()]] {
        let err = prompt(&dir, "gemini", &server.base_url, &[args[0], args[1], "--json"]).json_err(1);
        assert_eq!(err["code"], "consent_required", "{err}");
    }
    dir.run(&["consent", "grant", "gemini", "--json"]).json_ok();
    dir.write_config("[network]\noffline = true\n");
    for args in [["improve", "a fox"], ["describe", id.as_str()]] {
        let err = prompt(&dir, "gemini", &server.base_url, &[args[0], args[1], "--json"]).json_err(1);
        assert_eq!(err["code"], "offline", "{err}");
    }
    assert!(server.received.lock().unwrap().is_empty(), "the server heard nothing");
    assert_eq!(ledger(&dir).1, Vec::<serde_json::Value>::new());
}

#[test]
fn empty_textless_and_refused_answers_are_clear_errors_that_repeat_nothing_sent() {
    let dir = ready(&["gemini", "openai"]);
    let idea = format!("my neighbour Ada Quill at 7 Elm Road {}", marker("private"));
    let image_only = Answer::json(
        200,
        serde_json::json!({"candidates":[{"content":{"parts":[
            {"inlineData":{"mimeType":"image/png","data":"aGVsbG8="}}]},"finishReason":"STOP"}]}),
    );
    let refusal = Answer::json(
        200,
        serde_json::json!({"status":"completed","output":[{"type":"message","role":"assistant",
            "content":[{"type":"refusal","refusal":"I can't help with that."}]}]}),
    );
    let echo = Answer::error(400, "invalid_value", &format!("Bad input '{idea}' for key {KEY}"));
    let cases = [
        ("gemini", Answer::gemini_text("   "), "gave no prompt back (the answer was empty)"),
        ("gemini", image_only, "gave no prompt back (the answer had no text)"),
        ("gemini", Answer::gemini_text("```\n```"), "the answer was empty"),
        ("openai", Answer::openai_text(""), "the answer was empty"),
        ("openai", refusal, "declined to help with this prompt"),
        ("openai", echo, "refused the request (HTTP 400)"),
    ];
    for (provider, answer, expected) in cases {
        let server = provider_server::start(vec![answer]);
        let err = prompt(&dir, provider, &server.base_url, &["improve", &idea, "--json"]).json_err(1);
        assert_eq!(err["code"], "provider_error", "{err}");
        let message = err["message"].as_str().unwrap();
        assert!(message.contains(expected), "{provider}: {message}");
        assert!(!message.contains("Ada") && !message.contains(KEY), "nothing sent is repeated: {message}");
    }
    // The failures were logged (by code), and the log holds neither the words nor the key.
    let logs: String =
        files_under(&dir.path().join("logs")).iter().map(|f| std::fs::read_to_string(f).unwrap()).collect();
    assert!(logs.contains("request leaving the device"), "{logs}");
    assert!(!logs.contains("Ada") && !logs.contains(KEY), "{logs}");
}

#[test]
fn seedream_is_refused_with_a_sentence_and_nothing_is_sent() {
    let dir = ready(&["seedream"]);
    let server = provider_server::start(vec![Answer::gemini_text("never asked")]);
    let err = prompt(&dir, "seedream", &server.base_url, &["improve", "a fox", "--json"]).json_err(1);
    assert_eq!(err["code"], "invalid_input");
    assert_eq!(
        err["message"],
        "Seedream (Volcengine Ark) has no text model, so it cannot help with prompts; choose Google Gemini or OpenAI"
    );
    assert!(server.received.lock().unwrap().is_empty());
    assert_eq!(ledger(&dir).1, Vec::<serde_json::Value>::new());
}
