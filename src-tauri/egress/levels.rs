//! Minimization levels beyond the metadata floor, done on the device with the ID-photo models
//! before the minimizer: hide every face but the subject's (`bystanders`), replace everything
//! but the person with a neutral fill (`background`), and crop to the subject with a margin
//! (`subject`). They combine; they never upscale. Each says what it did ([`Report`]).

use image::{DynamicImage, GenericImageView, Rgb, RgbImage};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::codes::{Code, HasCode};
use crate::idphoto::detect::{self, Face};
use crate::idphoto::{segment, IdPhotoError};

pub use crate::index::Level;

/// A box in the photo's pixels: left, top, width, height.
pub type PixelBox = (u32, u32, u32, u32);

/// What the levels did to one reference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Report {
    /// The levels applied, `metadata` first.
    pub levels: Vec<Level>,
    /// Faces other than the subject's hidden.
    pub faces_hidden: usize,
    /// Regions the user marked by hand, hidden too.
    #[serde(default)]
    pub regions_hidden: usize,
    /// Whether the background was replaced.
    pub background_replaced: bool,
    /// The part of the photo kept (the subject crop), when cropped.
    pub subject: Option<PixelBox>,
    /// The share of the photo's pixels that leaves (0 to 1).
    pub fraction: f64,
}

/// Why a level could not be applied.
#[derive(Debug, thiserror::Error)]
pub enum LevelsError {
    /// `subject` without a person to find and without a box.
    #[error("no person was found to crop to; draw a box around the subject")]
    NoSubject,
    /// `background` on a photo in which the on-device model finds no person to keep.
    #[error("no person was found to keep; replacing the background works on photos of people, so leave that level off for this photo")]
    NoPerson,
    /// A box (the subject's, or one marked by hand) is not inside the photo.
    #[error("a box is outside the {0}x{1} photo; draw it again")]
    BoxOutside(u32, u32),
    /// After cropping, the subject is smaller than providers take.
    #[error("the subject is only {0}x{1} px after cropping; providers need at least {MIN_SIDE} px on each side, so send more of the photo")]
    TooSmall(u32, u32),
    /// The on-device models failed.
    #[error(transparent)]
    Model(#[from] IdPhotoError),
}

impl HasCode for LevelsError {
    fn code(&self) -> Code {
        match self {
            LevelsError::NoSubject => Code::NoFace,
            LevelsError::Model(_) => Code::Internal,
            _ => Code::InvalidInput,
        }
    }
}

/// The smallest side a subject crop may have.
pub const MIN_SIDE: u32 = 256;
/// How many times hiding a face may be strengthened until the detector no longer finds it.
const HIDE_ROUNDS: u32 = 4;
/// The neutral fill of a replaced background.
const NEUTRAL: [u8; 3] = [128, 128, 128];

/// What the user changed by hand about hiding, in the photo's pixels: regions to hide as well
/// (a name tag, a second face the detector missed), and regions whose faces stay visible (a
/// poster, a friend who agreed). Both apply with the `bystanders` level.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ByHand {
    /// Hidden as well.
    pub hide: Vec<PixelBox>,
    /// A face found with its centre in one of these is left as it is.
    pub unhide: Vec<PixelBox>,
}

/// Apply `levels` to `image`; `subject_box` is the user's box (it picks the subject among several
/// people, or stands for one when there is none). Metadata alone returns the image as it is.
pub fn apply(
    image: &DynamicImage,
    levels: &[Level],
    subject_box: Option<PixelBox>,
) -> Result<(DynamicImage, Report), LevelsError> {
    apply_by_hand(image, levels, subject_box, &ByHand::default())
}

