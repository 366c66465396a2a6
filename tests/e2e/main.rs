//! End-to-end tests: the real `seed-studio` binary in a real WebKitGTK window, driven through
//! tauri-driver and WebKitWebDriver. Needs a display (run under `xvfb-run`) and a Secret
//! Service; the README's test command provides both. Each test launches its own app on its own
//! data directory. Screenshots of every section go to `target/tmp/screenshots/`.

// Test code fails loudly: an unwrap here is an assertion.
#![allow(clippy::unwrap_used)]

mod support;

/// Paint a mask, preview the part that leaves, send it, compare before and after (issue #14).
mod edit;
/// The vault in the window: set up, import, thumbnails, search, detail, delete.
mod gallery;
/// Create → preview → send → result in the gallery, against a loopback Gemini; cancel.
mod generate;
/// A US passport photo and a print sheet made in the window.
mod idphoto;
/// Japanese, Arabic (right to left), German and Hindi: every section, clipping, screenshots.
mod languages;
/// A minimization level chosen in Create changes the preview and what is sent (issue #16).
mod levels;
/// The app lock: nothing shown, served or answered while locked.
mod lock;
/// Create offers what each model accepts; a model of your own from Settings (issue #14).
mod models;
/// The window under strace: local work connects nowhere, a generation to its provider only (#16).
mod network_proof;
/// Stars, boards by drag and drop, use again, the prompt library (issue #15).
mod organise;
/// Export a task and erase everything from the Privacy page.
mod privacy;
/// Prompt help (issue #14): improve with consent, old and new side by side, expand on the
/// device with no request, describe an image and use its prompt in Create.
mod prompt_help;
/// A loopback server speaking the providers' wire formats (shared with the integration tests).
#[path = "../integration/provider_server.rs"]
#[allow(dead_code)]
mod provider_server;
/// Retention in the window: windows changed with a preview, items leaving on time, login item.
mod retention;
/// Navigation, empty states, About, keyboard use.
mod sections;
/// CSP, the IPC permission wall, single instance, start-up errors.
mod security;
/// Theme and provider keys from the Settings page.
mod settings;
/// A video from a still against a loopback Kling, played from the vault offline (issue #13).
mod video;
/// Loopback Kling and Seedance servers (shared with the integration tests).
#[path = "../integration/video_server.rs"]
#[allow(dead_code)]
mod video_server;
