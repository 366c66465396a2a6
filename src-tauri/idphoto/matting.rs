//! Alpha matting on a band around the segmentation's edge, then the person's own colours there.
//!
//! - [`trimap`]: where the model is sure (person, background) and the band in between.
//! - [`closed_form`]: Levin, Lischinski and Weiss, "A Closed-Form Solution to Natural Image
//!   Matting" (PAMI 2008): inside the band, alpha is the smoothest function that is locally a
//!   linear function of the colours (3×3 windows), given the sure pixels around it. Solved with
//!   preconditioned conjugate gradients, matrix-free over the windows that touch the band, on
//!   every core.
//! - [`keep_connected`]: pieces of the matte not joined to the face are not the person.
//! - [`foreground`]: Germer, Uelwer, Conrad and Harmeling, "Fast Multi-Level Foreground
//!   Estimation" (ICPR 2020): the foreground colour behind each partly transparent pixel, so
//!   the old background's tint leaves with the old background.

use image::RgbImage;
use rayon::prelude::*;

/// What a pixel is known to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    /// Background: alpha 0.
    Background,
    /// The person: alpha 1.
    Person,
    /// To be solved.
    Unknown,
}

/// The trimap of a soft `prior` (w×h, 0–1): sure where the prior is under 0.1 or over 0.9 and
/// at least `band` pixels from any unsure pixel; unknown in between. `outside(k)` forces a
/// pixel to background (where the frame lies outside the photo).
pub fn trimap(prior: &[f32], w: usize, h: usize, band: usize, outside: &dyn Fn(usize) -> bool) -> Vec<Known> {
    let unsure: Vec<f32> = prior.iter().map(|p| if (0.1..=0.9).contains(p) { 1.0 } else { 0.0 }).collect();
    let near_unsure = box_mean(&unsure, w, h, band);
    prior
        .iter()
        .enumerate()
        .map(|(k, p)| {
            if outside(k) {
                Known::Background
            } else if near_unsure[k] > 0.0 {
                Known::Unknown
            } else if *p > 0.5 {
                Known::Person
            } else {
                Known::Background
            }
        })
        .collect()
}

/// One 3×3 window of the matting Laplacian: its centre, mean colour and
/// (Σ + ε/9·I)⁻¹ as the six entries of a symmetric 3×3 matrix (xx, xy, xz, yy, yz, zz).
struct Window {
    centre: usize,
    mean: [f32; 3],
    inverse: [f32; 6],
}

fn mul_sym(a: &[f32; 6], v: [f32; 3]) -> [f32; 3] {
    [
        a[0] * v[0] + a[1] * v[1] + a[2] * v[2],
        a[1] * v[0] + a[3] * v[1] + a[4] * v[2],
        a[2] * v[0] + a[4] * v[1] + a[5] * v[2],
    ]
}

fn dot3(a: [f32; 3], b: [f32; 3]) -> f32 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

