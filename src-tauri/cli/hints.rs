//! What to do next, said the CLI's way. Core messages say what happened and never name a
//! command (the window shows them too); the CLI adds, per error code, the command that helps.

use crate::codes::{Code, ErrorBody};
use crate::providers::ProviderId;

/// What the hints need to know of the command that failed.
pub(super) struct Context {
    /// The provider the command was about, if any.
    pub provider: Option<ProviderId>,
    /// Whether a passphrase file was given.
    pub passphrase_given: bool,
}

/// `body` with the CLI's hint for its code appended, when there is one.
pub(super) fn with_hint(mut body: ErrorBody, context: &Context) -> ErrorBody {
    let provider = context.provider.map_or("PROVIDER", ProviderId::as_str);
    let hint = match body.code {
        Code::NoVault => Some("create one with `seed-studio init`".to_string()),
        Code::Locked if !context.passphrase_given => {
            Some("pass --passphrase-file FILE or set SEED_STUDIO_PASSPHRASE_FILE".to_string())
        }
        Code::ConsentRequired => Some(format!("grant it first (seed-studio consent grant {provider})")),
        Code::Offline => {
            Some("turn it off in Settings or config.toml ([network] offline = false)".to_string())
        }
        Code::MissingApiKey => {
            let env = context.provider.map_or("the provider's API key variable", ProviderId::key_env);
            Some(format!("store one with `seed-studio keys set {provider}`, or set {env}"))
        }
        _ => None,
    };
    if let Some(hint) = hint {
        body.message = format!("{}; {hint}", body.message);
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_name_the_command_and_the_provider() {
        let context = Context { provider: Some(ProviderId::Openai), passphrase_given: false };
        let body = |code, message: &str| ErrorBody { code, message: message.into() };
        let consent =
            with_hint(body(Code::ConsentRequired, "OpenAI has not been given your consent"), &context);
        assert!(consent.message.ends_with("(seed-studio consent grant openai)"), "{}", consent.message);
        let key = with_hint(body(Code::MissingApiKey, "no API key"), &context);
        assert!(key.message.contains("keys set openai") && key.message.contains("OPENAI_API_KEY"));
        assert!(with_hint(body(Code::NoVault, "none"), &context).message.contains("seed-studio init"));
        let given = Context { provider: None, passphrase_given: true };
        assert_eq!(with_hint(body(Code::Locked, "wrong"), &given).message, "wrong", "no hint to give one");
        assert_eq!(with_hint(body(Code::Internal, "x"), &context).message, "x");
    }
}
