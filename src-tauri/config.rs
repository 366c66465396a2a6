//! `config.toml` in the data directory: the user's settings, typed and strict.
//!
//! A missing file means defaults. An unknown key or an invalid value is an error that names the
//! key (`ui.theme`) and what would be accepted, but never echoes the value or the offending line:
//! people paste the wrong things into config files, API keys included, and errors get logged.
//! Writes are atomic ([`crate::atomic_file`]).

use std::io;
use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::atomic_file;
use crate::codes::{Code, HasCode};

/// All settings. New sections and keys get `#[serde(default)]` so older files keep loading.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct Config {
    /// Appearance.
    pub ui: UiConfig,
    /// Operational logs.
    pub logging: LoggingConfig,
    /// Importing.
    pub import: ImportConfig,
    /// How long each kind of data is kept.
    pub retention: crate::retention::Policy,
    /// Running with the window closed.
    pub background: BackgroundConfig,
    /// The network switch.
    pub network: NetworkConfig,
    /// Models and endpoints of each cloud provider.
    pub providers: ProvidersConfig,
    /// The app lock.
    pub lock: LockConfig,
    /// Image models the user adds to the catalog, with their limits (`[[models]]`).
    pub models: Vec<crate::providers::catalog::CustomModel>,
    /// Video jobs: how long to wait for one, how large a download may be.
    pub video: VideoConfig,
}

/// `[video]`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct VideoConfig {
    /// How long to wait for a provider to finish a video, in all, from when it accepted the
    /// job (10s to 24h); then the task fails with a clear message, and retrying it asks about
    /// the same job again.
    pub max_wait: crate::retention::Window,
    /// The largest video downloaded, in MiB (1 to 4096); a larger one is refused.
    pub max_download_mib: u32,
}

impl Default for VideoConfig {
    fn default() -> Self {
        VideoConfig { max_wait: crate::retention::Window::seconds(30 * 60), max_download_mib: 512 }
    }
}

/// `[lock]`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct LockConfig {
    /// Lock the window after this many minutes without use (0: never; at most 1440). Only
    /// when something can unlock it: a passphrase vault, or an app-lock passphrase.
    pub idle_minutes: u32,
}

impl Default for LockConfig {
    fn default() -> Self {
        LockConfig { idle_minutes: 15 }
    }
}

/// `[network]`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct NetworkConfig {
    /// Nothing leaves the device: the egress gate refuses every request.
    pub offline: bool,
    /// The longest a provider may take to answer one request (5s to 30m); slower is a clear
    /// "did not answer" error instead of a hang.
    pub request_timeout: crate::retention::Window,
}

impl Default for NetworkConfig {
    fn default() -> Self {
        NetworkConfig { offline: false, request_timeout: crate::retention::Window::seconds(180) }
    }
}

/// `[providers.<id>]`: one provider's model and endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ProviderConfig {
    /// The model id sent with each request.
    pub model: String,
    /// The API's base URL (a proxy, or a local server for tests); `https` unless loopback.
    pub base_url: String,
    /// Send without showing the preview of what will leave (for a provider the user trusts).
    #[serde(default)]
    pub skip_preview: bool,
    /// How many of this provider's tasks may run at once (1 to 8).
    #[serde(default = "default_concurrency")]
    pub concurrency: u8,
    /// The text model prompt help asks (improve a prompt, describe an image); absent: the
    /// provider's current default. Seedream has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional = nullable)]
    pub text_model: Option<String>,
    /// What leaves of each reference beyond the metadata floor when a request does not say
    /// (`subject`, `bystanders`, `background`): Create starts from it, `generate` without
    /// `--minimize` applies it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(as = "Option<Vec<crate::index::Level>>", optional)]
    pub minimize: Vec<crate::index::Level>,
}

fn default_concurrency() -> u8 {
    2
}

/// `[providers]`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct ProvidersConfig {
    /// Google Gemini.
    pub gemini: ProviderConfig,
    /// OpenAI Images.
    pub openai: ProviderConfig,
    /// Seedream on Ark.
    pub seedream: ProviderConfig,
    /// Kling AI video.
    pub kling: ProviderConfig,
    /// Seedance video on Ark.
    pub seedance: ProviderConfig,
}

