//! From a photo to a finished ID photo: find the face, level it, measure it, cut the person
//! out, then place, scale and render onto the spec's frame at its resolution. Measurements run
//! on a working copy (long side ≤ 1024 px); the output is sampled from the full photo.

use image::{DynamicImage, RgbImage};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::checks::{self, Check};
use super::detect::{self, Face};
use super::landmarks::{self, FaceMeasures};
use super::matting;
use super::retouch::{self, Retouch};
use super::sample::{bilinear_rgb, span};
use super::segment;
use super::spec::{Crown, Spec};
use super::IdPhotoError;

/// The long side of the working copy used for measuring.
const WORK_SIDE: u32 = 1024;
/// Roll below this is left alone.
const LEVEL_DEG: f32 = 1.0;
/// The most tilt left after levelling that the `level` check accepts, degrees.
pub const RESIDUAL_DEG: f32 = 2.0;
/// The matting's colour-model regularisation (colours in 0–1): small keeps hair strands, large
/// smooths over JPEG noise.
const MATTING_EPS: f32 = 1e-5;
/// Conjugate-gradient steps at most (it starts from the model's edge and stops at 1e-3 of the
/// first residual).
const MATTING_ITERATIONS: usize = 60;
/// Skull top above the forehead landmark, as a share of forehead-to-chin (facial proportions).
const SKULL_ABOVE_FOREHEAD: f32 = 0.27;

/// What to put behind the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case", tag = "kind", content = "rgb")]
#[ts(export)]
pub enum Background {
    /// A plain colour.
    Colour([u8; 3]),
    /// The photo's own background (for authorities that reject replaced backgrounds).
    Keep,
}

/// Hand adjustments within the spec, from the ID Photo screen.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Adjust {
    /// Move the person right (mm on the print).
    pub dx_mm: f32,
    /// Move the person down (mm on the print).
    pub dy_mm: f32,
    /// Head height as a point in the spec's range: 0 = smallest allowed, 1 = largest; 0.5 = middle.
    pub head: f32,
}

impl Default for Adjust {
    fn default() -> Self {
        Adjust { dx_mm: 0.0, dy_mm: 0.0, head: 0.5 }
    }
}

/// Options of one photo.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Options {
    /// Background.
    pub background: Background,
    /// Hand adjustments.
    pub adjust: Adjust,
    /// Gently correct exposure (face too dark or bright) and white balance (a colour cast).
    pub auto_light: bool,
    /// Brush strokes over the cut-out, applied in order after the matting.
    pub strokes: Vec<Stroke>,
    /// Optional retouching of the person.
    pub retouch: Retouch,
}

/// One brush stroke on the cut-out, in the photo's own pixels (so it stays on the same hair
/// strand when the person is moved or resized in the frame).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Stroke {
    /// Add to the person (true) or remove from it (false).
    pub add: bool,
    /// The brush's radius in photo pixels.
    pub radius: f32,
    /// The path, in photo pixels.
    pub points: Vec<[f32; 2]>,
}

/// The most strokes, and points in one stroke, a request may carry.
pub const MAX_STROKES: usize = 500;
/// See [`MAX_STROKES`].
pub const MAX_STROKE_POINTS: usize = 10_000;

impl Stroke {
    /// Whether the stroke can be applied: finite, a radius from half a pixel to 2000 px, within
    /// the limits.
    pub fn is_valid(&self) -> bool {
        self.radius.is_finite()
            && (0.5..=2000.0).contains(&self.radius)
            && !self.points.is_empty()
            && self.points.len() <= MAX_STROKE_POINTS
            && self.points.iter().all(|p| p[0].is_finite() && p[1].is_finite())
    }
}

/// Where things are on the output, in output pixels (for overlay guides).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Geometry {
    /// Output width.
    pub width: u32,
    /// Output height.
    pub height: u32,
    /// Measured crown (top of head per the spec's crown rule).
    pub crown_y: f32,
    /// Measured chin.
    pub chin_y: f32,
    /// Measured eye line.
    pub eye_y: f32,
    /// Allowed head height in pixels.
    pub head_px: [f32; 2],
    /// Allowed eye-line band (from the top), if the spec sets one.
    pub eye_band: Option<[f32; 2]>,
    /// Output pixels per source pixel (above 1: the photo was enlarged).
    pub scale: f32,
    /// Output pixel → photo pixel, as an affine map `[a, b, c, d, e, f]`:
    /// x = a·u + b·v + c, y = d·u + e·v + f (brush strokes are drawn on the output and kept in
    /// the photo's pixels).
    pub to_photo: [f32; 6],
}

/// A finished photo.
pub struct Made {
    /// The picture, at the spec's pixel size.
    pub image: RgbImage,
    /// Where things are.
    pub geometry: Geometry,
    /// The compliance report.
    pub checks: Vec<Check>,
}

/// Stage timings in milliseconds, for the benchmark.
#[derive(Debug, Default, Clone)]
pub struct Timings {
    /// Detection (and re-detection after levelling).
    pub detect: f64,
    /// Landmarks.
    pub landmarks: f64,
    /// The segmentation and matting models (and the frame's sampling, which runs beside MODNet).
    pub segment: f64,
    /// Rendering and the new background.
    pub render: f64,
    /// Alpha matting on the edge band.
    pub matting: f64,
}

