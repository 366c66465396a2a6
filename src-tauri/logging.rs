//! Operational logs: `tracing` events written to hourly files in `<data dir>/logs`, at most
//! [`MAX_LOG_FILES`] of them, so nothing older than about a day survives.
//!
//! What may be logged: what happened and how it ended (a verb, a provider id, a count, a
//! duration, an error's message). What may not: prompts, API keys, image content, file names
//! and paths (they carry people's names). Call sites keep to that by logging typed fields only —
//! secrets travel as [`crate::secrets::Sensitive`], whose `Debug` is `<redacted>` — and use cases
//! are instrumented with `skip_all`.

use std::path::Path;

use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{RollingFileAppender, Rotation};
use tracing_subscriber::{fmt, prelude::*, EnvFilter};

use crate::config::LogLevel;

/// Hourly files kept: 24 full hours plus the one being written.
pub const MAX_LOG_FILES: usize = 25;

/// The prefix of every log file name.
pub const LOG_FILE_PREFIX: &str = "seed-studio";

/// Keeps the background log writer alive; dropping it flushes pending lines.
#[must_use = "logs are flushed when the guard drops"]
pub struct LogGuard(#[allow(dead_code)] WorkerGuard);

/// Install the global subscriber writing to `logs_dir`. Returns `None` if a subscriber is
/// already installed (tests) or the folder cannot be used; the app runs on without file logs
/// rather than refusing to start.
pub fn init(logs_dir: &Path, level: LogLevel) -> Option<LogGuard> {
    let appender = RollingFileAppender::builder()
        .rotation(Rotation::HOURLY)
        .filename_prefix(LOG_FILE_PREFIX)
        .filename_suffix("log")
        .max_log_files(MAX_LOG_FILES)
        .build(logs_dir)
        .ok()?;
    let (writer, guard) = tracing_appender::non_blocking(appender);
    // Our crate at the configured level; dependencies only when something is wrong, since
    // HTTP and IPC crates may log request details.
    let filter = EnvFilter::new(format!("warn,seed_studio={}", level.as_filter()));
    let layer = fmt::layer().with_writer(writer).with_ansi(false).with_target(true);
    tracing_subscriber::registry().with(filter).with(layer).try_init().ok()?;
    Some(LogGuard(guard))
}
