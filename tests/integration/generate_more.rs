//! The OpenAI and Seedream adapters through the real binary against loopback servers speaking
//! their documented wire formats; a hung provider; a 200 MB answer; a process killed while its
//! request is out, then the explicit retry.

use sha2::{Digest, Sha256};

use crate::generate::{photo_with_exif, result_png};
use crate::provider_server::{self, multipart, Answer};
use crate::support::{files_under, DataDir};

fn ready(provider: &str) -> DataDir {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    dir.run(&["consent", "grant", provider, "--json"]).json_ok();
    dir
}

fn generate(dir: &DataDir, provider: &str, base_url: &str, extra: &[&str]) -> crate::support::Run {
    let mut args = vec!["generate", "--provider", provider, "--prompt", "a lighthouse at dawn", "--json"];
    args.extend_from_slice(extra);
    let (key_env, url_env) = match provider {
        "openai" => ("OPENAI_API_KEY", "SEED_STUDIO_OPENAI_BASE_URL"),
        "seedream" => ("ARK_API_KEY", "SEED_STUDIO_SEEDREAM_BASE_URL"),
        _ => ("GEMINI_API_KEY", "SEED_STUDIO_GEMINI_BASE_URL"),
    };
    dir.run(&args).env(key_env, "sk-test-loopback-key").env(url_env, base_url)
}

fn sha(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

#[test]
fn openai_generations_send_json_with_the_model_and_edits_send_one_image_part_per_reference() {
    let dir = ready("openai");
    let (a, b) = (result_png(), result_png());
    let server = provider_server::start(vec![Answer::openai_images(&[&a, &b]), Answer::openai_images(&[&a])]);
    let made = generate(&dir, "openai", &server.base_url, &["--count", "2", "--size", "16:9"]).json_ok();
    assert_eq!(made["status"], "succeeded");
    assert_eq!(made["outputs"].as_array().unwrap().len(), 2);

    let photo = photo_with_exif(&dir);
    let second = dir.path().parent().unwrap().join("second.png");
    image::RgbaImage::from_pixel(300, 200, image::Rgba([10, 200, 30, 128])).save(&second).unwrap();
    let edited = generate(
        &dir,
        "openai",
        &server.base_url,
        &["--ref", photo.to_str().unwrap(), "--ref", second.to_str().unwrap()],
    )
    .json_ok();
    assert_eq!(edited["status"], "succeeded");

    let received = server.received.lock().unwrap().clone();
    assert_eq!(received.len(), 2);
    let gen = &received[0];
    assert_eq!(gen.request_line, "POST /v1/images/generations HTTP/1.1");
    assert_eq!(gen.header("authorization"), Some("Bearer sk-test-loopback-key"));
    let body: serde_json::Value = serde_json::from_slice(&gen.body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"model": "gpt-image-1.5", "prompt": "a lighthouse at dawn", "n": 2, "size": "1536x1024"})
    );

    let edit = &received[1];
    assert_eq!(edit.request_line, "POST /v1/images/edits HTTP/1.1");
    assert!(edit.header("content-type").unwrap().starts_with("multipart/form-data; boundary="));
    let parts = multipart(edit);
    let names: Vec<_> = parts.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(names, ["model", "prompt", "n", "image[]", "image[]"]);
    assert_eq!(parts[0].2, b"gpt-image-1.5");
    // The ledger holds each image part's hash, byte for byte what arrived; names are random.
    let ledger = dir.run(&["ledger", "--json"]).json_ok();
    let entry = &ledger[1];
    assert_eq!(entry["task_id"], edited["task_id"]);
    for (n, (_, file_name, bytes)) in parts[3..].iter().enumerate() {
        assert_eq!(entry["parts"][n]["sha256"], sha(bytes));
        assert_eq!(entry["parts"][n]["bytes"], bytes.len());
        let file_name = file_name.as_deref().unwrap();
        assert!(!file_name.contains("holiday") && !file_name.contains("second"), "{file_name}");
    }
    assert_eq!(entry["parts"][1]["mime"], "image/png", "the transparent reference stays PNG");
    assert_eq!(entry["parts"][0]["mime"], "image/jpeg");
}