impl Default for ProvidersConfig {
    fn default() -> Self {
        let p = |model: &str, base_url: &str| ProviderConfig {
            model: model.into(),
            base_url: base_url.into(),
            skip_preview: false,
            concurrency: default_concurrency(),
            text_model: None,
            minimize: Vec::new(),
        };
        ProvidersConfig {
            gemini: p("gemini-3.1-flash-image", "https://generativelanguage.googleapis.com"),
            openai: p("gpt-image-1.5", "https://api.openai.com"),
            seedream: p("seedream-4-5-251128", "https://ark.ap-southeast.bytepluses.com/api/v3"),
            kling: p("kling-v2-6", "https://api-singapore.klingai.com"),
            seedance: p("seedance-1-0-pro-250528", "https://ark.ap-southeast.bytepluses.com/api/v3"),
        }
    }
}

impl ProvidersConfig {
    /// One provider's settings.
    pub fn get(&self, provider: crate::providers::ProviderId) -> &ProviderConfig {
        use crate::providers::ProviderId;
        match provider {
            ProviderId::Gemini => &self.gemini,
            ProviderId::Openai => &self.openai,
            ProviderId::Seedream => &self.seedream,
            ProviderId::Kling => &self.kling,
            ProviderId::Seedance => &self.seedance,
        }
    }

    /// The text model prompt help uses with `provider`: the configured one, or its default;
    /// `None` for a provider without one (Seedream).
    pub fn text_model(&self, provider: crate::providers::ProviderId) -> Option<String> {
        let default = crate::providers::text::TextProvider::of(provider)?.default_model();
        Some(self.get(provider).text_model.clone().unwrap_or_else(|| default.to_string()))
    }
}

/// `[background]`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct BackgroundConfig {
    /// Closing the window keeps Seed Studio in the system tray, so deletions happen on time.
    pub close_to_tray: bool,
    /// Start Seed Studio (in the tray) when the user logs in.
    pub start_at_login: bool,
}

impl Default for BackgroundConfig {
    fn default() -> Self {
        BackgroundConfig { close_to_tray: true, start_at_login: false }
    }
}

/// `[import]`
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct ImportConfig {
    /// An absolute folder whose new images are imported automatically; none when unset.
    pub watch_folder: Option<String>,
    /// Delete a watched file once its copy in the vault has been read back and verified.
    pub delete_after_import: bool,
}

/// `[ui]`
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct UiConfig {
    /// `system` follows the OS light/dark preference.
    pub theme: Theme,
    /// The window's language; `system` follows the OS locale.
    pub language: Language,
}

/// The languages the window speaks (the CLI stays English). Tags as in BCP 47.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum Language {
    /// Follow the operating system's locale.
    #[default]
    #[serde(rename = "system")]
    System,
    #[serde(rename = "en")]
    /// English.
    English,
    #[serde(rename = "zh-CN")]
    /// Simplified Chinese.
    ChineseSimplified,
    #[serde(rename = "ja")]
    /// Japanese.
    Japanese,
    #[serde(rename = "ko")]
    /// Korean.
    Korean,
    #[serde(rename = "es")]
    /// Spanish.
    Spanish,
    #[serde(rename = "pt-BR")]
    /// Brazilian Portuguese.
    PortugueseBrazil,
    #[serde(rename = "fr")]
    /// French.
    French,
    #[serde(rename = "de")]
    /// German.
    German,
    #[serde(rename = "hi")]
    /// Hindi.
    Hindi,
    #[serde(rename = "ar")]
    /// Arabic (right to left).
    Arabic,
}

/// The colour scheme.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Theme {
    /// Follow the operating system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// `[logging]`
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct LoggingConfig {
    /// The most detailed level written to the log files.
    pub level: LogLevel,
}