/// [`apply`], with the regions the user hid or un-hid by hand.
pub fn apply_by_hand(
    image: &DynamicImage,
    levels: &[Level],
    subject_box: Option<PixelBox>,
    by_hand: &ByHand,
) -> Result<(DynamicImage, Report), LevelsError> {
    let mut applied: Vec<Level> = std::iter::once(Level::Metadata).chain(levels.iter().copied()).collect();
    applied.sort();
    applied.dedup();
    let (w, h) = image.dimensions();
    if !subject_box.iter().chain(&by_hand.hide).chain(&by_hand.unhide).all(|b| fits(b, w, h)) {
        return Err(LevelsError::BoxOutside(w, h));
    }
    let mut report = Report {
        levels: applied.clone(),
        faces_hidden: 0,
        regions_hidden: 0,
        background_replaced: false,
        subject: None,
        fraction: 1.0,
    };
    if applied == [Level::Metadata] {
        return Ok((image.clone(), report));
    }
    let full = image.to_rgb8();
    // Crop first: what does not leave is not looked at again, and costs nothing more.
    let kept = if applied.contains(&Level::Subject) {
        let near = if subject_box.is_some() { Vec::new() } else { detect::detect(&full)? };
        let (x, y, bw, bh) = match (subject_box, pick_subject(&near, None)) {
            (Some(b), _) => b,
            (None, Some(face)) => around(face, w, h),
            (None, None) => return Err(LevelsError::NoSubject),
        };
        if bw < MIN_SIDE || bh < MIN_SIDE {
            return Err(LevelsError::TooSmall(bw, bh));
        }
        report.subject = Some((x, y, bw, bh));
        report.fraction = f64::from(bw) * f64::from(bh) / (f64::from(w) * f64::from(h));
        (x, y, bw, bh)
    } else {
        (0, 0, w, h)
    };
    // Every face in what leaves, near and far, in its pixels; the search reaches a little past
    // a crop's edges, so a face the crop cuts in two is hidden too.
    let faces = if applied.contains(&Level::Bystanders) { Some(faces_around(&full, kept)?) } else { None };
    let mut rgb = if kept == (0, 0, w, h) {
        full
    } else {
        image::imageops::crop_imm(&full, kept.0, kept.1, kept.2, kept.3).to_image()
    };
    if let Some(faces) = faces {
        // The user's boxes, in what leaves (a box wholly cropped away is dropped).
        let local = |&(x, y, bw, bh): &PixelBox| {
            let (x0, y0) = (x.max(kept.0), y.max(kept.1));
            let (x1, y1) = ((x + bw).min(kept.0 + kept.2), (y + bh).min(kept.1 + kept.3));
            (x1 > x0 && y1 > y0).then(|| (x0 - kept.0, y0 - kept.1, x1 - x0, y1 - y0))
        };
        let subject = pick_subject(&faces, subject_box.as_ref().and_then(local));
        let unhide: Vec<PixelBox> = by_hand.unhide.iter().filter_map(local).collect();
        let others: Vec<&Face> = faces
            .iter()
            .filter(|f| Some(*f) != subject && !unhide.iter().any(|&b| inside_region(f, b)))
            .collect();
        let mut regions: Vec<PixelBox> = others.iter().map(|f| padded(f, rgb.dimensions())).collect();
        let marked: Vec<PixelBox> = by_hand.hide.iter().filter_map(local).collect();
        regions.extend(&marked);
        hide(&mut rgb, regions, subject)?;
        (report.faces_hidden, report.regions_hidden) = (others.len(), marked.len());
    }
    if applied.contains(&Level::Background) {
        replace_background(&mut rgb)?;
        report.background_replaced = true;
    }
    Ok((DynamicImage::ImageRgb8(rgb), report))
}

/// Whether `b` is a box of some size wholly inside a `w`×`h` photo.
pub fn fits(&(x, y, bw, bh): &PixelBox, w: u32, h: u32) -> bool {
    bw > 0 && bh > 0 && x.saturating_add(bw) <= w && y.saturating_add(bh) <= h
}