#[test]
fn openai_rate_limits_are_retried_but_an_empty_account_is_not() {
    let dir = ready("openai");
    let server = provider_server::start(vec![
        Answer::error(429, "rate_limit_exceeded", "Rate limit reached for requests")
            .with_header("retry-after", "1"),
        Answer::openai_images(&[&result_png()]),
    ]);
    let made = generate(&dir, "openai", &server.base_url, &[]).json_ok();
    assert_eq!(made["status"], "succeeded");
    assert_eq!(server.received.lock().unwrap().len(), 2, "retried once after Retry-After");

    let server = provider_server::start(vec![
        Answer::error(429, "insufficient_quota", "You exceeded your current quota"),
        Answer::openai_images(&[&result_png()]),
    ]);
    let err = generate(&dir, "openai", &server.base_url, &[]).json_err(1);
    assert_eq!(err["code"], "provider_error");
    assert!(err["message"].as_str().unwrap().contains("no quota or credit left"), "{err}");
    assert_eq!(server.received.lock().unwrap().len(), 1, "not retried");

    let blocked = r#"{"error":{"message":"Your request was rejected by the safety system.","type":"image_generation_user_error","param":null,"code":"moderation_blocked","moderation_details":{"moderation_stage":"input","categories":["violence"]}}}"#;
    let server = provider_server::start(vec![Answer {
        body: blocked.as_bytes().to_vec(),
        ..Answer::json(400, serde_json::json!({}))
    }]);
    let err = generate(&dir, "openai", &server.base_url, &[]).json_err(1);
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("safety system rejected the prompt or a reference: violence"),
        "{err}"
    );
}

#[test]
fn seedream_sends_data_uris_without_watermark_and_keeps_a_partial_success() {
    let dir = ready("seedream");
    let photo = photo_with_exif(&dir);
    let image = result_png();
    let server = provider_server::start(vec![Answer::json(
        200,
        serde_json::json!({"model": "seedream-4-5-251128", "created": 1757469561, "data": [
            {"b64_json": provider_server::b64(&image), "size": "2048x2048"},
            {"error": {"code": "OutputImageSensitiveContentDetected", "message": "The output image may contain sensitive information."}}
        ], "usage": {"generated_images": 1, "output_tokens": 16384, "total_tokens": 16384}}),
    )]);
    let made =
        generate(&dir, "seedream", &server.base_url, &["--ref", photo.to_str().unwrap(), "--count", "2"])
            .json_ok();
    assert_eq!(made["status"], "succeeded");
    assert_eq!(made["outputs"].as_array().unwrap().len(), 1, "the image that was made is kept");
    let tasks = dir.run(&["tasks", "--json"]).json_ok();
    let reason = tasks[0]["reason"].as_str().unwrap();
    assert!(reason.contains("1 of 2 images") && reason.contains("flagged the finished image"), "{reason}");

    let received = server.received.lock().unwrap().clone();
    assert_eq!(received[0].request_line, "POST /images/generations HTTP/1.1");
    assert_eq!(received[0].header("authorization"), Some("Bearer sk-test-loopback-key"));
    let body: serde_json::Value = serde_json::from_slice(&received[0].body).unwrap();
    assert_eq!(body["response_format"], "b64_json");
    assert_eq!(body["watermark"], false);
    assert_eq!(body["size"], "2K");
    assert_eq!(body["sequential_image_generation"], "auto");
    assert_eq!(body["sequential_image_generation_options"]["max_images"], 2);
    let uri = body["image"][0].as_str().unwrap();
    let data = uri.strip_prefix("data:image/jpeg;base64,").expect("a data URI");
    use base64::Engine;
    let sent = base64::engine::general_purpose::STANDARD.decode(data).unwrap();
    let ledger = dir.run(&["ledger", "--json"]).json_ok();
    assert_eq!(ledger[0]["parts"][0]["sha256"], sha(&sent));
    assert!(!sent.windows(4).any(|w| w == b"Exif"), "no EXIF on the wire");
}

