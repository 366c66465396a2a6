//! Troubleshooting without giving anything away: the operational log of the last 24 hours (it
//! never holds prompts, keys, images or file names — a test checks every logging path) and a
//! diagnostics report to paste into a bug report. Both pass through [`scrub`], which replaces
//! the home folder and the data folder in any path, so the report names no user.

use std::io::{BufRead, BufReader};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::AppCore;

/// How far back the log view goes.
const LOG_WINDOW: time::Duration = time::Duration::hours(24);
/// The most log lines returned.
pub const MAX_LOG_LINES: usize = 500;

/// The recent operational log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LogView {
    /// The last lines (oldest first), at most [`MAX_LOG_LINES`].
    pub lines: Vec<String>,
    /// Lines left out before those.
    pub omitted: usize,
}

/// Replace the data folder and the home folder in `text` with `<data>` and `~`.
pub fn scrub(core: &AppCore, text: &str) -> String {
    let mut out = text.replace(&core.paths().data_dir().display().to_string(), "<data>");
    if let Some(home) = dirs::home_dir().map(|h| h.display().to_string()).filter(|h| h.len() > 1) {
        out = out.replace(&home, "~");
    }
    out
}

/// The last lines of the logs written in the past 24 hours, scrubbed.
pub fn recent_log(core: &AppCore) -> LogView {
    let dir = core.paths().logs_dir();
    let files = crate::retention::logs::recent(&dir, LOG_WINDOW, core.clock().now()).unwrap_or_default();
    let mut lines = Vec::new();
    for file in files {
        if let Ok(f) = std::fs::File::open(&file) {
            lines.extend(BufReader::new(f).lines().map_while(Result::ok).map(|l| strip_ansi(&l)));
        }
    }
    let omitted = lines.len().saturating_sub(MAX_LOG_LINES);
    let lines = lines.split_off(omitted).into_iter().map(|l| scrub(core, &l)).collect();
    LogView { lines, omitted }
}

/// A plain-text report for bug reports: versions, platform, what works, settings that matter,
/// counts, and the last warnings and errors. No secrets, prompts, file names or home paths.
pub fn report(core: &AppCore) -> String {
    let doctor = super::doctor::report(core, None);
    let config = core.config();
    let mut out = String::new();
    let mut line = |k: &str, v: String| {
        out.push_str(&format!("{k}: {v}\n"));
    };
    line("Seed Studio", doctor.app_version.clone());
    line("platform", doctor.platform.clone());
    line("data folder", scrub(core, &doctor.data_dir));
    line(
        "keyring",
        format!(
            "{} ({})",
            if doctor.keyring.reachable { "working" } else { "not reachable" },
            doctor.keyring.backend
        ),
    );
    let key = match doctor.vault.key_source {
        Some(crate::vault::master::KeySource::Keyring) => " (key in the keyring)",
        Some(crate::vault::master::KeySource::Passphrase) => " (key sealed by a passphrase)",
        None => "",
    };
    line("vault", format!("{}{key}", doctor.vault.state));
    line(
        "sqlite / sqlcipher",
        format!("{} / {}", doctor.vault.sqlite_version, doctor.vault.sqlcipher_version),
    );
    line("app locked", core.is_locked().to_string());
    line("offline mode", config.network.offline.to_string());
    line("request timeout", config.network.request_timeout.to_string());
    let r = &config.retention;
    line(
        "retention",
        format!(
            "originals {}, outputs {} (max {}), logs {}, ledger {}",
            r.originals, r.outputs, r.outputs_max, r.logs, r.ledger
        ),
    );
    for p in crate::providers::ProviderId::ALL {
        let pc = config.providers.get(p);
        let default = crate::config::ProvidersConfig::default();
        let custom_url = pc.base_url != default.get(p).base_url;
        line(
            &format!("provider {p}"),
            format!(
                "model {}, {} endpoint, preview {}, {} at once",
                pc.model,
                if custom_url { "custom" } else { "default" },
                if pc.skip_preview { "skipped" } else { "shown" },
                pc.concurrency
            ),
        );
    }
    if let Some(Ok(inv)) = core.with_open_vault(|v| super::privacy::inventory(core, v)) {
        let kinds: Vec<String> = inv.kinds.iter().map(|k| format!("{} {}", k.count, k.kind)).collect();
        line("stored", format!("{}; {} ledger entries", kinds.join(", "), inv.ledger_entries));
    }
    let log = recent_log(core);
    let problems: Vec<&String> =
        log.lines.iter().filter(|l| l.contains(" WARN ") || l.contains(" ERROR ")).collect();
    out.push_str(&format!(
        "\nlast warnings and errors ({} of {} lines in 24 h):\n",
        problems.len().min(40),
        log.lines.len() + log.omitted
    ));
    for l in problems.iter().rev().take(40).rev() {
        out.push_str(l);
        out.push('\n');
    }
    out
}

/// Terminal colour codes, if a log line carries any.
fn strip_ansi(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether `text` mentions `path` (tests).
#[cfg(test)]
fn mentions(text: &str, path: &std::path::Path) -> bool {
    text.contains(&path.display().to_string())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::clock::FixedClock;
    use crate::paths::Paths;
    use crate::secrets::memory::MemoryStore;
    use crate::secrets::Sensitive;

    #[test]
    fn the_report_names_no_path_secret_or_prompt() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let paths = Paths::resolve(Some(&data)).unwrap();
        let core = AppCore::open(
            paths,
            Arc::new(FixedClock::new(time::OffsetDateTime::now_utc())),
            Arc::new(MemoryStore::default()),
        )
        .unwrap();
        crate::api::vault::init(&core, None).unwrap();
        let vault = crate::api::objects::open(&core, None).unwrap();
        crate::api::keys::set(
            &core,
            crate::providers::ProviderId::Openai,
            Sensitive::new("sk-diagnostics-secret".into()),
        )
        .unwrap();
        crate::api::tasks::create(
            &core,
            &vault,
            crate::tasks::TaskKind::Generate,
            Some("gemini"),
            Some("my secret prompt"),
            &[],
            None,
        )
        .unwrap();
        core.set_vault(vault);
        std::fs::create_dir_all(data.join("logs")).unwrap();
        let log =
            format!("2026-11-23T08:00:00Z  WARN seed_studio: could not read {}/vault/x\n", data.display());
        std::fs::write(data.join("logs").join("seed-studio.2026-11-23-08.log"), log).unwrap();

        let report = report(&core);
        assert!(report.contains("Seed Studio: ") && report.contains("stored: "), "{report}");
        assert!(report.contains("could not read <data>/vault/x"), "log lines are scrubbed: {report}");
        assert!(!mentions(&report, &data) && !mentions(&report, dir.path()), "{report}");
        for secret in ["sk-diagnostics-secret", "my secret prompt"] {
            assert!(!report.contains(secret), "{secret} in {report}");
        }
        let view = recent_log(&core);
        assert_eq!(view.lines.len(), 1);
        assert!(view.lines[0].contains("<data>/vault/x"));
    }
}
