//! Colour: pixels are converted to sRGB when the file embeds another ICC profile (phone photos
//! are often Display P3, scans Adobe RGB). Providers and the webview assume sRGB, and the
//! minimizer drops the profile, so without this a P3 photo would leave looking washed out.
//! Little CMS does the conversion; an unreadable profile leaves the pixels as they are.

use image::DynamicImage;
use lcms2::{Intent, PixelFormat, Profile, Transform};

/// Convert `image` from the colour space of `icc` to sRGB, in place. 8-bit RGB and RGBA only
/// (other layouts are converted to those first); grey images need nothing.
pub fn to_srgb(image: &mut DynamicImage, icc: &[u8]) {
    let Ok(source) = Profile::new_icc(icc) else {
        tracing::debug!("an embedded colour profile could not be read; pixels kept as they are");
        return;
    };
    if source.color_space() != lcms2::ColorSpaceSignature::RgbData {
        return;
    }
    let srgb = Profile::new_srgb();
    let converted = match std::mem::take(image) {
        DynamicImage::ImageRgba8(mut rgba) => {
            if let Ok(t) = Transform::<[u8; 4], [u8; 4]>::new(
                &source,
                PixelFormat::RGBA_8,
                &srgb,
                PixelFormat::RGBA_8,
                Intent::Perceptual,
            ) {
                let (pixels, _) = rgba.as_mut().as_chunks_mut::<4>();
                t.transform_in_place(pixels);
            }
            DynamicImage::ImageRgba8(rgba)
        }
        other if other.color().has_color() => {
            let alpha = other.color().has_alpha();
            let mut rgb = if alpha {
                DynamicImage::ImageRgba8(other.to_rgba8())
            } else {
                DynamicImage::ImageRgb8(other.to_rgb8())
            };
            if alpha {
                to_srgb(&mut rgb, icc);
            } else if let (DynamicImage::ImageRgb8(buffer), Ok(t)) = (
                &mut rgb,
                Transform::<[u8; 3], [u8; 3]>::new(
                    &source,
                    PixelFormat::RGB_8,
                    &srgb,
                    PixelFormat::RGB_8,
                    Intent::Perceptual,
                ),
            ) {
                let (pixels, _) = buffer.as_mut().as_chunks_mut::<3>();
                t.transform_in_place(pixels);
            }
            rgb
        }
        grey => grey,
    };
    *image = converted;
}

#[cfg(test)]
mod tests {
    use lcms2::{CIExyY, CIExyYTRIPLE, ToneCurve};

    use super::*;

    /// An ICC profile with sRGB's primaries and white but a linear tone curve: converting its
    /// value 128 to sRGB must give sRGB's encoding of 128/255 linear light, 188.
    fn linear_srgb_profile() -> Vec<u8> {
        let white = CIExyY { x: 0.3127, y: 0.3290, Y: 1.0 };
        let primaries = CIExyYTRIPLE {
            Red: CIExyY { x: 0.64, y: 0.33, Y: 1.0 },
            Green: CIExyY { x: 0.30, y: 0.60, Y: 1.0 },
            Blue: CIExyY { x: 0.15, y: 0.06, Y: 1.0 },
        };
        let linear = ToneCurve::new(1.0);
        Profile::new_rgb(&white, &primaries, &[&linear, &linear, &linear]).unwrap().icc().unwrap()
    }

    #[test]
    fn pixels_in_another_profile_become_srgb() {
        let expected = (1.055 * (128.0f64 / 255.0).powf(1.0 / 2.4) - 0.055) * 255.0; // 187.5
        let mut rgb = DynamicImage::ImageRgb8(image::RgbImage::from_pixel(4, 4, image::Rgb([128, 128, 128])));
        to_srgb(&mut rgb, &linear_srgb_profile());
        let p = rgb.as_rgb8().unwrap().get_pixel(0, 0).0;
        assert!(p.iter().all(|&c| (f64::from(c) - expected).abs() <= 1.5), "{p:?}, expected ~{expected}");
        let mut rgba =
            DynamicImage::ImageRgba8(image::RgbaImage::from_pixel(2, 2, image::Rgba([128, 128, 128, 77])));
        to_srgb(&mut rgba, &linear_srgb_profile());
        let p = rgba.as_rgba8().unwrap().get_pixel(1, 1).0;
        assert!(
            (f64::from(p[0]) - expected).abs() <= 1.5 && p[3] == 77,
            "{p:?}: colour converted, alpha kept"
        );
    }

    #[test]
    fn an_unreadable_profile_changes_nothing() {
        let mut rgb = DynamicImage::ImageRgb8(image::RgbImage::from_pixel(2, 2, image::Rgb([10, 20, 30])));
        to_srgb(&mut rgb, b"ICC_PROFILE but not really a profile");
        assert_eq!(rgb.as_rgb8().unwrap().get_pixel(0, 0).0, [10, 20, 30]);
    }
}