/// The faces of `full` that reach into `kept` (left, top, width, height), in `kept`'s pixels:
/// searched in `kept` and a margin around it (a tenth of the photo's longest side), the small
/// ones at the scale [`all_faces`] uses for the whole photo.
fn faces_around(full: &RgbImage, kept: PixelBox) -> Result<Vec<Face>, LevelsError> {
    let (w, h) = full.dimensions();
    let margin = w.max(h) / 10;
    let (x0, y0) = (kept.0.saturating_sub(margin), kept.1.saturating_sub(margin));
    let (x1, y1) = ((kept.0 + kept.2 + margin).min(w), (kept.1 + kept.3 + margin).min(h));
    let area = if (x0, y0, x1, y1) == (0, 0, w, h) {
        std::borrow::Cow::Borrowed(full)
    } else {
        std::borrow::Cow::Owned(image::imageops::crop_imm(full, x0, y0, x1 - x0, y1 - y0).to_image())
    };
    let scale = small_scale(full);
    let (dx, dy) = ((kept.0 - x0) as f32, (kept.1 - y0) as f32);
    let (kw, kh) = (kept.2 as f32, kept.3 as f32);
    Ok(all_faces(&area, scale)?
        .into_iter()
        .map(|mut f| {
            (f.x0, f.y0, f.x1, f.y1) = (f.x0 - dx, f.y0 - dy, f.x1 - dx, f.y1 - dy);
            f
        })
        .filter(|f| f.x1 > 0.0 && f.y1 > 0.0 && f.x0 < kw && f.y0 < kh)
        .collect())
}

/// The side the tile search for small faces works at: its 400 px tiles then span a quarter of
/// the photo's width, and a face some 40 px wide in a 2048 px copy is still found.
const SMALL_SEARCH_SIDE: u32 = 1024;

/// Every face, near and far: the whole-photo search, then the tile search for small faces on a
/// copy scaled by `small_scale` (at most 1; its faces scaled back).
fn all_faces(rgb: &RgbImage, small_scale: f32) -> Result<Vec<Face>, LevelsError> {
    let mut faces = detect::detect(rgb)?;
    let (w, h) = rgb.dimensions();
    let side = (w.max(h) as f32 * small_scale).round() as u32;
    let (small, (fx, fy)) = match crate::import::resize::fitted(w, h, side) {
        Some((sw, sh)) => (
            detect::detect_small(&crate::import::resize::rgb(
                rgb,
                sw,
                sh,
                crate::import::resize::Filter::Bilinear,
            ))?,
            (w as f32 / sw as f32, h as f32 / sh as f32),
        ),
        None => (detect::detect_small(rgb)?, (1.0, 1.0)),
    };
    for mut face in small {
        (face.x0, face.y0, face.x1, face.y1) = (face.x0 * fx, face.y0 * fy, face.x1 * fx, face.y1 * fy);
        if !faces.iter().any(|f| overlaps(f, &face)) {
            faces.push(face);
        }
    }
    Ok(faces)
}

/// The scale at which [`all_faces`] searches a whole photo for small faces.
fn small_scale(rgb: &RgbImage) -> f32 {
    let (w, h) = rgb.dimensions();
    (SMALL_SEARCH_SIDE as f32 / w.max(h) as f32).min(1.0)
}

fn overlaps(a: &Face, b: &Face) -> bool {
    a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

/// The subject: the face inside the user's box (the largest wholly inside, else the largest
/// whose centre is), else the largest face. "Wholly inside" first: the box around a small
/// person standing by a bigger one can reach the bigger one's centre, never all of them.
fn pick_subject(faces: &[Face], subject_box: Option<PixelBox>) -> Option<&Face> {
    fn largest(faces: Vec<&Face>) -> Option<&Face> {
        faces.into_iter().max_by(|a, b| (a.width() * a.height()).total_cmp(&(b.width() * b.height())))
    }
    let Some((x, y, w, h)) = subject_box else { return largest(faces.iter().collect()) };
    let (x0, y0, x1, y1) = (x as f32, y as f32, (x + w) as f32, (y + h) as f32);
    let whole = faces.iter().filter(|f| f.x0 >= x0 && f.y0 >= y0 && f.x1 <= x1 && f.y1 <= y1).collect();
    largest(whole).or_else(|| largest(faces.iter().filter(|f| inside_region(f, (x, y, w, h))).collect()))
}

/// A person the user can pick as the subject: their face, and the crop `subject` makes of them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Candidate {
    /// The face, in the photo's pixels.
    pub face: PixelBox,
    /// Head and shoulders down to the waist, with a margin: the subject box to send.
    pub crop: PixelBox,
}