/// How much the operational log records. There is deliberately no `trace`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum LogLevel {
    /// Failures only.
    Error,
    /// Failures and warnings.
    Warn,
    /// Normal operation (default).
    #[default]
    Info,
    /// Troubleshooting detail.
    Debug,
}

impl LogLevel {
    /// The `tracing` filter directive for this level.
    pub fn as_filter(self) -> &'static str {
        match self {
            LogLevel::Error => "error",
            LogLevel::Warn => "warn",
            LogLevel::Info => "info",
            LogLevel::Debug => "debug",
        }
    }
}

/// Why `config.toml` could not be used. Messages name keys, never values.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file exists but cannot be read.
    #[error("config.toml cannot be read: {0}")]
    Read(io::ErrorKind),
    /// The file is not valid TOML.
    #[error("config.toml is not valid TOML (line {line}, column {column}): {reason}")]
    Syntax {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// The parser's description, without the offending text.
        reason: String,
    },
    /// A key that Seed Studio does not know.
    #[error("config.toml: unknown key `{key}` (known keys: {known})")]
    UnknownKey {
        /// The dotted key, e.g. `ui.colour`.
        key: String,
        /// Every valid key, comma-separated.
        known: String,
    },
    /// A known key with a value of the wrong type or out of range.
    #[error("config.toml: invalid value for `{key}`: expected {expected}")]
    InvalidValue {
        /// The dotted key, e.g. `ui.theme`.
        key: String,
        /// What would be accepted.
        expected: String,
    },
    /// The file could not be written.
    #[error("config.toml cannot be written: {0}")]
    Write(io::ErrorKind),
}

impl HasCode for ConfigError {
    fn code(&self) -> Code {
        match self {
            ConfigError::Write(_) | ConfigError::Read(_) => Code::DataDir,
            _ => Code::InvalidConfig,
        }
    }
}

