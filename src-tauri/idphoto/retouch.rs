//! Optional retouching, shown before and after in the ID Photo screen: gentle skin smoothing,
//! and the person's brightness and contrast. Nothing here moves a pixel: the face's shape,
//! features and proportions stay as photographed (authorities reject altered features), and
//! smoothing keeps every edge stronger than fine skin texture.

use image::RgbImage;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::compose::Ellipse;
use super::matting::box_mean;

/// What to retouch; all zero: nothing.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Retouch {
    /// Skin smoothing, 0 (none) to 1 (the most it does, still gentle).
    pub smooth: f32,
    /// The person's brightness, −1 to 1 (±15 % of the range at the ends).
    pub brightness: f32,
    /// The person's contrast, −1 to 1 (±20 % at the ends).
    pub contrast: f32,
}

impl Retouch {
    /// Whether it changes anything.
    pub fn is_none(&self) -> bool {
        self.smooth == 0.0 && self.brightness == 0.0 && self.contrast == 0.0
    }

    /// Whether every value is in its range.
    pub fn is_valid(&self) -> bool {
        (0.0..=1.0).contains(&self.smooth)
            && (-1.0..=1.0).contains(&self.brightness)
            && (-1.0..=1.0).contains(&self.contrast)
    }
}

/// The most of the smoothed skin mixed in, at `smooth` = 1.
const SMOOTH_AT_MOST: f32 = 0.7;
/// The edge-preserving filter's variance threshold (colours in 0–1): texture under about
/// 16 levels of 255 is smoothed, edges over it (eyes, brows, lips, wrinkles' outline) stay.
const SMOOTH_EPS: f32 = 0.004;

/// Retouches `img` where `alpha` says person; skin is smoothed inside `face` only.
pub fn apply(img: &mut RgbImage, alpha: &[f32], face: &Ellipse, r: &Retouch) {
    if r.is_none() {
        return;
    }
    let (w, h) = (img.width() as usize, img.height() as usize);
    if r.smooth > 0.0 {
        let radius = ((face.axes.0 / 12.0) as usize).max(2);
        let smoothed: Vec<Vec<f32>> = (0..3)
            .map(|c| {
                let channel: Vec<f32> = img.pixels().map(|p| f32::from(p[c]) / 255.0).collect();
                self_guided(&channel, w, h, radius, SMOOTH_EPS)
            })
            .collect();
        for (k, p) in img.pixels_mut().enumerate() {
            let (x, y) = ((k % w) as f32 + 0.5, (k / w) as f32 + 0.5);
            // Full inside the face's oval, fading out over its last fifth.
            let inside = ((1.0 - face.radius(x, y)) * 5.0).clamp(0.0, 1.0);
            let weight = inside * skin(p.0) * alpha[k] * r.smooth * SMOOTH_AT_MOST;
            if weight > 0.0 {
                for c in 0..3 {
                    let v = f32::from(p[c]) * (1.0 - weight) + smoothed[c][k] * 255.0 * weight;
                    p[c] = (v + 0.5) as u8;
                }
            }
        }
    }
    if r.brightness != 0.0 || r.contrast != 0.0 {
        let (gain, lift) = (1.0 + 0.2 * r.contrast, 0.15 * r.brightness);
        let table: Vec<f32> = (0..256)
            .map(|v| (((v as f32 / 255.0 - 0.5) * gain + 0.5 + lift) * 255.0).clamp(0.0, 255.0))
            .collect();
        for (k, p) in img.pixels_mut().enumerate() {
            let a = alpha[k];
            for c in 0..3 {
                let v = f32::from(p[c]);
                p[c] = (v + (table[usize::from(p[c])] - v) * a + 0.5) as u8;
            }
        }
    }
}

/// Whether a colour is skin (0–1): the classic YCbCr box (Chai and Ngan), softened at its
/// edges so the smoothing fades instead of stopping at a line.
fn skin(p: [u8; 3]) -> f32 {
    let [r, g, b] = p.map(f32::from);
    let cb = 128.0 - 0.168_736 * r - 0.331_264 * g + 0.5 * b;
    let cr = 128.0 + 0.5 * r - 0.418_688 * g - 0.081_312 * b;
    let within = |v: f32, lo: f32, hi: f32| ((v - lo).min(hi - v) / 4.0).clamp(0.0, 1.0);
    within(cb, 77.0, 127.0) * within(cr, 133.0, 173.0)
}

/// He et al.'s guided filter of a channel by itself: flat where the local variance is under
/// `eps`, the input where it is well over.
fn self_guided(p: &[f32], w: usize, h: usize, r: usize, eps: f32) -> Vec<f32> {
    let mean = box_mean(p, w, h, r);
    let squares: Vec<f32> = p.iter().map(|v| v * v).collect();
    let mean_sq = box_mean(&squares, w, h, r);
    let a: Vec<f32> = mean.iter().zip(&mean_sq).map(|(m, s)| (s - m * m) / (s - m * m + eps)).collect();
    let b: Vec<f32> = mean.iter().zip(&a).map(|(m, a)| m * (1.0 - a)).collect();
    let (mean_a, mean_b) = (box_mean(&a, w, h, r), box_mean(&b, w, h, r));
    p.iter().zip(mean_a.iter().zip(&mean_b)).map(|(v, (a, b))| a * v + b).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Skin with fine noise (texture) and a dark bar (a feature: an eyebrow).
    fn face() -> (RgbImage, Vec<f32>, Ellipse) {
        let img = RgbImage::from_fn(80, 80, |x, y| {
            if (30..50).contains(&x) && (20..24).contains(&y) {
                image::Rgb([60, 40, 30])
            } else {
                let n = ((x * 7 + y * 13) % 9) as u8;
                image::Rgb([200 + n, 150 + n, 130 + n])
            }
        });
        (img, vec![1.0; 80 * 80], Ellipse { centre: (40.0, 40.0), axes: (38.0, 38.0) })
    }

    fn spread(img: &RgbImage, y: u32) -> u8 {
        let row: Vec<u8> = (20..60).map(|x| img.get_pixel(x, y)[0]).collect();
        row.iter().max().unwrap() - row.iter().min().unwrap()
    }

    #[test]
    fn smoothing_evens_the_skin_and_keeps_the_brow() {
        let (mut img, alpha, face) = face();
        let before = spread(&img, 40);
        apply(&mut img, &alpha, &face, &Retouch { smooth: 1.0, ..Retouch::default() });
        assert!(spread(&img, 40) * 2 <= before, "{} → {}", before, spread(&img, 40));
        // The brow is as dark and where it was.
        assert!(img.get_pixel(40, 22)[0] < 90, "{:?}", img.get_pixel(40, 22));
        assert!(img.get_pixel(40, 26)[0] > 170, "{:?}", img.get_pixel(40, 26));
    }

    #[test]
    fn brightness_and_contrast_touch_only_the_person() {
        let (mut img, mut alpha, face) = face();
        alpha[0] = 0.0; // a background pixel
        let (corner, skin) = (img.get_pixel(0, 0).0, img.get_pixel(40, 40).0);
        apply(&mut img, &alpha, &face, &Retouch { brightness: 1.0, ..Retouch::default() });
        assert_eq!(img.get_pixel(0, 0).0, corner);
        assert!(img.get_pixel(40, 40)[1] >= skin[1] + 35, "{:?} → {:?}", skin, img.get_pixel(40, 40));
        assert!(!Retouch { smooth: 1.5, ..Retouch::default() }.is_valid());
        assert!(Retouch::default().is_none());
    }
}
