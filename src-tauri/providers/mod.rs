//! The cloud providers Seed Studio can talk to. This module names them; the wire adapters
//! (request/response DTOs and error mapping over one shared HTTP client) live beside it as
//! generation support lands. Nothing here performs network I/O.

use std::fmt;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A cloud image provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ProviderId {
    /// Google Gemini (`generateContent` with image output).
    Gemini,
    /// OpenAI Images.
    Openai,
    /// ByteDance Seedream on Volcengine Ark.
    Seedream,
}

impl ProviderId {
    /// Every provider, in the order the UI lists them.
    pub const ALL: [ProviderId; 3] = [ProviderId::Gemini, ProviderId::Openai, ProviderId::Seedream];

    /// The stable lower-case id used in the CLI, config and keyring entry names.
    pub fn as_str(self) -> &'static str {
        match self {
            ProviderId::Gemini => "gemini",
            ProviderId::Openai => "openai",
            ProviderId::Seedream => "seedream",
        }
    }

    /// The name people know it by.
    pub fn display_name(self) -> &'static str {
        match self {
            ProviderId::Gemini => "Google Gemini",
            ProviderId::Openai => "OpenAI",
            ProviderId::Seedream => "Seedream (Volcengine Ark)",
        }
    }
}

impl fmt::Display for ProviderId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_the_same_in_cli_and_json() {
        for p in ProviderId::ALL {
            assert_eq!(<ProviderId as clap::ValueEnum>::from_str(p.as_str(), false).unwrap(), p);
            assert_eq!(serde_json::to_value(p).unwrap(), serde_json::json!(p.as_str()));
            assert_eq!(serde_json::from_value::<ProviderId>(serde_json::json!(p.as_str())).unwrap(), p);
        }
        assert!(serde_json::from_value::<ProviderId>(serde_json::json!("acme")).is_err());
    }
}
