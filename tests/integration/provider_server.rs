//! A loopback HTTP/1.1 server for the provider wire formats (see `providers.md`): it records
//! each request byte for byte and answers from a script — JSON in each provider's shape, or
//! misbehaviour (a hang, an endless body).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

/// One request as received.
#[derive(Debug, Clone)]
pub struct Received {
    pub request_line: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Received {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// An answer: status, extra headers, content type, body; or a way of not answering properly.
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    pub misbehave: Option<Misbehave>,
}

/// Ways a provider can fail to answer.
#[derive(Clone, Copy)]
pub enum Misbehave {
    /// Read the request, then say nothing for this long.
    Hang(std::time::Duration),
    /// Send 200 headers without a length, then this many bytes of a JSON string, chunked.
    Endless(usize),
}

impl Answer {
    pub fn hang(secs: u64) -> Answer {
        Answer {
            misbehave: Some(Misbehave::Hang(std::time::Duration::from_secs(secs))),
            ..Answer::json(200, serde_json::json!({}))
        }
    }

    pub fn endless(bytes: usize) -> Answer {
        Answer { misbehave: Some(Misbehave::Endless(bytes)), ..Answer::json(200, serde_json::json!({})) }
    }

    /// OpenAI's `ImagesResponse` with these images as `b64_json`.
    pub fn openai_images(images: &[&[u8]]) -> Answer {
        let data: Vec<_> = images.iter().map(|i| serde_json::json!({ "b64_json": b64(i) })).collect();
        Answer::json(
            200,
            serde_json::json!({"created": 1713833628, "data": data, "output_format": "png",
            "usage": {"total_tokens": 100, "input_tokens": 50, "output_tokens": 50}}),
        )
    }

    /// A Gemini `generateContent` answer from a text model: a thought summary, then `text`.
    pub fn gemini_text(text: &str) -> Answer {
        Answer::json(
            200,
            serde_json::json!({"candidates":[{"content":{"role":"model","parts":[
                {"text":"**Reading the request**","thought":true},{"text":text}]},
                "finishReason":"STOP","index":0}],
                "usageMetadata":{"promptTokenCount":120,"candidatesTokenCount":40,"totalTokenCount":160},
                "modelVersion":"gemini-3.6-flash","responseId":"r1"}),
        )
    }

    /// An OpenAI Responses answer: a reasoning item, then a message whose `output_text` is `text`.
    pub fn openai_text(text: &str) -> Answer {
        Answer::json(
            200,
            serde_json::json!({"id":"resp_1","object":"response","created_at":1767225600,
            "status":"completed","error":null,"incomplete_details":null,"model":"gpt-5.4-mini-2026-03-17",
            "output":[{"id":"rs_1","type":"reasoning","summary":[]},
                {"id":"msg_1","type":"message","status":"completed","role":"assistant",
                 "content":[{"type":"output_text","annotations":[],"logprobs":[],"text":text}]}],
            "store":false,"usage":{"input_tokens":120,"output_tokens":40,"total_tokens":160}}),
        )
    }

    /// An OpenAI-style error envelope (OpenAI and Ark).
    pub fn error(status: u16, code: &str, message: &str) -> Answer {
        Answer::json(
            status,
            serde_json::json!({"error": {"message": message, "type": "invalid_request_error", "param": null, "code": code}}),
        )
    }

    pub fn with_header(mut self, name: &'static str, value: &str) -> Answer {
        self.headers.push((name, value.to_string()));
        self
    }
    pub fn json(status: u16, body: serde_json::Value) -> Answer {
        Answer {
            status,
            headers: vec![],
            content_type: "application/json",
            body: body.to_string().into_bytes(),
            misbehave: None,
        }
    }