/// Closed-form alpha of `img` where `known` is [`Known::Unknown`], starting from `initial`
/// (w×h); sure pixels keep 0 or 1. `eps` regularises the colour model (larger: smoother).
pub fn closed_form(
    img: &RgbImage,
    known: &[Known],
    initial: &[f32],
    eps: f32,
    max_iterations: usize,
) -> Vec<f32> {
    let (w, h) = (img.width() as usize, img.height() as usize);
    let mut alpha: Vec<f32> = known
        .iter()
        .zip(initial)
        .map(|(k, a)| match k {
            Known::Background => 0.0,
            Known::Person => 1.0,
            Known::Unknown => a.clamp(0.0, 1.0),
        })
        .collect();
    let unknown: Vec<usize> = (0..w * h).filter(|&k| known[k] == Known::Unknown).collect();
    if unknown.is_empty() || w < 3 || h < 3 {
        return alpha;
    }
    let colour: Vec<[f32; 3]> = img.pixels().map(|p| p.0.map(|c| f32::from(c) / 255.0)).collect();
    let offsets: [isize; 9] = {
        let w = w as isize;
        [-w - 1, -w, -w + 1, -1, 0, 1, w - 1, w, w + 1]
    };
    let at = |centre: usize, o: isize| centre.wrapping_add_signed(o);

    // The windows that touch the band (their centres one pixel inside the image).
    let mut touched = vec![false; w * h];
    for &k in &unknown {
        let (x, y) = (k % w, k / w);
        for cy in y.saturating_sub(1).max(1)..=(y + 1).min(h - 2) {
            for cx in x.saturating_sub(1).max(1)..=(x + 1).min(w - 2) {
                touched[cy * w + cx] = true;
            }
        }
    }
    let windows: Vec<Window> = (0..w * h)
        .into_par_iter()
        .filter(|&k| touched[k])
        .map(|centre| {
            let mut mean = [0f32; 3];
            let mut second = [0f32; 6];
            for o in offsets {
                let c = colour[at(centre, o)];
                for i in 0..3 {
                    mean[i] += c[i] / 9.0;
                }
                let products = [c[0] * c[0], c[0] * c[1], c[0] * c[2], c[1] * c[1], c[1] * c[2], c[2] * c[2]];
                for (s, p) in second.iter_mut().zip(products) {
                    *s += p / 9.0;
                }
            }
            let e = eps / 9.0;
            let (xx, xy, xz) = (
                second[0] - mean[0] * mean[0] + e,
                second[1] - mean[0] * mean[1],
                second[2] - mean[0] * mean[2],
            );
            let (yy, yz, zz) = (
                second[3] - mean[1] * mean[1] + e,
                second[4] - mean[1] * mean[2],
                second[5] - mean[2] * mean[2] + e,
            );
            // The inverse of the symmetric matrix by cofactors.
            let (c00, c01, c02) = (yy * zz - yz * yz, xz * yz - xy * zz, xy * yz - xz * yy);
            let (c11, c12, c22) = (xx * zz - xz * xz, xy * xz - xx * yz, xx * yy - xy * xy);
            let det = xx * c00 + xy * c01 + xz * c02;
            let inverse = if det.abs() < 1e-20 {
                [0.0; 6]
            } else {
                [c00 / det, c01 / det, c02 / det, c11 / det, c12 / det, c22 / det]
            };
            Window { centre, mean, inverse }
        })
        .collect();
    // Which window is centred where, so each unknown pixel gathers from the (up to) nine
    // windows that hold it: both halves of L·p then run on every core without two threads
    // writing one pixel. Only the band's rows of L·p are ever read.
    let mut window_at = vec![u32::MAX; w * h];
    for (i, win) in windows.iter().enumerate() {
        window_at[win.centre] = i as u32;
    }
    let (windows, window_at) = (&windows, &window_at);
    let holding = move |j: usize| {
        offsets.into_iter().filter_map(move |o| {
            let c = j.checked_add_signed(o).filter(|&c| c < w * h)?;
            // A centre one column over that wrapped to the next or previous row never holds
            // a window (centres are one pixel inside the image), so the row edge needs no test.
            let i = window_at[c] as usize;
            Some((i, windows.get(i)?))
        })
    };

    // L·p on the band: per window, p's mean and its colour-weighted sum through the window's
    // inverse covariance (9 u); per band pixel, the sum over its windows.
    let apply = |p: &[f32]| -> Vec<f32> {
        let per_window: Vec<(f32, [f32; 3])> = windows
            .par_iter()
            .map(|win| {
                let mut sum = 0.0;
                let mut weighted = [0f32; 3];
                for o in offsets {
                    let j = at(win.centre, o);
                    let d = sub3(colour[j], win.mean);
                    sum += p[j];
                    for i in 0..3 {
                        weighted[i] += d[i] * p[j];
                    }
                }
                (sum / 9.0, mul_sym(&win.inverse, weighted).map(|u| u / 9.0))
            })
            .collect();
        unknown
            .par_iter()
            .map(|&j| {
                holding(j)
                    .map(|(i, win)| {
                        let (sum, u) = per_window[i];
                        p[j] - sum - dot3(sub3(colour[j], win.mean), u)
                    })
                    .sum()
            })
            .collect()
    };
    let diagonal: Vec<f32> = unknown
        .par_iter()
        .map(|&j| {
            holding(j)
                .map(|(_, win)| {
                    let d = sub3(colour[j], win.mean);
                    1.0 - (1.0 + dot3(d, mul_sym(&win.inverse, d))) / 9.0
                })
                .sum()
        })
        .collect();

    // Solve L_UU·x = −L_UK·known, from the initial guess: r = −L·alpha on the band.
    let mut residual: Vec<f32> = apply(&alpha).into_iter().map(|v| -v).collect();
    let precondition =
        |r: &[f32]| -> Vec<f32> { r.iter().zip(&diagonal).map(|(v, d)| v / d.max(1e-6)).collect() };
    let mut z = precondition(&residual);
    let mut direction = vec![0f32; w * h];
    for (i, &k) in unknown.iter().enumerate() {
        direction[k] = z[i];
    }
    let mut rz: f32 = residual.iter().zip(&z).map(|(a, b)| a * b).sum();
    let start: f32 = residual.iter().map(|r| r * r).sum::<f32>().sqrt();
    for _ in 0..max_iterations {
        let product = apply(&direction);
        let curvature: f32 = unknown.iter().zip(&product).map(|(&k, q)| direction[k] * q).sum();
        if curvature <= 0.0 {
            break;
        }
        let step = rz / curvature;
        for (i, &k) in unknown.iter().enumerate() {
            alpha[k] += step * direction[k];
            residual[i] -= step * product[i];
        }
        let norm: f32 = residual.iter().map(|r| r * r).sum::<f32>().sqrt();
        if norm <= start * 1e-3 {
            break;
        }
        z = precondition(&residual);
        let next: f32 = residual.iter().zip(&z).map(|(a, b)| a * b).sum();
        let beta = next / rz;
        rz = next;
        for (i, &k) in unknown.iter().enumerate() {
            direction[k] = z[i] + beta * direction[k];
        }
    }
    for &k in &unknown {
        alpha[k] = alpha[k].clamp(0.0, 1.0);
    }
    alpha
}

