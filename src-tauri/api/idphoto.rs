//! Making an ID photo as a task: the photo (an original in the vault) goes through the on-device
//! pipeline; the photo, an optional print sheet and an optional size-limited digital file are
//! stored as outputs; the task ends, and retention deletes the original at once. Nothing here
//! touches the network.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::objects::{self, Vault};
use super::tasks;
use crate::idphoto::checks::Check;
use crate::idphoto::compose::{
    self, Adjust, Background, Geometry, Options, Stroke, Timings, MAX_STROKES, MAX_STROKE_POINTS,
};
use crate::idphoto::output::{self, Sheet};
use crate::idphoto::retouch::Retouch;
use crate::idphoto::spec::{self, Spec};
use crate::tasks::{TaskKind, TaskStatus};
use crate::vault::ObjectId;
use crate::{AppCore, Error};

/// What to make.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct IdPhotoRequest {
    /// A spec id from the catalog, or a custom size (`35x45mm`, `600x600px`).
    pub spec: String,
    /// Background.
    pub background: Background,
    /// Hand adjustments.
    pub adjust: Adjust,
    /// Gentle exposure correction.
    pub auto_light: bool,
    /// Brush strokes over the cut-out (photo pixels).
    #[serde(default)]
    pub strokes: Vec<Stroke>,
    /// Optional retouching (none by default).
    #[serde(default)]
    pub retouch: Retouch,
    /// A print sheet to make too.
    pub sheet: Option<Sheet>,
    /// Cut lines on the sheet.
    pub cut_lines: bool,
    /// A digital file under this many KB (default: the spec's limit, if it has one).
    pub max_kb: Option<u32>,
}

/// What came out (`seed-studio idphoto --json`; keep stable).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct IdPhotoOutcome {
    /// The task.
    pub task_id: String,
    /// Stored outputs: the photo, then the sheet and the digital file when made.
    pub outputs: Vec<String>,
    /// Photo width in pixels.
    pub width: u32,
    /// Photo height in pixels.
    pub height: u32,
    /// Its print resolution.
    pub dpi: u32,
    /// The compliance report.
    pub checks: Vec<Check>,
}

/// A preview for the ID Photo screen (nothing stored).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct IdPhotoPreview {
    /// Where things are, for overlay guides.
    pub geometry: Geometry,
    /// The compliance report.
    pub checks: Vec<Check>,
    /// The spec used.
    pub spec: Spec,
}

/// Every document of the catalog (the window's list and `seed-studio specs --json` alike).
pub fn specs() -> Vec<Spec> {
    spec::catalog().to_vec()
}

/// The spec for `id`, or a clear error.
pub fn find_spec(id: &str) -> Result<Spec, Error> {
    spec::find(id).ok_or_else(|| {
        Error::InvalidInput(format!(
            "no document called {}; choose one from the list of documents, or give a size like 35x45mm",
            id.chars().take(40).collect::<String>()
        ))
    })
}

/// Run the pipeline on vault image `photo` (in memory; nothing stored).
pub fn render(
    core: &AppCore,
    vault: &Vault,
    photo: ObjectId,
    request: &IdPhotoRequest,
) -> Result<(compose::Made, Spec), Error> {
    let spec = find_spec(&request.spec)?;
    let (_, bytes) = vault.store().read(photo, core.clock().now())?;
    let (_, image) =
        crate::import::decode(&bytes).map_err(|source| Error::Import { file: photo.to_string(), source })?;
    if request.strokes.len() > MAX_STROKES || !request.strokes.iter().all(Stroke::is_valid) {
        return Err(Error::InvalidInput(format!(
            "the brush strokes cannot be used: at most {MAX_STROKES} strokes of at most {MAX_STROKE_POINTS} points each, with a radius from 0.5 to 2000 pixels"
        )));
    }
    if !request.retouch.is_valid() {
        return Err(Error::InvalidInput(
            "retouching takes smoothing from 0 to 1, and brightness and contrast from -1 to 1".into(),
        ));
    }
    let options = Options {
        background: request.background,
        adjust: request.adjust,
        auto_light: request.auto_light,
        strokes: request.strokes.clone(),
        retouch: request.retouch,
    };
    let made = compose::make(&image, &spec, &options, &mut Timings::default())?;
    Ok((made, spec))
}