    /// A successful answer carrying `image` (camelCase `inlineData`, as the REST API sends it).
    pub fn image(image: &[u8]) -> Answer {
        let data = b64(image);
        Answer::json(
            200,
            serde_json::json!({"candidates":[{"content":{"role":"model","parts":[
                {"text":"Here it is."},{"inlineData":{"mimeType":"image/png","data":data}}]},
                "finishReason":"STOP","index":0}],"modelVersion":"gemini-3.1-flash-image"}),
        )
    }
}

pub fn b64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// The parts of a `multipart/form-data` body: (name, file name, bytes).
pub fn multipart(received: &Received) -> Vec<(String, Option<String>, Vec<u8>)> {
    let content_type = received.header("content-type").unwrap();
    let boundary = content_type.split("boundary=").nth(1).unwrap().trim_matches('"');
    let delimiter = format!("--{boundary}");
    let body = &received.body;
    let mut parts = Vec::new();
    let find = |from: usize, needle: &[u8]| {
        body[from..].windows(needle.len()).position(|w| w == needle).map(|p| p + from)
    };
    let mut at = find(0, delimiter.as_bytes()).unwrap() + delimiter.len();
    while body[at..].starts_with(b"\r\n") {
        let head_end = find(at, b"\r\n\r\n").unwrap();
        let head = String::from_utf8_lossy(&body[at + 2..head_end]).to_string();
        let next = find(head_end, format!("\r\n{delimiter}").as_bytes()).unwrap();
        let field = |key: &str| {
            head.split(';').find_map(|kv| {
                kv.trim().strip_prefix(&format!("{key}=\"")).map(|v| v.split('"').next().unwrap().to_string())
            })
        };
        parts.push((field("name").unwrap(), field("filename"), body[head_end + 4..next].to_vec()));
        at = next + 2 + delimiter.len();
    }
    parts
}

pub struct Server {
    pub base_url: String,
    pub received: Arc<Mutex<Vec<Received>>>,
}

/// Serve `answers` in order (one per request), then close.
pub fn start(answers: Vec<Answer>) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base_url = format!("http://{}", listener.local_addr().unwrap());
    let received = Arc::new(Mutex::new(Vec::new()));
    let log = received.clone();
    std::thread::spawn(move || {
        for answer in answers {
            let Ok((stream, _)) = listener.accept() else { return };
            let mut reader = BufReader::new(stream);
            let mut request_line = String::new();
            reader.read_line(&mut request_line).unwrap();
            let mut headers = Vec::new();
            loop {
                let mut line = String::new();
                reader.read_line(&mut line).unwrap();
                let line = line.trim_end();
                if line.is_empty() {
                    break;
                }
                if let Some((k, v)) = line.split_once(':') {
                    headers.push((k.trim().to_string(), v.trim().to_string()));
                }
            }
            let len: usize = headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
                .map_or(0, |(_, v)| v.parse().unwrap());
            let mut body = vec![0; len];
            reader.read_exact(&mut body).unwrap();
            log.lock().unwrap().push(Received {
                request_line: request_line.trim_end().into(),
                headers,
                body,
            });
            let mut stream = reader.into_inner();
            match answer.misbehave {
                Some(Misbehave::Hang(d)) => {
                    std::thread::sleep(d);
                    continue;
                }
                Some(Misbehave::Endless(total)) => {
                    let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
                    if stream.write_all(head.as_bytes()).is_err() {
                        continue;
                    }
                    let chunk = vec![b'A'; 1 << 20];
                    let mut sent = 0;
                    let prefix = br#"{"data":[{"b64_json":""#;
                    let _ = stream.write_all(format!("{:x}\r\n", prefix.len()).as_bytes());
                    let _ = stream.write_all(prefix);
                    let _ = stream.write_all(b"\r\n");
                    while sent < total {
                        let mut framed = format!("{:x}\r\n", chunk.len()).into_bytes();
                        framed.extend_from_slice(&chunk);
                        framed.extend_from_slice(b"\r\n");
                        if stream.write_all(&framed).is_err() {
                            break; // the client hung up: what a cap should do
                        }
                        sent += chunk.len();
                    }
                    log.lock()
                        .unwrap()
                        .last_mut()
                        .unwrap()
                        .headers
                        .push(("x-test-bytes-sent".into(), sent.to_string()));
                    continue;
                }
                None => {}
            }
            let reason = if answer.status == 200 { "OK" } else { "Error" };
            let mut head = format!(
                "HTTP/1.1 {} {reason}\r\ncontent-type: {}\r\ncontent-length: {}\r\nconnection: close\r\n",
                answer.status,
                answer.content_type,
                answer.body.len()
            );
            for (k, v) in &answer.headers {
                head.push_str(&format!("{k}: {v}\r\n"));
            }
            head.push_str("\r\n");
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&answer.body);
        }
    });
    Server { base_url, received }
}
