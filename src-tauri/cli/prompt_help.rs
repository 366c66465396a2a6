//! `prompt improve`, `prompt describe`: prompt help from a provider's text model. People get the
//! suggested prompt alone on stdout (ready for `generate --prompt "$(…)"`); `--json` prints
//! `{ "prompt": "…" }`.

use super::args::PromptAction;
use super::context::Ctx;
use super::output::With;
use crate::{api, Error};

pub(super) fn prompt(ctx: &Ctx<'_>, action: PromptAction) -> Result<(), Error> {
    ctx.open_in_core()?;
    let suggestion = match action {
        PromptAction::Improve { provider, text } => api::prompt_help::improve(ctx.core, provider, &text)?,
        PromptAction::Describe { image, provider } => api::prompt_help::describe(ctx.core, provider, &image)?,
    };
    let lines = vec![suggestion.prompt.clone()];
    ctx.emit(&With(&suggestion, lines));
    Ok(())
}
