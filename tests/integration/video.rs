//! Video through the real binary against loopback Kling and Seedance servers (issue #13):
//! frames minimized and checked before anything leaves, every JWT verified, the job id kept
//! so a killed CLI resumes the same job, downloads through the gate into the vault checked
//! as MP4, the ledger recording uploads and downloads, and clean failures.

use sha2::{Digest, Sha256};

use crate::support::{text, DataDir, Run};
use crate::video_server::{self as server, Media, Outcome, Script, VideoServer, Which};

fn frame(dir: &DataDir, name: &str, w: u32, h: u32, seed: u8) -> String {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([((x % 200) as u8).wrapping_add(seed), (y % 200) as u8, seed])
    });
    let path = dir.path().parent().unwrap().join(name);
    img.save(&path).unwrap();
    path.to_str().unwrap().to_string()
}

fn script(media: Media) -> Script {
    Script { pending: 2, outcome: Outcome::Succeed, media, last_frame: None }
}

fn ready(which: Which, script: Script) -> (DataDir, VideoServer) {
    let dir = DataDir::new();
    dir.run(&["init", "--json"]).json_ok();
    let provider = if which == Which::Kling { "kling" } else { "seedance" };
    dir.run(&["consent", "grant", provider, "--json"]).json_ok();
    (dir, server::start(which, script))
}

fn with_env(run: Run, which: Which, s: &VideoServer) -> Run {
    match which {
        Which::Kling => run
            .env("KLING_ACCESS_KEY", server::KLING_ACCESS)
            .env("KLING_SECRET_KEY", server::KLING_SECRET)
            .env("SEED_STUDIO_KLING_BASE_URL", &s.base_url),
        Which::Seedance => {
            run.env("ARK_API_KEY", server::ARK_KEY).env("SEED_STUDIO_SEEDANCE_BASE_URL", &s.base_url)
        }
    }
}

fn video(dir: &DataDir, which: Which, s: &VideoServer, extra: &[&str]) -> Run {
    let provider = if which == Which::Kling { "kling" } else { "seedance" };
    let mut args =
        vec!["generate", "--provider", provider, "--video", "--prompt", "the bottle turns slowly", "--json"];
    args.extend_from_slice(extra);
    with_env(dir.run(&args), which, s)
}

