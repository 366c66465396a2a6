//! The user's mask: any readable image, white where to edit, at the image's size or a smaller
//! copy of the same shape (the window paints at most 2048 px on the longest side), held as a
//! one-bit-per-pixel decision (0 or 255) at the image's full size.

use image::{DynamicImage, GrayImage, Luma, RgbaImage};

use super::{Rect, RegionError};
use crate::import::resize::{self, Filter};

/// Painted at or above this grey level: edit here.
const THRESHOLD: u8 = 128;
/// The share of pixels above which a mask counts as covering the whole image.
const WHOLE: f64 = 0.995;

/// A mask at the image's size: 255 where to edit, 0 elsewhere.
#[derive(Debug, Clone)]
pub struct Mask {
    pixels: GrayImage,
    painted: u64,
}

impl Mask {
    /// Read `bytes` as the mask of a `width`×`height` image. Refused when it is unreadable, of
    /// another shape (one pixel of rounding is allowed), or empty.
    pub fn load(bytes: &[u8], width: u32, height: u32) -> Result<Mask, RegionError> {
        let (_, image) = crate::import::decode(bytes).map_err(RegionError::Unreadable)?;
        Mask::from_image(&image, width, height)
    }

    /// As [`Mask::load`], from decoded pixels: the grey level, times the alpha when there is one
    /// (a transparent pixel is not painted).
    pub fn from_image(image: &DynamicImage, width: u32, height: u32) -> Result<Mask, RegionError> {
        let (mw, mh) = (image.width(), image.height());
        if !same_shape(mw, mh, width, height) {
            return Err(RegionError::Mismatch(mw, mh, width, height));
        }
        let grey = if image.color().has_alpha() {
            let la = image.to_luma_alpha8();
            GrayImage::from_fn(mw, mh, |x, y| {
                let [l, a] = la.get_pixel(x, y).0;
                Luma([((u16::from(l) * u16::from(a)) / 255) as u8])
            })
        } else {
            image.to_luma8()
        };
        let grey = if (mw, mh) == (width, height) {
            grey
        } else {
            resize::luma(&grey, width, height, Filter::Bilinear)
        };
        let mut painted = 0u64;
        let pixels = GrayImage::from_fn(width, height, |x, y| {
            let on = grey.get_pixel(x, y).0[0] >= THRESHOLD;
            painted += u64::from(on);
            Luma([if on { 255 } else { 0 }])
        });
        if painted == 0 {
            return Err(RegionError::Empty);
        }
        Ok(Mask { pixels, painted })
    }

    /// Width and height (the image's).
    pub fn dimensions(&self) -> (u32, u32) {
        self.pixels.dimensions()
    }

    /// Whether (x, y) is to be edited.
    pub fn painted(&self, x: u32, y: u32) -> bool {
        self.pixels.get_pixel(x, y).0[0] != 0
    }

    /// The share of the image painted.
    pub fn coverage(&self) -> f64 {
        let (w, h) = self.dimensions();
        self.painted as f64 / (f64::from(w) * f64::from(h))
    }

    /// Whether it paints (nearly) everything: then the whole image would leave.
    pub fn covers_image(&self) -> bool {
        self.coverage() >= WHOLE
    }

    /// The smallest rectangle holding every painted pixel.
    pub fn bounds(&self) -> Rect {
        let (w, h) = self.dimensions();
        let (mut x0, mut y0, mut x1, mut y1) = (w, h, 0, 0);
        for (x, y, p) in self.pixels.enumerate_pixels() {
            if p.0[0] != 0 {
                x0 = x0.min(x);
                y0 = y0.min(y);
                x1 = x1.max(x);
                y1 = y1.max(y);
            }
        }
        Rect { x: i64::from(x0), y: i64::from(y0), width: x1 - x0 + 1, height: y1 - y0 + 1 }
    }

    /// The mask as a PNG (white where to edit), kept with the task so it can be sent again.
    pub fn to_png(&self) -> Result<Vec<u8>, RegionError> {
        let mut out = Vec::new();
        self.pixels
            .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
            .map_err(|_| RegionError::Unreadable(crate::import::ImportError::Corrupt))?;
        Ok(out)
    }
}

/// Whether a `mw`×`mh` mask has the shape of a `w`×`h` image, allowing a pixel of rounding.
fn same_shape(mw: u32, mh: u32, w: u32, h: u32) -> bool {
    if (mw, mh) == (w, h) {
        return true;
    }
    // The mask's height had it been scaled from the image by its width.
    let expected = f64::from(h) * f64::from(mw) / f64::from(w);
    mw > 0 && mh > 0 && (f64::from(mh) - expected).abs() <= 1.0 + f64::from(mh) / 200.0
}

/// The mask a provider receives with the part sent (OpenAI's `mask`): `width`×`height`, the
/// sent image's size; fully transparent where to edit, opaque elsewhere (also over padding).
pub fn provider_mask(mask: &Mask, crop: Rect, width: u32, height: u32) -> RgbaImage {
    let (iw, ih) = mask.dimensions();
    // The mask over the crop at full resolution (outside the image: not painted)...
    let part = GrayImage::from_fn(crop.width, crop.height, |x, y| {
        let (ix, iy) = (crop.x + i64::from(x), crop.y + i64::from(y));
        let inside = ix >= 0 && iy >= 0 && ix < i64::from(iw) && iy < i64::from(ih);
        Luma([if inside && mask.painted(ix as u32, iy as u32) { 255 } else { 0 }])
    });
    // ...then at the sent size.
    let part = resize::luma(&part, width, height, Filter::Bilinear);
    RgbaImage::from_fn(width, height, |x, y| {
        if part.get_pixel(x, y).0[0] >= THRESHOLD {
            image::Rgba([0, 0, 0, 0])
        } else {
            image::Rgba([255, 255, 255, 255])
        }
    })
}
