//! Choosing the subject of a reference: the people the on-device face detector finds in it,
//! for the window to offer as clickable boxes (the user draws a box instead when the subject
//! is not a person). Nothing leaves; the chosen box goes with the request.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::shown_refs;
use crate::api::objects::Vault;
use crate::egress::levels::{self, Candidate};
use crate::{AppCore, Error};

/// The people in one reference, in its pixels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SubjectCandidates {
    /// The image's width, upright (the boxes' frame).
    pub width: u32,
    /// Its height.
    pub height: u32,
    /// The people found, the largest face first; empty when there is none (draw a box).
    pub people: Vec<Candidate>,
}

/// The people in reference `id` (an image shown in the gallery).
pub fn subject_candidates(core: &AppCore, vault: &Vault, id: &str) -> Result<SubjectCandidates, Error> {
    let ids = shown_refs(core, vault, &[id.to_string()])?;
    let Some(&id) = ids.first() else { return Err(Error::InvalidInput("no image was named".into())) };
    let (_, plain) = vault.store().read(id, core.clock().now()).map_err(|_| super::gone(id))?;
    let (_, image) =
        crate::import::decode(&plain).map_err(|source| Error::Import { file: id.to_string(), source })?;
    Ok(SubjectCandidates {
        width: image.width(),
        height: image.height(),
        people: levels::candidates(&image)?,
    })
}
