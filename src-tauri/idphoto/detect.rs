//! Face detection with BlazeFace: the short-range and the full-range model both, so that small
//! or distant faces beside a near one are found too. The photo is letterboxed into the model's square input;
//! anchors are MediaPipe's SSD anchors; overlapping detections are merged by weighted NMS.

use image::RgbImage;

use super::models::{sigmoid, Model, DETECT_FULL, DETECT_SHORT};
use super::IdPhotoError;

/// A detected face, in source-image pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Face {
    /// Left.
    pub x0: f32,
    /// Top.
    pub y0: f32,
    /// Right.
    pub x1: f32,
    /// Bottom.
    pub y1: f32,
    /// Confidence, 0–1.
    pub score: f32,
    /// Subject's right eye, left eye, nose tip, mouth, right ear, left ear.
    pub keypoints: [(f32, f32); 6],
}

impl Face {
    /// Width in pixels.
    pub fn width(&self) -> f32 {
        self.x1 - self.x0
    }

    /// The same face in a photo where this one's image sits at (`dx`, `dy`).
    fn shift(&mut self, dx: f32, dy: f32) {
        (self.x0, self.x1, self.y0, self.y1) = (self.x0 + dx, self.x1 + dx, self.y0 + dy, self.y1 + dy);
        for point in &mut self.keypoints {
            *point = (point.0 + dx, point.1 + dy);
        }
    }

    /// Height in pixels.
    pub fn height(&self) -> f32 {
        self.y1 - self.y0
    }

    /// Two detections of one face: they overlap, or one's centre lies inside the other (the
    /// two models draw boxes of different sizes around the same face).
    pub fn same_face(&self, other: &Face) -> bool {
        let inside = |f: &Face, (x, y): (f32, f32)| x >= f.x0 && x <= f.x1 && y >= f.y0 && y <= f.y1;
        let centre = |f: &Face| ((f.x0 + f.x1) / 2.0, (f.y0 + f.y1) / 2.0);
        self.iou(other) > NMS_IOU || inside(self, centre(other)) || inside(other, centre(self))
    }

    fn iou(&self, other: &Face) -> f32 {
        let w = (self.x1.min(other.x1) - self.x0.max(other.x0)).max(0.0);
        let h = (self.y1.min(other.y1) - self.y0.max(other.y0)).max(0.0);
        let inter = w * h;
        let union = self.width() * self.height() + other.width() * other.height() - inter;
        if union <= 0.0 {
            0.0
        } else {
            inter / union
        }
    }
}

struct Detector {
    model: &'static Model,
    /// (stride, anchors per cell) per layer group.
    layers: &'static [(usize, usize)],
    threshold: f32,
}

const SHORT: Detector = Detector { model: &DETECT_SHORT, layers: &[(8, 2), (16, 6)], threshold: 0.5 };
const FULL: Detector = Detector { model: &DETECT_FULL, layers: &[(4, 1)], threshold: 0.6 };
/// Detections overlapping more than this are the same face.
const NMS_IOU: f32 = 0.3;

/// Every face in `img`, most confident first: both models always run, since the short-range
/// one misses the smaller faces of a group photo (which was then accepted as "one face"). A
/// face both find keeps the short-range model's box (the one the geometry was calibrated on)
/// unless the full-range model is clearly surer of it: at the edge of its reach (a face an
/// eighth of the photo wide) the short-range model scores ~0.6 and misplaces the eye points
/// that the landmark crop is turned by, and the head was measured 17° rolled instead of 3°.
pub fn detect(img: &RgbImage) -> Result<Vec<Face>, IdPhotoError> {
    // The two models on the two cores: neither needs the other's answer.
    let (near, far) = rayon::join(|| SHORT.run(img), || FULL.run(img));
    let mut faces = near?;
    for far in far? {
        match faces.iter_mut().find(|near| near.same_face(&far)) {
            Some(near) if far.score >= near.score + SURER_BY => *near = far,
            Some(_) => {}
            None => faces.push(far),
        }
    }
    faces.sort_by(|a, b| b.score.total_cmp(&a.score));
    Ok(faces)
}

