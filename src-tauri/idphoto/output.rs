//! Writing ID photos: JPEG and PNG carrying their print resolution (JFIF density, PNG pHYs),
//! a digital-submission JPEG under a size limit found by searching the quality (and scaling
//! down only when even the lowest acceptable quality is too big) — never by padding bytes —
//! and print sheets with as many copies as fit, optionally with cut lines.

use image::{ImageEncoder, RgbImage};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::spec::Spec;

/// The lowest JPEG quality tried before scaling down.
const MIN_QUALITY: u8 = 60;

/// JPEG at `quality` with `dpi` in its JFIF header.
pub fn jpeg(img: &RgbImage, quality: u8, dpi: u32) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality);
    encoder.set_pixel_density(image::codecs::jpeg::PixelDensity::dpi(dpi.min(u32::from(u16::MAX)) as u16));
    if encoder.encode_image(img).is_err() {
        return Vec::new();
    }
    out
}

/// PNG with `dpi` in a pHYs chunk (pixels per metre).
pub fn png(img: &RgbImage, dpi: u32) -> Vec<u8> {
    let mut plain = Vec::new();
    if image::codecs::png::PngEncoder::new(&mut plain)
        .write_image(img.as_raw(), img.width(), img.height(), image::ExtendedColorType::Rgb8)
        .is_err()
    {
        return Vec::new();
    }
    // Insert pHYs right after IHDR (8-byte signature + 25-byte IHDR chunk).
    let ppm = (dpi as f64 / 0.0254).round() as u32;
    let mut data = Vec::with_capacity(9);
    data.extend_from_slice(&ppm.to_be_bytes());
    data.extend_from_slice(&ppm.to_be_bytes());
    data.push(1); // unit: metre
    let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
    chunk.extend_from_slice(b"pHYs");
    chunk.extend_from_slice(&data);
    let crc = crc32(&chunk[4..]);
    chunk.extend_from_slice(&crc.to_be_bytes());
    let mut out = plain[..33].to_vec();
    out.extend_from_slice(&chunk);
    out.extend_from_slice(&plain[33..]);
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A JPEG under `max_kb` (1 KB = 1024 bytes): the highest quality that fits, found by binary
/// search from 95 down to 60; if even 60 does not fit, the image is scaled down by 10 % steps
/// (not below `min_px`). `None` if nothing fits.
pub fn jpeg_under(img: &RgbImage, max_kb: u32, dpi: u32, min_px: Option<[u32; 2]>) -> Option<(Vec<u8>, u8)> {
    let limit = max_kb as usize * 1024;
    let mut current = img.clone();
    loop {
        let (mut lo, mut hi) = (MIN_QUALITY, 95u8);
        let mut best: Option<(Vec<u8>, u8)> = None;
        while lo <= hi {
            let q = lo + (hi - lo) / 2;
            let bytes = jpeg(&current, q, dpi);
            if !bytes.is_empty() && bytes.len() <= limit {
                best = Some((bytes, q));
                lo = q + 1;
            } else if q == 0 {
                break;
            } else {
                hi = q - 1;
            }
        }
        if best.is_some() {
            return best;
        }
        let (w, h) = ((current.width() * 9 / 10).max(1), (current.height() * 9 / 10).max(1));
        if min_px.is_some_and(|[mw, mh]| w < mw || h < mh) || w < 64 {
            return None;
        }
        current = crate::import::resize::rgb(&current, w, h, crate::import::resize::Filter::Lanczos3);
    }
}

/// A paper size for print sheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Sheet {
    /// 4×6 inches (landscape).
    #[serde(rename = "4x6")]
    In4x6,
    /// 10×15 cm.
    #[serde(rename = "10x15")]
    Cm10x15,
    /// 5×7 inches.
    #[serde(rename = "5x7")]
    In5x7,
    /// A4.
    A4,
    /// A6.
    A6,
}

impl Sheet {
    /// The name people know it by.
    pub fn label(self) -> &'static str {
        match self {
            Sheet::In4x6 => "4x6 in",
            Sheet::Cm10x15 => "10x15 cm",
            Sheet::In5x7 => "5x7 in",
            Sheet::A4 => "A4",
            Sheet::A6 => "A6",
        }
    }

    /// Width and height in millimetres (landscape for the small photo papers).
    pub fn mm(self) -> (f32, f32) {
        match self {
            Sheet::In4x6 => (152.4, 101.6),
            Sheet::Cm10x15 => (150.0, 100.0),
            Sheet::In5x7 => (177.8, 127.0),
            Sheet::A4 => (210.0, 297.0),
            Sheet::A6 => (148.0, 105.0),
        }
    }
}

/// Space between copies and around the grid when it fits (mm); edge to edge otherwise.
const GUTTER_MM: f32 = 2.0;

/// The layout of `spec` on `sheet` at 300 DPI: sheet pixels, columns, rows, gutter in pixels.
/// Copies get a 2 mm gutter when that costs none of them; otherwise they sit edge to edge
/// (2×2 in photos on 4×6 in paper: 6 copies instead of 2).
pub fn sheet_layout(sheet: Sheet, spec: &Spec) -> (u32, u32, u32, u32, u32) {
    let (w, h) = sheet.mm();
    let fit =
        |length: f32, item: f32, gap: f32| (((length - gap) / (item + gap) + 1e-4).floor().max(0.0)) as u32;
    let px = |mm: f32| (mm / 25.4 * 300.0).round() as u32;
    let spaced = (fit(w, spec.width_mm, GUTTER_MM), fit(h, spec.height_mm, GUTTER_MM));
    let tight = (fit(w, spec.width_mm, 0.0), fit(h, spec.height_mm, 0.0));
    if spaced.0 * spaced.1 >= tight.0 * tight.1 {
        (px(w), px(h), spaced.0, spaced.1, px(GUTTER_MM))
    } else {
        (px(w), px(h), tight.0, tight.1, 0)
    }
}

