//! `specs`, `idphoto`: ID and passport photos made on this device.

use std::path::PathBuf;

use super::args::SheetArg;
use super::context::Ctx;
use super::output::With;
use crate::api::idphoto::IdPhotoRequest;
use crate::idphoto::compose::{Adjust, Background};
use crate::{api, Error};

/// What `idphoto` was asked for, as parsed.
pub(super) struct IdPhotoArgs {
    pub photo: PathBuf,
    pub spec: String,
    pub background: Background,
    pub sheet: Option<SheetArg>,
    pub max_kb: Option<u32>,
    pub out: Option<PathBuf>,
}

/// The catalog: the same list, in the same shape, as the window's `idphoto_specs`.
pub(super) fn specs(ctx: &Ctx<'_>) {
    let specs = api::idphoto::specs();
    let lines = specs
        .iter()
        .map(|s| format!("{:<16} {} ({} × {} mm)", s.id, s.name, s.width_mm, s.height_mm))
        .collect();
    ctx.emit(&With(&specs, lines));
}

pub(super) fn idphoto(ctx: &Ctx<'_>, args: IdPhotoArgs) -> Result<(), Error> {
    api::idphoto::find_spec(&args.spec)?;
    let vault = ctx.vault()?;
    let imported = api::objects::import_file(ctx.core, &vault, &args.photo)?;
    let id = imported.id.parse().map_err(|_| Error::InvalidInput("bad object id".into()))?;
    let request = IdPhotoRequest {
        spec: args.spec,
        background: args.background,
        adjust: Adjust::default(),
        auto_light: false,
        strokes: Vec::new(),
        retouch: Default::default(),
        sheet: args.sheet.and_then(SheetArg::sheet),
        cut_lines: true,
        max_kb: args.max_kb,
    };
    let (outcome, made) = api::idphoto::make(ctx.core, &vault, id, &request)?;
    if let Some(out) = args.out {
        let png = out.extension().is_some_and(|e| e.eq_ignore_ascii_case("png"));
        let bytes = if png {
            crate::idphoto::output::png(&made.image, outcome.dpi)
        } else {
            crate::idphoto::output::jpeg(&made.image, 95, outcome.dpi)
        };
        crate::atomic_file::write(&out, &bytes)
            .map_err(|_| Error::InvalidInput("--out cannot be written".into()))?;
    }
    let mut lines = vec![format!(
        "Made a {}×{} photo at {} dpi (task {}).",
        outcome.width, outcome.height, outcome.dpi, outcome.task_id
    )];
    lines.extend(outcome.checks.iter().map(|c| format!("  {:?}: {}", c.status, c.message)));
    ctx.emit(&With(&outcome, lines));
    Ok(())
}
