//! The app's one way to scale pixels: `fast_image_resize` (SIMD convolution, several times
//! faster than `image::imageops::resize` on a 12 MP photo). Alpha is premultiplied while
//! filtering, so transparent edges do not darken.

use fast_image_resize as fir;
use image::{DynamicImage, GrayImage, RgbImage, RgbaImage};

/// How to filter when scaling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    /// Bilinear (a triangle kernel): for model inputs and working copies.
    Bilinear,
    /// Bicubic (Catmull-Rom): sharp enough for a provider reference.
    CatmullRom,
    /// Lanczos3: the sharpest, for finished photos.
    Lanczos3,
}

impl Filter {
    fn options(self) -> fir::ResizeOptions {
        let filter = match self {
            Filter::Bilinear => fir::FilterType::Bilinear,
            Filter::CatmullRom => fir::FilterType::CatmullRom,
            Filter::Lanczos3 => fir::FilterType::Lanczos3,
        };
        fir::ResizeOptions::new().resize_alg(fir::ResizeAlg::Convolution(filter))
    }

    fn fallback(self) -> image::imageops::FilterType {
        match self {
            Filter::Bilinear => image::imageops::FilterType::Triangle,
            Filter::CatmullRom => image::imageops::FilterType::CatmullRom,
            Filter::Lanczos3 => image::imageops::FilterType::Lanczos3,
        }
    }
}

/// `img` scaled to exactly `width`×`height` (each at least 1).
pub fn rgb(img: &RgbImage, width: u32, height: u32, filter: Filter) -> RgbImage {
    let (width, height) = (width.max(1), height.max(1));
    scale(img.width(), img.height(), img.as_raw(), width, height, fir::PixelType::U8x3, filter)
        .and_then(|raw| RgbImage::from_raw(width, height, raw))
        .unwrap_or_else(|| image::imageops::resize(img, width, height, filter.fallback()))
}

/// `img` scaled to exactly `width`×`height`, as RGBA.
pub fn rgba(img: &RgbaImage, width: u32, height: u32, filter: Filter) -> RgbaImage {
    let (width, height) = (width.max(1), height.max(1));
    scale(img.width(), img.height(), img.as_raw(), width, height, fir::PixelType::U8x4, filter)
        .and_then(|raw| RgbaImage::from_raw(width, height, raw))
        .unwrap_or_else(|| image::imageops::resize(img, width, height, filter.fallback()))
}

/// `img` scaled to exactly `width`×`height`, one channel (masks).
pub fn luma(img: &GrayImage, width: u32, height: u32, filter: Filter) -> GrayImage {
    let (width, height) = (width.max(1), height.max(1));
    scale(img.width(), img.height(), img.as_raw(), width, height, fir::PixelType::U8, filter)
        .and_then(|raw| GrayImage::from_raw(width, height, raw))
        .unwrap_or_else(|| image::imageops::resize(img, width, height, filter.fallback()))
}

/// `img` scaled to fit inside `side`×`side`, keeping its aspect ratio, as 8-bit RGB or (when it
/// has an alpha channel) RGBA. An image that fits already is returned as such.
pub fn fit(img: &DynamicImage, side: u32, filter: Filter) -> DynamicImage {
    let Some((nw, nh)) = fitted(img.width(), img.height(), side) else { return img.clone() };
    if img.color().has_alpha() {
        DynamicImage::ImageRgba8(rgba(&img.to_rgba8(), nw, nh, filter))
    } else {
        DynamicImage::ImageRgb8(rgb(&img.to_rgb8(), nw, nh, filter))
    }
}

/// The size of a `w`×`h` image scaled to fit inside `side`×`side`, keeping its aspect ratio;
/// `None` when it fits already.
pub fn fitted(w: u32, h: u32, side: u32) -> Option<(u32, u32)> {
    if w.max(h) <= side {
        return None;
    }
    let scale = f64::from(side) / f64::from(w.max(h));
    Some(((f64::from(w) * scale).round() as u32, (f64::from(h) * scale).round() as u32))
}

/// The scaled pixels, or `None` if the library refused (it only refuses sizes and pixel types
/// that do not match, which the callers above rule out; the `image` crate then does the work).
fn scale(
    width: u32,
    height: u32,
    raw: &[u8],
    to_width: u32,
    to_height: u32,
    pixel: fir::PixelType,
    filter: Filter,
) -> Option<Vec<u8>> {
    let src = fir::images::ImageRef::new(width, height, raw, pixel).ok()?;
    let mut dst = fir::images::Image::new(to_width, to_height, pixel);
    match fir::Resizer::new().resize(&src, &mut dst, &filter.options()) {
        Ok(()) => Some(dst.into_vec()),
        Err(e) => {
            tracing::warn!(error = %e, "fast resize refused; using the slower path");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_to_the_exact_size_and_keeps_flat_colour_flat() {
        let img = RgbImage::from_pixel(4000, 3000, image::Rgb([200, 40, 90]));
        for filter in [Filter::Bilinear, Filter::CatmullRom, Filter::Lanczos3] {
            let out = rgb(&img, 1024, 768, filter);
            assert_eq!(out.dimensions(), (1024, 768));
            assert!(out.pixels().all(|p| p.0 == [200, 40, 90]), "{filter:?}");
        }
    }

    #[test]
    fn fit_keeps_the_aspect_ratio_and_transparent_edges_do_not_darken() {
        // Left half opaque white, right half fully transparent black.
        let img = RgbaImage::from_fn(400, 100, |x, _| {
            if x < 200 {
                image::Rgba([255, 255, 255, 255])
            } else {
                image::Rgba([0, 0, 0, 0])
            }
        });
        let out = fit(&DynamicImage::ImageRgba8(img), 100, Filter::CatmullRom).to_rgba8();
        assert_eq!(out.dimensions(), (100, 25));
        // Where the edge blends, colour stays white; only alpha falls.
        for p in out.pixels().filter(|p| p.0[3] > 16) {
            assert!(p.0[0] > 240, "{p:?}");
        }
        let small = DynamicImage::ImageRgb8(RgbImage::new(50, 20));
        let same = fit(&small, 100, Filter::Bilinear);
        assert_eq!((same.width(), same.height()), (50, 20), "never enlarged");
    }
}