/// A print sheet at 300 DPI: copies of `photo` (made for `spec`) in a centred grid, with
/// light grey cut lines around each when `cut_lines`.
pub fn sheet(photo: &RgbImage, spec: &Spec, sheet: Sheet, cut_lines: bool) -> RgbImage {
    let (w, h, cols, rows, gutter) = sheet_layout(sheet, spec);
    let px = |mm: f32| (mm / 25.4 * 300.0).round() as u32;
    let (pw, ph) = (px(spec.width_mm), px(spec.height_mm));
    let copy = if photo.dimensions() == (pw, ph) {
        photo.clone()
    } else {
        crate::import::resize::rgb(photo, pw, ph, crate::import::resize::Filter::Lanczos3)
    };
    let grid_w = cols * pw + cols.saturating_sub(1) * gutter;
    let grid_h = rows * ph + rows.saturating_sub(1) * gutter;
    let (x0, y0) = (w.saturating_sub(grid_w) / 2, h.saturating_sub(grid_h) / 2);
    let mut out = RgbImage::from_pixel(w, h, image::Rgb([255, 255, 255]));
    for r in 0..rows {
        for c in 0..cols {
            let (x, y) = (x0 + c * (pw + gutter), y0 + r * (ph + gutter));
            image::imageops::replace(&mut out, &copy, i64::from(x), i64::from(y));
            if cut_lines {
                frame(&mut out, x.saturating_sub(1), y.saturating_sub(1), pw + 2, ph + 2);
            }
        }
    }
    out
}

fn frame(img: &mut RgbImage, x: u32, y: u32, w: u32, h: u32) {
    let grey = image::Rgb([170, 170, 170]);
    for i in 0..w {
        for yy in [y, y + h - 1] {
            if x + i < img.width() && yy < img.height() {
                img.put_pixel(x + i, yy, grey);
            }
        }
    }
    for j in 0..h {
        for xx in [x, x + w - 1] {
            if xx < img.width() && y + j < img.height() {
                img.put_pixel(xx, y + j, grey);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::idphoto::spec::find;

    fn noisy(w: u32, h: u32) -> RgbImage {
        let mut seed = 1u32;
        RgbImage::from_fn(w, h, |x, y| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            image::Rgb([(x % 256) as u8, (y % 256) as u8, (seed >> 24) as u8])
        })
    }

    #[test]
    fn jpeg_and_png_carry_their_dpi() {
        let img = noisy(60, 40);
        let j = jpeg(&img, 90, 300);
        // JFIF APP0: units 1 (dpi), X and Y density 300.
        assert_eq!(&j[6..11], b"JFIF\0");
        assert_eq!(j[13], 1);
        assert_eq!(u16::from_be_bytes([j[14], j[15]]), 300);
        let p = png(&img, 600);
        let at = p.windows(4).position(|w| w == b"pHYs").unwrap();
        let ppm = u32::from_be_bytes(p[at + 4..at + 8].try_into().unwrap());
        assert_eq!(ppm, 23622, "600 dpi in pixels per metre");
        assert_eq!(p[at + 12], 1);
        assert_eq!(image::load_from_memory(&p).unwrap().to_rgb8(), img, "still a valid PNG");
    }

    #[test]
    fn a_size_limited_jpeg_has_the_highest_quality_that_fits_and_no_padding() {
        let img = noisy(600, 600);
        let (bytes, q) = jpeg_under(&img, 240, 300, Some([600, 600])).unwrap();
        assert!(bytes.len() <= 240 * 1024, "{}", bytes.len());
        if q < 95 {
            assert!(jpeg(&img, q + 1, 300).len() > 240 * 1024, "quality {} would also fit", q + 1);
        }
        assert!(bytes.ends_with(&[0xFF, 0xD9]), "ends at the JPEG end marker: nothing appended");
        // Too small a limit for the minimum size: refused rather than shrunk below it.
        assert!(jpeg_under(&img, 5, 300, Some([600, 600])).is_none());
        // Without a minimum it scales down until it fits.
        let (small, _) = jpeg_under(&img, 40, 300, None).unwrap();
        assert!(small.len() <= 40 * 1024);
    }

    #[test]
    fn sheets_hold_as_many_copies_as_fit() {
        let us = find("us-passport").unwrap();
        assert_eq!(
            sheet_layout(Sheet::In4x6, &us),
            (1800, 1200, 3, 2, 0),
            "six 2×2 in on 4×6 in, edge to edge"
        );
        let icao = find("schengen-visa").unwrap();
        let (w, h, cols, rows, gutter) = sheet_layout(Sheet::In4x6, &icao);
        assert_eq!(gutter, 24, "35×45 mm leaves room for 2 mm gutters");
        assert_eq!((w, h, cols * rows), (1800, 1200, 8), "{cols}×{rows}");
        let made =
            sheet(&RgbImage::from_pixel(413, 531, image::Rgb([200, 10, 10])), &icao, Sheet::In4x6, true);
        assert_eq!(made.dimensions(), (1800, 1200));
        let red = made.pixels().filter(|p| p.0 == [200, 10, 10]).count();
        assert_eq!(red, 8 * 413 * 531);
    }
}
