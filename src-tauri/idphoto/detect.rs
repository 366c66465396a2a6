//! Face detection with BlazeFace: the short-range model first, the full-range one when it finds
//! nothing (small or distant faces). The photo is letterboxed into the model's square input;
//! anchors are MediaPipe's SSD anchors; overlapping detections are merged by weighted NMS.

use image::RgbImage;

use super::models::{Model, DETECT_FULL, DETECT_SHORT};
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

    /// Height in pixels.
    pub fn height(&self) -> f32 {
        self.y1 - self.y0
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

/// Every face in `img`, most confident first.
pub fn detect(img: &RgbImage) -> Result<Vec<Face>, IdPhotoError> {
    let faces = SHORT.run(img)?;
    if !faces.is_empty() {
        return Ok(faces);
    }
    FULL.run(img)
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
            let score = 1.0 / (1.0 + (-scores[i].clamp(-100.0, 100.0)).exp());
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
mod tests {
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
    fn no_face_in_a_cup_or_a_cat() {
        for bytes in [
            &include_bytes!("../../tests/fixtures/idphoto/coffee.png")[..],
            include_bytes!("../../tests/fixtures/idphoto/chelsea.png"),
        ] {
            let img = image::load_from_memory(bytes).unwrap().to_rgb8();
            assert!(detect(&img).unwrap().is_empty());
        }
    }
}
