//! Provider messages are relayed to people, stored as a task's reason and logged by code, so
//! they must never carry what the request carried: a provider that echoes its input ("Bad
//! prompt '…' for key sk-…") would otherwise put the API key and the prompt into the window,
//! the CLI's JSON and the index. Everything shown passes through [`scrub`] first.

/// What replaces a redacted key.
const KEY: &str = "[API key]";
/// What replaces an echoed prompt.
const PROMPT: &str = "[prompt]";
/// Quoted text this long is taken for an echo of the request, whatever it says.
const LONG_QUOTE: usize = 24;
/// A token this long made only of key characters looks like a credential.
const KEY_LIKE: usize = 24;

/// `message` without the key in use, the prompt (whole, or any quoted part of it), long quoted
/// echoes, or anything shaped like an API key.
pub fn scrub(message: &str, key: &str, prompt: &str) -> String {
    let mut text = message.to_string();
    let key = key.trim();
    if key.len() >= 8 {
        text = text.replace(key, KEY);
    }
    let prompt = prompt.trim();
    if !prompt.is_empty() {
        text = text.replace(prompt, PROMPT);
    }
    text = redact_quotes(&text, prompt);
    redact_key_like(&text)
}

/// Quoted spans ('…', "…", `…`, “…”) that are part of the prompt or long enough to be an echo.
fn redact_quotes(text: &str, prompt: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((start, open)) = rest.char_indices().find(|(_, c)| matches!(c, '\'' | '"' | '`' | '“')) {
        let close = if open == '“' { '”' } else { open };
        let after = &rest[start + open.len_utf8()..];
        let Some(end) = after.find(close) else { break };
        let inner = &after[..end];
        out.push_str(&rest[..start]);
        let echo = inner.chars().count() >= LONG_QUOTE
            || (inner.trim().chars().count() >= 4 && prompt.contains(inner.trim()));
        if echo {
            out.push(open);
            out.push_str(PROMPT);
            out.push(close);
        } else {
            out.push(open);
            out.push_str(inner);
            out.push(close);
        }
        rest = &after[end + close.len_utf8()..];
    }
    out.push_str(rest);
    out
}

fn redact_key_like(text: &str) -> String {
    text.split_inclusive(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ')' | '(' | '\'' | '"'))
        .map(|piece| {
            let token = piece.trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, ',' | ';' | ')' | '(' | '\'' | '"')
            });
            let tail = &piece[token.len()..];
            let looks_like_key = token.len() >= KEY_LIKE
                && token.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
                && token.chars().any(|c| c.is_ascii_digit())
                && token.chars().any(|c| c.is_ascii_alphabetic());
            if looks_like_key {
                format!("{KEY}{tail}")
            } else {
                piece.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY_IN_USE: &str = "sk-proj-Abc123Def456Ghi789Jkl012";

    #[test]
    fn an_echo_of_key_and_prompt_is_redacted() {
        let prompt = "my daughter Alice at 12 Baker Street on her birthday";
        let msg = format!("Bad prompt '{prompt}' for key {KEY_IN_USE}");
        let clean = scrub(&msg, KEY_IN_USE, prompt);
        assert!(!clean.contains("Alice") && !clean.contains("Abc123"), "{clean}");
        assert!(clean.contains("Bad prompt") && clean.contains(KEY), "{clean}");
    }

    #[test]
    fn a_part_of_the_prompt_in_quotes_and_other_keys_are_redacted() {
        let prompt = "a portrait of Marie Dupont, oil painting";
        let clean = scrub(
            "Rejected term \"Marie Dupont\"; other key AIzaSyD-1234567890abcdefghijk used",
            "k",
            prompt,
        );
        assert!(!clean.contains("Marie") && !clean.contains("AIza"), "{clean}");
    }

    #[test]
    fn an_ordinary_message_is_kept_as_it_is() {
        let msg = "Invalid size 'auto'. Supported: 1024x1024, 1536x1024 (see docs)";
        assert_eq!(scrub(msg, KEY_IN_USE, "a cat"), msg);
    }
}
