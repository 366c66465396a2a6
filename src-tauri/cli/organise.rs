//! `star`, `unstar`, `board ...`, `prompts ...`: organising the vault's images and prompts.

use super::args::{BoardAction, PromptsAction};
use super::context::Ctx;
use super::output::{lines_or, With};
use crate::api::organise::{self, Changed};
use crate::api::prompts;
use crate::Error;

pub(super) fn star(ctx: &Ctx<'_>, ids: &[String], starred: bool) -> Result<(), Error> {
    let changed = Changed { changed: organise::star(ctx.core, &ctx.vault()?, ids, starred)? };
    let verb = if starred { "Starred" } else { "Unstarred" };
    ctx.emit(&With(&changed, vec![format!("{verb} {} image(s).", changed.changed)]));
    Ok(())
}

pub(super) fn board(ctx: &Ctx<'_>, action: BoardAction) -> Result<(), Error> {
    let (core, vault) = (ctx.core, ctx.vault()?);
    match action {
        BoardAction::Create { name } => {
            let board = organise::create_board(core, &vault, &name)?;
            ctx.emit(&With(&board, vec![format!("Board \"{}\" created.", board.name)]));
        }
        BoardAction::Rename { old, new } => {
            let board = organise::rename_board(core, &vault, &old, &new)?;
            ctx.emit(&With(&board, vec![format!("Board \"{}\" renamed to \"{}\".", old.trim(), board.name)]));
        }
        BoardAction::Delete { name } => {
            organise::delete_board(&vault, &name)?;
            let line = format!("Board \"{}\" deleted; its images are still in the vault.", name.trim());
            ctx.emit(&With(&Changed { changed: 1 }, vec![line]));
        }
        BoardAction::Add { name, ids } => {
            let changed = Changed { changed: organise::add_to_board(core, &vault, &name, &ids)? };
            ctx.emit(&With(
                &changed,
                vec![format!("Added {} image(s) to \"{}\".", changed.changed, name.trim())],
            ));
        }
        BoardAction::Remove { name, ids } => {
            let changed = Changed { changed: organise::remove_from_board(&vault, &name, &ids)? };
            let line = format!("Took {} image(s) off \"{}\".", changed.changed, name.trim());
            ctx.emit(&With(&changed, vec![line]));
        }
        BoardAction::List => {
            let boards = organise::boards(core, &vault)?;
            let lines =
                lines_or(&boards, "No boards yet.", |b| format!("{}  ({} image(s))", b.name, b.count));
            ctx.emit(&With(&boards, lines));
        }
    }
    Ok(())
}

pub(super) fn prompts(ctx: &Ctx<'_>, action: PromptsAction) -> Result<(), Error> {
    let (core, vault) = (ctx.core, ctx.vault()?);
    match action {
        PromptsAction::Save { name, text } => {
            let saved = prompts::save(core, &vault, &name, &text)?;
            ctx.emit(&With(&saved, vec![format!("Saved \"{}\".", saved.name)]));
        }
        PromptsAction::List { query } => {
            let saved = prompts::list(&vault, query.as_deref())?;
            let lines =
                lines_or(&saved, "No saved prompts (that match).", |p| format!("{}: {}", p.name, p.text));
            ctx.emit(&With(&saved, lines));
        }
        PromptsAction::Delete { name } => {
            prompts::delete(&vault, &name)?;
            ctx.emit(&With(&Changed { changed: 1 }, vec![format!("Deleted \"{}\".", name.trim())]));
        }
        PromptsAction::History { clear: true } => {
            let changed = Changed { changed: prompts::clear_history(&vault)? };
            ctx.emit(&With(
                &changed,
                vec![format!("Deleted {} prompt(s) from the history.", changed.changed)],
            ));
        }
        PromptsAction::History { clear: false } => {
            let used = prompts::history(core, &vault)?;
            let lines = lines_or(&used, "No prompts used yet.", |h| format!("{}  {}", h.used_at, h.text));
            ctx.emit(&With(&used, lines));
        }
    }
    Ok(())
}
