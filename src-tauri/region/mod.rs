//! Region-only edits, on the device: the user's mask ([`Mask`]), the part of the photo that
//! leaves — the mask's box plus a margin, grown to a shape the provider makes ([`Plan`]) — the
//! mask a provider that takes one receives ([`provider_mask`]), and the composite that puts the
//! provider's answer back through a feathered mask ([`composite`]), so every pixel outside the
//! mask and its margin stays bit-identical to the original. Pure pixels: no vault, no network.

mod composite;
mod mask;
mod plan;

pub use composite::{composite, cut};
pub use mask::{provider_mask, Mask};
pub use plan::{plan, Plan, Rect, DEFAULT_MARGIN, MAX_MARGIN};

use crate::codes::{Code, HasCode};

/// Why a region edit cannot go ahead.
#[derive(Debug, thiserror::Error)]
pub enum RegionError {
    /// Nothing is painted.
    #[error("the mask is empty: paint the part of the image to change")]
    Empty,
    /// The mask is not the image's size or shape.
    #[error("the mask is {0}x{1} but the image is {2}x{3}; use a mask the size of the image")]
    Mismatch(u32, u32, u32, u32),
    /// Painted everywhere: the whole image would be sent, which the user must choose.
    #[error("the mask covers the whole image, so the whole image would be sent; choose to send the whole image, or paint less")]
    CoversImage,
    /// The mask file is not a readable image.
    #[error("the mask cannot be read: {0}")]
    Unreadable(crate::import::ImportError),
    /// The margin is out of range.
    #[error("the margin is a percentage of the painted box, from 0 to {max}", max = plan::MAX_MARGIN)]
    Margin,
    /// The provider answered with an image of another shape than the part sent.
    #[error("{0} sent back a {1}x{2} image for a {3}x{4} part; it cannot be put back in place")]
    Shape(&'static str, u32, u32, u32, u32),
}

impl HasCode for RegionError {
    fn code(&self) -> Code {
        match self {
            RegionError::Empty => Code::MaskEmpty,
            RegionError::Mismatch(..) => Code::MaskMismatch,
            RegionError::CoversImage => Code::MaskCoversImage,
            RegionError::Unreadable(_) | RegionError::Margin => Code::InvalidInput,
            RegionError::Shape(..) => Code::ProviderError,
        }
    }
}

#[cfg(test)]
mod tests;
