//! Prompt help on the wire: asking a provider's *text* model to write an image prompt, from the
//! user's words or from one minimized image, and reading the text it answers. Gemini is asked
//! through `generateContent` with a text model, OpenAI through the Responses API (never stored
//! on its side). Seedream has no text model here. Like the image adapters, these only build
//! requests and read answers; [`crate::egress::gate`] sends them, and the use case that asks
//! (its instructions, its checks) is `api::prompt_help`.

mod gemini;
mod openai;

use super::{ProviderError, ProviderId};
use crate::egress::gate::{Inbound, Outbound};
use crate::egress::minimize::MinimizedImage;
use crate::secrets::Sensitive;

/// What to ask a text model, in one request.
#[derive(Debug, Clone, Copy)]
pub struct TextAsk<'a> {
    /// The text model's id.
    pub model: &'a str,
    /// What the model is to do: our own fixed words, sent as its system instructions.
    pub instructions: &'a str,
    /// The user's words (empty when describing an image); the ledger records their length
    /// and SHA-256.
    pub prompt: &'a str,
    /// At most one minimized image, to describe.
    pub image: Option<&'a MinimizedImage>,
}

/// A provider with a text model prompt help can use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextProvider {
    /// Gemini `generateContent` with a text model.
    Gemini,
    /// OpenAI Responses.
    Openai,
}

impl TextProvider {
    /// The text side of `provider`; `None` for one without a text model (Seedream).
    pub fn of(provider: ProviderId) -> Option<TextProvider> {
        match provider {
            ProviderId::Gemini => Some(TextProvider::Gemini),
            ProviderId::Openai => Some(TextProvider::Openai),
            ProviderId::Seedream | ProviderId::Kling | ProviderId::Seedance => None,
        }
    }

    /// The provider it belongs to.
    pub fn id(self) -> ProviderId {
        match self {
            TextProvider::Gemini => ProviderId::Gemini,
            TextProvider::Openai => ProviderId::Openai,
        }
    }

    /// The text model used unless `config.toml` names another (`[providers.<id>] text_model`):
    /// a current fast model of each (checked 2026-11; ids churn, so this is configuration).
    pub fn default_model(self) -> &'static str {
        match self {
            TextProvider::Gemini => "gemini-3.6-flash",
            TextProvider::Openai => "gpt-5.4-mini",
        }
    }

    /// The request for `ask`. It serves no task: its ledger entry has none.
    pub fn request<'a>(
        self,
        base_url: &str,
        key: Sensitive<String>,
        ask: &TextAsk<'a>,
    ) -> Result<Outbound<'a>, ProviderError> {
        match self {
            TextProvider::Gemini => gemini::request(base_url, key, ask),
            TextProvider::Openai => openai::request(base_url, key, ask),
        }
    }

    /// The prompt in an answer (tidied: see [`tidy`]), or why there is none.
    pub fn parse(self, inbound: &Inbound) -> Result<String, ProviderError> {
        let name = self.id().display_name();
        let text = match self {
            TextProvider::Gemini => gemini::parse(inbound)?,
            TextProvider::Openai => openai::parse(inbound)?,
        };
        let prompt = tidy(&text);
        if prompt.is_empty() {
            return Err(ProviderError::NoText(name, "the answer was empty"));
        }
        Ok(prompt)
    }
}

/// A safety refusal said the text way: prompt help makes no image, so "declined to make this
/// image" would be wrong; every other failure reads the same for text and images.
fn declined(e: ProviderError) -> ProviderError {
    match e {
        ProviderError::Blocked(name, why) => ProviderError::Declined(name, why),
        other => other,
    }
}

/// Quotes a model may wrap a whole answer in.
const QUOTES: [(char, char); 6] =
    [('"', '"'), ('“', '”'), ('„', '“'), ('\'', '\''), ('«', '»'), ('「', '」')];

/// A model's answer as a prompt: trimmed, without a Markdown code fence or quotes around the
/// whole of it (models add both despite being asked not to). Quotes inside are kept.
pub fn tidy(text: &str) -> String {
    let mut t = text.trim();
    if let Some(inner) = t.strip_prefix("```").and_then(|rest| rest.strip_suffix("```")) {
        // A fence's first line may name a language (```text); a prompt starts on the next.
        t = match inner.split_once('\n') {
            Some((info, rest))
                if info.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ' ')) =>
            {
                rest
            }
            _ => inner,
        }
        .trim();
    }
    for (open, close) in QUOTES {
        let Some(inner) = t.strip_prefix(open).and_then(|rest| rest.strip_suffix(close)) else { continue };
        // Only quotes around the whole answer: `"a" and "b"` keeps its own.
        if !inner.contains(open) && !inner.contains(close) {
            t = inner.trim();
        }
        break;
    }
    t.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_lose_fences_and_quotes_around_them_but_not_inside() {
        assert_eq!(tidy("  A red fox in snow.\n"), "A red fox in snow.");
        assert_eq!(tidy("```\nA red fox in snow.\n```"), "A red fox in snow.");
        assert_eq!(tidy("```text\nA red fox,\nin snow.\n```"), "A red fox,\nin snow.");
        assert_eq!(tidy("\"A red fox in snow.\""), "A red fox in snow.");
        assert_eq!(tidy("“Un renard roux dans la neige.”"), "Un renard roux dans la neige.");
        assert_eq!(tidy("「雪の中の赤いキツネ」"), "雪の中の赤いキツネ");
        assert_eq!(tidy("```\n\"A fox.\"\n```"), "A fox.");
        let inner = "\"Open\" sign above a \"closed\" door";
        assert_eq!(tidy(inner), inner, "quotes inside are the prompt's own");
        assert_eq!(tidy("A fox's den, 'cosy'"), "A fox's den, 'cosy'");
        assert_eq!(tidy("```\n```"), "");
        assert_eq!(tidy("\"\""), "");
    }

    #[test]
    fn seedream_has_no_text_side() {
        assert_eq!(TextProvider::of(ProviderId::Seedream), None);
        for p in [ProviderId::Gemini, ProviderId::Openai] {
            let text = TextProvider::of(p).unwrap();
            assert_eq!(text.id(), p);
            assert!(crate::providers::valid_model_id(text.default_model()));
        }
    }
}