fn sha(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

#[test]
fn kling_makes_a_video_from_first_and_last_frames_and_every_request_is_signed_and_recorded() {
    let clip = server::mp4(2, 320, 240);
    let (dir, s) = ready(Which::Kling, script(Media::Body(clip.clone())));
    let first = frame(&dir, "first.png", 1280, 720, 10);
    let last = frame(&dir, "last.png", 1280, 720, 40);
    let out = video(
        &dir,
        Which::Kling,
        &s,
        &["--first-frame", &first, "--last-frame", &last, "--duration", "5", "--mode", "pro"],
    )
    .json_ok();
    assert_eq!(out["status"], "succeeded", "{out}");
    let id = out["outputs"][0].as_str().unwrap().to_string();
    assert_eq!(out["outputs"].as_array().unwrap().len(), 1);

    // What Kling received: one submit, frames as raw base64 (no data: prefix), a string duration.
    let log = s.log.lock().unwrap();
    assert!(log.refused.is_empty(), "every JWT verified: {:?}", log.refused);
    let submits: Vec<_> = log.api.iter().filter(|r| r.method == "POST").collect();
    assert_eq!(submits.len(), 1);
    assert_eq!(submits[0].path, "/v1/videos/image2video");
    let body = submits[0].json();
    assert_eq!(body["model_name"], "kling-v2-6");
    assert_eq!(body["duration"], "5");
    assert_eq!(body["mode"], "pro");
    assert_eq!(body["sound"], "off");
    let image = body["image"].as_str().unwrap();
    assert!(!image.starts_with("data:"), "raw base64, as documented");
    use base64::Engine;
    let sent_first = base64::engine::general_purpose::STANDARD.decode(image).unwrap();
    let sent_last =
        base64::engine::general_purpose::STANDARD.decode(body["image_tail"].as_str().unwrap()).unwrap();
    let decoded = image::load_from_memory(&sent_first).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (1280, 720), "under the 2048 px limit: not scaled");
    assert!(log
        .api
        .iter()
        .filter(|r| r.method == "GET")
        .all(|r| r.path == "/v1/videos/image2video/ktask-0001"));
    assert_eq!(log.media.len(), 1, "the video was fetched once, from the second host");
    drop(log);

    // The vault has it as a video; export writes the exact bytes received.
    let list = dir.run(&["list", "--kind", "video", "--json"]).json_ok();
    let items = list.as_array().unwrap();
    assert_eq!(items.len(), 1, "{list}");
    assert_eq!(items[0]["id"], id.as_str());
    assert_eq!(items[0]["mime"], "video/mp4");
    assert_eq!(items[0]["duration_ms"], 2000);
    assert_eq!((items[0]["width"].as_u64(), items[0]["height"].as_u64()), (Some(320), Some(240)));
    let to = dir.path().parent().unwrap().join("out");
    dir.run(&["export", &id, "--to", to.to_str().unwrap(), "--json"]).json_ok();
    let exported: Vec<_> = crate::support::files_under(&to)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "mp4"))
        .collect();
    assert_eq!(exported.len(), 1);
    assert_eq!(std::fs::read(&exported[0]).unwrap(), clip, "the exact bytes received");
    // No plaintext video anywhere under the data folder.
    for file in crate::support::files_under(&dir.path()) {
        let bytes = std::fs::read(&file).unwrap();
        assert!(
            !bytes.windows(64).any(|w| w == &clip[clip.len() / 2..clip.len() / 2 + 64]),
            "{file:?} holds the video in the clear"
        );
    }

    // The ledger: the upload with both frames (their exact bytes), every poll, the download.
    let ledger = dir.run(&["ledger", "--json"]).json_ok();
    let entries = ledger.as_array().unwrap();
    let post = entries.iter().find(|e| e["method"] == "POST").unwrap();
    assert_eq!(post["parts"][0]["sha256"], sha(&sent_first));
    assert_eq!(post["parts"][1]["sha256"], sha(&sent_last));
    assert_eq!(post["host"], "127.0.0.1");
    let download = entries.iter().find(|e| e["received"].is_object()).unwrap();
    assert_eq!(download["host"], "localhost");
    assert_eq!(download["received"]["bytes"], clip.len());
    assert_eq!(download["received"]["sha256"], sha(&clip));
    let polls = entries.iter().filter(|e| e["method"] == "GET" && e["received"].is_null()).count();
    assert_eq!(polls, s.polls(), "every poll is in the ledger");
    // The originals went when the task ended.
    assert_eq!(dir.run(&["list", "--kind", "original", "--json"]).json_ok(), serde_json::json!([]));
}

#[test]
fn seedance_sends_frames_with_roles_keeps_the_last_frame_and_text_only_works_on_kling() {
    let clip = server::mp4(1, 320, 240);
    let mut sc = script(Media::Body(clip.clone()));
    sc.last_frame = Some(crate::generate::result_png());
    let (dir, s) = ready(Which::Seedance, sc);
    let first = frame(&dir, "first.jpg", 800, 600, 5);
    let last = frame(&dir, "last.jpg", 800, 600, 60);
    let out = video(
        &dir,
        Which::Seedance,
        &s,
        &["--first-frame", &first, "--last-frame", &last, "--aspect", "4:3", "--mode", "720p"],
    )
    .json_ok();
    assert_eq!(out["outputs"].as_array().unwrap().len(), 2, "the video and its last frame: {out}");
    let body = s.submits()[0].json();
    assert_eq!(s.submits()[0].path, "/api/v3/contents/generations/tasks");
    assert_eq!(body["content"][0], serde_json::json!({"type":"text","text":"the bottle turns slowly"}));
    assert_eq!(body["content"][1]["role"], "first_frame");
    assert_eq!(body["content"][2]["role"], "last_frame");
    assert!(body["content"][1]["image_url"]["url"].as_str().unwrap().starts_with("data:image/jpeg;base64,"));
    assert_eq!((body["ratio"].as_str(), body["resolution"].as_str()), (Some("4:3"), Some("720p")));
    assert_eq!((body["return_last_frame"].as_bool(), body["watermark"].as_bool()), (Some(true), Some(false)));
    let outputs = dir.run(&["list", "--kind", "output", "--json"]).json_ok();
    let mimes: Vec<_> =
        outputs.as_array().unwrap().iter().map(|o| o["mime"].as_str().unwrap().to_string()).collect();
    assert!(
        mimes.contains(&"video/mp4".to_string()) && mimes.contains(&"image/png".to_string()),
        "{mimes:?}"
    );

    // Text only, on Kling: text2video, no frames in the ledger.
    let (dir, k) = ready(Which::Kling, script(Media::Body(clip)));
    video(&dir, Which::Kling, &k, &[]).json_ok();
    assert_eq!(k.submits()[0].path, "/v1/videos/text2video");
    assert!(k.submits()[0].json().get("image").is_none());
}

