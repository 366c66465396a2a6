//! FaceMesh: 468 landmarks from a square crop 1.5× the detected face, and the measures an ID
//! photo needs from them — chin, forehead, eye centres, roll, yaw, whether the eyes are open
//! and the mouth closed.

use image::RgbImage;

use super::detect::Face;
use super::models::{sigmoid, LANDMARKS};
use super::sample::{bilinear_rgb, span};
use super::IdPhotoError;

/// FaceMesh indices (the canonical face mesh topology).
mod idx {
    pub const CHIN: usize = 152;
    pub const FOREHEAD: usize = 10;
    pub const NOSE_TIP: usize = 1;
    /// Subject's right eye: outer corner, inner corner, upper lid, lower lid.
    pub const RIGHT_EYE: [usize; 4] = [33, 133, 159, 145];
    /// Subject's left eye: inner corner, outer corner, upper lid, lower lid.
    pub const LEFT_EYE: [usize; 4] = [362, 263, 386, 374];
    /// Mouth corners and the inner lips.
    pub const MOUTH: [usize; 4] = [78, 308, 13, 14];
    /// The inner lip contour, round the mouth's opening.
    pub const INNER_LIPS: [usize; 20] =
        [78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308, 324, 318, 402, 317, 14, 87, 178, 88, 95];
}

/// What the landmarks say about a face, in source-image pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct FaceMeasures {
    /// Bottom of the chin.
    pub chin: (f32, f32),
    /// Top of the forehead (near the hairline, below the crown).
    pub forehead: (f32, f32),
    /// Centre of the subject's right eye.
    pub right_eye: (f32, f32),
    /// Centre of the subject's left eye.
    pub left_eye: (f32, f32),
    /// Head tilt in degrees (positive: clockwise in the image).
    pub roll_deg: f32,
    /// Turn left/right as the nose's offset from the eyes' midline, in inter-eye distances.
    pub yaw: f32,
    /// Eye openness (lid gap / eye width), the smaller of the two eyes.
    pub eye_openness: f32,
    /// Mouth opening, as a lip gap over the mouth's width: the largest of the gap between the
    /// inner lips, the height an oval opening would need to show the dark inside of the mouth
    /// seen between them (a laugh with the lips barely apart), and, up to "slightly open",
    /// the height that would show the teeth seen (a smile that shows teeth is not neutral, but
    /// some authorities accept it).
    pub mouth_opening: f32,
    /// The part of [`Self::mouth_opening`] that the dark inside of the mouth shows (0 when no
    /// dark shows between the lips): what tells an open mouth from teeth in a smile.
    pub mouth_dark: f32,
    /// The leftmost and rightmost x of the face outline.
    pub face_x: (f32, f32),
    /// How sure the model is that its crop shows a face at all (0–1): its own face flag, which
    /// MediaPipe tracks faces by.
    pub presence: f32,
}

impl FaceMeasures {
    /// Midpoint between the eyes.
    pub fn eye_centre(&self) -> (f32, f32) {
        ((self.right_eye.0 + self.left_eye.0) / 2.0, (self.right_eye.1 + self.left_eye.1) / 2.0)
    }
}

const SIZE: usize = 192;

/// An oval's area over its width times its height (π/4), times the share of the mouth's width
/// an opening spans (0.8): turns an area of teeth into the lip gap that would show it.
const OVAL: f32 = std::f32::consts::FRAC_PI_4 * 0.8;

/// The most opening that teeth alone count for: "slightly open" (the check warns from 0.1 and
/// fails over 0.2).
const TEETH_AT_MOST: f32 = 0.2;