#[test]
fn a_hung_provider_times_out_with_a_clear_message() {
    let dir = ready("gemini");
    dir.write_config("[network]\nrequest_timeout = \"5s\"\n");
    let server = provider_server::start(vec![Answer::hang(60)]);
    let started = std::time::Instant::now();
    let err = generate(&dir, "gemini", &server.base_url, &[]).json_err(1);
    assert_eq!(err["code"], "provider_error");
    assert_eq!(err["message"], "Google Gemini did not answer within 5 s; it may be overloaded, try again later (the limit is network.request_timeout)");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(40),
        "gave up at the deadline, not at the hang's end"
    );
    let ledger = dir.run(&["ledger", "--json"]).json_ok();
    assert_eq!(ledger[0]["status"], serde_json::Value::Null, "recorded as sent, with no answer");
}

#[test]
fn a_200_megabyte_answer_is_refused_without_reading_it_all() {
    let dir = ready("gemini");
    let server = provider_server::start(vec![Answer::endless(200 << 20)]);
    let err = generate(&dir, "gemini", &server.base_url, &[]).json_err(1);
    assert_eq!(err["message"], "Google Gemini sent an answer over 64 MiB; it was refused");
    // The server could not push all 200 MB: the client hung up near the cap.
    let start = std::time::Instant::now();
    let sent = loop {
        let sent = server.received.lock().unwrap()[0].header("x-test-bytes-sent").map(str::to_string);
        if let Some(sent) = sent {
            break sent.parse::<usize>().unwrap();
        }
        assert!(start.elapsed() < std::time::Duration::from_secs(30), "the server is still sending");
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert!(sent < 100 << 20, "{sent} bytes were pushed before the client hung up");
    assert!(files_under(&dir.path().join("vault/objects")).is_empty());
}

#[test]
fn a_task_killed_mid_request_is_failed_as_interrupted_never_resent_and_retried_only_on_request() {
    let dir = ready("gemini");
    let photo = photo_with_exif(&dir);
    let server = provider_server::start(vec![Answer::hang(5), Answer::image(&result_png())]);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_seed-studio"))
        .args([
            "--data-dir",
            dir.path().to_str().unwrap(),
            "generate",
            "--provider",
            "gemini",
            "--prompt",
            "p",
            "--json",
        ])
        .args(["--ref", photo.to_str().unwrap()])
        .env("GEMINI_API_KEY", "k")
        .env("SEED_STUDIO_GEMINI_BASE_URL", &server.base_url)
        .env_remove("SEED_STUDIO_DATA_DIR")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while server.received.lock().unwrap().is_empty() {
        assert!(start.elapsed() < std::time::Duration::from_secs(30), "the request never arrived");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL while the provider is "working"
    child.wait().unwrap();

    let tasks = dir.run(&["tasks", "--json"]).json_ok();
    assert_eq!(tasks[0]["status"], "failed");
    assert!(tasks[0]["reason"].as_str().unwrap().starts_with("interrupted"), "{tasks}");
    assert_eq!(tasks[0]["retryable"], true, "its reference is kept for a retry");
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert_eq!(server.received.lock().unwrap().len(), 1, "nothing was sent again by itself");

    let task_id = tasks[0]["task_id"].as_str().unwrap().to_string();
    let retried = dir
        .run(&["retry", &task_id, "--json"])
        .env("GEMINI_API_KEY", "k")
        .env("SEED_STUDIO_GEMINI_BASE_URL", &server.base_url)
        .json_ok();
    assert_eq!(retried["task_id"], task_id.as_str());
    assert_eq!(retried["status"], "succeeded");
    assert_eq!(server.received.lock().unwrap().len(), 2);
    let listed = dir.run(&["list", "--json"]).json_ok();
    let kinds: Vec<_> = listed.as_array().unwrap().iter().map(|o| o["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["output"], "the original went once the retried task succeeded");
}