impl Config {
    /// Load from `path`; a missing file gives the defaults.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Config::parse(&text),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) if e.kind() == io::ErrorKind::InvalidData => {
                Err(ConfigError::Syntax { line: 1, column: 1, reason: "the file is not UTF-8 text".into() })
            }
            Err(e) => Err(ConfigError::Read(e.kind())),
        }
    }

    /// Parse TOML text.
    pub fn parse(text: &str) -> Result<Config, ConfigError> {
        let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
            let (line, column) = e.span().map_or((1, 1), |s| line_col(text, s.start));
            ConfigError::Syntax { line, column, reason: first_line(e.message()).to_string() }
        })?;
        let config: Config = serde_path_to_error::deserialize(toml::Value::Table(table)).map_err(|e| {
            let parent = e.path().to_string();
            describe_value_error(&parent, &e.inner().to_string())
        })?;
        config.validate()?;
        Ok(config)
    }

    /// Checks serde cannot express.
    pub fn validate(&self) -> Result<(), ConfigError> {
        for (id, p) in [
            ("gemini", &self.providers.gemini),
            ("openai", &self.providers.openai),
            ("seedream", &self.providers.seedream),
            ("kling", &self.providers.kling),
            ("seedance", &self.providers.seedance),
        ] {
            if !crate::egress::http::acceptable_base_url(&p.base_url) {
                return Err(ConfigError::InvalidValue {
                    key: format!("providers.{id}.base_url"),
                    expected: "an https:// URL (http:// only for 127.0.0.1 or localhost)".into(),
                });
            }
            if !(1..=8).contains(&p.concurrency) {
                return Err(ConfigError::InvalidValue {
                    key: format!("providers.{id}.concurrency"),
                    expected: "a number from 1 to 8".into(),
                });
            }
            if !crate::providers::valid_model_id(&p.model) {
                return Err(ConfigError::InvalidValue {
                    key: format!("providers.{id}.model"),
                    expected: "a model id such as gemini-3.1-flash-image (no spaces or slashes)".into(),
                });
            }
            if matches!(id, "kling" | "seedance") && !p.minimize.is_empty() {
                return Err(ConfigError::InvalidValue {
                    key: format!("providers.{id}.minimize"),
                    expected:
                        "no value: video frames always leave with the metadata floor only (remove the key)"
                            .into(),
                });
            }
            match &p.text_model {
                Some(_) if matches!(id, "seedream" | "kling" | "seedance") => {
                    return Err(ConfigError::InvalidValue {
                        key: format!("providers.{id}.text_model"),
                        expected: format!(
                            "no value: {} has no text model (remove the key)",
                            crate::providers::ProviderId::from_id(id).map_or(id, |p| p.display_name())
                        ),
                    })
                }
                Some(m) if !crate::providers::valid_model_id(m) => {
                    return Err(ConfigError::InvalidValue {
                        key: format!("providers.{id}.text_model"),
                        expected: "a model id such as gemini-3.6-flash (no spaces or slashes)".into(),
                    })
                }
                _ => {}
            }
        }
        for (n, model) in self.models.iter().enumerate() {
            let key = || format!("models[{n}]");
            model.spec().check().map_err(|expected| ConfigError::InvalidValue { key: key(), expected })?;
            if self.models[..n].iter().any(|m| m.provider == model.provider && m.id == model.id) {
                return Err(ConfigError::InvalidValue {
                    key: key(),
                    expected: format!("one entry per model ({} is listed twice)", model.id),
                });
            }
        }
        if self.lock.idle_minutes > 1440 {
            return Err(ConfigError::InvalidValue {
                key: "lock.idle_minutes".into(),
                expected: "minutes from 0 (never) to 1440".into(),
            });
        }
        let wait = self.video.max_wait;
        if wait < crate::retention::Window::seconds(10) || wait > crate::retention::Window::hours(24) {
            return Err(ConfigError::InvalidValue {
                key: "video.max_wait".into(),
                expected: "a duration from 10s to 24h".into(),
            });
        }
        if !(1..=4096).contains(&self.video.max_download_mib) {
            return Err(ConfigError::InvalidValue {
                key: "video.max_download_mib".into(),
                expected: "a number of MiB from 1 to 4096".into(),
            });
        }
        let timeout = self.network.request_timeout;
        if timeout < crate::retention::Window::seconds(5) || timeout > crate::retention::Window::seconds(1800)
        {
            return Err(ConfigError::InvalidValue {
                key: "network.request_timeout".into(),
                expected: "a duration from 5s to 30m".into(),
            });
        }
        if let Some((key, expected)) = self.retention.out_of_bounds() {
            return Err(ConfigError::InvalidValue { key, expected });
        }
        if let Some(folder) = &self.import.watch_folder {
            if !Path::new(folder).is_absolute() {
                return Err(ConfigError::InvalidValue {
                    key: "import.watch_folder".into(),
                    expected: "an absolute folder path".into(),
                });
            }
        }
        Ok(())
    }

    /// Write to `path` atomically (after [`Config::validate`]).
    pub fn save(&self, path: &Path) -> Result<(), ConfigError> {
        self.validate()?;
        let text =
            toml::to_string_pretty(self).map_err(|_| ConfigError::Write(io::ErrorKind::InvalidData))?;
        atomic_file::write(path, text.as_bytes()).map_err(|e| ConfigError::Write(e.kind()))
    }

    /// Every valid dotted key, sorted.
    pub fn known_keys() -> Vec<String> {
        let mut keys = Vec::new();
        // Optional keys are absent from the defaults; fill them so they are listed too.
        let mut example = Config::default();
        example.import.watch_folder = Some(String::new());
        example.providers.gemini.text_model = Some(String::new());
        example.providers.openai.text_model = Some(String::new());
        for p in
            [&mut example.providers.gemini, &mut example.providers.openai, &mut example.providers.seedream]
        {
            p.minimize = vec![crate::index::Level::Subject];
        }
        if let Ok(toml::Value::Table(table)) = toml::Value::try_from(example) {
            collect_keys("", &table, &mut keys);
        }
        keys
    }
}

fn collect_keys(prefix: &str, table: &toml::Table, out: &mut Vec<String>) {
    for (key, value) in table {
        let dotted = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
        match value {
            toml::Value::Table(inner) => collect_keys(&dotted, inner, out),
            _ => out.push(dotted),
        }
    }
}