/// The people in `image` the user can choose among (largest face first): every face the
/// bystanders level would find, so that any of them can be made the subject instead.
pub fn candidates(image: &DynamicImage) -> Result<Vec<Candidate>, LevelsError> {
    let (w, h) = image.dimensions();
    let fitted = crate::import::resize::fit(image, CANDIDATE_SIDE, crate::import::resize::Filter::Bilinear);
    let scale = w as f32 / fitted.width().max(1) as f32;
    let fitted = fitted.to_rgb8();
    let mut faces = all_faces(&fitted, small_scale(&fitted))?;
    faces.sort_by(|a, b| (b.width() * b.height()).total_cmp(&(a.width() * a.height())));
    Ok(faces
        .into_iter()
        .map(|mut f| {
            (f.x0, f.y0, f.x1, f.y1) = (f.x0 * scale, f.y0 * scale, f.x1 * scale, f.y1 * scale);
            let (x0, y0) = (f.x0.max(0.0), f.y0.max(0.0));
            let (x1, y1) = (f.x1.min(w as f32).max(x0 + 1.0), f.y1.min(h as f32).max(y0 + 1.0));
            let face = (x0 as u32, y0 as u32, (x1 - x0) as u32, (y1 - y0) as u32);
            Candidate { face, crop: around(&f, w, h) }
        })
        .collect())
}

/// The side the people to choose from are looked for at (the providers' usual limit).
const CANDIDATE_SIDE: u32 = 2048;

/// A person's box from their face: head and shoulders down to the waist, with a margin.
fn around(face: &Face, w: u32, h: u32) -> PixelBox {
    let (fw, fh) = (face.width(), face.height());
    let x0 = (face.x0 - 1.5 * fw).max(0.0);
    let y0 = (face.y0 - 1.0 * fh).max(0.0);
    let x1 = (face.x1 + 1.5 * fw).min(w as f32);
    let y1 = (face.y1 + 4.0 * fh).min(h as f32);
    (x0 as u32, y0 as u32, (x1 - x0) as u32, (y1 - y0) as u32)
}

/// Pixelate each of `regions` (a face with a margin, or a box drawn by the user) until the
/// detector no longer finds a face there; blocks grow each round, and what the detector still
/// calls a face over a hidden region (a pixelated head on its shoulders can read as one) is
/// hidden whole from then on.
fn hide(rgb: &mut RgbImage, mut regions: Vec<PixelBox>, subject: Option<&Face>) -> Result<(), LevelsError> {
    for round in 0..HIDE_ROUNDS {
        for &(x, y, w, h) in &regions {
            // A face some 5, then 4, then 3 blocks wide: no eyes, nose or mouth left to find.
            let block = (w / (5 - round.min(2))).max(4);
            pixelate(rgb, (x, y, w, h), block);
        }
        // At least two rounds: a face the detector just stops finding at the first can come
        // back, at a low score, once the copy is re-encoded as JPEG or searched in tiles.
        if round >= 1 {
            let left = found_in(rgb, &regions, subject)?;
            if left.is_empty() {
                break;
            }
            regions.extend(left.iter().map(|f| padded(f, rgb.dimensions())));
        }
    }
    Ok(())
}