/// How many pixels inside the inner-lip `contour` show teeth (light, hardly coloured) and how
/// many the inside of the mouth (dark): none when the lips meet.
fn inside_mouth(img: &RgbImage, contour: &[(f32, f32)]) -> (f32, f32) {
    let ((x0, x1), (y0, y1)) = (span(contour.iter().map(|p| p.0)), span(contour.iter().map(|p| p.1)));
    let (w, h) = (img.width() as f32, img.height() as f32);
    let inside = |x: f32, y: f32| {
        // Even-odd crossings of a ray to the right.
        let mut odd = false;
        for (i, a) in contour.iter().enumerate() {
            let b = contour[(i + 1) % contour.len()];
            if (a.1 > y) != (b.1 > y) && x < a.0 + (y - a.1) / (b.1 - a.1) * (b.0 - a.0) {
                odd = !odd;
            }
        }
        odd
    };
    let (mut teeth, mut dark) = (0.0, 0.0);
    for y in (y0.max(0.0) as u32)..(y1.min(h) as u32) {
        for x in (x0.max(0.0) as u32)..(x1.min(w) as u32) {
            if !inside(x as f32 + 0.5, y as f32 + 0.5) {
                continue;
            }
            let p = img.get_pixel(x, y).0.map(f32::from);
            let (max, min) = (p[0].max(p[1]).max(p[2]), p[0].min(p[1]).min(p[2]));
            if max < 60.0 {
                dark += 1.0;
            } else if max > 110.0 && (max - min) / max < 0.35 {
                teeth += 1.0;
            }
        }
    }
    (teeth, dark)
}