/// Make `spec`'s photo from `photo` (oriented, sRGB).
pub fn make(
    photo: &DynamicImage,
    spec: &Spec,
    options: &Options,
    timings: &mut Timings,
) -> Result<Made, IdPhotoError> {
    // Borrowed when the photo is already 8-bit RGB (a JPEG): a 12 MP copy is 36 MB to fault in.
    let full: std::borrow::Cow<'_, RgbImage> = match photo {
        DynamicImage::ImageRgb8(rgb) => std::borrow::Cow::Borrowed(rgb),
        other => std::borrow::Cow::Owned(other.to_rgb8()),
    };
    let (work, work_scale) = at_most(&full, WORK_SIDE);
    let Located { work, face, measures: m, roll, pivot } = locate(&full, work, timings)?;
    let clock = std::time::Instant::now();
    let mask = segment::segment(&work)?;
    timings.segment += ms(clock);

    let clock = std::time::Instant::now();
    let (ww, wh) = (work.width() as f32, work.height() as f32);
    let mask_at = |x: f32, y: f32| mask.at(x, y);
    let hair_top = hair_top(&mask_at, &m, &face);
    let skull_top = (m.forehead.1 - SKULL_ABOVE_FOREHEAD * (m.chin.1 - m.forehead.1)).max(hair_top);
    let crown = match spec.crown {
        Crown::Hair => hair_top,
        Crown::Skull => skull_top,
    };
    // Hair that runs into the photo's top edge is cut off, whatever the spec measures to.
    if hair_top < HAIR_EDGE_PX {
        return Err(IdPhotoError::HairCutOff);
    }
    if crown < 0.0 || m.chin.1 > wh || face.x0 < 0.0 || face.x1 > ww {
        return Err(IdPhotoError::FaceCutOff);
    }

    // Placement: head height from the range, eye line or crown margin from the spec, moved
    // down by `shift_mm` when that keeps the shoulders or the hair inside the frame.
    let (out_w, out_h) = spec.size_px();
    let (fw, fh) = (out_w as f32, out_h as f32);
    let head_mm = spec.head_mm[0] + (spec.head_mm[1] - spec.head_mm[0]) * options.adjust.head.clamp(0.0, 1.0);
    let head_src = (m.chin.1 - crown).max(1.0);
    let eye = m.eye_centre();
    let scale = spec.px(head_mm) / head_src;
    let place = |shift_mm: f32| {
        let eye_y = match (spec.eye_mm, spec.top_mm) {
            (Some([e0, e1]), _) => fh - spec.px((e0 + e1) / 2.0),
            (None, Some([t0, t1])) => spec.px((t0 + t1) / 2.0) + (eye.1 - crown) * scale,
            (None, None) => spec.px(0.4 * (spec.height_mm - head_mm)) + (eye.1 - crown) * scale,
        } + spec.px(options.adjust.dy_mm + shift_mm);
        Placement { eye_x: fw / 2.0 + spec.px(options.adjust.dx_mm), eye_y }
    };

    // Output pixel → levelled working copy → original photo (undo the levelling, then scale).
    let (sin, cos) = roll.to_radians().sin_cos();
    let levelled = roll.abs() > LEVEL_DEG;
    let to_work =
        |p: &Placement, u: f32, v: f32| (eye.0 + (u - p.eye_x) / scale, eye.1 + (v - p.eye_y) / scale);
    let to_photo = |x: f32, y: f32| {
        let (ox, oy) = if levelled {
            let (dx, dy) = (x - pivot.0, y - pivot.1);
            (pivot.0 + dx * cos - dy * sin, pivot.1 + dx * sin + dy * cos)
        } else {
            (x, y)
        };
        (ox / work_scale, oy / work_scale)
    };
    let in_photo = |(px, py): (f32, f32)| {
        px >= 0.0 && py >= 0.0 && px < full.width() as f32 && py < full.height() as f32
    };
    let frame = Frame { width: out_w, height: out_h };
    let shortfall = |p: &Placement| {
        frame.shortfall(&|u, v| {
            let (wx, wy) = to_work(p, u, v);
            (in_photo(to_photo(wx, wy)), mask_at(wx, wy) > 0.5)
        })
    };
    let hair_y = |p: &Placement| p.eye_y + (hair_top - eye.1) * scale;
    // What the spec lets the head move down: to the low end of its eye-line range, or the high
    // end of its top-margin range (beyond the user's own adjustment).
    let room_mm = match (spec.eye_mm, spec.top_mm) {
        (Some([e0, e1]), _) => (e0 + e1) / 2.0 - e0 - options.adjust.dy_mm,
        (None, Some([t0, t1])) => t1 - (t0 + t1) / 2.0 - options.adjust.dy_mm,
        (None, None) => 0.0,
    }
    .max(0.0);
    let mut placement = place(0.0);
    let (mut below, mut sides) = shortfall(&placement);
    let need_mm = spec.mm(below).max(spec.mm(-hair_y(&placement)));
    if need_mm > 0.0 && room_mm > 0.0 {
        placement = place(need_mm.min(room_mm));
        (below, sides) = shortfall(&placement);
    }
    let eye_out_y = placement.eye_y;
    let to_work = |u: f32, v: f32| to_work(&placement, u, v);
    let to_photo_at = |u: f32, v: f32| {
        let (wx, wy) = to_work(u, v);
        to_photo(wx, wy)
    };
    timings.render += ms(clock);

    // The matting model on the square the frame covers (with a margin): the head and shoulders
    // at its full input size, where the whole photo gave them a fraction of the selfie model's.
    // It runs beside the sampling of the frame from the full photo, which does not need it.
    let clock = std::time::Instant::now();
    let corners = [(0.0, 0.0), (fw, 0.0), (0.0, fh), (fw, fh)].map(|(u, v)| to_work(u, v));
    let ((x0, x1), (y0, y1)) = (span(corners.iter().map(|c| c.0)), span(corners.iter().map(|c| c.1)));
    let side = (x1 - x0).max(y1 - y0) * 1.1;
    let keep = options.background == Background::Keep;
    // MODNet gets a thread of its own, not a rayon worker: a worker waiting for the model's
    // pool would take other rayon work meanwhile, and tract's per-thread scratch is in use.
    let (close, (mut image, beyond)) = std::thread::scope(|scope| {
        let matte = scope
            .spawn(|| segment::matte_square(&work, ((x0 + x1 - side) / 2.0, (y0 + y1 - side) / 2.0), side));
        // Outside the photo: nothing of the person; with "keep", the nearest edge colour.
        let clamp = |(px, py): (f32, f32)| {
            (px.clamp(0.5, full.width() as f32 - 0.5), py.clamp(0.5, full.height() as f32 - 0.5))
        };
        let sampled = sample_frame(frame, &|u, v| {
            let photo = to_photo_at(u, v);
            let (sx, sy) = if keep { clamp(photo) } else { photo };
            (bilinear_rgb(&full, sx, sy), !in_photo(photo))
        });
        let matte = matte.join().unwrap_or_else(|_| {
            Err(IdPhotoError::Model("portrait matting", "the matting thread stopped".into()))
        });
        (matte, sampled)
    });
    let close = close?;
    let person_at = |x: f32, y: f32| if close.covers(x, y) { close.at(x, y) } else { mask_at(x, y) };
    let chin_out_y = eye_out_y + (m.chin.1 - eye.1) * scale;
    let forehead_out_y = eye_out_y + (m.forehead.1 - eye.1) * scale;
    // The face itself, between its outline's sides and from forehead to chin, is the person
    // whatever a model says: MODNet below 256² punched holes in faces (README), and a hole
    // there would print as the new background.
    let face_core = Ellipse {
        centre: (
            placement.eye_x + ((m.face_x.0 + m.face_x.1) / 2.0 - eye.0) * scale,
            (forehead_out_y + chin_out_y) / 2.0,
        ),
        axes: (0.4 * (m.face_x.1 - m.face_x.0) * scale, 0.4 * (chin_out_y - forehead_out_y)),
    };
    let prior: Vec<f32> = (0..beyond.len())
        .into_par_iter()
        .map(|k| {
            let (u, v) = ((k % out_w as usize) as f32 + 0.5, (k / out_w as usize) as f32 + 0.5);
            if beyond[k] {
                0.0
            } else if face_core.radius(u, v) < 1.0 {
                1.0
            } else {
                let (wx, wy) = to_work(u, v);
                person_at(wx, wy)
            }
        })
        .collect();
    let outside = beyond.iter().filter(|b| **b).count();
    timings.segment += ms(clock);

    let clock = std::time::Instant::now();
    let w = out_w as usize;
    // Output → photo is affine (a move, a scale and the levelling's turn): three points fix it.
    let (o, ux, vy) = (to_photo_at(0.0, 0.0), to_photo_at(1.0, 0.0), to_photo_at(0.0, 1.0));
    let to_photo_map = [ux.0 - o.0, vy.0 - o.0, o.0, ux.1 - o.1, vy.1 - o.1, o.1];
    // The person is what is joined to the face (below the eyes, on the nose).
    let seed = (placement.eye_x, eye_out_y + 0.4 * (chin_out_y - eye_out_y));
    let alpha = matte(&image, &prior, &beyond, seed, &options.strokes, &to_photo_map);
    let hair_out_y = hair_y(&placement);
    let head = Ellipse {
        centre: (placement.eye_x, (hair_out_y + chin_out_y) / 2.0),
        // Hair may stand out to either side of the face outline by three tenths of its width
        // (a bob, curls); the eval's portraits put left-over wall and flag just beyond that.
        axes: (0.8 * (m.face_x.1 - m.face_x.0) * scale, (chin_out_y - hair_out_y) / 2.0 * 1.15),
    };
    // Down to the mouth: a high collar or raised shoulders may reach the chin.
    let beside = head.person_beside(&alpha, w, eye_out_y + 0.6 * (chin_out_y - eye_out_y));
    timings.matting += ms(clock);

    let clock = std::time::Instant::now();
    let face_oval = Ellipse {
        centre: (placement.eye_x, (forehead_out_y + chin_out_y) / 2.0),
        axes: ((m.face_x.1 - m.face_x.0) * scale / 2.0, (chin_out_y - forehead_out_y) / 2.0 * 1.1),
    };
    let background_sample = finish(&mut image, &alpha, &face_oval, options);
    timings.render += ms(clock);

    let geometry = Geometry {
        width: out_w,
        height: out_h,
        crown_y: eye_out_y + (crown - eye.1) * scale,
        chin_y: chin_out_y,
        eye_y: eye_out_y,
        head_px: [spec.px(spec.head_mm[0]), spec.px(spec.head_mm[1])],
        eye_band: spec.eye_mm.map(|[e0, e1]| [fh - spec.px(e1), fh - spec.px(e0)]),
        // `scale` is output pixels per working-copy pixel, and the copy is `work_scale` of the
        // source: per source pixel it is their product (it was divided, which told a large photo
        // that was scaled down that it had been enlarged).
        scale: scale * work_scale,
        to_photo: to_photo_map,
    };
    let facts = checks::Facts {
        spec,
        geometry: &geometry,
        measures: &m,
        roll_corrected: roll,
        image: &image,
        alpha: &alpha,
        original_background: if keep { Some(&image) } else { background_sample.as_ref() },
        replaced_background: !keep,
        outside_share: outside as f32 / (out_w * out_h) as f32,
        missing_below_mm: spec.mm(below),
        missing_sides_mm: spec.mm(sides),
        hair_top_y: hair_out_y,
        beside_head_mm2: spec.mm(1.0).powi(2) * beside as f32,
    };
    let checks = checks::run(&facts);
    Ok(Made { image, geometry, checks })
}

