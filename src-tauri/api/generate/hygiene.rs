//! Prompt hygiene: before a prompt leaves, point out what looks like personal data in it (an
//! e-mail address, a phone number, a street address). A warning, not a block: people may mean
//! it ("a poster for 221B Baker Street"), but they should send it knowingly.

use std::sync::OnceLock;

use regex::Regex;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One kind of personal data found in a prompt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PromptWarning {
    /// `email`, `phone` or `address`.
    pub kind: String,
    /// A sentence for people (never the match itself: warnings may be logged).
    pub message: String,
}

struct Patterns {
    email: Regex,
    phone: Regex,
    address: Regex,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| Patterns {
        email: Regex::new(r"(?i)\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b").expect("a constant pattern"),
        // 7+ digits with the usual separators, optionally +country code: "+44 20 7946 0958",
        // "(555) 123-4567", "030/1234567". Years and sizes ("1920x1080", "2026") are too short.
        phone: Regex::new(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s./-]?\d{2,4}){2,4}").expect("a constant pattern"),
        // A house number next to a street word, in either order ("12 Baker Street", "Hauptstraße 5").
        address: Regex::new(
            r"(?i)\b\d{1,5}[a-z]?,?\s+(?:[a-zà-ÿ'-]+\s+){0,3}(?:street|st\.|avenue|ave\.?|road|rd\.|boulevard|blvd\.?|lane|ln\.|drive|dr\.|court|ct\.|place|pl\.|square|way|rue|via|calle)\b|(?i)\b[a-zà-ÿ-]*(?:straße|strasse|weg|gasse|platz|allee|laan|straat|gatan|vej)\s+\d{1,5}[a-z]?\b",
        )
        .expect("a constant pattern"),
    })
}

/// What in `prompt` looks like personal data.
pub fn check(prompt: &str) -> Vec<PromptWarning> {
    let p = patterns();
    let mut warnings = Vec::new();
    let mut warn = |kind: &str, message: &str| {
        warnings.push(PromptWarning { kind: kind.into(), message: message.into() });
    };
    if p.email.is_match(prompt) {
        warn("email", "The prompt contains what looks like an e-mail address; the provider will receive it.");
    }
    let phone =
        p.phone.find_iter(prompt).any(|m| m.as_str().chars().filter(char::is_ascii_digit).count() >= 7);
    if phone {
        warn("phone", "The prompt contains what looks like a phone number; the provider will receive it.");
    }
    if p.address.is_match(prompt) {
        warn(
            "address",
            "The prompt contains what looks like a street address; the provider will receive it.",
        );
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::check;

    fn kinds(prompt: &str) -> Vec<String> {
        check(prompt).into_iter().map(|w| w.kind).collect()
    }

    #[test]
    fn personal_data_is_flagged() {
        assert_eq!(kinds("poster, contact jane.doe@example.co.uk"), ["email"]);
        assert_eq!(kinds("call +44 20 7946 0958 today"), ["phone"]);
        assert_eq!(kinds("call (555) 123-4567"), ["phone"]);
        assert_eq!(kinds("my house at 42 Wallaby Way, Sydney"), ["address"]);
        assert_eq!(kinds("the shop on Hauptstraße 5 in Berlin"), ["address"]);
        assert_eq!(kinds("12 rue de Rivoli"), ["address"]);
        assert_eq!(kinds("me@mail.com, 555-123-4567, 10 Downing Street"), ["email", "phone", "address"]);
    }

    #[test]
    fn ordinary_prompts_pass() {
        for prompt in [
            "a watercolour of a fox in 1920x1080, 16:9",
            "a poster for the 2026 season, 3 people, 50mm lens",
            "street photography of a busy road at night",
            "product shot on a white background, 4K",
            "",
        ] {
            assert!(check(prompt).is_empty(), "{prompt}: {:?}", check(prompt));
        }
    }
}