/// Landmarks of `face` in `img`.
pub fn measure(img: &RgbImage, face: &Face) -> Result<FaceMeasures, IdPhotoError> {
    // The crop is turned so the eyes are level, as the model was trained (MediaPipe rotates it
    // by the detector's eye keypoints); landmarks are turned back into the photo.
    let side = face.width().max(face.height()) * 1.5;
    let (cx, cy) = ((face.x0 + face.x1) / 2.0, (face.y0 + face.y1) / 2.0);
    let ((rx, ry), (lx, ly)) = (face.keypoints[0], face.keypoints[1]);
    let angle = (ly - ry).atan2(lx - rx);
    let (sin, cos) = angle.sin_cos();
    let step = side / SIZE as f32;
    let to_image = move |u: f32, v: f32| {
        let (dx, dy) = (u * step - side / 2.0, v * step - side / 2.0);
        (cx + dx * cos - dy * sin, cy + dx * sin + dy * cos)
    };
    let mut input = Vec::with_capacity(SIZE * SIZE * 3);
    for y in 0..SIZE {
        for x in 0..SIZE {
            let (sx, sy) = to_image(x as f32 + 0.5, y as f32 + 0.5);
            let p = bilinear_rgb(img, sx, sy);
            input.extend(p.iter().map(|c| c / 255.0));
        }
    }
    let outputs = LANDMARKS.run(input)?;
    let unexpected = || IdPhotoError::Model("face landmarks", "unexpected outputs".into());
    let (_, flat) = outputs.iter().find(|(_, v)| v.len() == 468 * 3).ok_or_else(unexpected)?;
    let flag = outputs.iter().find(|(_, v)| v.len() == 1).map(|(_, v)| v[0]).ok_or_else(unexpected)?;
    let point = |i: usize| to_image(flat[i * 3], flat[i * 3 + 1]);
    let centre = |a: usize, b: usize| {
        let (p, q) = (point(a), point(b));
        ((p.0 + q.0) / 2.0, (p.1 + q.1) / 2.0)
    };
    let dist = |a: usize, b: usize| {
        let (p, q) = (point(a), point(b));
        ((p.0 - q.0).powi(2) + (p.1 - q.1).powi(2)).sqrt()
    };
    let [ro, ri, ru, rl] = idx::RIGHT_EYE;
    let [li, lo, lu, ll] = idx::LEFT_EYE;
    let right_eye = centre(ro, ri);
    let left_eye = centre(li, lo);
    let roll_deg = (left_eye.1 - right_eye.1).atan2(left_eye.0 - right_eye.0).to_degrees();
    let eyes_mid = ((right_eye.0 + left_eye.0) / 2.0, (right_eye.1 + left_eye.1) / 2.0);
    let inter_eye = ((left_eye.0 - right_eye.0).powi(2) + (left_eye.1 - right_eye.1).powi(2)).sqrt().max(1.0);
    // The nose tip's sideways offset from the eyes' midpoint, along the eye line.
    let (ux, uy) = ((left_eye.0 - right_eye.0) / inter_eye, (left_eye.1 - right_eye.1) / inter_eye);
    let nose = point(idx::NOSE_TIP);
    let yaw = ((nose.0 - eyes_mid.0) * ux + (nose.1 - eyes_mid.1) * uy) / inter_eye;
    let openness = |outer: usize, inner: usize, upper: usize, lower: usize| {
        dist(upper, lower) / dist(outer, inner).max(1.0)
    };
    let [mr, ml, mu, md] = idx::MOUTH;
    let face_x = span((0..468).map(|i| point(i).0));
    // Teeth and the dark inside of the mouth, each as the lip gap an oval opening would need.
    let (teeth, dark) = {
        let (teeth, dark) = inside_mouth(img, &idx::INNER_LIPS.map(point));
        let oval = OVAL * dist(mr, ml).max(1.0).powi(2);
        (teeth / oval, dark / oval)
    };
    Ok(FaceMeasures {
        chin: point(idx::CHIN),
        forehead: point(idx::FOREHEAD),
        right_eye,
        left_eye,
        roll_deg,
        yaw,
        eye_openness: openness(ro, ri, ru, rl).min(openness(lo, li, lu, ll)),
        mouth_opening: (dist(mu, md) / dist(mr, ml).max(1.0)).max(dark).max(teeth.min(TEETH_AT_MOST)),
        mouth_dark: dark,
        face_x,
        presence: sigmoid(flag),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_astronaut_s_chin_eyes_and_tilt() {
        let img = image::load_from_memory(include_bytes!("../../tests/fixtures/idphoto/astronaut.png"))
            .unwrap()
            .to_rgb8();
        let face = super::super::detect::detect(&img).unwrap().remove(0);
        let m = measure(&img, &face).unwrap();
        // The study measured the chin at y ≈ 172; her head tilts clockwise by a few degrees
        // (BlazeFace's coarse eye points say ~8°, the eye corners ~4°).
        assert!((m.chin.1 - 172.0).abs() < 8.0, "{m:?}");
        assert!(m.roll_deg > 2.0 && m.roll_deg < 9.0, "{m:?}");
        assert!(m.forehead.1 < m.right_eye.1 && m.right_eye.1 < m.chin.1);
        assert!(m.eye_openness > 0.15, "her eyes are open: {m:?}");
        // She smiles with her teeth showing: not closed, not wide open.
        assert!(m.mouth_opening > 0.1 && m.mouth_opening < 0.3, "{m:?}");
        assert!(m.yaw.abs() < 0.3, "{m:?}");
    }

    #[test]
    fn an_open_mouth_is_measured_open() {
        let mut img = image::load_from_memory(include_bytes!("../../tests/fixtures/idphoto/astronaut.png"))
            .unwrap()
            .to_rgb8();
        let face = super::super::detect::detect(&img).unwrap().remove(0);
        let smile = measure(&img, &face).unwrap();
        // Open her mouth: a dark oval from the teeth down (the inside of a laughing mouth).
        let eyes = smile.eye_centre();
        let (cx, cy) = (eyes.0, eyes.1 + 0.6 * (smile.chin.1 - eyes.1));
        let across = smile.left_eye.0 - smile.right_eye.0;
        for y in 0..img.height() {
            for x in 0..img.width() {
                let (dx, dy) = ((x as f32 - cx) / (0.4 * across), (y as f32 - cy) / (0.25 * across));
                if dx * dx + dy * dy <= 1.0 {
                    img.put_pixel(x, y, image::Rgb([45, 18, 20]));
                }
            }
        }
        if let Ok(dir) = std::env::var("SEED_STUDIO_SCREENSHOTS") {
            let _ = img.save(std::path::Path::new(&dir).join("idphoto-open-mouth.png"));
        }
        // The inner lips part only a little more (0.20 of the width, "slightly open"); the dark
        // between them is what says the mouth is open.
        let open = measure(&img, &face).unwrap();
        assert!(open.mouth_opening > 0.2, "smiling {} → open {}", smile.mouth_opening, open.mouth_opening);
        // Her smile shows teeth and hardly any dark: what tells a smile from an open mouth.
        assert!(
            smile.mouth_dark < 0.05 && open.mouth_dark > 0.2,
            "dark {} → {}",
            smile.mouth_dark,
            open.mouth_dark
        );
    }
}