/// The face found, measured and levelled.
struct Located {
    /// The working copy, turned when the head was levelled.
    work: RgbImage,
    face: Face,
    measures: FaceMeasures,
    /// The whole angle the copy was turned by (or the roll measured, when it was not turned).
    roll: f32,
    /// What it was turned about: the centre between the eyes as first measured.
    pivot: (f32, f32),
}

/// Find exactly one face in the working copy (or say why not, looking for one too small in
/// `full`), measure it, and level the head: turn the copy about the eyes and measure again.
fn locate(full: &RgbImage, work: RgbImage, timings: &mut Timings) -> Result<Located, IdPhotoError> {
    let clock = std::time::Instant::now();
    let face = match one_face(&work) {
        Err(IdPhotoError::NoFace) => return Err(too_small_or_none(full)?),
        other => other?,
    };
    timings.detect += ms(clock);
    let clock = std::time::Instant::now();
    let first = landmarks::measure(&work, &face)?;
    timings.landmarks += ms(clock);
    let pivot = first.eye_centre();
    if first.roll_deg.abs() <= LEVEL_DEG {
        let roll = first.roll_deg;
        return Ok(Located { work, face, measures: first, roll, pivot });
    }
    let (work, face, measures, roll) = level(&work, first.roll_deg, pivot, timings)?;
    Ok(Located { work, face, measures, roll, pivot })
}

/// The alpha of the frame `image` from the models' `prior`: the closed-form solve on the band
/// around its edge, only what is joined to `seed` (on the face), then the user's brush strokes
/// (in the photo's pixels, placed with the output → photo map).
fn matte(
    image: &RgbImage,
    prior: &[f32],
    beyond: &[bool],
    seed: (f32, f32),
    strokes: &[Stroke],
    to_photo_map: &[f32; 6],
) -> Vec<f32> {
    let (w, h) = (image.width() as usize, image.height() as usize);
    // The band: MODNet's own soft edge (it marks hair as soft) and a two-hundredth of the frame
    // either side, about one of its cells, for where its edge lies.
    let band = (w.max(h) / 200).max(2);
    let known = matting::trimap(prior, w, h, band, &|k| beyond[k]);
    let mut alpha = matting::closed_form(image, &known, prior, MATTING_EPS, MATTING_ITERATIONS);
    matting::keep_connected(&mut alpha, w, h, (seed.0.max(0.0) as usize, seed.1.max(0.0) as usize));
    for stroke in strokes {
        paint(&mut alpha, w, h, stroke, to_photo_map);
    }
    alpha
}

/// Light, retouching and the new background on the frame `image` under `alpha`. Returns the
/// frame as it was before the background went (for the checks), when the background is replaced.
fn finish(image: &mut RgbImage, alpha: &[f32], face_oval: &Ellipse, options: &Options) -> Option<RgbImage> {
    if options.auto_light {
        auto_light(image, alpha);
    }
    retouch::apply(image, alpha, face_oval, &options.retouch);
    let Background::Colour(bg) = options.background else {
        return None;
    };
    let before = image.clone();
    let person = matting::foreground(image, alpha);
    for (k, p) in image.pixels_mut().enumerate() {
        let a = alpha[k];
        for c in 0..3 {
            p[c] = (person[k][c] * 255.0 * a + f32::from(bg[c]) * (1.0 - a) + 0.5) as u8;
        }
    }
    Some(before)
}