/// What the detector still calls a face over any of `regions`, the subject's aside: the whole
/// photo searched once, and each region with room around it (where a small face is seen).
fn found_in(rgb: &RgbImage, regions: &[PixelBox], subject: Option<&Face>) -> Result<Vec<Face>, LevelsError> {
    let (w, h) = rgb.dimensions();
    let not_subject = |f: &Face| !subject.is_some_and(|s| overlaps(s, f));
    let over_a_region = |f: &Face| {
        regions.iter().any(|&(x, y, rw, rh)| {
            f.x0 < (x + rw) as f32 && (x as f32) < f.x1 && f.y0 < (y + rh) as f32 && (y as f32) < f.y1
        })
    };
    let mut left: Vec<Face> = detect::detect(rgb)?;
    for &(x, y, rw, rh) in regions {
        let (x0, y0) = (x.saturating_sub(rw / 2), y.saturating_sub(rh / 2));
        let (x1, y1) = ((x + rw + rw / 2).min(w), (y + rh + rh / 2).min(h));
        let area = image::imageops::crop_imm(rgb, x0, y0, x1 - x0, y1 - y0).to_image();
        left.extend(detect::detect(&area)?.into_iter().map(|mut f| {
            (f.x0, f.y0, f.x1, f.y1) =
                (f.x0 + x0 as f32, f.y0 + y0 as f32, f.x1 + x0 as f32, f.y1 + y0 as f32);
            f
        }));
    }
    Ok(left.into_iter().filter(|f| not_subject(f) && over_a_region(f)).collect())
}

fn padded(face: &Face, (w, h): (u32, u32)) -> PixelBox {
    let (mx, my) = (face.width() * 0.3, face.height() * 0.3);
    let x0 = (face.x0 - mx).max(0.0) as u32;
    let y0 = (face.y0 - my).max(0.0) as u32;
    let x1 = ((face.x1 + mx).min(w as f32) as u32).max(x0 + 1);
    let y1 = ((face.y1 + my).min(h as f32) as u32).max(y0 + 1);
    (x0, y0, x1 - x0, y1 - y0)
}

fn inside_region(face: &Face, (x, y, w, h): PixelBox) -> bool {
    let (cx, cy) = ((face.x0 + face.x1) / 2.0, (face.y0 + face.y1) / 2.0);
    cx >= x as f32 && cy >= y as f32 && cx < (x + w) as f32 && cy < (y + h) as f32
}

/// Replace each `block`×`block` cell of `region` by its mean colour.
fn pixelate(rgb: &mut RgbImage, (x, y, w, h): PixelBox, block: u32) {
    for by in (y..y + h).step_by(block as usize) {
        for bx in (x..x + w).step_by(block as usize) {
            let (cw, ch) = (block.min(x + w - bx), block.min(y + h - by));
            let mut sum = [0u64; 3];
            for py in by..by + ch {
                for px in bx..bx + cw {
                    let p = rgb.get_pixel(px, py).0;
                    (0..3).for_each(|c| sum[c] += u64::from(p[c]));
                }
            }
            let n = u64::from(cw * ch).max(1);
            let mean = Rgb(sum.map(|s| (s / n) as u8));
            for py in by..by + ch {
                for px in bx..bx + cw {
                    rgb.put_pixel(px, py, mean);
                }
            }
        }
    }
}

