//! `generate`, `retry`, `tasks`, `consent`, `ledger`: cloud generation and what it sent.

use super::args::ConsentAction;
use super::context::Ctx;
use super::output::{lines_or, With};
use crate::api::generate::{EditRequest, GenerateRequest};
use crate::providers::catalog::SizeKind;
use crate::vault::ObjectId;
use crate::{api, Error};

pub(super) fn generate(ctx: &Ctx<'_>, mut request: GenerateRequest) -> Result<(), Error> {
    let core = ctx.core;
    ctx.open_in_core()?;
    // Refuse what can be refused before any `--ref` file is imported into the vault.
    api::generate::precheck(core, &request)?;
    for warning in api::generate::check_prompt(&request.prompt) {
        eprintln!("warning: {}", warning.message);
    }
    let notes = [
        api::generate::unknown_model_note(core, &request),
        api::generate::fitted_size(core, &request).and_then(|f| f.note),
    ];
    for note in notes.into_iter().flatten() {
        eprintln!("note: {note}");
    }
    // Each reference is an object id, or a file imported first (as an original, under retention).
    let mut ids = Vec::new();
    for r in &request.refs {
        let id = match r.parse::<ObjectId>() {
            Ok(id) => id.to_string(),
            Err(_) => core.with_open_vault_or_locked(|v| {
                Ok(api::objects::import_file(core, v, std::path::Path::new(r))?.id)
            })?,
        };
        ids.push(id);
    }
    request.refs = ids;
    let outcome = api::generate::generate(core, &request)?;
    let mut lines = vec![format!("Task {} succeeded: {} image(s).", outcome.task_id, outcome.outputs.len())];
    lines.extend(outcome.outputs.iter().cloned());
    ctx.emit(&With(&outcome, lines));
    Ok(())
}

/// `generate --video`: frames given as files are imported first (as originals, under retention).
pub(super) fn video(ctx: &Ctx<'_>, mut request: api::video::VideoRequest) -> Result<(), Error> {
    let core = ctx.core;
    ctx.open_in_core()?;
    // Refuse what can be refused before a frame file is imported into the vault.
    api::video::precheck(core, &request)?;
    for warning in api::generate::check_prompt(&request.prompt) {
        eprintln!("warning: {}", warning.message);
    }
    for frame in [&mut request.first_frame, &mut request.last_frame] {
        if let Some(given) = frame.as_deref().filter(|f| f.parse::<ObjectId>().is_err()) {
            let id = core.with_open_vault_or_locked(|v| {
                Ok(api::objects::import_file(core, v, std::path::Path::new(given))?.id)
            })?;
            *frame = Some(id);
        }
    }
    let task_id = core.with_open_vault_or_locked(|v| api::video::submit(core, v, &request))?;
    let outcome = api::video::run(core, &task_id, None, &ctx.interruptible(), &|_| {})?;
    let mut lines = vec![format!("Task {} succeeded: the video is in the vault.", outcome.task_id)];
    lines.extend(outcome.outputs.iter().cloned());
    ctx.emit(&With(&outcome, lines));
    Ok(())
}

/// `models --video`.
pub(super) fn video_models(ctx: &Ctx<'_>, provider: Option<crate::providers::ProviderId>) {
    let models: Vec<_> =
        api::video::models().into_iter().filter(|m| provider.is_none_or(|p| m.provider == p)).collect();
    let lines = lines_or(&models, "No video models for that provider.", |m| {
        let secs: Vec<_> = m.durations.iter().map(u32::to_string).collect();
        format!(
            "{} {}{}  {} s  {}  {}{}{}",
            m.provider,
            m.id,
            if m.default { " (default)" } else { "" },
            secs.join("/"),
            m.aspects.join(" "),
            m.modes.join("/"),
            if m.sound { "  sound" } else { "" },
            if m.last_frame { "  last frame" } else { "" }
        )
    });
    ctx.emit(&With(&models, lines));
}

pub(super) fn edit(ctx: &Ctx<'_>, mask: &std::path::Path, request: EditRequest) -> Result<(), Error> {
    let core = ctx.core;
    ctx.open_in_core()?;
    let mask = read_mask(mask)?;
    for warning in api::generate::check_prompt(&request.prompt) {
        eprintln!("warning: {}", warning.message);
    }
    let outcome = api::generate::edit(core, &request, &mask)?;
    let mut lines = vec![format!("Task {} succeeded: {} image(s).", outcome.task_id, outcome.outputs.len())];
    if let Some(sent) = outcome.sent {
        lines.push(format!(
            "Sent {}x{} px, {:.0} % of the photo; the rest stayed on this computer.",
            sent.width,
            sent.height,
            sent.fraction * 100.0
        ));
    }
    lines.extend(outcome.outputs.iter().cloned());
    ctx.emit(&With(&outcome, lines));
    Ok(())
}

/// A mask file's bytes, with the import's checks (a file, within the size limit).
fn read_mask(path: &std::path::Path) -> Result<zeroize::Zeroizing<Vec<u8>>, Error> {
    crate::import::read_file(path).map_err(|e| match e {
        crate::import::ImportError::Io(kind) => {
            Error::InvalidInput(format!("the mask file cannot be read ({kind})"))
        }
        source => Error::Import { file: crate::import::display_name(path), source },
    })
}

pub(super) fn retry(ctx: &Ctx<'_>, task_id: &str) -> Result<(), Error> {
    let vault = ctx.vault()?;
    api::tasks::retry(ctx.core, &vault, task_id)?;
    ctx.core.set_vault(vault);
    let outcome = api::generate::run(ctx.core, task_id, None, &ctx.interruptible(), &|_| {})?;
    let line =
        format!("Task {} {}: {} result(s).", outcome.task_id, outcome.status.as_str(), outcome.outputs.len());
    ctx.emit(&With(&outcome, vec![line]));
    Ok(())
}

