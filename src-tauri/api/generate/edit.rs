//! Editing only a painted region of an image. The task is an ordinary generation task whose
//! parameters carry the region ([`RegionParams`]) and whose mask is kept with it in the index;
//! [`super::run`] sends only the part around the mask (a [`Job`]'s outgoing images) and puts
//! every answer back on the device, so the rest of the photo never leaves and never changes.

use image::DynamicImage;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::Zeroizing;

use super::{GenerateOutcome, GenerateRequest, Preview};
use crate::api::objects::Vault;
use crate::egress::levels::Report;
use crate::egress::minimize::{self, MinimizedImage};
use crate::index::{Level, SentCrop};
use crate::providers::{ProviderError, ProviderId, Size};
use crate::region::{self, Mask, Plan};
use crate::tasks::{CancelToken, TaskStatus};
use crate::vault::ObjectId;
use crate::{AppCore, Error};

/// What to change in an image, and where (the mask travels beside it, as PNG bytes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EditRequest {
    /// The image to edit (an object id).
    pub image: String,
    /// Where.
    pub provider: ProviderId,
    /// What to change.
    pub prompt: String,
    /// A model other than the configured one.
    pub model: Option<String>,
    /// Context sent around the painted box, in percent of its size on each side (default 25).
    pub margin: Option<u32>,
    /// Send the whole image instead of the part (the mask still decides what changes).
    pub whole_image: bool,
    /// How many results.
    pub count: u8,
    /// Levels for the part sent, beyond the metadata floor: `bystanders` (other faces in it
    /// hidden) and `background` (what is not a person made neutral); `subject` does not apply,
    /// the part is already all that leaves. Absent: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional = nullable)]
    pub minimize: Option<Vec<crate::index::Level>>,
}

impl EditRequest {
    /// The same request as a generation with one reference (the checks it shares).
    fn as_generation(&self) -> GenerateRequest {
        GenerateRequest {
            provider: self.provider,
            prompt: self.prompt.clone(),
            refs: vec![self.image.clone()],
            model: self.model.clone(),
            size: None,
            count: self.count,
            image_size: None,
            input_fidelity: None,
            // The part's levels live in its region parameters.
            minimize: Some(Vec::new()),
            subject_box: None,
            per_ref: None,
        }
    }

    fn region(&self) -> Result<RegionParams, Error> {
        let levels = self.minimize.as_deref().unwrap_or_default();
        if levels.contains(&Level::Subject) {
            return Err(Error::InvalidInput(
                "the subject level does not apply to a region edit: only the part around the mask leaves already".into(),
            ));
        }
        Ok(RegionParams {
            margin: self.margin.unwrap_or(region::DEFAULT_MARGIN),
            whole: self.whole_image,
            bystanders: levels.contains(&Level::Bystanders),
            background: levels.contains(&Level::Background),
        })
    }
}

/// What left for a region edit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Sent {
    /// The sent image's width in pixels.
    pub width: u32,
    /// Its height.
    pub height: u32,
    /// The share of the photo's pixels it shows (0 to 1).
    pub fraction: f64,
}

impl Sent {
    fn of(part: &MinimizedImage) -> Option<Sent> {
        part.crop().map(|c| Sent { width: part.width(), height: part.height(), fraction: fraction(c) })
    }
}

/// The share of the photo a sent crop shows.
fn fraction(c: SentCrop) -> f64 {
    let clip = |start: i64, len: u32, of: u32| (start + i64::from(len)).min(i64::from(of)) - start.max(0);
    let area = clip(c.x, c.width, c.of_width).max(0) * clip(c.y, c.height, c.of_height).max(0);
    area as f64 / (f64::from(c.of_width) * f64::from(c.of_height))
}

/// A region edit's result (`seed-studio edit --json`; keep stable).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EditOutcome {
    /// The task.
    pub task_id: String,
    /// Its final status.
    pub status: TaskStatus,
    /// The output object ids (the whole image, edited in place).
    pub outputs: Vec<String>,
    /// What left, as the ledger recorded it.
    pub sent: Option<Sent>,
}

