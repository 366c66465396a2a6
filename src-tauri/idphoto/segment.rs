//! Separating the person from the background: the selfie-segmentation model gives a coarse
//! 256² probability; [`refine`] sharpens it at the output's resolution with a guided filter
//! whose guide is the photo's own colours (hair and shoulder edges follow the image), and
//! [`decontaminate`] estimates the foreground colour at the edges so the old background does
//! not bleed into the new one.

use image::RgbImage;

use super::models::SEGMENT;
use super::IdPhotoError;

/// The model's mask: person probability on a 256×256 grid over the whole photo.
pub struct Mask {
    /// Row-major values in 0–1.
    pub values: Vec<f32>,
    /// Grid width.
    pub width: usize,
    /// Grid height.
    pub height: usize,
}

const SIZE: usize = 256;

/// The person probability of `img` (plain resize to the model's square input).
pub fn segment(img: &RgbImage) -> Result<Mask, IdPhotoError> {
    let resized =
        image::imageops::resize(img, SIZE as u32, SIZE as u32, image::imageops::FilterType::Triangle);
    let input = resized.pixels().flat_map(|p| p.0.map(|c| f32::from(c) / 255.0)).collect();
    let outputs = SEGMENT.run(input)?;
    let (_, values) = outputs
        .into_iter()
        .find(|(_, v)| v.len() == SIZE * SIZE)
        .ok_or_else(|| IdPhotoError::Model("person segmentation", "unexpected outputs".into()))?;
    Ok(Mask { values: values.into_iter().map(|v| v.clamp(0.0, 1.0)).collect(), width: SIZE, height: SIZE })
}

/// Box mean of `src` (w×h) with radius `r`, by summed-area table.
fn box_mean(src: &[f32], w: usize, h: usize, r: usize) -> Vec<f32> {
    let mut sat = vec![0f64; (w + 1) * (h + 1)];
    for y in 0..h {
        let mut row = 0f64;
        for x in 0..w {
            row += f64::from(src[y * w + x]);
            sat[(y + 1) * (w + 1) + x + 1] = sat[y * (w + 1) + x + 1] + row;
        }
    }
    let mut out = vec![0f32; w * h];
    for y in 0..h {
        let (y0, y1) = (y.saturating_sub(r), (y + r + 1).min(h));
        for x in 0..w {
            let (x0, x1) = (x.saturating_sub(r), (x + r + 1).min(w));
            let sum = sat[y1 * (w + 1) + x1] - sat[y0 * (w + 1) + x1] - sat[y1 * (w + 1) + x0]
                + sat[y0 * (w + 1) + x0];
            out[y * w + x] = (sum / ((y1 - y0) * (x1 - x0)) as f64) as f32;
        }
    }
    out
}

/// Guided filter (He et al.) of `alpha` with the luminance of `guide` (both w×h), radius `r`,
/// regularisation `eps`; then a contrast stretch that turns the soft model edge into a matte.
pub fn refine(alpha: &[f32], guide: &RgbImage, r: usize, eps: f32) -> Vec<f32> {
    let (w, h) = (guide.width() as usize, guide.height() as usize);
    let i: Vec<f32> = guide
        .pixels()
        .map(|p| (0.299 * f32::from(p[0]) + 0.587 * f32::from(p[1]) + 0.114 * f32::from(p[2])) / 255.0)
        .collect();
    let mean_i = box_mean(&i, w, h, r);
    let mean_p = box_mean(alpha, w, h, r);
    let ii: Vec<f32> = i.iter().map(|v| v * v).collect();
    let ip: Vec<f32> = i.iter().zip(alpha).map(|(a, b)| a * b).collect();
    let corr_i = box_mean(&ii, w, h, r);
    let corr_ip = box_mean(&ip, w, h, r);
    let mut a = vec![0f32; w * h];
    let mut b = vec![0f32; w * h];
    for k in 0..w * h {
        let var = corr_i[k] - mean_i[k] * mean_i[k];
        let cov = corr_ip[k] - mean_i[k] * mean_p[k];
        a[k] = cov / (var + eps);
        b[k] = mean_p[k] - a[k] * mean_i[k];
    }
    let (ma, mb) = (box_mean(&a, w, h, r), box_mean(&b, w, h, r));
    (0..w * h).map(|k| ((ma[k] * i[k] + mb[k] - 0.15) / 0.7).clamp(0.0, 1.0)).collect()
}

/// Foreground colours at the edges: where the matte is partial, remove the local background
/// colour (the mean of nearby mostly-background pixels) in proportion to it.
pub fn decontaminate(img: &mut RgbImage, alpha: &[f32], r: usize) {
    let (w, h) = (img.width() as usize, img.height() as usize);
    let weight: Vec<f32> = alpha.iter().map(|a| if *a < 0.1 { 1.0 } else { 0.0 }).collect();
    let mean_w = box_mean(&weight, w, h, r);
    let mut channels = [vec![0f32; w * h], vec![0f32; w * h], vec![0f32; w * h]];
    for (k, p) in img.pixels().enumerate() {
        for c in 0..3 {
            channels[c][k] = f32::from(p[c]) * weight[k];
        }
    }
    let sums = channels.map(|ch| box_mean(&ch, w, h, r));
    for (k, p) in img.pixels_mut().enumerate() {
        let a = alpha[k];
        if a <= 0.02 || a >= 0.98 || mean_w[k] < 1e-3 {
            continue;
        }
        for c in 0..3 {
            let background = sums[c][k] / mean_w[k];
            let foreground = (f32::from(p[c]) - (1.0 - a) * background) / a;
            p[c] = foreground.round().clamp(0.0, 255.0) as u8;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_astronaut_is_separated_from_the_flag_behind_her() {
        let img = image::load_from_memory(include_bytes!("../../tests/fixtures/idphoto/astronaut.png"))
            .unwrap()
            .to_rgb8();
        let mask = segment(&img).unwrap();
        let at = |x: usize, y: usize| mask.values[y * mask.width + x];
        // Her face (centre ≈ (226,130) in 512² → (113,65) in 256²) is person; the top corners are not.
        assert!(at(113, 65) > 0.8, "{}", at(113, 65));
        assert!(at(5, 5) < 0.2 && at(250, 5) < 0.2);
    }

    #[test]
    fn the_guided_filter_sharpens_a_soft_matte_along_the_guide_s_edge() {
        // The person (dark) on the right of x = 32 in the guide; the model's matte a soft ramp
        // 16 px wide around it.
        let guide = RgbImage::from_fn(64, 16, |x, _| {
            if x < 32 {
                image::Rgb([240, 240, 240])
            } else {
                image::Rgb([30, 30, 30])
            }
        });
        let alpha: Vec<f32> =
            (0..64 * 16).map(|k| (((k % 64) as f32 - 24.0) / 16.0).clamp(0.0, 1.0)).collect();
        let refined = refine(&alpha, &guide, 4, 1e-4);
        let row = &refined[8 * 64..9 * 64];
        // The input rises 1/16 per pixel; the refined matte jumps where the guide does.
        assert!(row[32] - row[31] > 0.4, "{row:?}");
        assert!(row[20] == 0.0 && row[44] == 1.0 && row.windows(2).all(|w| w[0] <= w[1]), "{row:?}");
    }
}