fn sub3(a: [f32; 3], b: [f32; 3]) -> [f32; 3] {
    [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
}

/// Clears every part of `alpha` (w×h) that is not joined to `seed` through pixels over 0.1:
/// a curtain fold, a person behind, a flag kept by the model. Returns how many pixels it
/// cleared (0 when the seed itself is not person).
pub fn keep_connected(alpha: &mut [f32], w: usize, h: usize, seed: (usize, usize)) -> usize {
    const PART: f32 = 0.1;
    let start = seed.1.min(h.saturating_sub(1)) * w + seed.0.min(w.saturating_sub(1));
    if alpha.get(start).is_none_or(|a| *a <= PART) {
        return 0;
    }
    let mut joined = vec![false; w * h];
    let mut stack = vec![start];
    joined[start] = true;
    while let Some(k) = stack.pop() {
        let (x, y) = (k % w, k / w);
        let neighbours = [
            (x > 0).then(|| k - 1),
            (x + 1 < w).then_some(k + 1),
            (y > 0).then(|| k - w),
            (y + 1 < h).then_some(k + w),
        ];
        for n in neighbours.into_iter().flatten() {
            if !joined[n] && alpha[n] > PART {
                joined[n] = true;
                stack.push(n);
            }
        }
    }
    let mut cleared = 0;
    for (a, j) in alpha.iter_mut().zip(&joined) {
        if !j && *a > 0.0 {
            if *a > 0.5 {
                cleared += 1;
            }
            *a = 0.0;
        }
    }
    cleared
}

/// The foreground colour (0–1) of every pixel of `img` under `alpha`, by Germer et al.'s
/// multi-level estimation: from a 1-pixel image up to full size, each level starts from the
/// previous one and solves, per pixel, for the foreground and background that mix to the
/// observed colour and vary smoothly where alpha does not.
pub fn foreground(img: &RgbImage, alpha: &[f32]) -> Vec<[f32; 3]> {
    const REGULARISATION: f32 = 1e-5;
    const GRADIENT_WEIGHT: f32 = 1.0;
    let (w0, h0) = (img.width() as usize, img.height() as usize);
    let colour: Vec<[f32; 3]> = img.pixels().map(|p| p.0.map(|c| f32::from(c) / 255.0)).collect();
    let levels = (w0.max(h0) as f32).log2().ceil().max(1.0) as usize;
    let (mut fg, mut bg) = (vec![[0f32; 3]], vec![[0f32; 3]]);
    let (mut pw, mut ph) = (1usize, 1usize);
    for level in 0..=levels {
        let t = level as f32 / levels as f32;
        let w = ((w0 as f32).powf(t).round() as usize).clamp(1, w0);
        let h = ((h0 as f32).powf(t).round() as usize).clamp(1, h0);
        let nearest = |x: usize, y: usize, fw: usize, fh: usize, tw: usize, th: usize| {
            ((y * fh / th).min(fh - 1)) * fw + (x * fw / tw).min(fw - 1)
        };
        let image: Vec<[f32; 3]> = (0..w * h).map(|k| colour[nearest(k % w, k / w, w0, h0, w, h)]).collect();
        let a: Vec<f32> = (0..w * h).map(|k| alpha[nearest(k % w, k / w, w0, h0, w, h)]).collect();
        let mut f: Vec<[f32; 3]> = (0..w * h).map(|k| fg[nearest(k % w, k / w, pw, ph, w, h)]).collect();
        let mut b: Vec<[f32; 3]> = (0..w * h).map(|k| bg[nearest(k % w, k / w, pw, ph, w, h)]).collect();
        let iterations = if w <= 32 && h <= 32 { 10 } else { 2 };
        // Red-black sweeps: each half updates every other pixel from its four neighbours, which
        // the half does not change, so its rows run on every core.
        let solve = |x: usize, y: usize, f: &[[f32; 3]], b: &[[f32; 3]]| {
            let k = y * w + x;
            let a0 = a[k];
            let a1 = 1.0 - a0;
            let (mut a00, a01, mut a11) = (a0 * a0, a0 * a1, a1 * a1);
            let mut rhs_f = image[k].map(|c| a0 * c);
            let mut rhs_b = image[k].map(|c| a1 * c);
            let neighbours = [
                y * w + x.saturating_sub(1),
                y * w + (x + 1).min(w - 1),
                y.saturating_sub(1) * w + x,
                (y + 1).min(h - 1) * w + x,
            ];
            for n in neighbours {
                let da = REGULARISATION + GRADIENT_WEIGHT * (a0 - a[n]).abs();
                a00 += da;
                a11 += da;
                for c in 0..3 {
                    rhs_f[c] += da * f[n][c];
                    rhs_b[c] += da * b[n][c];
                }
            }
            let inverse = 1.0 / (a00 * a11 - a01 * a01);
            let (b00, b01, b11) = (inverse * a11, -inverse * a01, inverse * a00);
            let (mut fk, mut bk) = ([0f32; 3], [0f32; 3]);
            for c in 0..3 {
                fk[c] = (b00 * rhs_f[c] + b01 * rhs_b[c]).clamp(0.0, 1.0);
                bk[c] = (b01 * rhs_f[c] + b11 * rhs_b[c]).clamp(0.0, 1.0);
            }
            (k, fk, bk)
        };
        for _ in 0..iterations {
            for parity in 0..2 {
                let (fr, br) = (&f, &b);
                let updates: Vec<_> = (0..h)
                    .into_par_iter()
                    .flat_map_iter(|y| ((y + parity) % 2..w).step_by(2).map(move |x| solve(x, y, fr, br)))
                    .collect();
                for (k, fk, bk) in updates {
                    f[k] = fk;
                    b[k] = bk;
                }
            }
        }
        (fg, bg, pw, ph) = (f, b, w, h);
    }
    fg
}

/// Box mean of `src` (w×h) with radius `r`, by summed-area table.
pub fn box_mean(src: &[f32], w: usize, h: usize, r: usize) -> Vec<f32> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A 64×32 image: background colour on the left, person colour from x = 32, with a 6-px
    /// ramp of real mixing between them (what a soft hair edge looks like).
    fn mixed(background: [u8; 3], person: [u8; 3]) -> (RgbImage, Vec<f32>) {
        let truth: Vec<f32> =
            (0..64 * 32).map(|k| (((k % 64) as f32 - 29.0) / 6.0).clamp(0.0, 1.0)).collect();
        let img = RgbImage::from_fn(64, 32, |x, _| {
            let a = truth[x as usize];
            image::Rgb(
                [0, 1, 2]
                    .map(|c| (f32::from(person[c]) * a + f32::from(background[c]) * (1.0 - a)).round() as u8),
            )
        });
        (img, truth)
    }

    #[test]
    fn closed_form_recovers_a_soft_edge_from_a_coarse_guess() {
        // Colours of equal luminance (red against green): only the colour model sees the edge.
        let (img, truth) = mixed([16, 134, 40], [200, 40, 40]);
        // The model's guess: a slow ramp, its middle 3 px off the true edge's.
        let prior: Vec<f32> =
            (0..64 * 32).map(|k| (((k % 64) as f32 - 24.0) / 20.0).clamp(0.0, 1.0)).collect();
        let known = trimap(&prior, 64, 32, 2, &|_| false);
        let band = known[..64].iter().filter(|k| **k == Known::Unknown).count();
        assert_eq!(band, 21, "unsure from x = 26 to 42, and 2 px either side");
        let alpha = closed_form(&img, &known, &prior, 1e-6, 400);
        let error = alpha.iter().zip(&truth).map(|(a, t)| (a - t).abs()).fold(0.0, f32::max);
        let guess_error = prior.iter().zip(&truth).map(|(a, t)| (a - t).abs()).fold(0.0, f32::max);
        assert!(error < 0.08, "largest error {error} (the guess was off by {guess_error})");
        assert!(guess_error > 0.3);
    }

    #[test]
    fn sure_pixels_keep_their_values_and_outside_is_background() {
        let (img, _) = mixed([240, 240, 240], [30, 30, 30]);
        let prior: Vec<f32> = (0..64 * 32).map(|k| if k % 64 >= 32 { 1.0 } else { 0.0 }).collect();
        let known = trimap(&prior, 64, 32, 3, &|k| k / 64 == 0);
        assert!(known[..64].iter().all(|k| *k == Known::Background));
        let alpha = closed_form(&img, &known, &prior, 1e-6, 200);
        assert_eq!(alpha[10 * 64 + 63], 1.0);
        assert_eq!(alpha[10 * 64], 0.0);
        assert_eq!(alpha[40], 0.0, "the first row is outside the photo");
    }

    #[test]
    fn pieces_not_joined_to_the_face_are_cleared() {
        let (w, h) = (20, 10);
        let mut alpha = vec![0f32; w * h];
        for y in 2..8 {
            for x in 2..6 {
                alpha[y * w + x] = 1.0; // the person
            }
            for x in 12..15 {
                alpha[y * w + x] = 0.9; // a curtain fold
            }
        }
        alpha[5 * w + 6] = 0.3; // a soft edge of the person stays
        let cleared = keep_connected(&mut alpha, w, h, (3, 4));
        assert_eq!(cleared, 18);
        assert!(alpha[5 * w + 13] == 0.0 && alpha[5 * w + 3] == 1.0 && alpha[5 * w + 6] == 0.3);
        // A seed on background clears nothing.
        assert_eq!(keep_connected(&mut alpha, w, h, (0, 0)), 0);
    }

    #[test]
    fn the_foreground_loses_the_old_background_s_tint() {
        // White person over a saturated blue wall, mixed over the ramp.
        let (img, truth) = mixed([20, 60, 220], [235, 235, 235]);
        let fg = foreground(&img, &truth);
        for x in 31..35 {
            let a = truth[x];
            let observed = img.get_pixel(x as u32, 16).0;
            let f = fg[16 * 64 + x];
            // The observed colour is bluish; the foreground estimate is near the person's white.
            assert!(f[2] - f[0] < 0.1, "x={x} a={a} observed={observed:?} foreground={f:?}");
            assert!(f[0] > 0.8, "x={x} {f:?}");
        }
    }
}
