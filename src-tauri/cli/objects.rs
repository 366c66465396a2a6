//! `import`, `list`, `delete`, `show`: the vault's images and tasks.

use std::path::PathBuf;

use serde::Serialize;

use super::args::KindArg;
use super::context::Ctx;
use super::output::{lines_or, print_json, With};
use crate::api::objects::ObjectSummary;
use crate::codes::{Code, ErrorBody};
use crate::index::ObjectKind;
use crate::{api, Error};

/// `import --json` when a file fails: what went in before it, and why it stopped.
#[derive(Serialize)]
struct ImportFailure<'a> {
    code: Code,
    message: String,
    imported: &'a [ObjectSummary],
}

pub(super) fn import(ctx: &Ctx<'_>, files: &[PathBuf], delete_source: bool) -> Result<(), Error> {
    let vault = ctx.vault()?;
    let mut imported = Vec::new();
    for (n, file) in files.iter().enumerate() {
        ctx.note(&format!("[{}/{}] {}", n + 1, files.len(), crate::import::display_name(file)));
        match api::objects::import_watched(ctx.core, &vault, file, delete_source) {
            Ok(item) => imported.push(item),
            Err(e) if ctx.json => {
                // Scripts still learn what went in before the failure.
                let body = ErrorBody::from(e);
                print_json(&ImportFailure { code: body.code, message: body.message, imported: &imported });
                return Err(Error::Reported);
            }
            Err(e) => {
                let done: Vec<String> = imported.iter().map(|item| format!("imported {}", item.id)).collect();
                ctx.emit(&With(&imported, done));
                return Err(e);
            }
        }
    }
    let lines = imported
        .iter()
        .map(|item| {
            let size = format!("{}x{}", item.width.unwrap_or(0), item.height.unwrap_or(0));
            let dup = if item.duplicate { "  (already in the vault)" } else { "" };
            let name = item.file_name.as_deref().unwrap_or("");
            format!("{}  {:<10} {:<11} {name}{dup}", item.id, item.mime, size)
        })
        .collect();
    ctx.emit(&With(&imported, lines));
    Ok(())
}

pub(super) fn list(
    ctx: &Ctx<'_>,
    query: Option<String>,
    kind: Option<KindArg>,
    starred: bool,
    board: Option<String>,
) -> Result<(), Error> {
    let videos = matches!(kind, Some(KindArg::Video));
    let kind = kind.map(|k| match k {
        KindArg::Original => ObjectKind::Original,
        KindArg::Output | KindArg::Video => ObjectKind::Output,
    });
    let vault = ctx.vault()?;
    if let Some(board) = &board {
        api::organise::board_exists(&vault, board)?;
    }
    let filter = api::objects::ListFilter { text: query, kind, starred, board, videos, ..Default::default() };
    let items = api::objects::list(ctx.core, &vault, &filter)?;
    let lines = lines_or(&items, "The vault has no images (that match).", |i| {
        let expires = i.expires_at.as_deref().unwrap_or("kept");
        let name = i.file_name.as_deref().unwrap_or("");
        let star = if i.starred { "★" } else { " " };
        let boards = if i.boards.is_empty() { String::new() } else { format!("  [{}]", i.boards.join(", ")) };
        format!(
            "{star} {}  {:<8} {:<10} {}  expires {expires}  {name}{boards}",
            i.id,
            i.kind.as_sql(),
            i.mime,
            i.created_at
        )
    });
    ctx.emit(&With(&items, lines));
    Ok(())
}

pub(super) fn delete(ctx: &Ctx<'_>, ids: &[String]) -> Result<(), Error> {
    let done = api::privacy::delete(ctx.core, &ctx.vault()?, ids)?;
    let line = format!(
        "Deleted {} task(s), {} object(s) (thumbnails included; their keys are destroyed) and {} ledger entr(ies).",
        done.tasks, done.deleted, done.ledger_entries
    );
    ctx.emit(&With(&done, vec![line]));
    Ok(())
}

pub(super) fn show(ctx: &Ctx<'_>, task_id: &str) -> Result<(), Error> {
    let details = api::privacy::show(ctx.core, &ctx.vault()?, task_id)?;
    let t = &details.task;
    let mut lines = vec![
        format!("Task {} ({}), {}", t.task_id, t.kind.as_str(), t.status.as_str()),
        format!("Provider: {}", t.provider.map_or("this device", |p| p.as_str())),
        format!("Prompt: {}", t.prompt.as_deref().unwrap_or("")),
    ];
    for (label, list) in [("Reference", &details.inputs), ("Result", &details.outputs)] {
        for o in list {
            let name = o.file_name.as_deref().unwrap_or("");
            lines.push(format!(
                "{label}: {} {name} deleted at {}",
                o.id,
                o.expires_at.as_deref().unwrap_or("never")
            ));
        }
    }
    for e in &details.ledger {
        lines.push(format!("Sent: {} to {} ({} image(s))", e.time, e.host, e.parts.len()));
    }
    ctx.emit(&With(&details, lines));
    Ok(())
}
