//! Use again: an earlier task's request, to fill Create with (`reuse`) or to send once more as
//! a new task, a variation (`again`). References retention has deleted are named as gone,
//! never silently dropped.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{generate, GenerateOutcome, GenerateRequest, Params};
use crate::api::objects::Vault;
use crate::{AppCore, Error};

/// An earlier task's request as it can be used again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Reuse {
    /// The task it comes from.
    pub task_id: String,
    /// The request; `refs` holds only the references still in the vault, in their order.
    pub request: GenerateRequest,
    /// How many of its references retention has deleted since.
    pub gone: usize,
    /// For a region edit: its margin and whether it sent the whole image (its mask is kept
    /// with the task).
    pub region: Option<RegionReuse>,
}

/// A region edit's settings, to edit again with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RegionReuse {
    /// Context around the painted box, in percent.
    pub margin: u32,
    /// Whether the whole image was sent.
    pub whole_image: bool,
    /// The mask kept with the task, as base64 PNG (the image's size, white where to edit);
    /// `None` once it is gone with its image.
    pub mask: Option<String>,
    /// The levels the part went through, beyond the metadata floor.
    #[serde(default)]
    pub minimize: Vec<crate::index::Level>,
}

/// The request task `task_id` was made with.
pub fn reuse(core: &AppCore, vault: &Vault, task_id: &str) -> Result<Reuse, Error> {
    let index = vault.store().index();
    let task = index.task(task_id.trim())?.ok_or_else(|| Error::InvalidInput("no such task".into()))?;
    let (provider, params) = Params::of(&task)?;
    let now = core.clock().now();
    let inputs = index.task_inputs(&task.id)?;
    let (mut refs, mut per_ref) = (Vec::new(), Vec::new());
    for (n, id) in inputs.iter().enumerate() {
        if index.object(*id, now)?.is_some() {
            refs.push(id.to_string());
            per_ref.push(params.refs.get(n).clone());
        }
    }
    Ok(Reuse {
        gone: inputs.len() - refs.len(),
        request: GenerateRequest {
            provider,
            prompt: task.prompt.clone().unwrap_or_default(),
            refs,
            model: Some(params.model),
            size: params.size,
            count: params.count,
            image_size: params.image_size,
            input_fidelity: params.input_fidelity.then_some(true),
            // As asked: an empty list is the metadata floor, not today's default.
            minimize: Some(params.refs.all.levels.clone()),
            subject_box: params.refs.all.subject_box,
            // Each reference's own choice, for those still here.
            per_ref: (!params.refs.each.is_empty()).then_some(per_ref),
        },
        region: match params.region {
            Some(r) => Some(RegionReuse {
                margin: r.margin,
                whole_image: r.whole,
                mask: index.task_mask(&task.id)?.map(|png| {
                    use base64::Engine;
                    base64::engine::general_purpose::STANDARD.encode(png)
                }),
                minimize: r.levels(),
            }),
            None => None,
        },
        task_id: task.id,
    })
}

/// Send task `task_id`'s request again as a new task and run it. Refused, before anything
/// leaves, when any of its references is gone (the variation would not be one).
pub fn again(core: &AppCore, task_id: &str) -> Result<GenerateOutcome, Error> {
    let reuse = core.with_open_vault_or_locked(|v| reuse(core, v, task_id))?;
    if reuse.gone > 0 {
        return Err(Error::InvalidInput(format!(
            "{} of the task's {} reference images have been deleted by retention since; \
             open it in Create to choose new ones",
            reuse.gone,
            reuse.gone + reuse.request.refs.len()
        )));
    }
    let Some(region) = reuse.region else { return generate(core, &reuse.request) };
    // A region edit is sent again as one: the same part, through the same mask.
    // `reuse` read the kept mask already (as base64, for the window).
    let mask = region
        .mask
        .as_deref()
        .and_then(|b64| {
            use base64::Engine;
            base64::engine::general_purpose::STANDARD.decode(b64).ok()
        })
        .ok_or_else(|| Error::InvalidInput("this edit's mask is no longer kept".into()))?;
    let request = reuse.request;
    let edit = super::EditRequest {
        image: request.refs.first().cloned().unwrap_or_default(),
        provider: request.provider,
        prompt: request.prompt,
        model: request.model,
        margin: Some(region.margin),
        whole_image: region.whole_image,
        count: request.count,
        minimize: Some(region.minimize),
    };
    let outcome = super::edit(core, &edit, &mask)?;
    Ok(GenerateOutcome { task_id: outcome.task_id, status: outcome.status, outputs: outcome.outputs })
}