/// Turn serde's message into a key-naming error that does not repeat the value.
/// serde's messages look like "unknown field `x`, expected ..." or
/// "unknown variant `purple`, expected one of `system`, `light`" or
/// "invalid type: string \"...\", expected a boolean" — the value sits before ", expected".
fn describe_value_error(parent: &str, message: &str) -> ConfigError {
    let join = |leaf: &str| {
        if parent.is_empty() || parent == "." {
            leaf.to_string()
        } else {
            format!("{parent}.{leaf}")
        }
    };
    if let Some(rest) = message.strip_prefix("unknown field `") {
        // serde_path_to_error's path already ends with the unknown field; older versions
        // stopped at its parent.
        let field = rest.split('`').next().unwrap_or_default();
        let key = if parent == field || parent.ends_with(&format!(".{field}")) {
            parent.to_string()
        } else {
            join(field)
        };
        // The key itself may be a pasted secret: repeat only what reads as a setting name.
        let key = if looks_like_setting_name(&key) {
            key
        } else {
            "(a name that is not a setting; not repeated in case it is a secret)".into()
        };
        return ConfigError::UnknownKey { key, known: Config::known_keys().join(", ") };
    }
    let expected = message
        .split_once(", expected ")
        .map(|(_, tail)| first_line(tail).to_string())
        .unwrap_or_else(|| "a value of the documented type".into());
    ConfigError::InvalidValue {
        key: if parent.is_empty() { ".".into() } else { parent.to_string() },
        expected,
    }
}