/// How much more confident the full-range model must be of a face for its detection to replace
/// the short-range one's. On the evaluation's single portraits the two differ by under 0.1
/// (either way); where the short-range model is lost they differ by 0.15–0.37.
const SURER_BY: f32 = 0.1;

/// The side of the tiles [`detect_small`] searches, in pixels, and the least confidence it takes.
const TILE: u32 = 400;
const SMALL_MIN_SCORE: f32 = 0.65;

/// Faces too small for [`detect`] over the whole photo (a person far from the camera): the
/// photo is searched again in overlapping 400 px tiles with the full-range model. Only what is
/// confidently a face, and small within its tile, counts (a cat's head filling a tile does not).
pub fn detect_small(img: &RgbImage) -> Result<Vec<Face>, IdPhotoError> {
    let (w, h) = img.dimensions();
    let mut found = Vec::new();
    // Every half tile: each small face is seen whole in two tiles at different offsets (a face
    // near the model's smallest size is found at some offsets and not at others).
    let starts = |len: u32| (0..len.saturating_sub(TILE / 2).max(1)).step_by((TILE / 2) as usize);
    for (x, y) in starts(h).flat_map(|y| starts(w).map(move |x| (x, y))) {
        let tile = (x, y, TILE.min(w - x), TILE.min(h - y));
        found.extend(confident_in(img, tile)?.into_iter().filter(|f| f.width() <= TILE as f32 / 2.0));
    }
    let mut merged: Vec<Face> = Vec::new();
    for face in found {
        if !merged.iter().any(|f| f.same_face(&face)) {
            merged.push(face);
        }
    }
    merged.sort_by(|a, b| b.score.total_cmp(&a.score));
    Ok(merged)
}

/// The faces the full-range model is confident of in the `(x, y, w, h)` part of `img`, in
/// `img`'s pixels.
fn confident_in(img: &RgbImage, (x, y, w, h): (u32, u32, u32, u32)) -> Result<Vec<Face>, IdPhotoError> {
    let part = image::imageops::crop_imm(img, x, y, w, h).to_image();
    let mut faces = FULL.run(&part)?;
    faces.retain(|f| f.score >= SMALL_MIN_SCORE);
    for face in &mut faces {
        face.shift(x as f32, y as f32);
    }
    Ok(faces)
}

/// The faces found looking closer at a detection `face`: the full-range model on a square
/// twice its size around it, where a face is about half the model's input (its box and eye
/// points are then the surest it gives).
pub fn closer(img: &RgbImage, face: &Face) -> Result<Vec<Face>, IdPhotoError> {
    let side = face.width().max(face.height()) * 2.0;
    let (cx, cy) = ((face.x0 + face.x1) / 2.0, (face.y0 + face.y1) / 2.0);
    let clamp = |v: f32, len: u32| v.clamp(0.0, len as f32) as u32;
    let (x0, y0) = (clamp(cx - side / 2.0, img.width()), clamp(cy - side / 2.0, img.height()));
    let (x1, y1) = (clamp(cx + side / 2.0, img.width()), clamp(cy + side / 2.0, img.height()));
    if x1 <= x0 || y1 <= y0 {
        return Ok(Vec::new());
    }
    confident_in(img, (x0, y0, x1 - x0, y1 - y0))
}

impl Detector {
    fn anchors(&self, size: usize) -> Vec<(f32, f32)> {
        let mut anchors = Vec::new();
        for &(stride, per_cell) in self.layers {
            let n = size / stride;
            for y in 0..n {
                for x in 0..n {
                    let centre = ((x as f32 + 0.5) / n as f32, (y as f32 + 0.5) / n as f32);
                    anchors.extend(std::iter::repeat_n(centre, per_cell));
                }
            }
        }
        anchors
    }