/// A region edit's parameters, stored with its task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct RegionParams {
    pub(super) margin: u32,
    pub(super) whole: bool,
    /// Other faces in the part hidden before it leaves.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub(super) bystanders: bool,
    /// What is not a person in the part made neutral before it leaves.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub(super) background: bool,
}

impl RegionParams {
    /// The levels for the part, beyond the metadata floor.
    pub(super) fn levels(self) -> Vec<Level> {
        [(self.bystanders, Level::Bystanders), (self.background, Level::Background)]
            .into_iter()
            .filter_map(|(on, level)| on.then_some(level))
            .collect()
    }
}

/// A region edit ready to send: the original's pixels, the mask at their size, the plan.
pub(super) struct Job {
    original: DynamicImage,
    mask: Mask,
    plan: Plan,
    provider: ProviderId,
    levels: Vec<Level>,
}

impl Job {
    fn new(
        original: DynamicImage,
        mask: Mask,
        region: RegionParams,
        provider: ProviderId,
        model: &str,
    ) -> Result<Job, Error> {
        let plan =
            region::plan(&mask, region.margin, region.whole, |w, h| made_ratio(provider, model, w, h))?;
        Ok(Job { original, mask, plan, provider, levels: region.levels() })
    }

    /// The job of queued task `task_id`: its image and kept mask, planned for its provider.
    pub(super) fn load(
        core: &AppCore,
        task_id: &str,
        provider: ProviderId,
        model: &str,
        region: RegionParams,
    ) -> Result<Job, Error> {
        let (bytes, png) = super::with_vault(core, |v| {
            let index = v.store().index();
            let image = index.task_inputs(task_id)?.first().copied().ok_or_else(no_image)?;
            let png = index
                .task_mask(task_id)?
                .ok_or_else(|| Error::InvalidInput("this edit's mask is no longer kept".into()))?;
            Ok((read(core, v, image)?, png))
        })?;
        let original = decode(&bytes)?;
        let mask = Mask::load(&png, original.width(), original.height())?;
        Job::new(original, mask, region, provider, model)
    }

    /// What leaves: the part, minimized, then (for a provider that takes one) its mask; and
    /// what the levels did to the part.
    pub(super) fn outgoing(&self) -> Result<(Vec<MinimizedImage>, Report), Error> {
        let crop = self.plan.crop;
        let (of_width, of_height) = self.plan.image;
        let sent =
            SentCrop { x: crop.x, y: crop.y, width: crop.width, height: crop.height, of_width, of_height };
        let part = region::cut(&self.original, crop);
        // The levels work on the part only: what stays on the device is not looked at.
        let (part, report) = crate::egress::levels::apply(&part, &self.levels, None)?;
        let part =
            minimize::minimize_part(&part, sent, report.levels.clone(), self.provider.reference_limits())
                .map_err(|source| Error::Import { file: "the part to edit".into(), source })?;
        let mut images = Vec::with_capacity(2);
        if self.provider.takes_mask() {
            let mask = region::provider_mask(&self.mask, crop, part.width(), part.height());
            images.push(
                minimize::mask_part(&mask)
                    .map_err(|source| Error::Import { file: "the mask".into(), source })?,
            );
        }
        images.insert(0, part);
        Ok((images, report))
    }

    /// The size to ask for: about a megapixel, the part's shape.
    pub(super) fn size(&self) -> Size {
        about_a_megapixel(self.plan.crop.width, self.plan.crop.height)
    }

    /// The provider's answer put back into the whole image, as PNG (lossless, so what was not
    /// edited stays bit-identical).
    pub(super) fn put_back(&self, answer: &[u8]) -> Result<Zeroizing<Vec<u8>>, Error> {
        let name = self.provider.display_name();
        let (_, answer) = crate::import::decode(answer)
            .map_err(|_| ProviderError::BadResponse(name, "data that is not a readable image"))?;
        let edited = region::composite(&self.original, &self.mask, &self.plan, &answer, name)?;
        let mut png = Zeroizing::new(Vec::new());
        edited
            .write_to(&mut std::io::Cursor::new(&mut *png), image::ImageFormat::Png)
            .map_err(|_| Error::InvalidInput("the edited image could not be encoded".into()))?;
        Ok(png)
    }
}

