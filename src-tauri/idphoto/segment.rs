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
        crate::import::resize::rgb(img, SIZE as u32, SIZE as u32, crate::import::resize::Filter::Bilinear);
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

/// Guided filter (He et al.) of `alpha` with the colours of `guide` as the guide (w×h each),
/// radius `r`, regularisation `eps`: where the photo has an edge in any channel (dark hair on a
/// blue wall has little luminance contrast), the matte gets one. Then a contrast stretch turns
/// the soft model edge into a matte.
pub fn refine(alpha: &[f32], guide: &RgbImage, r: usize, eps: f32) -> Vec<f32> {
    let (w, h) = (guide.width() as usize, guide.height() as usize);
    let n = w * h;
    let channel = |c: usize| -> Vec<f32> { guide.pixels().map(|p| f32::from(p[c]) / 255.0).collect() };
    let i = [channel(0), channel(1), channel(2)];
    let mean = |v: &[f32]| box_mean(v, w, h, r);
    let product = |a: &[f32], b: &[f32]| -> Vec<f32> { a.iter().zip(b).map(|(x, y)| x * y).collect() };
    let mean_i = [mean(&i[0]), mean(&i[1]), mean(&i[2])];
    let mean_p = mean(alpha);
    let mean_ip = [mean(&product(&i[0], alpha)), mean(&product(&i[1], alpha)), mean(&product(&i[2], alpha))];
    // The guide's 3×3 covariance per window: rr, rg, rb, gg, gb, bb.
    let pairs = [(0, 0), (0, 1), (0, 2), (1, 1), (1, 2), (2, 2)];
    let corr: Vec<Vec<f32>> = pairs.iter().map(|&(a, b)| mean(&product(&i[a], &i[b]))).collect();
    let mut coeff = [vec![0f32; n], vec![0f32; n], vec![0f32; n]];
    let mut offset = vec![0f32; n];
    for k in 0..n {
        let m = [mean_i[0][k], mean_i[1][k], mean_i[2][k]];
        let var = |idx: usize, a: usize, b: usize| corr[idx][k] - m[a] * m[b];
        let (rr, rg, rb, gg, gb, bb) = (
            var(0, 0, 0) + eps,
            var(1, 0, 1),
            var(2, 0, 2),
            var(3, 1, 1) + eps,
            var(4, 1, 2),
            var(5, 2, 2) + eps,
        );
        let cov = [
            mean_ip[0][k] - m[0] * mean_p[k],
            mean_ip[1][k] - m[1] * mean_p[k],
            mean_ip[2][k] - m[2] * mean_p[k],
        ];
        // Solve (Σ + εI) a = cov by the inverse of the symmetric 3×3 matrix.
        let (i00, i01, i02) = (gg * bb - gb * gb, rb * gb - rg * bb, rg * gb - rb * gg);
        let (i11, i12, i22) = (rr * bb - rb * rb, rb * rg - rr * gb, rr * gg - rg * rg);
        let det = rr * i00 + rg * i01 + rb * i02;
        let a = if det.abs() < 1e-12 {
            [0.0; 3]
        } else {
            [
                (i00 * cov[0] + i01 * cov[1] + i02 * cov[2]) / det,
                (i01 * cov[0] + i11 * cov[1] + i12 * cov[2]) / det,
                (i02 * cov[0] + i12 * cov[1] + i22 * cov[2]) / det,
            ]
        };
        for c in 0..3 {
            coeff[c][k] = a[c];
        }
        offset[k] = mean_p[k] - a[0] * m[0] - a[1] * m[1] - a[2] * m[2];
    }
    let mean_a = [mean(&coeff[0]), mean(&coeff[1]), mean(&coeff[2])];
    let mean_b = mean(&offset);
    (0..n)
        .map(|k| {
            let q = mean_a[0][k] * i[0][k] + mean_a[1][k] * i[1][k] + mean_a[2][k] * i[2][k] + mean_b[k];
            ((q - 0.15) / 0.7).clamp(0.0, 1.0)
        })
        .collect()
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
    fn the_colour_guide_finds_an_edge_that_luminance_cannot_see() {
        // Red on the left, a green of the same luminance on the right.
        let (red, green) = (image::Rgb([200, 40, 40]), image::Rgb([16, 134, 40]));
        let lum =
            |p: image::Rgb<u8>| 0.299 * f32::from(p[0]) + 0.587 * f32::from(p[1]) + 0.114 * f32::from(p[2]);
        assert!((lum(red) - lum(green)).abs() < 3.0, "{} vs {}", lum(red), lum(green));
        let guide = RgbImage::from_fn(64, 16, |x, _| if x < 32 { red } else { green });
        let alpha: Vec<f32> =
            (0..64 * 16).map(|k| (((k % 64) as f32 - 24.0) / 16.0).clamp(0.0, 1.0)).collect();
        let refined = refine(&alpha, &guide, 4, 1e-4);
        let row = &refined[8 * 64..9 * 64];
        assert!(row[32] - row[31] > 0.4, "{row:?}");
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
