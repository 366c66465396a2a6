//! The two pixel operations of a region edit: cutting the part that leaves out of the original,
//! and putting the provider's answer back. The answer is scaled to the part's full-resolution
//! size and blended in through the mask, fading over [`Plan::feather`] pixels outside it;
//! everywhere the fade is zero the original's pixels are copied as they are.

use image::{DynamicImage, GenericImageView, Rgba, RgbaImage};

use super::{Mask, Plan, Rect, RegionError};
use crate::import::resize::{self, Filter};

/// How far (as the log of the ratio) the answer's width:height may differ from the part's and
/// still be scaled into place: 3 %, rounding to a provider's size grid.
const SHAPE_TOLERANCE: f64 = 0.03;
/// Filler for the strip of a part that reaches past the photo's edge.
const PADDING: Rgba<u8> = Rgba([128, 128, 128, 255]);

/// The part `crop` of `original` at full resolution; past the edges, flat grey.
pub fn cut(original: &DynamicImage, crop: Rect) -> DynamicImage {
    let (w, h) = original.dimensions();
    let inside = crop.within(w, h);
    let alpha = original.color().has_alpha();
    let mut part = RgbaImage::from_pixel(crop.width, crop.height, PADDING);
    let view = original.view(inside.x as u32, inside.y as u32, inside.width, inside.height).to_image();
    image::imageops::replace(&mut part, &view, inside.x - crop.x, inside.y - crop.y);
    if alpha {
        DynamicImage::ImageRgba8(part)
    } else {
        DynamicImage::ImageRgb8(DynamicImage::ImageRgba8(part).to_rgb8())
    }
}

/// `original` with `answer` (the provider's image for the part `plan.crop`) blended in through
/// `mask`. Refused when the answer's shape is off by more than a rounding.
pub fn composite(
    original: &DynamicImage,
    mask: &Mask,
    plan: &Plan,
    answer: &DynamicImage,
    provider: &'static str,
) -> Result<DynamicImage, RegionError> {
    let crop = plan.crop;
    let (aw, ah) = answer.dimensions();
    let off = ((f64::from(aw) / f64::from(ah)) / (f64::from(crop.width) / f64::from(crop.height))).ln();
    if off.abs() > SHAPE_TOLERANCE {
        return Err(RegionError::Shape(provider, aw, ah, crop.width, crop.height));
    }
    let answer = resize::rgba(&answer.to_rgba8(), crop.width, crop.height, Filter::Lanczos3);
    let (w, h) = original.dimensions();
    let region = crop.within(w, h);
    let weights = fade(mask, region, plan.feather);
    let mut out = original.to_rgba8();
    for y in 0..region.height {
        for x in 0..region.width {
            let weight = weights[(y * region.width + x) as usize];
            if weight == 0 {
                continue;
            }
            let (ix, iy) = (region.x as u32 + x, region.y as u32 + y);
            let from = answer.get_pixel((region.x - crop.x) as u32 + x, (region.y - crop.y) as u32 + y);
            let to = out.get_pixel_mut(ix, iy);
            for c in 0..4 {
                let (a, b, k) = (u32::from(from.0[c]), u32::from(to.0[c]), u32::from(weight));
                to.0[c] = ((a * k + b * (255 - k) + 127) / 255) as u8;
            }
        }
    }
    Ok(if original.color().has_alpha() {
        DynamicImage::ImageRgba8(out)
    } else {
        DynamicImage::ImageRgb8(DynamicImage::ImageRgba8(out).to_rgb8())
    })
}

/// The answer's weight (0 to 255) over `region`: 255 on the mask, fading to 0 at `feather`
/// pixels from it (a 3-4 chamfer distance, two passes), 0 beyond.
fn fade(mask: &Mask, region: Rect, feather: u32) -> Vec<u8> {
    let (rw, rh) = (region.width as usize, region.height as usize);
    const FAR: u32 = u32::MAX / 2;
    let mut d: Vec<u32> = (0..rw * rh)
        .map(|i| {
            let (x, y) = ((i % rw) as u32 + region.x as u32, (i / rw) as u32 + region.y as u32);
            if mask.painted(x, y) {
                0
            } else {
                FAR
            }
        })
        .collect();
    let at = |x: usize, y: usize| y * rw + x;
    for y in 0..rh {
        for x in 0..rw {
            let mut v = d[at(x, y)];
            if x > 0 {
                v = v.min(d[at(x - 1, y)] + 3);
            }
            if y > 0 {
                v = v.min(d[at(x, y - 1)] + 3);
                if x > 0 {
                    v = v.min(d[at(x - 1, y - 1)] + 4);
                }
                if x + 1 < rw {
                    v = v.min(d[at(x + 1, y - 1)] + 4);
                }
            }
            d[at(x, y)] = v;
        }
    }
    for y in (0..rh).rev() {
        for x in (0..rw).rev() {
            let mut v = d[at(x, y)];
            if x + 1 < rw {
                v = v.min(d[at(x + 1, y)] + 3);
            }
            if y + 1 < rh {
                v = v.min(d[at(x, y + 1)] + 3);
                if x + 1 < rw {
                    v = v.min(d[at(x + 1, y + 1)] + 4);
                }
                if x > 0 {
                    v = v.min(d[at(x - 1, y + 1)] + 4);
                }
            }
            d[at(x, y)] = v;
        }
    }
    // Chamfer units are thirds of a pixel.
    let reach = 3 * feather;
    d.into_iter()
        .map(|v| match v {
            0 => 255,
            v if v >= reach => 0,
            v => (255 * (reach - v) / reach) as u8,
        })
        .collect()
}