    fn run(&self, img: &RgbImage) -> Result<Vec<Face>, IdPhotoError> {
        let size = self.model.input()[1];
        let (input, scale, pad_x, pad_y) = letterbox(img, size);
        let outputs = self.model.run(input)?;
        let anchors = self.anchors(size);
        let (regressors, scores) = match (
            outputs.iter().find(|(s, _)| s.last() == Some(&16)),
            outputs.iter().find(|(s, _)| s.last() == Some(&1)),
        ) {
            (Some((_, r)), Some((_, s))) => (r, s),
            _ => return Err(IdPhotoError::Model("face detection", "unexpected outputs".into())),
        };
        if scores.len() != anchors.len() || regressors.len() != anchors.len() * 16 {
            return Err(IdPhotoError::Model("face detection", "anchor count mismatch".into()));
        }
        let s = size as f32;
        // Letterboxed-square coordinates (0–1) to source pixels.
        let to_px = |nx: f32, ny: f32| ((nx * s - pad_x) / scale, (ny * s - pad_y) / scale);
        let mut candidates = Vec::new();
        for (i, &(ax, ay)) in anchors.iter().enumerate() {
            let score = sigmoid(scores[i]);
            if score < self.threshold {
                continue;
            }
            let r = &regressors[i * 16..i * 16 + 16];
            let (cx, cy) = (r[0] / s + ax, r[1] / s + ay);
            let (w, h) = (r[2] / s, r[3] / s);
            let (x0, y0) = to_px(cx - w / 2.0, cy - h / 2.0);
            let (x1, y1) = to_px(cx + w / 2.0, cy + h / 2.0);
            let mut keypoints = [(0.0, 0.0); 6];
            for (k, point) in keypoints.iter_mut().enumerate() {
                *point = to_px(r[4 + 2 * k] / s + ax, r[5 + 2 * k] / s + ay);
            }
            candidates.push(Face { x0, y0, x1, y1, score, keypoints });
        }
        Ok(weighted_nms(candidates))
    }
}

/// The photo scaled to fit `size`², centred, padded with black, as RGB in [-1, 1] (NHWC);
/// with the scale and padding to map back.
fn letterbox(img: &RgbImage, size: usize) -> (Vec<f32>, f32, f32, f32) {
    let (w, h) = (img.width() as f32, img.height() as f32);
    let scale = size as f32 / w.max(h);
    let (nw, nh) = (((w * scale).round() as u32).max(1), ((h * scale).round() as u32).max(1));
    let resized = crate::import::resize::rgb(img, nw, nh, crate::import::resize::Filter::Bilinear);
    let (pad_x, pad_y) = ((size as u32 - nw) / 2, (size as u32 - nh) / 2);
    let mut data = vec![-1.0f32; size * size * 3];
    for (x, y, p) in resized.enumerate_pixels() {
        let at = ((y + pad_y) as usize * size + (x + pad_x) as usize) * 3;
        for c in 0..3 {
            data[at + c] = f32::from(p.0[c]) / 127.5 - 1.0;
        }
    }
    (data, scale, pad_x as f32, pad_y as f32)
}