/// `w`×`h` scaled to about a megapixel (what every provider makes at its default size).
fn about_a_megapixel(w: u32, h: u32) -> Size {
    let scale = (1_048_576.0 / (f64::from(w) * f64::from(h))).sqrt();
    let side = |v: u32| ((f64::from(v) * scale).round() as u32).clamp(1, 4096);
    Size::Pixels(side(w), side(h))
}

/// The width:height `model` of `provider` makes when asked for a part of `w`×`h`.
fn made_ratio(provider: ProviderId, model: &str, w: u32, h: u32) -> f64 {
    let asked = about_a_megapixel(w, h);
    asked.fit(provider, model).value.parse::<Size>().map_or(asked.ratio(), Size::ratio)
}

fn no_image() -> Error {
    Error::InvalidInput("the image to edit is no longer in the vault".into())
}

fn read(core: &AppCore, vault: &Vault, id: ObjectId) -> Result<Zeroizing<Vec<u8>>, Error> {
    Ok(vault.store().read(id, core.clock().now()).map_err(|_| no_image())?.1)
}

fn decode(bytes: &[u8]) -> Result<DynamicImage, Error> {
    crate::import::decode(bytes)
        .map(|(_, image)| image)
        .map_err(|source| Error::Import { file: "the image to edit".into(), source })
}

/// Check `request` and its mask, and queue the edit; its task id. The mask is kept with the task.
pub fn submit(core: &AppCore, vault: &Vault, request: &EditRequest, mask: &[u8]) -> Result<String, Error> {
    let generation = request.as_generation();
    let refs = super::validate(core, vault, &generation)?;
    let row = vault.store().index().object(refs[0], core.clock().now())?.ok_or_else(no_image)?;
    let (w, h) = (row.width.unwrap_or(1), row.height.unwrap_or(1));
    let mask = Mask::load(mask, w, h)?;
    let region = request.region()?;
    // The plan's refusals (a mask over everything, a margin out of range), before anything is queued.
    region::plan(&mask, region.margin, region.whole, |w, h| f64::from(w) / f64::from(h))?;
    let id = super::queue(core, vault, &generation, &refs, Some(region))?;
    if let Err(e) = mask
        .to_png()
        .map_err(Error::from)
        .and_then(|png| Ok(vault.store().index().set_task_mask(&id, &png)?))
    {
        crate::api::tasks::discard(core, vault, &id)?;
        return Err(e);
    }
    Ok(id)
}

/// Check `request` and describe the part that would leave (its bytes are held for sending).
pub fn preview(
    core: &AppCore,
    vault: &Vault,
    request: &EditRequest,
    mask: &[u8],
) -> Result<(Preview, Vec<MinimizedImage>), Error> {
    let generation = request.as_generation();
    let refs = super::validate(core, vault, &generation)?;
    let original = decode(&read(core, vault, refs[0])?)?;
    let mask = Mask::load(mask, original.width(), original.height())?;
    let model = super::model_of(core, &generation);
    let job = Job::new(original, mask, request.region()?, request.provider, &model)?;
    let (images, report) = job.outgoing()?;
    let mut preview = super::preview::describe(core, vault, &generation, &images)?;
    preview.sent = images.first().and_then(Sent::of);
    if let Some(part) = preview.images.first_mut() {
        part.levels = Some(report);
    }
    Ok((preview, images))
}

/// Edit from the CLI: queue and run at once on this thread.
pub fn edit(core: &AppCore, request: &EditRequest, mask: &[u8]) -> Result<EditOutcome, Error> {
    let task_id = super::with_vault(core, |v| submit(core, v, request, mask))?;
    let GenerateOutcome { task_id, status, outputs } =
        super::run(core, &task_id, None, &CancelToken::default(), &|_| {})?;
    let sent = super::with_vault(core, |v| {
        let ledger = v.store().index().task_ledger(&task_id)?;
        Ok(ledger.iter().rev().flat_map(|e| e.parts.iter()).find_map(|p| {
            p.crop.filter(|_| !p.mask).map(|c| Sent {
                width: p.width,
                height: p.height,
                fraction: fraction(c),
            })
        }))
    })?;
    Ok(EditOutcome { task_id, status, outputs, sent })
}