#[test]
fn frames_a_provider_would_refuse_are_refused_before_anything_leaves() {
    let (dir, s) = ready(Which::Kling, script(Media::Body(Vec::new())));
    let tiny = frame(&dir, "tiny.png", 400, 200, 1);
    let err = video(&dir, Which::Kling, &s, &["--first-frame", &tiny]).json_err(1);
    assert_eq!(err["code"], "invalid_input", "{err}");
    assert!(err["message"].as_str().unwrap().contains("at least 300 px"), "{err}");
    let wide = frame(&dir, "wide.png", 1500, 400, 1);
    let err = video(&dir, Which::Kling, &s, &["--first-frame", &wide]).json_err(1);
    assert!(err["message"].as_str().unwrap().contains("3.75:1"), "{err}");
    let err = video(&dir, Which::Kling, &s, &["--duration", "7"]).json_err(1);
    assert!(err["message"].as_str().unwrap().contains("5, 10 seconds"), "{err}");
    let err = video(&dir, Which::Kling, &s, &["--last-frame", &wide]).json_err(1);
    assert!(err["message"].as_str().unwrap().contains("needs a first frame"), "{err}");
    assert!(s.log.lock().unwrap().api.is_empty(), "nothing reached Kling");
    assert_eq!(dir.run(&["ledger", "--json"]).json_ok(), serde_json::json!([]));
}

#[test]
fn a_failed_job_a_stuck_job_and_bad_downloads_fail_cleanly_with_nothing_stored() {
    // The provider gives up: its reason, and nothing stored.
    let mut sc = script(Media::Body(Vec::new()));
    sc.outcome = Outcome::Fail("image review failed".into());
    let (dir, s) = ready(Which::Kling, sc);
    let err = video(&dir, Which::Kling, &s, &[]).json_err(1);
    assert_eq!(err["code"], "provider_error");
    assert!(err["message"].as_str().unwrap().contains("image review failed"), "{err}");
    assert_eq!(dir.run(&["list", "--json"]).json_ok(), serde_json::json!([]));

    // Stuck past the wait limit: a clear message; retrying asks about the same job.
    let mut sc = script(Media::Body(server::mp4(1, 160, 120)));
    sc.outcome = Outcome::Stuck;
    let (dir, s) = ready(Which::Seedance, sc);
    dir.write_config("[video]\nmax_wait = \"10s\"\n");
    let err = video(&dir, Which::Seedance, &s, &[]).json_err(1);
    let msg = err["message"].as_str().unwrap();
    assert!(msg.contains("had not finished the video after 10 s") && msg.contains("retry"), "{msg}");
    assert!(s.polls() >= 3, "it kept asking");
    s.set_outcome(Outcome::Succeed);
    let tasks = dir.run(&["tasks", "--json"]).json_ok();
    let task = tasks[0]["task_id"].as_str().unwrap().to_string();
    dir.write_config("");
    let done = with_env(dir.run(&["retry", &task, "--json"]), Which::Seedance, &s).json_ok();
    assert_eq!(done["status"], "succeeded", "{done}");
    assert_eq!(s.submits().len(), 1, "the same job, not a new one");

    // Downloads that are not a whole MP4, too large, or expired.
    let clip = server::mp4(2, 320, 240);
    let cases: Vec<(Media, &str, &str)> = vec![
        (Media::Body(b"<html><body>AccessDenied</body></html>".to_vec()), "", "not an MP4 file"),
        (Media::Body(clip[..clip.len() / 2].to_vec()), "", "cut short"),
        (Media::Body(clip[..clip.len() - 100].to_vec()), "", "cut short"),
        (Media::CutShort(clip.clone(), clip.len() / 3), "", "connection broke"),
        (Media::Body(vec![0u8; 3 << 20]), "[video]\nmax_download_mib = 2\n", "over 2 MiB"),
        (Media::Status(403, b"<Error>Request has expired</Error>".to_vec()), "", "expired"),
    ];
    for (media, config, expect) in cases {
        let (dir, s) = ready(Which::Kling, script(media));
        dir.write_config(config);
        let err = video(&dir, Which::Kling, &s, &[]).json_err(1);
        assert!(err["message"].as_str().unwrap().contains(expect), "{expect}: {err}");
        assert_eq!(dir.run(&["list", "--json"]).json_ok(), serde_json::json!([]), "{expect}: nothing stored");
        let ledger = dir.run(&["ledger", "--json"]).json_ok();
        assert!(
            ledger.as_array().unwrap().iter().any(|e| e["host"] == "localhost"),
            "{expect}: the download is in the ledger"
        );
    }
}