/// MediaPipe's weighted non-maximum suppression: each cluster of overlapping detections becomes
/// one, its box and keypoints the score-weighted mean of the cluster.
fn weighted_nms(mut faces: Vec<Face>) -> Vec<Face> {
    faces.sort_by(|a, b| b.score.total_cmp(&a.score));
    let mut out = Vec::new();
    while let Some(best) = faces.first().cloned() {
        let (cluster, rest): (Vec<Face>, Vec<Face>) = faces.into_iter().partition(|f| f.iou(&best) > NMS_IOU);
        faces = rest;
        let total: f32 = cluster.iter().map(|f| f.score).sum();
        let avg = |get: &dyn Fn(&Face) -> f32| cluster.iter().map(|f| get(f) * f.score).sum::<f32>() / total;
        let mut keypoints = [(0.0, 0.0); 6];
        for (k, point) in keypoints.iter_mut().enumerate() {
            *point = (avg(&|f| f.keypoints[k].0), avg(&|f| f.keypoints[k].1));
        }
        out.push(Face {
            x0: avg(&|f| f.x0),
            y0: avg(&|f| f.y0),
            x1: avg(&|f| f.x1),
            y1: avg(&|f| f.y1),
            score: best.score,
            keypoints,
        });
        if out.len() > 16 {
            break;
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn astronaut() -> RgbImage {
        image::load_from_memory(include_bytes!("../../tests/fixtures/idphoto/astronaut.png"))
            .unwrap()
            .to_rgb8()
    }

    #[test]
    fn anchors_match_the_models() {
        assert_eq!(SHORT.anchors(128).len(), 896);
        assert_eq!(FULL.anchors(192).len(), 2304);
    }

    #[test]
    fn the_astronaut_has_one_face_where_the_reference_found_it() {
        let faces = detect(&astronaut()).unwrap();
        assert_eq!(faces.len(), 1, "{faces:?}");
        let f = &faces[0];
        // The feasibility study's box: (179,82)-(274,177), eyes (204,103), (249,109).
        for (got, want) in [(f.x0, 179.0), (f.y0, 82.0), (f.x1, 274.0), (f.y1, 177.0)] {
            assert!((got - want).abs() < 6.0, "{f:?}");
        }
        assert!((f.keypoints[0].0 - 204.0).abs() < 6.0 && (f.keypoints[1].0 - 249.0).abs() < 6.0, "{f:?}");
        assert!(f.score > 0.85);
    }

    #[test]
    fn a_smaller_second_face_beside_a_near_one_is_found_too() {
        // A group photo: the astronaut near the camera, and again further away (55 % the size).
        let near = astronaut();
        let far = image::imageops::resize(&near, 282, 282, image::imageops::FilterType::Lanczos3);
        let mut group = RgbImage::from_pixel(1400, 800, image::Rgb([128, 128, 128]));
        image::imageops::replace(&mut group, &near, 40, 140);
        image::imageops::replace(&mut group, &far, 1020, 300);
        let faces = detect(&group).unwrap();
        assert!(faces.len() >= 2, "{faces:?}");
        assert!(faces.iter().any(|f| f.x0 > 1000.0), "the far face: {faces:?}");
        assert!(faces.iter().any(|f| f.x1 < 600.0), "the near face: {faces:?}");
    }

    #[test]
    fn a_face_at_the_edge_of_the_short_range_keeps_the_full_range_eye_points() {
        // The benchmark's 12 MP portrait as its working copy: the astronaut 666 px in 1024 × 768.
        let big = image::imageops::resize(&astronaut(), 666, 666, image::imageops::FilterType::Triangle);
        let mut work = RgbImage::from_pixel(1024, 768, image::Rgb([236, 236, 232]));
        image::imageops::replace(&mut work, &big, 179, 51);
        let short = SHORT.run(&work).unwrap();
        assert!(short.len() == 1 && short[0].score < 0.7, "the short-range model is unsure: {short:?}");
        let faces = detect(&work).unwrap();
        assert_eq!(faces.len(), 1, "{faces:?}");
        assert!(faces[0].score > 0.8, "{faces:?}");
        // Her eyes are level within a few degrees (4° on the original); the short-range eye
        // points turned the landmark crop so far that they read −16°.
        let roll = crate::idphoto::landmarks::measure(&work, &faces[0]).unwrap().roll_deg;
        assert!(roll > 1.0 && roll < 6.0, "{roll}");
    }

    /// A distant person: the astronaut at 150 px in a 2400 × 1600 photo.
    pub(crate) fn distant_person() -> RgbImage {
        let small = image::imageops::resize(&astronaut(), 150, 150, image::imageops::FilterType::Lanczos3);
        let mut photo = RgbImage::from_pixel(2400, 1600, image::Rgb([128, 128, 128]));
        image::imageops::replace(&mut photo, &small, 1500, 900);
        photo
    }

    #[test]
    fn a_face_too_small_for_the_whole_photo_is_found_in_its_tiles() {
        let photo = distant_person();
        assert!(detect(&photo).unwrap().is_empty(), "too small for the whole-photo pass");
        let tiled = detect_small(&photo).unwrap();
        assert_eq!(tiled.len(), 1, "{tiled:?}");
        let f = &tiled[0];
        assert!(
            f.x0 > 1500.0 && f.x1 < 1650.0 && f.y0 > 900.0 && f.y1 < 1050.0,
            "in photo coordinates: {f:?}"
        );
    }

    #[test]
    fn no_face_in_a_cup_or_a_cat() {
        for bytes in [
            &include_bytes!("../../tests/fixtures/idphoto/coffee.png")[..],
            include_bytes!("../../tests/fixtures/idphoto/chelsea.png"),
        ] {
            let img = image::load_from_memory(bytes).unwrap().to_rgb8();
            assert!(detect(&img).unwrap().is_empty());
            assert!(detect_small(&img).unwrap().is_empty(), "nor in its tiles");
        }
    }
}
