//! What will leave, before it leaves: the minimized references exactly as they will be sent
//! (the same bytes are sent if the user says Send), their sizes, the provider and its terms,
//! and what in the prompt looks like personal data.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::hygiene::{self, PromptWarning};
use super::{base_url, minimize_refs, validate, GenerateRequest};
use crate::api::consent::{self, ConsentStatus};
use crate::api::objects::Vault;
use crate::egress::minimize::MinimizedImage;
use crate::{AppCore, Error};

/// One reference as it will be sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PreviewImage {
    /// The random file name it is sent under.
    pub name: String,
    /// Media type.
    pub mime: String,
    /// Pixel width.
    pub width: u32,
    /// Pixel height.
    pub height: u32,
    /// Bytes sent.
    pub bytes: usize,
    /// SHA-256 of those bytes (the ledger records the same).
    pub sha256: String,
    /// Whether it is a region edit's mask (its shape only), not a picture.
    pub mask: bool,
    /// What the minimization levels did to it (a reference of a generation).
    pub levels: Option<crate::egress::levels::Report>,
}

impl PreviewImage {
    /// `image` as the preview describes it (what the levels did is added by the caller).
    pub(crate) fn of(image: &MinimizedImage) -> PreviewImage {
        PreviewImage {
            name: image.name().into(),
            mime: image.mime().into(),
            width: image.width(),
            height: image.height(),
            bytes: image.bytes().len(),
            sha256: image.sha256_hex(),
            mask: image.is_mask(),
            levels: None,
        }
    }
}

/// Everything the user sees before sending.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Preview {
    /// The provider's name.
    pub provider_name: String,
    /// The host the request goes to.
    pub host: String,
    /// The model asked.
    pub model: String,
    /// What the provider says it keeps and trains on.
    pub terms: String,
    /// Characters of prompt sent.
    pub prompt_chars: usize,
    /// Personal data spotted in the prompt.
    pub warnings: Vec<PromptWarning>,
    /// The references as they will be sent.
    pub images: Vec<PreviewImage>,
    /// Whether the provider has the user's consent (and the words it would record).
    pub consent: ConsentStatus,
    /// Whether the configured setting skips this preview for the provider.
    pub skip_preview: bool,
    /// The size asked for, when the model does not make it (`1000x1900`)...
    pub size_asked: Option<String>,
    /// ...and the nearest one it documents, which is what will be asked (`1024x1536`).
    pub size_sent: Option<String>,
    /// For a region edit: the part that leaves (the first image) and its share of the photo.
    pub sent: Option<super::Sent>,
}

/// Check `request`, minimize its references and describe what would leave. The minimized
/// images are returned too, so that the very bytes shown are the ones sent.
pub fn preview(
    core: &AppCore,
    vault: &Vault,
    request: &GenerateRequest,
) -> Result<(Preview, Vec<MinimizedImage>), Error> {
    let refs = validate(core, vault, request)?;
    let minimized = minimize_refs(core, vault, request.provider, &refs, &super::Refs::of(core, request))?;
    let (images, reports): (Vec<_>, Vec<_>) = minimized.into_iter().unzip();
    let mut preview = describe(core, vault, request, &images)?;
    for (shown, report) in preview.images.iter_mut().zip(reports) {
        shown.levels = Some(report);
    }
    Ok((preview, images))
}

/// What the user sees before `images` leave for `request`.
pub(super) fn describe(
    core: &AppCore,
    vault: &Vault,
    request: &GenerateRequest,
    images: &[MinimizedImage],
) -> Result<Preview, Error> {
    let p = request.provider;
    let url = base_url(core, p)?;
    let host =
        reqwest::Url::parse(&url).ok().and_then(|u| u.host_str().map(str::to_string)).unwrap_or_default();
    let changed = super::fitted_size(core, request).filter(|f| f.note.is_some());
    let preview = Preview {
        provider_name: p.display_name().into(),
        host,
        model: super::model_of(core, request),
        terms: p.terms().into(),
        prompt_chars: request.prompt.chars().count(),
        warnings: hygiene::check(&request.prompt),
        images: images.iter().map(PreviewImage::of).collect(),
        consent: consent::status(vault, p)?,
        skip_preview: !super::needs_preview(core, p),
        size_asked: changed.as_ref().and(request.size).map(|s| s.to_string()),
        size_sent: changed.map(|f| f.value),
        sent: None,
    };
    Ok(preview)
}

/// One reference as `preview-egress` shows it: the bytes that would be sent, and what the
/// minimization levels did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EgressPreview {
    /// The reference as given (a file name or an object id).
    pub reference: String,
    /// The image as it would be sent.
    pub image: PreviewImage,
    /// What the levels did.
    pub minimization: crate::egress::levels::Report,
}

/// What would leave for each of `refs` (object ids, or files read without importing them) with
/// `levels` and `subject_box`, sent nowhere; with the exact bytes, for the caller to write out.
pub fn egress_preview(
    core: &AppCore,
    provider: crate::providers::ProviderId,
    refs: &[String],
    levels: Vec<crate::egress::levels::Level>,
    subject_box: Option<crate::egress::levels::PixelBox>,
) -> Result<Vec<(EgressPreview, MinimizedImage)>, Error> {
    let how = super::RefMinimize { levels, subject_box, ..Default::default() };
    refs.iter()
        .map(|r| {
            let (name, (image, report)) = match r.trim().parse::<crate::vault::ObjectId>() {
                Ok(id) => core.with_open_vault_or_locked(|v| {
                    let ids = super::shown_refs(core, v, &[id.to_string()])?;
                    let minimized = super::minimize_refs(
                        core,
                        v,
                        provider,
                        &ids,
                        &super::Refs { all: how.clone(), each: Vec::new() },
                    )?
                    .into_iter()
                    .next();
                    Ok((id.to_string(), minimized.ok_or_else(|| super::gone(id))?))
                })?,
                Err(_) => {
                    let path = std::path::Path::new(r);
                    let name = crate::import::display_name(path);
                    let bytes = crate::import::read_file(path)
                        .map_err(|source| Error::Import { file: name.clone(), source })?;
                    let minimized = super::minimize_one(&bytes, &name, provider, &how)?;
                    (name, minimized)
                }
            };
            let shown = PreviewImage::of(&image);
            Ok((EgressPreview { reference: name, image: shown, minimization: report }, image))
        })
        .collect()
}
