//! The cloud providers Seed Studio can talk to: their names, limits and stated terms, and one
//! wire adapter each (request/response DTOs and error mapping only). Adapters build requests
//! and read answers; only [`crate::egress::gate`] sends anything.

use std::fmt;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::egress::gate::{Inbound, Outbound};
use crate::egress::minimize::{Limits, MinimizedImage, DEFAULT_LONGEST_SIDE};
use crate::secrets::Sensitive;

pub mod catalog;
pub mod gemini;
pub mod openai;
mod scrub;
pub mod seedream;
mod size;
pub mod text;
pub use size::{Fitted, Size, SizeRule};
pub mod video;
mod wire;

/// Whether `model` can be a model id: it goes into URLs, so no spaces, slashes or queries.
pub fn valid_model_id(model: &str) -> bool {
    !model.trim().is_empty()
        && model.len() <= 100
        && model.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':' | '@'))
}

/// What to ask a provider for, in one request.
#[derive(Debug, Clone, Copy)]
pub struct Ask<'a> {
    /// The model id.
    pub model: &'a str,
    /// The user's prompt.
    pub prompt: &'a str,
    /// The minimized references (for a region edit: the part sent).
    pub images: &'a [MinimizedImage],
    /// For a region edit on a provider that takes one ([`ProviderId::takes_mask`]): the mask.
    pub mask: Option<&'a MinimizedImage>,
    /// The output size, or the provider's default.
    pub size: Option<Size>,
    /// A resolution tier (Gemini's `imageConfig.imageSize`), checked against the catalog.
    pub image_size: Option<&'a str>,
    /// OpenAI edits: `input_fidelity: high`.
    pub input_fidelity: bool,
    /// Images wanted from this request.
    pub count: u8,
}

/// What came back: the images (base64-decoded, not yet checked as images) and, when the
/// provider makes several, why some of them failed (Seedream answers per image).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Answer {
    /// The image payloads.
    pub images: Vec<Vec<u8>>,
    /// Why other images of the same request were not made.
    pub failures: Vec<String>,
}