/// The frame's pixels from `at(u, v)` (its colour and whether the spot lies beyond the photo,
/// at output pixel centres), rows on every core.
fn sample_frame(frame: Frame, at: &(dyn Fn(f32, f32) -> ([f32; 3], bool) + Sync)) -> (RgbImage, Vec<bool>) {
    let (w, h) = (frame.width as usize, frame.height as usize);
    let mut image = RgbImage::new(frame.width, frame.height);
    let mut beyond = vec![false; w * h];
    image.par_chunks_mut(w * 3).zip(beyond.par_chunks_mut(w)).enumerate().for_each(|(v, (row, outside))| {
        for (u, (p, o)) in row.chunks_exact_mut(3).zip(outside.iter_mut()).enumerate() {
            let (c, beyond) = at(u as f32 + 0.5, v as f32 + 0.5);
            for i in 0..3 {
                p[i] = (c[i] + 0.5) as u8;
            }
            *o = beyond;
        }
    });
    (image, beyond)
}

/// The working copy turned by `roll` about `pivot` and measured again, then turned further while
/// the head is still tilted over [`RESIDUAL_DEG`] (three more turns at most, the levellest
/// kept): the landmarks under-measure a large tilt (30° reads 12°), so one turn left heads
/// visibly rolled.
/// Returns the levelled copy, its face and measures, and the whole angle turned.
fn level(
    work: &RgbImage,
    roll: f32,
    pivot: (f32, f32),
    timings: &mut Timings,
) -> Result<(RgbImage, Face, FaceMeasures, f32), IdPhotoError> {
    let first = turn(work, roll, pivot, timings)?;
    let (mut total, mut residual) = (roll, first.2.roll_deg);
    let (mut best, mut best_total) = (first, roll);
    for _ in 0..3 {
        if residual.abs() <= RESIDUAL_DEG {
            break;
        }
        // Each turn adds what is still measured; the measure is not monotonic (−25° reads −9°,
        // then −4°, then −9° again before it settles), so the levellest turn is kept.
        total += residual;
        let Ok(next) = turn(work, total, pivot, timings) else { break };
        residual = next.2.roll_deg;
        if residual.abs() < best.2.roll_deg.abs() {
            (best, best_total) = (next, total);
        }
    }
    let total = best_total;
    let (image, face, measures) = best;
    Ok((image, face, measures, total))
}

/// The working copy turned by `angle` about `pivot`, with its face found and measured.
fn turn(
    work: &RgbImage,
    angle: f32,
    pivot: (f32, f32),
    timings: &mut Timings,
) -> Result<(RgbImage, Face, FaceMeasures), IdPhotoError> {
    let levelled = rotate(work, -angle, pivot);
    let clock = std::time::Instant::now();
    let face = one_face(&levelled)?;
    timings.detect += ms(clock);
    let clock = std::time::Instant::now();
    let m = landmarks::measure(&levelled, &face)?;
    timings.landmarks += ms(clock);
    Ok((levelled, face, m))
}