/// Lower-case words joined by `_` and `.`, at most 40 characters: the shape of every setting
/// (`ui.theme`, `network.request_timeout`). Keys, tokens and prompts have digits, capitals,
/// dashes or spaces.
fn looks_like_setting_name(key: &str) -> bool {
    key.len() <= 40
        && !key.is_empty()
        && key
            .split('.')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or_default().trim()
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_file_means_defaults() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Config::load(&dir.path().join("config.toml")).unwrap(), Config::default());
    }

    #[test]
    fn round_trips_through_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let config = Config {
            ui: UiConfig { theme: Theme::Dark, language: Language::German },
            logging: LoggingConfig { level: LogLevel::Debug },
            import: ImportConfig {
                watch_folder: Some("/home/me/Pictures/In".into()),
                delete_after_import: true,
            },
            retention: crate::retention::Policy {
                outputs: crate::retention::Window::days(7),
                ..Default::default()
            },
            background: BackgroundConfig { close_to_tray: false, start_at_login: true },
            network: NetworkConfig { offline: true, ..NetworkConfig::default() },
            providers: ProvidersConfig::default(),
            lock: LockConfig { idle_minutes: 0 },
            video: VideoConfig { max_wait: crate::retention::Window::hours(2), max_download_mib: 900 },
            models: vec![crate::providers::catalog::CustomModel {
                provider: crate::providers::ProviderId::Gemini,
                id: "gemini-nano-banana-2.1".into(),
                references: 3,
                edits: true,
                image_sizes: vec!["1K".into()],
                input_fidelity: false,
            }],
        };
        config.save(&path).unwrap();
        assert_eq!(Config::load(&path).unwrap(), config);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("theme = \"dark\""), "{text}");
        assert!(text.contains("language = \"de\""), "{text}");
    }

    #[test]
    fn partial_files_fill_in_defaults() {
        let config = Config::parse("[ui]\ntheme = \"light\"\n").unwrap();
        assert_eq!(config.ui.theme, Theme::Light);
        assert_eq!(config.logging.level, LogLevel::Info);
    }

    #[test]
    fn unknown_nested_key_is_named_with_its_section() {
        let err = Config::parse("[ui]\ncolour = \"sk-live-DO-NOT-ECHO\"\n").unwrap_err();
        assert!(matches!(&err, ConfigError::UnknownKey { key, .. } if key == "ui.colour"), "{err:?}");
        let msg = err.to_string();
        assert!(msg.contains("ui.theme"), "lists known keys: {msg}");
        assert!(!msg.contains("DO-NOT-ECHO"), "{msg}");
    }

    #[test]
    fn an_unknown_key_that_looks_like_a_secret_is_not_repeated() {
        for text in [
            "\"sk-live-4f9a0c2e77\" = 1\n",
            "[ui]\nAIzaSyD8x7Hk2 = true\n",
            "[network]\n\"my neighbour's address\" = 1\n",
        ] {
            let err = Config::parse(text).unwrap_err();
            let msg = err.to_string();
            assert!(matches!(&err, ConfigError::UnknownKey { .. }), "{err:?}");
            assert!(!msg.contains("sk-live") && !msg.contains("AIza") && !msg.contains("neighbour"), "{msg}");
        }
    }

    #[test]
    fn unknown_top_level_key_is_named() {
        let err = Config::parse("api_key = \"sk-live-DO-NOT-ECHO\"\n").unwrap_err();
        assert!(matches!(&err, ConfigError::UnknownKey { key, .. } if key == "api_key"), "{err:?}");
        assert!(!err.to_string().contains("DO-NOT-ECHO"));
    }

    #[test]
    fn invalid_value_names_the_key_and_the_choices_but_not_the_value() {
        let err = Config::parse("[ui]\ntheme = \"a portrait of my neighbour\"\n").unwrap_err();
        let msg = err.to_string();
        assert!(matches!(&err, ConfigError::InvalidValue { key, .. } if key == "ui.theme"), "{err:?}");
        assert!(msg.contains("system") && msg.contains("dark"), "{msg}");
        assert!(!msg.contains("neighbour"), "{msg}");
    }

    #[test]
    fn wrong_type_is_an_invalid_value() {
        let err = Config::parse("[logging]\nlevel = 3\n").unwrap_err();
        assert!(matches!(&err, ConfigError::InvalidValue { key, .. } if key == "logging.level"), "{err:?}");
        let err = Config::parse("ui = 1\n").unwrap_err();
        assert!(matches!(&err, ConfigError::InvalidValue { key, .. } if key == "ui"), "{err:?}");
    }

    #[test]
    fn syntax_error_gives_position_without_the_line() {
        let err = Config::parse("[ui]\ntheme = \"dark\"\nsecret prompt text here\n").unwrap_err();
        let ConfigError::Syntax { line, .. } = &err else { panic!("{err:?}") };
        assert_eq!(*line, 3);
        assert!(!err.to_string().contains("prompt text"), "{err}");
    }

    #[test]
    fn known_keys_lists_every_leaf() {
        assert_eq!(
            Config::known_keys(),
            vec![
                "background.close_to_tray",
                "background.start_at_login",
                "import.delete_after_import",
                "import.watch_folder",
                "lock.idle_minutes",
                "logging.level",
                "models",
                "network.offline",
                "network.request_timeout",
                "providers.gemini.base_url",
                "providers.gemini.concurrency",
                "providers.gemini.minimize",
                "providers.gemini.model",
                "providers.gemini.skip_preview",
                "providers.gemini.text_model",
                "providers.kling.base_url",
                "providers.kling.concurrency",
                "providers.kling.model",
                "providers.kling.skip_preview",
                "providers.openai.base_url",
                "providers.openai.concurrency",
                "providers.openai.minimize",
                "providers.openai.model",
                "providers.openai.skip_preview",
                "providers.openai.text_model",
                "providers.seedance.base_url",
                "providers.seedance.concurrency",
                "providers.seedance.model",
                "providers.seedance.skip_preview",
                "providers.seedream.base_url",
                "providers.seedream.concurrency",
                "providers.seedream.minimize",
                "providers.seedream.model",
                "providers.seedream.skip_preview",
                "retention.ledger",
                "retention.logs",
                "retention.originals",
                "retention.outputs",
                "retention.outputs_max",
                "ui.language",
                "ui.theme",
                "video.max_download_mib",
                "video.max_wait",
            ]
        );
    }

    #[test]
    fn retention_windows_are_read_as_durations_within_bounds() {
        let config = Config::parse("[retention]\noriginals = \"90s\"\noutputs = \"12h\"\n").unwrap();
        assert_eq!(config.retention.originals, crate::retention::Window::seconds(90));
        assert_eq!(config.retention.outputs, crate::retention::Window::hours(12));
        assert_eq!(config.retention.logs, crate::retention::Window::hours(24), "others keep their defaults");
        let err = Config::parse("[retention]\noriginals = \"48h\"\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "config.toml: invalid value for `retention.originals`: expected a duration from 1m to 1d"
        );
        let err = Config::parse("[retention]\noutputs = \"sk-live-123\"\n").unwrap_err();
        let text = err.to_string();
        assert!(text.contains("`retention.outputs`") && text.contains("`30d`"), "{text}");
        assert!(!text.contains("sk-live"), "the value is never echoed: {text}");
    }

    #[test]
    fn a_relative_watch_folder_is_refused_by_name() {
        let err = Config::parse("[import]\nwatch_folder = \"Pictures\"\n").unwrap_err();
        assert!(
            matches!(&err, ConfigError::InvalidValue { key, .. } if key == "import.watch_folder"),
            "{err:?}"
        );
    }

    #[test]
    fn text_models_default_per_provider_and_are_checked_like_models() {
        use crate::providers::ProviderId;
        let defaults = Config::default().providers;
        assert_eq!(defaults.text_model(ProviderId::Gemini).as_deref(), Some("gemini-3.6-flash"));
        assert_eq!(defaults.text_model(ProviderId::Openai).as_deref(), Some("gpt-5.4-mini"));
        assert_eq!(defaults.text_model(ProviderId::Seedream), None, "Seedream has no text model");
        let section = |id: &str, text_model: &str| {
            format!("[providers.{id}]\nmodel = \"m\"\nbase_url = \"https://x.example\"\ntext_model = \"{text_model}\"\n")
        };
        let config = Config::parse(&section("openai", "gpt-5.5")).unwrap();
        assert_eq!(config.providers.text_model(ProviderId::Openai).as_deref(), Some("gpt-5.5"));
        let err = Config::parse(&section("gemini", "my secret/../model")).unwrap_err();
        assert!(
            matches!(&err, ConfigError::InvalidValue { key, .. } if key == "providers.gemini.text_model"),
            "{err:?}"
        );
        assert!(!err.to_string().contains("secret"), "the value is never echoed: {err}");
        let err = Config::parse(&section("seedream", "doubao-seed")).unwrap_err();
        assert!(err.to_string().contains("Seedream (Volcengine Ark) has no text model"), "{err}");
        let err = Config::parse(&section("kling", "kling-text")).unwrap_err();
        assert!(err.to_string().contains("Kling AI has no text model"), "{err}");
    }

    #[test]
    fn default_levels_per_provider_are_read_and_refused_for_video() {
        let config = Config::parse(
            "[providers.gemini]\nmodel = \"m\"\nbase_url = \"https://x.example\"\nminimize = [\"subject\", \"bystanders\"]\n",
        )
        .unwrap();
        assert_eq!(
            config.providers.gemini.minimize,
            [crate::index::Level::Subject, crate::index::Level::Bystanders]
        );
        assert!(config.providers.openai.minimize.is_empty());
        let err = Config::parse(
            "[providers.gemini]\nmodel = \"m\"\nbase_url = \"https://x.example\"\nminimize = [\"faces\"]\n",
        )
        .unwrap_err();
        assert!(
            matches!(&err, ConfigError::InvalidValue { key, .. } if key.starts_with("providers.gemini.minimize")),
            "{err:?}"
        );
        let err = Config::parse(
            "[providers.kling]\nmodel = \"m\"\nbase_url = \"https://x.example\"\nminimize = [\"subject\"]\n",
        )
        .unwrap_err();
        assert!(err.to_string().contains("metadata floor only"), "{err}");
    }

    #[test]
    fn config_errors_are_invalid_config() {
        let err = Config::parse("nope = 1").unwrap_err();
        assert_eq!(err.code(), Code::InvalidConfig);
    }
}