#[test]
fn a_cli_killed_while_waiting_resumes_the_same_job_with_retry_and_ctrl_c_cancels_at_seedance() {
    let clip = server::mp4(1, 320, 240);
    let mut sc = script(Media::Body(clip.clone()));
    sc.outcome = Outcome::Stuck;
    let (dir, s) = ready(Which::Kling, sc);
    let mut child = with_env(
        dir.run(&["generate", "--provider", "kling", "--video", "--prompt", "waves", "--json"]),
        Which::Kling,
        &s,
    )
    .spawn();
    let until = std::time::Instant::now() + std::time::Duration::from_secs(30);
    // The server counts a poll when it arrives: the third one means the answer to the second
    // ("running") was recorded before it was sent.
    while s.polls() < 3 && std::time::Instant::now() < until {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(s.polls() >= 3, "the CLI was polling");
    // kill -9: no chance to record anything.
    child.kill().unwrap();
    child.wait().unwrap();
    s.set_outcome(Outcome::Succeed);
    let tasks = dir.run(&["tasks", "--json"]).json_ok();
    let task = tasks[0]["task_id"].as_str().unwrap().to_string();
    assert_eq!(tasks[0]["status"], "queued", "queued again to ask about its job: {tasks}");
    assert_eq!(tasks[0]["remote"]["state"], "running");
    let done = with_env(dir.run(&["retry", &task, "--json"]), Which::Kling, &s).json_ok();
    assert_eq!(done["status"], "succeeded", "{done}");
    assert_eq!(s.submits().len(), 1, "exactly one submit seen by the server");
    let list = dir.run(&["list", "--kind", "video", "--json"]).json_ok();
    assert_eq!(list.as_array().unwrap().len(), 1);

    // Ctrl-C while Seedance works: the job is cancelled there (DELETE), the task is cancelled.
    let mut sc = script(Media::Body(clip));
    sc.outcome = Outcome::Stuck;
    let (dir, s) = ready(Which::Seedance, sc);
    let child = with_env(
        dir.run(&["generate", "--provider", "seedance", "--video", "--prompt", "waves", "--json"]),
        Which::Seedance,
        &s,
    )
    .spawn();
    while s.polls() < 2 && std::time::Instant::now() < until {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let interrupted =
        std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(interrupted.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let err: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(err["code"], "cancelled", "{err}");
    let log = s.log.lock().unwrap();
    let delete = log.api.iter().find(|r| r.method == "DELETE").expect("DELETE reached Seedance");
    assert_eq!(delete.path, "/api/v3/contents/generations/tasks/cgt-20261129-0001");
    drop(log);
    let tasks = dir.run(&["tasks", "--json"]).json_ok();
    assert_eq!(tasks[0]["status"], "cancelled");
    let ledger = dir.run(&["ledger", "--json"]).json_ok();
    assert!(ledger.as_array().unwrap().iter().any(|e| e["method"] == "DELETE"));
}

#[test]
fn kling_keys_are_an_access_key_and_a_secret_key_and_seedance_may_share_seedreams() {
    let clip = server::mp4(1, 160, 120);
    let (dir, k) = ready(Which::Kling, script(Media::Body(clip.clone())));
    let err = dir.run(&["keys", "set", "kling", "--json"]).stdin(b"only-one-part\n").json_err(1);
    assert!(err["message"].as_str().unwrap().contains("ACCESS_KEY:SECRET_KEY"), "{err}");
    let pair = format!("{}:{}\n", server::KLING_ACCESS, server::KLING_SECRET);
    dir.run(&["keys", "set", "kling", "--json"]).stdin(pair.as_bytes()).json_ok();
    // From the keyring, not the environment: the token is still signed with the secret.
    let out = dir
        .run(&["generate", "--provider", "kling", "--video", "--prompt", "rain", "--json"])
        .env("SEED_STUDIO_KLING_BASE_URL", &k.base_url)
        .json_ok();
    assert_eq!(out["status"], "succeeded", "{out}");
    assert!(k.log.lock().unwrap().refused.is_empty());

    dir.run(&["keys", "delete", "kling", "--json"]).json_ok();

    // Seedance without a key of its own uses the Seedream key (the same Ark account); here
    // sealed in a passphrase vault, so the shared keyring entry of other tests is not touched.
    let s = server::start(Which::Seedance, script(Media::Body(clip)));
    let (dir, pass) = crate::probes::keyringless_vault();
    let no_keyring = |args: &[&str]| {
        dir.run(args).flag("--passphrase-file", &pass).env("DBUS_SESSION_BUS_ADDRESS", crate::probes::NO_BUS)
    };
    no_keyring(&["consent", "grant", "seedance", "--json"]).json_ok();
    let stored = no_keyring(&["keys", "set", "seedream", "--json"])
        .stdin(format!("{}\n", server::ARK_KEY).as_bytes())
        .json_ok();
    assert_eq!(stored["location"], "vault");
    let out = no_keyring(&["generate", "--provider", "seedance", "--video", "--prompt", "rain", "--json"])
        .env("SEED_STUDIO_SEEDANCE_BASE_URL", &s.base_url)
        .env_remove("ARK_API_KEY")
        .json_ok();
    assert_eq!(out["status"], "succeeded", "{out}");
    assert!(s.log.lock().unwrap().refused.is_empty(), "the Seedream key was sent");
}

#[test]
fn mp4_inspection_reads_real_files_and_refuses_damaged_ones() {
    let clip = server::mp4(3, 640, 360);
    let info = seed_studio::media::mp4::inspect(&clip).unwrap();
    assert_eq!((info.width, info.height, info.duration_ms), (640, 360, 3000));
    assert!(seed_studio::media::mp4::inspect(&clip[..clip.len() - 1000]).is_err(), "cut short");
    assert!(seed_studio::media::mp4::inspect(&clip[..clip.len() / 2]).is_err());
    let mut flipped = clip.clone();
    flipped[4] = b'x';
    assert!(seed_studio::media::mp4::inspect(&flipped).is_err());
}

#[test]
fn a_video_goes_into_an_encrypted_backup_comes_back_whole_and_is_deleted_with_its_task() {
    let clip = server::mp4(2, 320, 240);
    let (dir, s) = ready(Which::Kling, script(Media::Body(clip.clone())));
    let first = frame(&dir, "first.png", 640, 360, 3);
    let made = video(&dir, Which::Kling, &s, &["--first-frame", &first]).json_ok();
    let task = made["task_id"].as_str().unwrap().to_string();

    let backup = dir.path().parent().unwrap().join("backup.age");
    let sealed = ["export", "--all", "--encrypt", "--to", backup.to_str().unwrap(), "--json"];
    dir.run(&sealed).stdin(b"a backup passphrase\n").json_ok();
    assert!(!std::fs::read(&backup)
        .unwrap()
        .windows(64)
        .any(|w| w == &clip[clip.len() / 2..clip.len() / 2 + 64]));
    dir.run(&["erase-all", "--yes", "--json"]).json_ok();
    dir.run(&["init", "--json"]).json_ok();
    assert_eq!(dir.run(&["list", "--kind", "video", "--json"]).json_ok(), serde_json::json!([]));
    dir.run(&["restore", backup.to_str().unwrap(), "--json"]).stdin(b"a backup passphrase\n").json_ok();
    let videos = dir.run(&["list", "--kind", "video", "--json"]).json_ok();
    let items = videos.as_array().unwrap();
    assert_eq!(items.len(), 1, "{videos}");
    assert_eq!(items[0]["duration_ms"], 2000);
    assert_eq!(items[0]["task_id"], task.as_str());
    let id = items[0]["id"].as_str().unwrap().to_string();
    let to = dir.path().parent().unwrap().join("again");
    dir.run(&["export", &id, "--to", to.to_str().unwrap(), "--json"]).json_ok();
    let exported = crate::support::files_under(&to)
        .into_iter()
        .find(|p| p.extension().is_some_and(|e| e == "mp4"))
        .unwrap();
    assert_eq!(std::fs::read(exported).unwrap(), clip, "the same bytes after the round trip");

    // Deleting the task deletes its video (and its key).
    let done = dir.run(&["delete", &task, "--json"]).json_ok();
    assert_eq!(done["tasks"], 1, "{done}");
    assert_eq!(dir.run(&["list", "--kind", "video", "--json"]).json_ok(), serde_json::json!([]));
}