/// Why a provider's answer brought no usable image. Messages are for people and never quote
/// the provider's payload beyond its short error message.
#[derive(Debug, thiserror::Error)]
pub enum ProviderError {
    /// The provider's safety system refused the prompt or the result.
    #[error("{0} declined to make this image ({1})")]
    Blocked(&'static str, String),
    /// It answered without an image.
    #[error("{0} answered without an image; try rewording the prompt")]
    NoImage(&'static str),
    /// Too many requests, still so after retrying.
    #[error("{0} is rate-limiting requests; wait a minute and retry")]
    RateLimited(&'static str),
    /// The API key was refused.
    #[error("{0} refused the API key; check it in Settings")]
    Auth(&'static str),
    /// The request was refused as invalid.
    #[error("{0} refused the request (HTTP {1}): {2}")]
    Rejected(&'static str, u16, String),
    /// The provider failed, still so after retrying.
    #[error("{0} failed (HTTP {1}); try again later")]
    Server(&'static str, u16),
    /// The answer could not be used.
    #[error("{0} sent {1}")]
    BadResponse(&'static str, &'static str),
    /// Asked for something the provider does not make (an image from a video provider).
    #[error("{0} makes {1} only")]
    Unsupported(&'static str, &'static str),
    /// A video job failed at the provider; the text is its reason, in short.
    #[error("{0} could not make the video: {1}")]
    JobFailed(&'static str, String),
    /// A video job was still not finished when the wait limit came.
    #[error("{0} had not finished the video after {1}; it may still finish: retry the task to ask about the same job again (the limit is video.max_wait)")]
    StillWaiting(&'static str, String),
    /// The finished video could not be fetched or is not a usable video.
    #[error("the video from {0} could not be stored: {1}")]
    Download(&'static str, String),
    /// The configured base URL and model do not make a valid URL.
    #[error("the {0} base URL or model id does not make a valid URL; check [providers] in config.toml")]
    InvalidEndpoint(&'static str),
    /// The account has no quota or credit left; retrying will not help.
    #[error("{0} says the account has no quota or credit left; check the plan or billing (not retried)")]
    Quota(&'static str),
    /// No API key in any place looked in; the second field names them (and why one failed).
    #[error("no API key for {0} (looked in: {1})")]
    NoKey(&'static str, String),
    /// Prompt help: the model or its safety system would not write a prompt.
    #[error("{0} declined to help with this prompt ({1})")]
    Declined(&'static str, String),
    /// Prompt help: the answer had no usable text; the second field says what it had instead.
    #[error("{0} gave no prompt back ({1}); try again, or reword it")]
    NoText(&'static str, &'static str),
}

impl ProviderError {
    /// The same error with its provider-given text scrubbed of the key and the prompt (see
    /// [`scrub`](self::scrub::scrub)).
    pub fn scrubbed(self, key: &str, prompt: &str) -> ProviderError {
        let clean = |text: String| scrub::scrub(&text, key, prompt);
        match self {
            ProviderError::Blocked(name, text) => ProviderError::Blocked(name, clean(text)),
            ProviderError::Declined(name, text) => ProviderError::Declined(name, clean(text)),
            ProviderError::Rejected(name, status, text) => ProviderError::Rejected(name, status, clean(text)),
            ProviderError::JobFailed(name, text) => ProviderError::JobFailed(name, clean(text)),
            other => other,
        }
    }
}

pub use scrub::scrub;

impl crate::codes::HasCode for ProviderError {
    fn code(&self) -> crate::codes::Code {
        match self {
            ProviderError::NoKey(..) => crate::codes::Code::MissingApiKey,
            _ => crate::codes::Code::ProviderError,
        }
    }
}
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
    /// Kling AI video (text or frames to video).
    Kling,
    /// ByteDance Seedance video on Ark (content-generation tasks).
    Seedance,
}

impl ProviderId {
    /// Every provider, in the order the UI lists them.
    pub const ALL: [ProviderId; 5] = [
        ProviderId::Gemini,
        ProviderId::Openai,
        ProviderId::Seedream,
        ProviderId::Kling,
        ProviderId::Seedance,
    ];

    /// The providers that make images.
    pub const IMAGE: [ProviderId; 3] = [ProviderId::Gemini, ProviderId::Openai, ProviderId::Seedream];

    /// The providers that make videos.
    pub const VIDEO: [ProviderId; 2] = [ProviderId::Kling, ProviderId::Seedance];

    /// Whether it makes videos (and not images).
    pub fn makes_video(self) -> bool {
        ProviderId::VIDEO.contains(&self)
    }

    /// The provider named by its stable id (`gemini`), as stored in the index; `None` for a
    /// name this version does not know (a restored task of a provider since removed).
    pub fn from_id(id: &str) -> Option<ProviderId> {
        ProviderId::ALL.into_iter().find(|p| p.as_str() == id)
    }

    /// The stable lower-case id used in the CLI, config and keyring entry names.
    pub fn as_str(self) -> &'static str {
        match self {
            ProviderId::Gemini => "gemini",
            ProviderId::Openai => "openai",
            ProviderId::Seedream => "seedream",
            ProviderId::Kling => "kling",
            ProviderId::Seedance => "seedance",
        }
    }

    /// What the provider says it keeps and whether it trains on it, shown before consent and
    /// before each first send (from `providers.md`, checked 2026-11).
    pub fn terms(self) -> &'static str {
        match self {
            ProviderId::Gemini => "Paid API: prompts, images and results are not used to train models; they are kept up to 55 days for abuse monitoring, and projects created after 2026-10-26 store requests for 55 days by default. Free tier: may be used to improve Google products and read by reviewers.",
            ProviderId::Openai => "API inputs and outputs are not used for training by default; kept up to 30 days for abuse monitoring.",
            ProviderId::Seedream => "Ark keeps inputs and outputs for abuse monitoring under BytePlus/Volcengine terms; results are returned inline (nothing hosted).",
            ProviderId::Kling => "No API-specific retention or training statement is published; finished videos stay on Kling's servers for about 30 days behind a link. Seed Studio downloads the video once and keeps it only in your vault.",
            ProviderId::Seedance => "Ark keeps inputs and outputs for abuse monitoring under BytePlus/Volcengine terms; the finished video is hosted behind a temporary link (about 24 hours), which Seed Studio downloads once into your vault.",
        }
    }

    /// The environment variable the CLI reads the API key from when the keyring has none.
    pub fn key_env(self) -> &'static str {
        match self {
            ProviderId::Gemini => "GEMINI_API_KEY",
            ProviderId::Openai => "OPENAI_API_KEY",
            ProviderId::Seedream | ProviderId::Seedance => "ARK_API_KEY",
            // With KLING_SECRET_KEY beside it (see `api::keys`).
            ProviderId::Kling => "KLING_ACCESS_KEY",
        }
    }

    /// The environment variable that overrides the configured base URL (proxies, tests).
    pub fn base_url_env(self) -> &'static str {
        match self {
            ProviderId::Gemini => "SEED_STUDIO_GEMINI_BASE_URL",
            ProviderId::Openai => "SEED_STUDIO_OPENAI_BASE_URL",
            ProviderId::Seedream => "SEED_STUDIO_SEEDREAM_BASE_URL",
            ProviderId::Kling => "SEED_STUDIO_KLING_BASE_URL",
            ProviderId::Seedance => "SEED_STUDIO_SEEDANCE_BASE_URL",
        }
    }

    /// What each reference image may be: 2048 px on the longest side by default; Gemini's image
    /// models take up to 7 MB per inline image (Vertex figure, the stricter one documented).
    pub fn reference_limits(self) -> Limits {
        match self {
            ProviderId::Gemini => Limits { longest_side: DEFAULT_LONGEST_SIDE, max_bytes: 7_000_000 },
            ProviderId::Openai => Limits { longest_side: DEFAULT_LONGEST_SIDE, max_bytes: 20_000_000 },
            ProviderId::Seedream | ProviderId::Seedance => {
                Limits { longest_side: DEFAULT_LONGEST_SIDE, max_bytes: 10_000_000 }
            }
            ProviderId::Kling => Limits { longest_side: DEFAULT_LONGEST_SIDE, max_bytes: 10_000_000 },
        }
    }

    /// Whether its edits take a mask beside the image (OpenAI's `mask`); the others edit the
    /// part sent by instruction, and the mask is applied on the device afterwards.
    pub fn takes_mask(self) -> bool {
        self == ProviderId::Openai
    }

    /// How many images one request can bring back (Gemini makes one per request).
    pub fn images_per_request(self) -> u8 {
        match self {
            ProviderId::Gemini => 1,
            ProviderId::Openai => 10,
            ProviderId::Seedream => 15,
            ProviderId::Kling | ProviderId::Seedance => 1,
        }
    }

    /// The most reference images one request takes (documented limits).
    pub fn max_references(self) -> usize {
        match self {
            ProviderId::Gemini => 14,
            ProviderId::Openai => 16,
            ProviderId::Seedream => 14,
            // A first and a last frame.
            ProviderId::Kling | ProviderId::Seedance => 2,
        }
    }

    /// The request for `ask`, built by this provider's adapter.
    pub fn request<'a>(
        self,
        base_url: &str,
        key: Sensitive<String>,
        task_id: &'a str,
        ask: &Ask<'a>,
    ) -> Result<Outbound<'a>, ProviderError> {
        match self {
            ProviderId::Gemini => gemini::request(base_url, key, task_id, ask),
            ProviderId::Openai => openai::request(base_url, key, task_id, ask),
            ProviderId::Seedream => seedream::request(base_url, key, task_id, ask),
            ProviderId::Kling | ProviderId::Seedance => {
                Err(ProviderError::Unsupported(self.display_name(), "videos"))
            }
        }
    }

    /// The images in an answer, or why there are none.
    pub fn parse(self, inbound: &Inbound) -> Result<Answer, ProviderError> {
        match self {
            ProviderId::Gemini => gemini::parse(inbound),
            ProviderId::Openai => openai::parse(inbound),
            ProviderId::Seedream => seedream::parse(inbound),
            ProviderId::Kling | ProviderId::Seedance => {
                Err(ProviderError::Unsupported(self.display_name(), "videos"))
            }
        }
    }

    /// Whether an answer is worth retrying after a wait (busy or failing, not refusing).
    pub fn retryable(self, inbound: &Inbound) -> bool {
        match self {
            ProviderId::Openai => openai::retryable(inbound),
            ProviderId::Kling => video::kling::retryable(inbound),
            ProviderId::Gemini | ProviderId::Seedream | ProviderId::Seedance => {
                inbound.status == 429 || inbound.status >= 500
            }
        }
    }

    /// The name people know it by.
    pub fn display_name(self) -> &'static str {
        match self {
            ProviderId::Gemini => "Google Gemini",
            ProviderId::Openai => "OpenAI",
            ProviderId::Seedream => "Seedream (Volcengine Ark)",
            ProviderId::Kling => "Kling AI",
            ProviderId::Seedance => "Seedance (Volcengine Ark)",
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