/// Preview: the photo as PNG bytes, with its geometry and report.
pub fn preview(
    core: &AppCore,
    vault: &Vault,
    photo: ObjectId,
    request: &IdPhotoRequest,
) -> Result<(Vec<u8>, IdPhotoPreview), Error> {
    let (made, spec) = render(core, vault, photo, request)?;
    let png = output::png(&made.image, spec.dpi);
    Ok((png, IdPhotoPreview { geometry: made.geometry, checks: made.checks, spec }))
}

/// Make and store the photo (and sheet, digital file) as a task; returns the outcome and the
/// photo's JPEG bytes (for `--out`).
pub fn make(
    core: &AppCore,
    vault: &Vault,
    photo: ObjectId,
    request: &IdPhotoRequest,
) -> Result<(IdPhotoOutcome, compose::Made), Error> {
    let task_id = tasks::create(core, vault, TaskKind::Idphoto, None, None, &[photo], None)?;
    tasks::transition(core, vault, &task_id, TaskStatus::Preparing, None)?;
    match store(core, vault, photo, request, &task_id) {
        Ok(done) => {
            tasks::transition(core, vault, &task_id, TaskStatus::Succeeded, None)?;
            Ok(done)
        }
        Err(e) => {
            let reason = crate::error::ErrorBody::from(&e).message;
            // The photo cannot be used (no face...): give it up, so the original goes at once.
            tasks::transition(core, vault, &task_id, TaskStatus::Cancelled, Some(&reason))?;
            Err(e)
        }
    }
}

fn store(
    core: &AppCore,
    vault: &Vault,
    photo: ObjectId,
    request: &IdPhotoRequest,
    task_id: &str,
) -> Result<(IdPhotoOutcome, compose::Made), Error> {
    let (made, spec) = render(core, vault, photo, request)?;
    if let Some(sheet) = request.sheet {
        // Refused before anything is stored: a sheet with no copy on it is a blank page.
        let (_, _, cols, rows, _) = output::sheet_layout(sheet, &spec);
        if cols * rows == 0 {
            return Err(Error::InvalidInput(format!(
                "a {} × {} mm photo does not fit on {} paper; choose a larger sheet or no sheet",
                spec.width_mm,
                spec.height_mm,
                sheet.label()
            )));
        }
    }
    let failed = made.checks.iter().any(|c| c.status == crate::idphoto::checks::Status::Fail);
    let marked = if failed { " (check report)" } else { "" };
    let mut outputs = Vec::new();
    let jpeg = output::jpeg(&made.image, 95, spec.dpi);
    let name = format!("{} photo{marked}.jpg", spec.id);
    outputs.push(objects::store_output(core, vault, task_id, &name, &jpeg)?.id);
    if let Some(sheet) = request.sheet {
        let printed = output::sheet(&made.image, &spec, sheet, request.cut_lines);
        let bytes = output::jpeg(&printed, 95, 300);
        outputs.push(
            objects::store_output(
                core,
                vault,
                task_id,
                &format!("{} sheet {}.jpg", spec.id, sheet.label()),
                &bytes,
            )?
            .id,
        );
    }
    let limit = request.max_kb.or_else(|| spec.digital.as_ref().and_then(|d| d.max_kb));
    if let Some(kb) = limit {
        let min_px = spec.digital.as_ref().and_then(|d| d.min_px);
        let (bytes, _) = output::jpeg_under(&made.image, kb, spec.dpi, min_px).ok_or_else(|| {
            Error::InvalidInput(format!("the photo cannot be made smaller than {kb} KB at the required size"))
        })?;
        outputs.push(
            objects::store_output(core, vault, task_id, &format!("{} digital {kb}KB.jpg", spec.id), &bytes)?
                .id,
        );
    }
    let (width, height) = made.image.dimensions();
    let outcome = IdPhotoOutcome {
        task_id: task_id.to_string(),
        outputs,
        width,
        height,
        dpi: spec.dpi,
        checks: made.checks.clone(),
    };
    Ok((outcome, made))
}