pub(super) fn tasks(ctx: &Ctx<'_>) -> Result<(), Error> {
    let tasks = api::tasks::list(ctx.core, &ctx.vault()?, 1000)?;
    let lines = lines_or(&tasks, "No tasks yet.", |t| {
        format!(
            "{} {} {} {} result(s){}",
            t.task_id,
            t.status.as_str(),
            t.provider.map_or("local", |p| p.as_str()),
            t.outputs.len(),
            t.reason.as_ref().map(|r| format!(" — {r}")).unwrap_or_default()
        )
    });
    ctx.emit(&With(&tasks, lines));
    Ok(())
}

pub(super) fn consent(ctx: &Ctx<'_>, action: ConsentAction) -> Result<(), Error> {
    let vault = ctx.vault()?;
    let statuses = match action {
        ConsentAction::Grant { provider } => vec![api::consent::grant(ctx.core, &vault, provider)?],
        ConsentAction::Withdraw { provider } => vec![api::consent::withdraw(ctx.core, &vault, provider)?],
        ConsentAction::List => api::consent::list(&vault)?,
    };
    let lines = statuses
        .iter()
        .map(|c| format!("{}: {}", c.provider, if c.granted { "granted" } else { "not granted" }))
        .collect();
    ctx.emit(&With(&statuses, lines));
    Ok(())
}

pub(super) fn ledger(ctx: &Ctx<'_>) -> Result<(), Error> {
    let entries = api::consent::ledger(&ctx.vault()?)?;
    let lines = lines_or(&entries, "Nothing has left this computer.", |e| {
        let status = e.status.map_or("no answer".to_string(), |s| format!("HTTP {s}"));
        format!(
            "{} {} {} {} image(s), {} prompt characters, {status}",
            e.time,
            e.provider,
            e.host,
            e.parts.len(),
            e.prompt_chars
        )
    });
    ctx.emit(&With(&entries, lines));
    Ok(())
}

pub(super) fn again(ctx: &Ctx<'_>, task_id: &str) -> Result<(), Error> {
    ctx.open_in_core()?;
    let outcome = api::generate::again(ctx.core, task_id)?;
    let mut lines = vec![format!(
        "Task {} {}: {} image(s).",
        outcome.task_id,
        outcome.status.as_str(),
        outcome.outputs.len()
    )];
    lines.extend(outcome.outputs.iter().cloned());
    ctx.emit(&With(&outcome, lines));
    Ok(())
}

pub(super) fn models(ctx: &Ctx<'_>, provider: Option<crate::providers::ProviderId>) {
    let models = api::models::list(ctx.core, provider);
    let lines = lines_or(&models, "No models.", |m| {
        let sizes = match m.sizes {
            SizeKind::Aspects => m.aspects.join(" "),
            SizeKind::Listed => m.pixels.join(" "),
            SizeKind::Free => "WxH in multiples of 16, 1:3 to 3:1, up to 3840x2160".into(),
            SizeKind::Range => "WxH of 2560x1440 to 4096x4096 pixels, 1:16 to 16:1".into(),
        };
        let mut notes = vec![format!("up to {} references", m.references)];
        if !m.edits {
            notes.push("text only".into());
        }
        if !m.image_sizes.is_empty() {
            notes.push(format!("image sizes {}", m.image_sizes.join(", ")));
        }
        if m.input_fidelity {
            notes.push("input fidelity".into());
        }
        format!(
            "{} {}{}{} — {}; sizes: {sizes}",
            m.provider,
            m.id,
            m.name.as_ref().map(|n| format!(" ({n})")).unwrap_or_default(),
            if m.default {
                " [default]"
            } else if m.custom {
                " [yours]"
            } else {
                ""
            },
            notes.join(", ")
        )
    });
    ctx.emit(&With(&models, lines));
}

pub(super) fn preview_egress(
    ctx: &Ctx<'_>,
    provider: crate::providers::ProviderId,
    refs: &[String],
    levels: Vec<crate::egress::levels::Level>,
    subject_box: Option<crate::egress::levels::PixelBox>,
    out: &std::path::Path,
) -> Result<(), Error> {
    let core = ctx.core;
    // Object ids need the vault; files are read as they are, never imported.
    if refs.iter().any(|r| r.trim().parse::<ObjectId>().is_ok()) {
        ctx.open_in_core()?;
    }
    let previews = api::generate::egress_preview(core, provider, refs, levels, subject_box)?;
    let cannot =
        |e: std::io::Error| Error::InvalidInput(format!("the folder cannot be written ({})", e.kind()));
    std::fs::create_dir_all(out).map_err(cannot)?;
    let mut lines = Vec::new();
    for (n, (preview, image)) in previews.iter().enumerate() {
        let file = out.join(format!("{}-{}", n + 1, image.name()));
        crate::atomic_file::write(&file, image.bytes()).map_err(cannot)?;
        let m = &preview.minimization;
        let mut did = vec![format!("{}x{} {}", image.width(), image.height(), image.mime())];
        if m.faces_hidden > 0 {
            did.push(format!("{} other face(s) hidden", m.faces_hidden));
        }
        if m.background_replaced {
            did.push("background replaced".into());
        }
        did.push(format!("{:.0} % of the pixels leave", m.fraction * 100.0));
        lines.push(format!("{}: {} -> {}", preview.reference, did.join(", "), file.display()));
    }
    let report: Vec<_> = previews.into_iter().map(|(p, _)| p).collect();
    ctx.emit(&With(&report, lines));
    Ok(())
}
