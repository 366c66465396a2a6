//! Loopback servers for the video providers' wire contracts (`providers.md` §4a, §4b): Kling
//! (`/v1/videos/{text2video,image2video}`, every request's HS256 JWT verified: signature with
//! the secret key, `iss`, `exp`, `nbf`) and Seedance on Ark (`/api/v3/contents/generations/
//! tasks`, with `DELETE` to cancel). Results are served from a second loopback host
//! (`localhost`, while the API is `127.0.0.1`), so the download is a real second fetch.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

pub const KLING_ACCESS: &str = "ak-loopback-7f3c";
pub const KLING_SECRET: &str = "sk-loopback-secret-91d2";
pub const ARK_KEY: &str = "ark-loopback-key-5e1b";

/// What the result link serves.
#[derive(Clone)]
pub enum Media {
    /// These bytes, whole.
    Body(Vec<u8>),
    /// These bytes with this status (an expired link: 403).
    Status(u16, Vec<u8>),
    /// The first bytes of these, announced as the whole length, then the connection closes.
    CutShort(Vec<u8>, usize),
}

/// How the job ends.
#[derive(Clone)]
pub enum Outcome {
    /// After `pending` status answers, the video is ready.
    Succeed,
    /// After `pending` status answers, the provider gives up with this message.
    Fail(String),
    /// Never finishes (until the test changes it).
    Stuck,
}

/// One request as received.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Seen {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap()
    }
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

pub struct Script {
    pub pending: usize,
    pub outcome: Outcome,
    pub media: Media,
    pub last_frame: Option<Vec<u8>>,
}

#[derive(Default)]
pub struct Log {
    pub api: Vec<Seen>,
    pub media: Vec<Seen>,
    /// Requests whose token or key was refused, and why.
    pub refused: Vec<String>,
    pub polls: usize,
    pub cancelled: bool,
}

pub struct VideoServer {
    /// Kling's base URL, or Seedance's (with `/api/v3`).
    pub base_url: String,
    pub script: Arc<Mutex<Script>>,
    pub log: Arc<Mutex<Log>>,
}

#[derive(Clone, Copy, PartialEq)]
pub enum Which {
    Kling,
    Seedance,
}

impl VideoServer {
    pub fn submits(&self) -> Vec<Seen> {
        self.log.lock().unwrap().api.iter().filter(|s| s.method == "POST").cloned().collect()
    }
    pub fn polls(&self) -> usize {
        self.log.lock().unwrap().polls
    }
    pub fn set_outcome(&self, outcome: Outcome) {
        self.script.lock().unwrap().outcome = outcome;
    }
}

/// Start a provider and its media host.
pub fn start(which: Which, script: Script) -> VideoServer {
    let media = TcpListener::bind("127.0.0.1:0").unwrap();
    let media_base = format!("http://localhost:{}", media.local_addr().unwrap().port());
    let api = TcpListener::bind("127.0.0.1:0").unwrap();
    let base_url = match which {
        Which::Kling => format!("http://{}", api.local_addr().unwrap()),
        Which::Seedance => format!("http://{}/api/v3", api.local_addr().unwrap()),
    };
    let script = Arc::new(Mutex::new(script));
    let log = Arc::new(Mutex::new(Log::default()));
    {
        let (script, log) = (script.clone(), log.clone());
        std::thread::spawn(move || {
            for stream in media.incoming() {
                let Ok(stream) = stream else { return };
                let (script, log) = (script.clone(), log.clone());
                std::thread::spawn(move || serve_media(stream, &script, &log));
            }
        });
    }
    {
        let (script, log) = (script.clone(), log.clone());
        std::thread::spawn(move || {
            for stream in api.incoming() {
                let Ok(stream) = stream else { return };
                let (script, log, media_base) = (script.clone(), log.clone(), media_base.clone());
                std::thread::spawn(move || serve_api(which, stream, &script, &log, &media_base));
            }
        });
    }
    VideoServer { base_url, script, log }
}

