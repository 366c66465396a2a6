//! The minimizer: what a provider receives is re-drawn from pixels, never the user's file.
//! Decode (EXIF orientation applied), downscale to the provider's limit, re-encode (PNG when
//! the image has transparency, JPEG otherwise) with no metadata at all — no EXIF, GPS, XMP,
//! IPTC, ICC profile, maker notes, embedded thumbnails or comments survive, because nothing but
//! pixels is carried over — and give it a random name. [`MinimizedImage`] can only be made here.

use image::{DynamicImage, GenericImageView};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::levels::Level;
use crate::import::{self, ImportError};
pub use crate::index::SentCrop;

/// What a provider accepts per reference image.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Longest side in pixels.
    pub longest_side: u32,
    /// Largest encoded size in bytes.
    pub max_bytes: usize,
}

/// References default to this longest side unless a provider documents a lower limit.
pub const DEFAULT_LONGEST_SIDE: u32 = 2048;

/// An image ready to leave the device: only the minimizer constructs it.
pub struct MinimizedImage {
    bytes: Zeroizing<Vec<u8>>,
    mime: &'static str,
    width: u32,
    height: u32,
    name: String,
    sha256: [u8; 32],
    crop: Option<SentCrop>,
    mask: bool,
    levels: Vec<Level>,
}

impl MinimizedImage {
    /// The encoded bytes, exactly as they will be sent.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
    /// `image/jpeg` or `image/png`.
    pub fn mime(&self) -> &'static str {
        self.mime
    }
    /// Pixel width.
    pub fn width(&self) -> u32 {
        self.width
    }
    /// Pixel height.
    pub fn height(&self) -> u32 {
        self.height
    }
    /// A random file name (`<32 hex>.jpg`), for providers that want one.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// SHA-256 of [`Self::bytes`], as recorded in the egress ledger.
    pub fn sha256_hex(&self) -> String {
        hex::encode(self.sha256)
    }
    /// The part of the photo it shows, when it is not all of it (a region edit).
    pub fn crop(&self) -> Option<SentCrop> {
        self.crop
    }
    /// Whether it is the edit mask sent beside the part (OpenAI's `mask`), not an image.
    pub fn is_mask(&self) -> bool {
        self.mask
    }
    /// The minimization levels applied (`metadata` always; none for a mask).
    pub fn levels(&self) -> &[Level] {
        &self.levels
    }
}

impl std::fmt::Debug for MinimizedImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "MinimizedImage({} {}x{}, {} bytes)", self.mime, self.width, self.height, self.bytes.len())
    }
}

/// Minimize `bytes` (any importable image) for a provider with `limits`.
pub fn minimize(bytes: &[u8], limits: Limits) -> Result<MinimizedImage, ImportError> {
    let (_, image) = import::decode(bytes)?;
    minimize_pixels(&image, limits)
}

/// Minimize decoded pixels to which `levels` were applied on the device first
/// ([`super::levels::apply`]).
pub fn minimize_levelled(
    image: &DynamicImage,
    levels: Vec<Level>,
    limits: Limits,
) -> Result<MinimizedImage, ImportError> {
    Ok(MinimizedImage { levels, ..minimize_pixels(image, limits)? })
}

/// Minimize the part `crop` of a photo, already cut out (see [`crate::region::cut`]), to
/// which `levels` were applied on the device first.
pub fn minimize_part(
    part: &DynamicImage,
    crop: SentCrop,
    levels: Vec<Level>,
    limits: Limits,
) -> Result<MinimizedImage, ImportError> {
    Ok(MinimizedImage { crop: Some(crop), levels, ..minimize_pixels(part, limits)? })
}

/// The edit mask sent with a part, as the PNG OpenAI documents (transparent where to edit, the
/// part's sent size); it carries nothing but the mask's shape.
pub fn mask_part(mask: &image::RgbaImage) -> Result<MinimizedImage, ImportError> {
    let png = encode_png(&DynamicImage::ImageRgba8(mask.clone()))?;
    Ok(MinimizedImage {
        sha256: Sha256::digest(&*png).into(),
        mime: "image/png",
        width: mask.width(),
        height: mask.height(),
        bytes: png,
        name: format!("{}.png", random_name()?),
        crop: None,
        mask: true,
        levels: Vec::new(),
    })
}

/// A random name that says nothing about the photo (the same generator as object ids).
fn random_name() -> Result<String, ImportError> {
    crate::vault::ObjectId::random()
        .map(|id| id.to_string())
        .map_err(|_| ImportError::Io(std::io::ErrorKind::Other))
}

/// Minimize decoded pixels.
fn minimize_pixels(image: &DynamicImage, limits: Limits) -> Result<MinimizedImage, ImportError> {
    let transparent = image.color().has_alpha() && image.pixels().any(|(_, _, p)| p.0[3] < 255);
    let mut side = limits.longest_side.min(image.width().max(image.height())).max(1);
    loop {
        let scaled = fit(image, side);
        if let Some((encoded, mime)) = encode_within(&scaled, transparent, limits.max_bytes)? {
            let ext = if mime == "image/png" { "png" } else { "jpg" };
            let name = format!("{}.{ext}", random_name()?);
            let sha256 = Sha256::digest(&*encoded).into();
            return Ok(MinimizedImage {
                mime,
                width: scaled.width(),
                height: scaled.height(),
                bytes: encoded,
                name,
                sha256,
                crop: None,
                mask: false,
                levels: vec![Level::Metadata],
            });
        }
        if side <= 64 {
            return Err(ImportError::TooLarge(
                "the image cannot be made small enough for this provider".into(),
            ));
        }
        side = side * 4 / 5;
    }
}

fn fit(image: &DynamicImage, side: u32) -> DynamicImage {
    // Bicubic: sharp enough for a reference.
    import::resize::fit(image, side, import::resize::Filter::CatmullRom)
}

/// Encoded bytes and their media type.
type Encoded = (Zeroizing<Vec<u8>>, &'static str);

/// The image encoded under `max_bytes`, if it fits at this size: PNG when transparent, else
/// JPEG at falling quality (detail matters more than a few percent of size).
fn encode_within(
    image: &DynamicImage,
    transparent: bool,
    max_bytes: usize,
) -> Result<Option<Encoded>, ImportError> {
    if transparent {
        let png = encode_png(image)?;
        return Ok((png.len() <= max_bytes).then_some((png, "image/png")));
    }
    for quality in [90u8, 80, 70, 60] {
        let jpeg = encode_jpeg(image, quality)?;
        if jpeg.len() <= max_bytes {
            return Ok(Some((jpeg, "image/jpeg")));
        }
    }
    Ok(None)
}

fn encode_jpeg(image: &DynamicImage, quality: u8) -> Result<Zeroizing<Vec<u8>>, ImportError> {
    let mut out = Zeroizing::new(Vec::new());
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut *out, quality)
        .encode_image(&image.to_rgb8())
        .map_err(|_| ImportError::Corrupt)?;
    Ok(out)
}

fn encode_png(image: &DynamicImage) -> Result<Zeroizing<Vec<u8>>, ImportError> {
    let mut out = Zeroizing::new(Vec::new());
    image
        .to_rgba8()
        .write_to(&mut std::io::Cursor::new(&mut *out), image::ImageFormat::Png)
        .map_err(|_| ImportError::Corrupt)?;
    Ok(out)
}

#[cfg(test)]
mod tests;