fn ms(since: std::time::Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

/// `img` with its longer side at most `side` pixels, and the scale applied (1: a copy).
fn at_most(img: &RgbImage, side: u32) -> (RgbImage, f32) {
    use crate::import::resize;
    match resize::fitted(img.width(), img.height(), side) {
        None => (img.clone(), 1.0),
        Some((w, h)) => (
            resize::rgb(img, w, h, resize::Filter::Bilinear),
            side as f32 / img.width().max(img.height()) as f32,
        ),
    }
}

/// The largest side the search for a too-small face looks at (its tiles cost ~10 ms each).
const SMALL_SEARCH_SIDE: u32 = 2400;

/// Why no face was found: one too small for the working copy (searched again in tiles of the
/// photo, up to 2400 px), or none at all.
fn too_small_or_none(full: &RgbImage) -> Result<IdPhotoError, IdPhotoError> {
    let (copy, scale) = at_most(full, SMALL_SEARCH_SIDE);
    Ok(match detect::detect_small(&copy)?.first() {
        Some(face) => IdPhotoError::FaceTooSmall((face.width() / scale).round() as u32),
        None => IdPhotoError::NoFace,
    })
}

/// Exactly one face (faces under half the largest one's width are people in the distance).
/// When the detectors find more than one, each is looked at again closer ([`detect::closer`]),
/// and what is found there counts if the landmark model takes it for a face too (its own face
/// flag). A patch of a space suit read as a second face at 0.51 once a tilted head was
/// levelled, and the landmark model alone gave it 0.42 or 0.69 depending on the JPEG; close up,
/// no face is found there. A person further back, whose face is too small for the whole-photo
/// pass, is found only as a loose box around head and shoulders; close up, the face is found.
fn one_face(img: &RgbImage) -> Result<Face, IdPhotoError> {
    let mut faces = detect::detect(img)?;
    if faces.len() > 1 {
        let mut confirmed: Vec<Face> = Vec::new();
        for face in &faces {
            for found in detect::closer(img, face)? {
                if !confirmed.iter().any(|c| c.same_face(&found))
                    && landmarks::measure(img, &found)?.presence >= FACE_PRESENCE
                {
                    confirmed.push(found);
                }
            }
        }
        // None confirmed: the most confident detection is still the one to measure.
        faces = if confirmed.is_empty() { faces.into_iter().take(1).collect() } else { confirmed };
    }
    let widest = faces.iter().map(Face::width).fold(0.0, f32::max);
    let main: Vec<Face> = faces.into_iter().filter(|f| f.width() >= widest * 0.5).collect();
    match main.len() {
        0 => Err(IdPhotoError::NoFace),
        1 => {
            let f = main.into_iter().next().ok_or(IdPhotoError::NoFace)?;
            // A face touching the border is cut off (a small tolerance for boxes drawn loosely).
            let (w, h) = (img.width() as f32, img.height() as f32);
            let slack = f.width() * 0.05;
            if f.x0 < -slack || f.y0 < -slack || f.x1 > w + slack || f.y1 > h + slack {
                return Err(IdPhotoError::FaceCutOff);
            }
            Ok(f)
        }
        n => Err(IdPhotoError::MultipleFaces(n)),
    }
}

/// The landmark model's face flag from which a detection counts as a face (MediaPipe's own
/// threshold for tracking a face).
const FACE_PRESENCE: f32 = 0.5;

/// How close (working-copy pixels) the hair may come to the photo's top edge before it counts
/// as cut off by it.
const HAIR_EDGE_PX: f32 = 1.0;

/// Where the centre between the eyes lands in the frame.
#[derive(Debug, Clone, Copy)]
struct Placement {
    eye_x: f32,
    eye_y: f32,
}

/// The output frame, to measure what of it the photo does not cover.
#[derive(Debug, Clone, Copy)]
struct Frame {
    width: u32,
    height: u32,
}

impl Frame {
    /// How far (output pixels) the frame reaches past the photo where the person goes on:
    /// below, under the middle half of the frame (the photo's last row there is still the
    /// person: the shoulders are missing), and at the sides, at the lowest row the photo
    /// reaches (the person at the photo's side edge: a shoulder is cut). `at(u, v)` says whether
    /// an output point falls inside the photo, and whether the person is there.
    fn shortfall(self, at: &dyn Fn(f32, f32) -> (bool, bool)) -> (f32, f32) {
        let (w, h) = (self.width as f32, self.height as f32);
        let mut below = 0.0f32;
        let mut lowest = h - 0.5;
        for i in 0..=8 {
            let u = w * (0.25 + 0.5 * i as f32 / 8.0);
            let mut v = h - 0.5;
            while v > 0.0 && !at(u, v).0 {
                v -= 1.0;
            }
            if v < h - 0.5 && at(u, v).1 {
                below = below.max(h - 0.5 - v);
            }
            lowest = lowest.min(v);
        }
        let mut sides = 0.0f32;
        for (start, step) in [(0.5, 1.0), (w - 0.5, -1.0)] {
            let mut u = start;
            while (0.0..w).contains(&u) && !at(u, lowest).0 {
                u += step;
            }
            let missing = (u - start).abs();
            if missing > 0.0 && (0.0..w).contains(&u) && at(u, lowest).1 {
                sides = sides.max(missing);
            }
        }
        (below, sides)
    }
}

/// `stroke` (photo pixels) painted into `alpha` (w wide, h high, output pixels) through the
/// inverse of `to_photo`: 1 or 0 inside the brush, blended over its last output pixel.
fn paint(alpha: &mut [f32], w: usize, h: usize, stroke: &Stroke, to_photo: &[f32; 6]) {
    let [a, b, c, d, e, f] = *to_photo;
    let det = a * e - b * d;
    if det.abs() < 1e-12 {
        return;
    }
    // Photo → output.
    let to_output = |x: f32, y: f32| ((e * (x - c) - b * (y - f)) / det, (a * (y - f) - d * (x - c)) / det);
    let radius = stroke.radius / det.abs().sqrt();
    let path: Vec<(f32, f32)> = stroke.points.iter().map(|p| to_output(p[0], p[1])).collect();
    let target = if stroke.add { 1.0 } else { 0.0 };
    let segments = path.iter().zip(path.iter().skip(1).chain(path.last()));
    for (&(x0, y0), &(x1, y1)) in segments {
        let (left, right) = (x0.min(x1) - radius - 1.0, x0.max(x1) + radius + 1.0);
        let (top, bottom) = (y0.min(y1) - radius - 1.0, y0.max(y1) + radius + 1.0);
        if right < 0.0 || bottom < 0.0 || left > w as f32 || top > h as f32 {
            continue;
        }
        let (dx, dy) = (x1 - x0, y1 - y0);
        let length = dx * dx + dy * dy;
        for v in (top.max(0.0) as usize)..(bottom.min(h as f32) as usize) {
            for u in (left.max(0.0) as usize)..(right.min(w as f32) as usize) {
                let (px, py) = (u as f32 + 0.5, v as f32 + 0.5);
                let t = if length > 0.0 {
                    (((px - x0) * dx + (py - y0) * dy) / length).clamp(0.0, 1.0)
                } else {
                    0.0
                };
                let distance = ((px - x0 - t * dx).powi(2) + (py - y0 - t * dy).powi(2)).sqrt();
                let cover = (radius + 0.5 - distance).clamp(0.0, 1.0);
                let k = v * w + u;
                alpha[k] += (target - alpha[k]) * cover;
            }
        }
    }
}

/// An oval in output pixels: where a head can be, or the face.
#[derive(Debug, Clone, Copy)]
pub struct Ellipse {
    /// Its centre.
    pub centre: (f32, f32),
    /// Its half-width and half-height.
    pub axes: (f32, f32),
}

impl Ellipse {
    /// How far a point is from the centre, in the oval's own units (1 on the outline).
    pub fn radius(&self, x: f32, y: f32) -> f32 {
        let (dx, dy) =
            ((x - self.centre.0) / self.axes.0.max(1.0), (y - self.centre.1) / self.axes.1.max(1.0));
        (dx * dx + dy * dy).sqrt()
    }

    /// How many pixels of `alpha` (w wide) above `bottom` are the person (over 0.5) outside the
    /// ellipse: beside or above the head, where only the old background can be.
    fn person_beside(&self, alpha: &[f32], w: usize, bottom: f32) -> usize {
        let rows = (bottom.max(0.0) as usize).min(alpha.len() / w.max(1));
        (0..rows * w)
            .filter(|&k| alpha[k] > 0.5 && self.radius((k % w) as f32 + 0.5, (k / w) as f32 + 0.5) > 1.0)
            .count()
    }
}

/// The top of the hair: in the middle half of the face's width, the highest row where the mask
/// says "person" (median over columns, so a stray strand or a hat brim does not decide).
fn hair_top(mask_at: &dyn Fn(f32, f32) -> f32, m: &FaceMeasures, face: &Face) -> f32 {
    let (left, right) =
        (m.face_x.0 + 0.25 * (m.face_x.1 - m.face_x.0), m.face_x.1 - 0.25 * (m.face_x.1 - m.face_x.0));
    let mut tops = Vec::new();
    let columns = 15;
    for i in 0..columns {
        let x = left + (right - left) * i as f32 / (columns - 1) as f32;
        // Walk up from the forehead while the mask stays "person".
        let mut y = m.forehead.1;
        let step = (face.height() / 100.0).max(0.5);
        while y > -step && mask_at(x, y) > 0.5 {
            y -= step;
        }
        tops.push(y + step / 2.0);
    }
    tops.sort_by(f32::total_cmp);
    tops[tops.len() / 2]
}

/// `img` turned by `deg` degrees (clockwise positive) about `pivot`, same size, black outside.
fn rotate(img: &RgbImage, deg: f32, pivot: (f32, f32)) -> RgbImage {
    let (sin, cos) = (-deg).to_radians().sin_cos();
    let mut out = RgbImage::new(img.width(), img.height());
    let row_bytes = img.width() as usize * 3;
    out.par_chunks_mut(row_bytes).enumerate().for_each(|(y, row)| {
        let dy = y as f32 + 0.5 - pivot.1;
        // Along a row the source moves by (cos, sin) per pixel.
        let (mut sx, mut sy) =
            (pivot.0 + (0.5 - pivot.0) * cos - dy * sin, pivot.1 + (0.5 - pivot.0) * sin + dy * cos);
        for p in row.chunks_exact_mut(3) {
            // Channels are never negative: adding a half and truncating rounds them.
            let c = bilinear_rgb(img, sx, sy);
            for i in 0..3 {
                p[i] = (c[i] + 0.5) as u8;
            }
            sx += cos;
            sy += sin;
        }
    });
    out
}

/// Gentle exposure and white balance. White balance: the brightest 1 % of the frame is taken
/// as the white reference and the channels are scaled toward neutral, each by at most ±10 %.
/// Exposure: a gamma that moves the person's mean luminance toward 0.5, limited to ±30 %.
fn auto_light(img: &mut RgbImage, alpha: &[f32]) {
    let mut bright: Vec<[u8; 3]> = img.pixels().map(|p| p.0).collect();
    let top = (bright.len() / 100).max(1);
    let nth = bright.len() - top;
    bright.select_nth_unstable_by_key(nth, |p| u16::from(p[0]) + u16::from(p[1]) + u16::from(p[2]));
    let white = bright[bright.len() - top..].iter().fold([0f32; 3], |acc, p| {
        [acc[0] + f32::from(p[0]), acc[1] + f32::from(p[1]), acc[2] + f32::from(p[2])]
    });
    let grey = (white[0] + white[1] + white[2]) / 3.0;
    let gains = white.map(|c| if c > 0.0 { (grey / c).clamp(0.9, 1.1) } else { 1.0 });

    let (mut sum, mut weight) = (0f32, 0f32);
    for (k, p) in img.pixels().enumerate() {
        let a = alpha[k];
        sum += a
            * (0.299 * f32::from(p[0]) * gains[0]
                + 0.587 * f32::from(p[1]) * gains[1]
                + 0.114 * f32::from(p[2]) * gains[2])
            / 255.0;
        weight += a;
    }
    let gamma = if weight < 1.0 {
        1.0
    } else {
        (0.5f32.ln() / (sum / weight).clamp(0.05, 0.95).ln()).clamp(0.7, 1.3)
    };
    let tables: Vec<Vec<u8>> = gains
        .iter()
        .map(|g| {
            (0..256).map(|v| ((v as f32 * g / 255.0).min(1.0).powf(gamma) * 255.0).round() as u8).collect()
        })
        .collect();
    for p in img.pixels_mut() {
        for c in 0..3 {
            p[c] = tables[c][usize::from(p[c])];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::idphoto::checks::Status;
    use crate::idphoto::spec::find;

    #[test]
    fn a_smile_is_accepted_where_the_document_accepts_one_and_an_open_mouth_nowhere() {
        let mouth = |spec_id: &str, photo: &DynamicImage| {
            let spec = find(spec_id).unwrap();
            let made = make(photo, &spec, &white(), &mut Timings::default()).unwrap();
            made.checks.into_iter().find(|c| c.id == "mouth_closed").unwrap()
        };
        // The astronaut smiles with her teeth showing: the US accepts a natural smile, the
        // Schengen visa wants the mouth closed; both say so, neither fails it.
        let us = mouth("us-passport", &astronaut());
        let schengen = mouth("schengen-visa", &astronaut());
        assert_eq!((us.status, schengen.status), (Status::Warn, Status::Warn));
        assert!(us.message.contains("natural smile"), "{us:?}");
        assert!(schengen.message.contains("slightly open"), "{schengen:?}");
        // Her mouth opened (the dark inside of a laughing mouth) fails for both.
        let mut open = astronaut().to_rgb8();
        // (Where the landmark test paints it: from her teeth down, six tenths of the way from
        // the eyes to the chin.)
        for y in 140..166 {
            for x in 205..246 {
                let (dx, dy) = ((x as f32 - 225.0) / 18.0, (y as f32 - 153.0) / 10.0);
                if dx * dx + dy * dy <= 1.0 {
                    open.put_pixel(x, y, image::Rgb([45, 18, 20]));
                }
            }
        }
        let open = DynamicImage::ImageRgb8(open);
        for spec_id in ["us-passport", "schengen-visa"] {
            let check = mouth(spec_id, &open);
            assert_eq!(check.status, Status::Fail, "{spec_id}: {check:?}");
        }
    }

    fn astronaut() -> DynamicImage {
        image::load_from_memory(include_bytes!("../../tests/fixtures/idphoto/astronaut.png")).unwrap()
    }

    fn white() -> Options {
        Options {
            background: Background::Colour([255, 255, 255]),
            adjust: Adjust::default(),
            auto_light: false,
            strokes: Vec::new(),
            retouch: Retouch::default(),
        }
    }

    fn status<'a>(checks: &'a [Check], id: &str) -> &'a Check {
        checks.iter().find(|c| c.id == id).unwrap_or_else(|| panic!("no {id} in {checks:?}"))
    }

    #[test]
    fn a_us_passport_photo_from_the_astronaut_meets_the_geometry() {
        let spec = find("us-passport").unwrap();
        let made = make(&astronaut(), &spec, &white(), &mut Timings::default()).unwrap();
        if let Ok(dir) = std::env::var("SEED_STUDIO_SCREENSHOTS") {
            let _ = made.image.save(std::path::Path::new(&dir).join("idphoto-us-passport.png"));
        }
        assert_eq!(made.image.dimensions(), (600, 600));
        let g = &made.geometry;
        let head_mm = spec.mm(g.chin_y - g.crown_y);
        assert!((spec.head_mm[0]..=spec.head_mm[1]).contains(&head_mm), "{g:?}");
        let eye_mm = spec.mm(600.0 - g.eye_y);
        assert!((28.6..=34.9).contains(&eye_mm), "{g:?}");
        for id in ["head_height", "eye_line", "eyes_open", "yaw", "background"] {
            assert_eq!(status(&made.checks, id).status, Status::Pass, "{:?}", status(&made.checks, id));
        }
        // She smiles with her teeth showing: the report notices.
        assert_eq!(status(&made.checks, "mouth_closed").status, Status::Warn);
        // The 512-px fixture is small for a 600-px photo: the report says so.
        assert_ne!(status(&made.checks, "resolution").status, Status::Pass);
        // The background is the chosen white where the person is not (the top corners).
        for (x, y) in [(5, 5), (594, 5), (300, 3)] {
            assert_eq!(made.image.get_pixel(x, y).0, [255, 255, 255], "({x},{y})");
        }
        // And the face is the astronaut's, not background.
        let centre = made.image.get_pixel(300, g.eye_y as u32 + 30).0;
        assert_ne!(centre, [255, 255, 255]);
    }

    #[test]
    fn the_resolution_factor_is_per_source_pixel_whatever_the_working_copy() {
        // The same portrait at 512 px and at 2048 px (above the working copy's side): four times
        // the pixels per millimetre, so a quarter of the enlargement — and no longer "enlarged".
        let spec = find("us-passport").unwrap();
        let small = make(&astronaut(), &spec, &white(), &mut Timings::default()).unwrap();
        let big = astronaut().resize_exact(2048, 2048, image::imageops::FilterType::Lanczos3);
        let large = make(&big, &spec, &white(), &mut Timings::default()).unwrap();
        let (k_small, k_large) = (small.geometry.scale, large.geometry.scale);
        assert!(k_small > 1.0, "the 512-px photo is enlarged: {k_small}");
        assert!((k_large * 4.0 / k_small - 1.0).abs() < 0.1, "{k_small} vs {k_large}");
        assert_eq!(status(&large.checks, "resolution").status, Status::Pass, "{:?}", large.checks);
    }

    #[test]
    fn a_group_photo_with_a_smaller_second_person_is_refused() {
        let near = astronaut().to_rgb8();
        let far = image::imageops::resize(&near, 282, 282, image::imageops::FilterType::Lanczos3);
        let mut group = image::RgbImage::from_pixel(1000, 620, image::Rgb([128, 128, 128]));
        image::imageops::replace(&mut group, &near, 20, 50);
        image::imageops::replace(&mut group, &far, 700, 200);
        let spec = find("us-passport").unwrap();
        let made = make(&DynamicImage::ImageRgb8(group), &spec, &white(), &mut Timings::default());
        assert!(matches!(made, Err(IdPhotoError::MultipleFaces(2))), "{:?}", made.err());
    }

    #[test]
    fn auto_light_takes_out_a_colour_cast_and_lifts_a_dark_face_gently() {
        // A warm cast (blue 10 % low on white) and a dark person (alpha 1 in the middle).
        let mut img = RgbImage::from_fn(100, 100, |x, y| {
            if (30..70).contains(&x) && (30..70).contains(&y) {
                image::Rgb([60, 55, 50])
            } else {
                image::Rgb([250, 245, 225])
            }
        });
        let alpha: Vec<f32> = (0..100 * 100)
            .map(|k| if (30..70).contains(&(k % 100)) && (30..70).contains(&(k / 100)) { 1.0 } else { 0.0 })
            .collect();
        auto_light(&mut img, &alpha);
        let wall = img.get_pixel(5, 5).0;
        assert!(wall[0].abs_diff(wall[2]) <= 6, "the white is neutral now: {wall:?}");
        let face = img.get_pixel(50, 50).0;
        assert!(face[1] > 55 && face[1] < 120, "lifted, gently: {face:?}");
    }

    /// The astronaut on a grey canvas, turned by `deg` about the canvas centre.
    fn tilted(deg: f32) -> DynamicImage {
        let mut canvas = RgbImage::from_pixel(900, 900, image::Rgb([128, 128, 128]));
        image::imageops::replace(&mut canvas, &astronaut().to_rgb8(), 194, 194);
        DynamicImage::ImageRgb8(rotate(&canvas, deg, (450.0, 450.0)))
    }

    fn level_check(made: &Made) -> &Check {
        made.checks.iter().find(|c| c.id == "level").unwrap()
    }

    #[test]
    fn a_head_tilted_30_degrees_comes_out_level_or_the_report_says_it_does_not() {
        let spec = find("schengen-visa").unwrap();
        // 30° and −25° are measured as about 12° and 9° at first; turning again levels them.
        // At 20° and 40° the short-range detector's eye points were wrong (−40°) and the head
        // could not be levelled; the full-range model is surer of those faces and is kept. At
        // −40° a second "face" was found in the turned copy; close up there is none.
        for deg in [30.0, -25.0, 20.0, 40.0, -40.0] {
            let made = make(&tilted(deg), &spec, &white(), &mut Timings::default()).unwrap();
            let level = level_check(&made);
            assert_eq!(level.status, Status::Pass, "{deg}°: {level:?}");
            assert!(level.value.unwrap().abs() <= RESIDUAL_DEG, "{deg}°: {level:?}");
        }
        // At 45° neither detector's eye points are right: the head cannot be levelled, and the
        // report fails instead of passing it.
        let made = make(&tilted(45.0), &spec, &white(), &mut Timings::default()).unwrap();
        let level = level_check(&made);
        assert_eq!(level.status, Status::Fail, "{level:?}");
        assert!(level.value.unwrap().abs() > RESIDUAL_DEG, "{level:?}");
    }

    #[test]
    fn a_tilted_head_whose_suit_reads_as_a_second_face_is_still_one_person() {
        // The astronaut turned 20° more and enlarged into a wider frame, as the benchmark's
        // tilted portrait: once levelled, the short-range
        // detector also calls a patch of her suit a face (0.51), bigger than hers.
        // Turned by nearest neighbour, exactly as the benchmark turns it: `rotate`'s bilinear
        // turn gives pixels on which the suit is never taken for a face.
        let upright = astronaut().to_rgb8();
        let (sin, cos) = 20f32.to_radians().sin_cos();
        let turned = RgbImage::from_fn(512, 512, |x, y| {
            let (dx, dy) = (x as f32 + 0.5 - 256.0, y as f32 + 0.5 - 256.0);
            let (sx, sy) = (256.0 + dx * cos + dy * sin, 256.0 - dx * sin + dy * cos);
            *upright.get_pixel(sx.clamp(0.0, 511.0) as u32, sy.clamp(0.0, 511.0) as u32)
        });
        let big = image::imageops::resize(&turned, 2600, 2600, image::imageops::FilterType::Triangle);
        let mut frame = RgbImage::from_pixel(4000, 3000, image::Rgb([236, 236, 232]));
        image::imageops::overlay(&mut frame, &big, 700, 200);
        // As a JPEG: the landmark model's face flag for the patch went from 0.42 to 0.69.
        let mut jpeg = std::io::Cursor::new(Vec::new());
        DynamicImage::ImageRgb8(frame).write_to(&mut jpeg, image::ImageFormat::Jpeg).unwrap();
        let (_, photo) = crate::import::decode(&jpeg.into_inner()).unwrap();
        let made = make(&photo, &find("us-passport").unwrap(), &white(), &mut Timings::default()).unwrap();
        assert_eq!(status(&made.checks, "one_face").status, Status::Pass);
        assert_eq!(level_check(&made).status, Status::Pass, "{:?}", level_check(&made));
    }

    #[test]
    fn a_photo_that_ends_at_the_neck_fails_the_frame_and_hair_cut_by_the_top_is_refused() {
        let spec = find("us-passport").unwrap();
        let run =
            |img: RgbImage| make(&DynamicImage::ImageRgb8(img), &spec, &white(), &mut Timings::default());
        let whole = run(astronaut().to_rgb8()).unwrap();
        for id in ["frame_bottom", "frame_sides", "hair"] {
            assert_eq!(status(&whole.checks, id).status, Status::Pass, "{:?}", status(&whole.checks, id));
        }
        // Cut just under the chin: the shoulders the frame needs are not in the photo.
        let neck = run(image::imageops::crop_imm(&astronaut().to_rgb8(), 0, 0, 512, 190).to_image()).unwrap();
        let bottom = status(&neck.checks, "frame_bottom");
        assert_eq!(bottom.status, Status::Fail, "{bottom:?}");
        assert!(
            bottom.value.unwrap() > 3.0 && bottom.message.contains("mm above where the shoulders"),
            "{bottom:?}"
        );
        // Cut through the hair: refused for a spec measured to the skull as for one to the hair.
        let cut = image::imageops::crop_imm(&astronaut().to_rgb8(), 0, 35, 512, 477).to_image();
        for id in ["us-passport", "schengen-visa"] {
            let spec = find(id).unwrap();
            let made = make(&DynamicImage::ImageRgb8(cut.clone()), &spec, &white(), &mut Timings::default());
            assert!(matches!(made, Err(IdPhotoError::HairCutOff)), "{id}: {:?}", made.map(|m| m.checks));
        }
    }

    #[test]
    fn brush_strokes_add_and_remove_in_the_photo_s_pixels_and_remnants_are_reported() {
        let spec = find("us-passport").unwrap();
        let plain = make(&astronaut(), &spec, &white(), &mut Timings::default()).unwrap();
        assert_eq!(status(&plain.checks, "background_remnants").status, Status::Pass, "{:?}", plain.checks);
        let [a, b, c, d, e, f] = plain.geometry.to_photo;
        let photo = |u: f32, v: f32| [a * u + b * v + c, d * u + e * v + f];
        let g = &plain.geometry;
        let cheek = (300.0, g.eye_y + 0.5 * (g.chin_y - g.eye_y));
        // Beside the head, above the chin: only background can be there.
        let beside = (60.0, g.eye_y);
        assert_eq!(plain.image.get_pixel(beside.0 as u32, beside.1 as u32).0, [255, 255, 255]);
        // Radius in photo pixels (the 512-px photo is enlarged 2.3×).
        let stroke = |add: bool, at: (f32, f32), radius: f32| Stroke {
            add,
            radius,
            points: vec![photo(at.0 - 20.0, at.1), photo(at.0 + 20.0, at.1)],
        };
        let mut options = white();
        options.strokes = vec![stroke(false, cheek, 4.0), stroke(true, beside, 12.0)];
        let brushed = make(&astronaut(), &spec, &options, &mut Timings::default()).unwrap();
        let at = |x: f32, y: f32| brushed.image.get_pixel(x as u32, y as u32).0;
        assert_eq!(at(cheek.0, cheek.1), [255, 255, 255], "the cheek was brushed away");
        assert_ne!(at(beside.0, beside.1), [255, 255, 255], "the old background was brushed back");
        assert_eq!(at(beside.0, beside.1 - 80.0), [255, 255, 255], "only where the brush went");
        // What was brushed back beside the head is what the remnant check looks for.
        let remnants = status(&brushed.checks, "background_remnants");
        assert_eq!(remnants.status, Status::Warn, "{remnants:?}");
        assert!(remnants.value.unwrap() > 6.0, "{remnants:?}");

        // Moved in the frame, the stroke stays on the same part of the photo.
        options.adjust.dx_mm = 2.0;
        options.strokes = vec![stroke(false, cheek, 4.0)];
        let moved = make(&astronaut(), &spec, &options, &mut Timings::default()).unwrap();
        let shift = spec.px(2.0);
        assert_eq!(moved.image.get_pixel((cheek.0 + shift) as u32, cheek.1 as u32).0, [255, 255, 255]);
        assert_ne!(moved.image.get_pixel((cheek.0 + shift - 60.0) as u32, cheek.1 as u32).0, [255, 255, 255]);
    }

    #[test]
    fn retouching_changes_light_and_skin_but_not_where_anything_is() {
        let spec = find("us-passport").unwrap();
        let plain = make(&astronaut(), &spec, &white(), &mut Timings::default()).unwrap();
        let mut options = white();
        options.retouch = Retouch { smooth: 1.0, brightness: 0.5, contrast: 0.0 };
        let retouched = make(&astronaut(), &spec, &options, &mut Timings::default()).unwrap();
        if let Ok(dir) = std::env::var("SEED_STUDIO_SCREENSHOTS") {
            let _ = retouched.image.save(std::path::Path::new(&dir).join("idphoto-retouched.png"));
        }
        assert_eq!(plain.geometry, retouched.geometry, "nothing moved");
        let value = |m: &Made, id: &str| status(&m.checks, id).value.unwrap();
        assert!(value(&retouched, "sharpness") < value(&plain, "sharpness"), "the skin is smoother");
        assert!(value(&retouched, "exposure") > value(&plain, "exposure") + 0.02, "and brighter");
        assert_eq!(retouched.image.get_pixel(5, 5).0, [255, 255, 255], "the background is untouched");
    }

    #[test]
    fn the_wrong_photos_get_the_right_errors() {
        let spec = find("schengen-visa").unwrap();
        let run = |img: DynamicImage| make(&img, &spec, &white(), &mut Timings::default()).err();
        let coffee =
            image::load_from_memory(include_bytes!("../../tests/fixtures/idphoto/coffee.png")).unwrap();
        assert!(matches!(run(coffee), Some(IdPhotoError::NoFace)));
        // A person far from the camera: too small, said so (a face about 25 px wide in 2400 px).
        let far = run(DynamicImage::ImageRgb8(crate::idphoto::detect::tests::distant_person()));
        assert!(matches!(far, Some(IdPhotoError::FaceTooSmall(w)) if (15..=60).contains(&w)), "{far:?}");
        let one = astronaut().to_rgb8();
        let mut two = RgbImage::new(1024, 512);
        image::imageops::replace(&mut two, &one, 0, 0);
        image::imageops::replace(&mut two, &one, 512, 0);
        assert!(matches!(run(DynamicImage::ImageRgb8(two)), Some(IdPhotoError::MultipleFaces(2))));
        // Shifted left so the border cuts through the face.
        let cut = image::imageops::crop_imm(&one, 200, 0, 312, 512).to_image();
        assert!(
            matches!(run(DynamicImage::ImageRgb8(cut)), Some(IdPhotoError::FaceCutOff)),
            "{:?}",
            run(DynamicImage::ImageRgb8(image::imageops::crop_imm(&one, 200, 0, 312, 512).to_image()))
        );
    }
}
