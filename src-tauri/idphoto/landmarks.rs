//! FaceMesh: 468 landmarks from a square crop 1.5× the detected face, and the measures an ID
//! photo needs from them — chin, forehead, eye centres, roll, yaw, whether the eyes are open
//! and the mouth closed.

use image::RgbImage;

use super::detect::Face;
use super::models::LANDMARKS;
use super::sample::bilinear_rgb;
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
    /// Mouth opening (lip gap / mouth width).
    pub mouth_opening: f32,
    /// The leftmost and rightmost x of the face outline.
    pub face_x: (f32, f32),
}

impl FaceMeasures {
    /// Midpoint between the eyes.
    pub fn eye_centre(&self) -> (f32, f32) {
        ((self.right_eye.0 + self.left_eye.0) / 2.0, (self.right_eye.1 + self.left_eye.1) / 2.0)
    }
}

const SIZE: usize = 192;

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
    let (_, flat) = outputs
        .iter()
        .find(|(_, v)| v.len() == 468 * 3)
        .ok_or_else(|| IdPhotoError::Model("face landmarks", "unexpected outputs".into()))?;
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
    let xs = (0..468).map(|i| point(i).0);
    let face_x = xs.clone().fold((f32::MAX, f32::MIN), |(lo, hi), x| (lo.min(x), hi.max(x)));
    Ok(FaceMeasures {
        chin: point(idx::CHIN),
        forehead: point(idx::FOREHEAD),
        right_eye,
        left_eye,
        roll_deg,
        yaw,
        eye_openness: openness(ro, ri, ru, rl).min(openness(lo, li, lu, ll)),
        mouth_opening: dist(mu, md) / dist(mr, ml).max(1.0),
        face_x,
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
        assert!(m.mouth_opening < 0.3, "{m:?}");
        assert!(m.yaw.abs() < 0.3, "{m:?}");
    }
}