/// Everything the person-segmentation model does not call a person, blended into a neutral fill.
fn replace_background(rgb: &mut RgbImage) -> Result<(), LevelsError> {
    let mask = segment::segment(rgb)?;
    // Without a person the whole photo would turn grey: say so instead of sending that.
    let person = mask.values.iter().filter(|&&v| v > 0.5).count();
    if person * 100 < mask.values.len() {
        return Err(LevelsError::NoPerson);
    }
    let (w, h) = rgb.dimensions();
    // Below a third: background; above two thirds: person; a soft edge between.
    let levels: Vec<u8> =
        mask.values.iter().map(|v| (((v - 0.33) * 3.0).clamp(0.0, 1.0) * 255.0) as u8).collect();
    let grid = image::GrayImage::from_raw(mask.width as u32, mask.height as u32, levels)
        .ok_or_else(|| IdPhotoError::Model("person segmentation", "a mask of the wrong size".into()))?;
    let alpha = crate::import::resize::luma(&grid, w, h, crate::import::resize::Filter::Bilinear);
    for (x, y, p) in rgb.enumerate_pixels_mut() {
        let a = f32::from(alpha.get_pixel(x, y).0[0]) / 255.0;
        for (channel, fill) in p.0.iter_mut().zip(NEUTRAL) {
            *channel = (f32::from(*channel) * a + f32::from(fill) * (1.0 - a)).round() as u8;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_background_level_refuses_a_photo_without_a_person() {
        let wall = DynamicImage::ImageRgb8(RgbImage::from_fn(640, 480, |x, y| {
            Rgb([(x % 200) as u8, (y % 150) as u8, 90])
        }));
        assert!(matches!(apply(&wall, &[Level::Background], None), Err(LevelsError::NoPerson)));
    }

    /// One subject and two bystanders at different scales on a plain wall (made from the
    /// public-domain astronaut portrait; see tests/fixtures/idphoto/LICENCES.md).
    fn group() -> DynamicImage {
        let face =
            image::load_from_memory(include_bytes!("../../tests/fixtures/idphoto/astronaut.png")).unwrap();
        let mut wall = RgbImage::from_pixel(1800, 1000, Rgb([200, 196, 188]));
        for (side, x, y) in [(760u32, 40i64, 120i64), (380, 1000, 80), (240, 1480, 520)] {
            let person = face.resize_exact(side, side, image::imageops::FilterType::Triangle).to_rgb8();
            image::imageops::replace(&mut wall, &person, x, y);
        }
        DynamicImage::ImageRgb8(wall)
    }

    fn faces(image: &DynamicImage) -> usize {
        let rgb = image.to_rgb8();
        all_faces(&rgb, small_scale(&rgb)).unwrap().len()
    }

    #[test]
    fn bystanders_are_hidden_until_no_detector_finds_them_and_the_subject_stays() {
        let photo = group();
        assert_eq!(faces(&photo), 3, "the fixture has three faces");
        let (out, report) = apply(&photo, &[Level::Bystanders], None).unwrap();
        assert_eq!(report.faces_hidden, 2);
        assert_eq!(report.levels, [Level::Metadata, Level::Bystanders]);
        // Both searches (the whole photo with both models, and in tiles for small faces) find
        // the subject's face only.
        let rgb = out.to_rgb8();
        let found = all_faces(&rgb, small_scale(&rgb)).unwrap();
        assert_eq!(found.len(), 1, "only the subject's face is left: {found:?}");
        assert!(found[0].x1 < 800.0, "and it is the subject's: {:?}", found[0]);
    }

    #[test]
    fn clicking_a_smaller_person_makes_them_the_subject_and_hides_the_larger_one() {
        let photo = group();
        let people = candidates(&photo).unwrap();
        assert!(people.len() >= 2, "the two nearer people are offered: {people:?}");
        assert!(people[0].face.0 < 800, "the largest face first: {people:?}");
        for p in &people {
            let ((fx, fy, fw, fh), (cx, cy, cw, ch)) = (p.face, p.crop);
            assert!(cx <= fx && cy <= fy && cx + cw >= fx + fw && cy + ch >= fy + fh, "{p:?}");
        }
        // The second person's crop reaches towards the first: the wholly-inside rule keeps
        // the choice on the person clicked.
        let chosen = &people[1];
        let (_, report) = apply(&photo, &[Level::Bystanders], Some(chosen.crop)).unwrap();
        assert_eq!(report.faces_hidden, 2);
        let (out, _) = apply(&photo, &[Level::Bystanders], Some(chosen.crop)).unwrap();
        let rgb = out.to_rgb8();
        let left = all_faces(&rgb, small_scale(&rgb)).unwrap();
        assert_eq!(left.len(), 1, "only the chosen person's face is left: {left:?}");
        let (fx, _, fw, _) = chosen.face;
        let centre = (left[0].x0 + left[0].x1) / 2.0;
        assert!(centre > fx as f32 && centre < (fx + fw) as f32, "{left:?} is not {chosen:?}");
    }

    #[test]
    fn regions_marked_by_hand_are_hidden_and_faces_unmarked_by_hand_stay() {
        let photo = group();
        // The smallest person stays (their face's centre in the box), and a patch of the wall
        // with a pattern is hidden.
        let mut patterned = photo.to_rgb8();
        for (x, y, p) in patterned.enumerate_pixels_mut() {
            if (200..400).contains(&y) && (820..980).contains(&x) {
                *p = Rgb([((x * 7) % 255) as u8, ((y * 13) % 255) as u8, 40]);
            }
        }
        let photo = DynamicImage::ImageRgb8(patterned);
        let by_hand = ByHand { hide: vec![(820, 200, 160, 200)], unhide: vec![(1480, 520, 240, 240)] };
        let (out, report) = apply_by_hand(&photo, &[Level::Bystanders], None, &by_hand).unwrap();
        assert_eq!((report.faces_hidden, report.regions_hidden), (1, 1), "{report:?}");
        let rgb = out.to_rgb8();
        let left = all_faces(&rgb, small_scale(&rgb)).unwrap();
        assert_eq!(left.len(), 2, "the subject and the person left visible: {left:?}");
        assert!(left.iter().any(|f| f.x0 > 1400.0), "{left:?}");
        // The marked patch is now a few flat blocks.
        let mut colours: Vec<[u8; 3]> = (200..400)
            .flat_map(|y| (820..980).map(move |x| (x, y)))
            .map(|(x, y)| rgb.get_pixel(x, y).0)
            .collect();
        colours.sort_unstable();
        colours.dedup();
        assert!(colours.len() <= 30, "{} colours left in the hidden patch", colours.len());
        assert!(matches!(
            apply_by_hand(
                &photo,
                &[Level::Bystanders],
                None,
                &ByHand { hide: vec![(1700, 0, 300, 10)], unhide: vec![] }
            ),
            Err(LevelsError::BoxOutside(..))
        ));
    }

    #[test]
    fn the_subject_crop_holds_the_subject_and_less_of_the_photo() {
        let photo = group();
        let subject = detect::detect(&photo.to_rgb8())
            .unwrap()
            .into_iter()
            .max_by(|a, b| a.width().total_cmp(&b.width()))
            .unwrap();
        let (out, report) = apply(&photo, &[Level::Subject], None).unwrap();
        let (x, y, w, h) = report.subject.unwrap();
        assert_eq!(out.dimensions(), (w, h));
        assert!(x as f32 <= subject.x0 && y as f32 <= subject.y0, "{report:?} {subject:?}");
        assert!((x + w) as f32 >= subject.x1 && (y + h) as f32 >= subject.y1, "{report:?}");
        assert!(report.fraction < 1.0 && w < 1800, "{report:?}");
        // A box drawn by the user picks the subject instead; one too small is refused.
        let (_, boxed) = apply(&photo, &[Level::Subject], Some((980, 40, 500, 500))).unwrap();
        assert_eq!(boxed.subject, Some((980, 40, 500, 500)));
        assert!(matches!(
            apply(&photo, &[Level::Subject], Some((0, 0, 100, 100))),
            Err(LevelsError::TooSmall(100, 100))
        ));
        assert!(matches!(
            apply(&photo, &[Level::Subject], Some((1700, 0, 300, 300))),
            Err(LevelsError::BoxOutside(..))
        ));
    }

    #[test]
    fn no_person_asks_for_a_box_and_the_background_becomes_uniform() {
        let wall = DynamicImage::ImageRgb8(RgbImage::from_fn(600, 400, |x, y| {
            Rgb([(x % 200) as u8, (y % 180) as u8, 90])
        }));
        assert!(matches!(apply(&wall, &[Level::Subject], None), Err(LevelsError::NoSubject)));
        let photo = group();
        let (out, report) = apply(&photo, &[Level::Background], None).unwrap();
        assert!(report.background_replaced);
        let out = out.to_rgb8();
        let (w, h) = out.dimensions();
        for (x, y) in [(0, 0), (w - 1, 0), (w / 2, 0), (w - 1, h - 1), (0, h / 2)] {
            let p = out.get_pixel(x, y).0;
            assert!(p.iter().all(|c| c.abs_diff(128) <= 6), "border ({x},{y}) is {p:?}");
        }
        // Metadata alone changes nothing here (the minimizer does the rest).
        let (same, plain) = apply(&photo, &[], None).unwrap();
        assert_eq!(same, photo);
        assert_eq!(plain.levels, [Level::Metadata]);
    }
}