fn read_request(stream: &TcpStream) -> Option<Seen> {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let (method, path) = (parts.next()?.to_string(), parts.next()?.to_string());
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        reader.read_line(&mut h).ok()?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let len: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .map_or(0, |(_, v)| v.parse().unwrap_or(0));
    let mut body = vec![0; len];
    reader.read_exact(&mut body).ok()?;
    Some(Seen { method, path, headers, body })
}

fn respond(mut stream: &TcpStream, status: u16, extra: &str, content_type: &str, body: &[u8]) {
    let head = format!(
        "HTTP/1.1 {status} X\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n{extra}\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
}

fn serve_media(stream: TcpStream, script: &Mutex<Script>, log: &Mutex<Log>) {
    let Some(seen) = read_request(&stream) else { return };
    let path = seen.path.clone();
    log.lock().unwrap().media.push(seen);
    let s = script.lock().unwrap();
    if path.contains("/last.png") {
        let png = s.last_frame.clone().unwrap_or_default();
        drop(s);
        respond(&stream, 200, "", "image/png", &png);
        return;
    }
    match s.media.clone() {
        Media::Body(b) => respond(&stream, 200, "", "video/mp4", &b),
        Media::Status(code, b) => respond(&stream, code, "", "application/xml", &b),
        Media::CutShort(b, n) => {
            let head = format!("HTTP/1.1 200 OK\r\ncontent-type: video/mp4\r\ncontent-length: {}\r\nconnection: close\r\n\r\n", b.len());
            let mut st = &stream;
            let _ = st.write_all(head.as_bytes());
            let _ = st.write_all(&b[..n]);
        }
    }
}

/// Kling: verify the JWT exactly as documented.
fn kling_token_ok(seen: &Seen) -> Result<(), String> {
    let auth = seen.header("authorization").ok_or("no Authorization header")?;
    let token = auth.strip_prefix("Bearer ").ok_or("not a Bearer token")?;
    let header = jsonwebtoken::decode_header(token).map_err(|e| format!("header: {e}"))?;
    if header.alg != jsonwebtoken::Algorithm::HS256 || header.typ.as_deref() != Some("JWT") {
        return Err("not an HS256 JWT".into());
    }
    let mut v = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
    v.set_issuer(&[KLING_ACCESS]);
    v.set_required_spec_claims(&["exp", "nbf", "iss"]);
    v.validate_nbf = true;
    v.leeway = 0;
    let claims = jsonwebtoken::decode::<serde_json::Value>(
        token,
        &jsonwebtoken::DecodingKey::from_secret(KLING_SECRET.as_bytes()),
        &v,
    )
    .map_err(|e| format!("token: {e}"))?
    .claims;
    let (exp, nbf) = (claims["exp"].as_i64().unwrap_or(0), claims["nbf"].as_i64().unwrap_or(0));
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    if !(now - 60..=now).contains(&nbf) || exp > now + 1800 || exp < now + 1700 {
        return Err(format!("claims out of range: nbf {nbf}, exp {exp}, now {now}"));
    }
    Ok(())
}

fn serve_api(which: Which, stream: TcpStream, script: &Mutex<Script>, log: &Mutex<Log>, media: &str) {
    let Some(seen) = read_request(&stream) else { return };
    let checked = match which {
        Which::Kling => kling_token_ok(&seen),
        Which::Seedance => {
            if seen.header("authorization") == Some(&format!("Bearer {ARK_KEY}")) {
                Ok(())
            } else {
                Err("wrong Ark key".into())
            }
        }
    };
    let (method, path) = (seen.method.clone(), seen.path.clone());
    log.lock().unwrap().api.push(seen);
    if let Err(why) = checked {
        log.lock().unwrap().refused.push(why);
        let body = match which {
            Which::Kling => r#"{"code":1001,"message":"Authorization is invalid","request_id":"r"}"#,
            Which::Seedance => {
                r#"{"error":{"code":"AuthenticationError","message":"the API key is invalid"}}"#
            }
        };
        respond(&stream, 401, "", "application/json", body.as_bytes());
        return;
    }
    let json = |status: u16, extra: &str, v: serde_json::Value| {
        respond(&stream, status, extra, "application/json", v.to_string().as_bytes())
    };
    match (which, method.as_str()) {
        (Which::Kling, "POST") => json(
            200,
            "",
            serde_json::json!({"code":0,"message":"SUCCEED","request_id":"req-1",
                "data":{"task_id":"ktask-0001","task_status":"submitted","task_info":{},
                "created_at":1722769557708u64,"updated_at":1722769557708u64}}),
        ),
        (Which::Seedance, "POST") => json(200, "", serde_json::json!({"id": "cgt-20261129-0001"})),
        (Which::Seedance, "DELETE") => {
            log.lock().unwrap().cancelled = true;
            json(200, "", serde_json::json!({}));
        }
        (_, "GET") => {
            let n = {
                let mut l = log.lock().unwrap();
                l.polls += 1;
                l.polls
            };
            let s = script.lock().unwrap();
            let cancelled = log.lock().unwrap().cancelled;
            let state = if cancelled {
                "cancelled"
            } else if n <= s.pending || matches!(s.outcome, Outcome::Stuck) {
                if n == 1 {
                    "queued"
                } else {
                    "running"
                }
            } else {
                match s.outcome {
                    Outcome::Succeed => "done",
                    Outcome::Fail(_) => "failed",
                    Outcome::Stuck => unreachable!(),
                }
            };
            let pending = matches!(state, "queued" | "running");
            // The loopback provider asks to be polled again at once, so tests run fast.
            let hint = if pending { "retry-after: 0\r\n" } else { "" };
            let video = format!("{media}/v/clip.mp4?sig=abc");
            let body = match which {
                Which::Kling => {
                    let status = match state {
                        "queued" => "submitted",
                        "running" => "processing",
                        "done" => "succeed",
                        _ => "failed",
                    };
                    let mut data = serde_json::json!({"task_id":"ktask-0001","task_status":status,
                        "created_at":1722769557708u64,"updated_at":1722769557708u64});
                    if state == "done" {
                        data["task_result"] =
                            serde_json::json!({"videos":[{"id":"v1","url":video,"duration":"2.0"}]});
                    }
                    if let Outcome::Fail(msg) = &s.outcome {
                        if state == "failed" {
                            data["task_status_msg"] = serde_json::json!(msg);
                        }
                    }
                    serde_json::json!({"code":0,"message":"SUCCEED","request_id":"req-2","data":data})
                }
                Which::Seedance => {
                    let status = match state {
                        "done" => "succeeded",
                        other => other,
                    };
                    let mut task = serde_json::json!({"id":"cgt-20261129-0001","model":"seedance-1-0-pro-250528",
                        "status":status,"created_at":1764400000,"updated_at":1764400010});
                    if state == "done" {
                        task["content"] = serde_json::json!({"video_url":video,
                            "last_frame_url": format!("{media}/v/last.png?sig=def")});
                        task["usage"] = serde_json::json!({"completion_tokens":108900,"total_tokens":108900});
                    }
                    if let Outcome::Fail(msg) = &s.outcome {
                        if state == "failed" {
                            task["error"] = serde_json::json!({"code":"InternalServiceError","message":msg});
                        }
                    }
                    task
                }
            };
            drop(s);
            json(200, hint, body)
        }
        _ => json(404, "", serde_json::json!({"error":{"code":"NotFound","message":path}})),
    }
}

/// A real H.264 MP4 made by ffmpeg (Debian's package), `seconds` long, `w`x`h`.
pub fn mp4(seconds: u32, w: u32, h: u32) -> Vec<u8> {
    let out = tempfile::NamedTempFile::with_suffix(".mp4").unwrap();
    let status = std::process::Command::new("ffmpeg")
        .args(["-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i"])
        .arg(format!("testsrc=size={w}x{h}:rate=25"))
        .args([
            "-t",
            &seconds.to_string(),
            "-pix_fmt",
            "yuv420p",
            "-c:v",
            "libx264",
            "-movflags",
            "+faststart",
        ])
        .arg(out.path())
        .status()
        .expect("ffmpeg (install it: apt-get install ffmpeg)");
    assert!(status.success());
    std::fs::read(out.path()).unwrap()
}
