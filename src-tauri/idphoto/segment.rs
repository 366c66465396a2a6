//! Separating the person from the background: the selfie-segmentation model gives a 256²
//! person probability, of the whole photo (coarse: where the hair ends, whether the shoulders
//! go on) or of a square around the head and shoulders ([`segment_square`]: the framing the
//! model was trained on, at its full resolution for the part that is printed). The edge is
//! then matted at the output's resolution ([`super::matting`]).

use image::RgbImage;

use super::models::SEGMENT;
use super::sample::{bilinear_grid, bilinear_rgb};
use super::IdPhotoError;

/// The model's mask: person probability on a 256×256 grid over the photo or a square of it.
pub struct Mask {
    /// Row-major values in 0–1.
    pub values: Vec<f32>,
    /// Grid width.
    pub width: usize,
    /// Grid height.
    pub height: usize,
    /// The grid's top left corner in the photo's pixels.
    origin: (f32, f32),
    /// Photo pixels per grid cell, across and down.
    cell: (f32, f32),
}

impl Mask {
    /// The probability at a photo position (bilinear; the nearest edge value beyond the grid).
    pub fn at(&self, x: f32, y: f32) -> f32 {
        bilinear_grid(
            &self.values,
            self.width,
            self.height,
            (x - self.origin.0) / self.cell.0,
            (y - self.origin.1) / self.cell.1,
        )
    }

    /// Whether a photo position lies on the grid.
    pub fn covers(&self, x: f32, y: f32) -> bool {
        let (u, v) = ((x - self.origin.0) / self.cell.0, (y - self.origin.1) / self.cell.1);
        u >= 0.0 && v >= 0.0 && u <= self.width as f32 && v <= self.height as f32
    }
}

const SIZE: usize = 256;

/// The person probability of `img` (plain resize to the model's square input).
pub fn segment(img: &RgbImage) -> Result<Mask, IdPhotoError> {
    let resized =
        crate::import::resize::rgb(img, SIZE as u32, SIZE as u32, crate::import::resize::Filter::Bilinear);
    let input = resized.pixels().flat_map(|p| p.0.map(|c| f32::from(c) / 255.0)).collect();
    let cell = (img.width() as f32 / SIZE as f32, img.height() as f32 / SIZE as f32);
    run(input, (0.0, 0.0), cell)
}

/// The person probability of the square of `img` at `origin` with sides `side` (photo pixels),
/// sampled at the model's 256² (beyond the photo, its nearest edge, so the model sees no black
/// bar to call a person).
pub fn segment_square(img: &RgbImage, origin: (f32, f32), side: f32) -> Result<Mask, IdPhotoError> {
    let cell = side / SIZE as f32;
    let (w, h) = (img.width() as f32, img.height() as f32);
    let mut input = Vec::with_capacity(SIZE * SIZE * 3);
    for v in 0..SIZE {
        for u in 0..SIZE {
            let x = (origin.0 + (u as f32 + 0.5) * cell).clamp(0.5, w - 0.5);
            let y = (origin.1 + (v as f32 + 0.5) * cell).clamp(0.5, h - 0.5);
            input.extend(bilinear_rgb(img, x, y).map(|c| c / 255.0));
        }
    }
    run(input, origin, (cell, cell))
}

fn run(input: Vec<f32>, origin: (f32, f32), cell: (f32, f32)) -> Result<Mask, IdPhotoError> {
    let outputs = SEGMENT.run(input)?;
    let (_, values) = outputs
        .into_iter()
        .find(|(_, v)| v.len() == SIZE * SIZE)
        .ok_or_else(|| IdPhotoError::Model("person segmentation", "unexpected outputs".into()))?;
    Ok(Mask {
        values: values.into_iter().map(|v| v.clamp(0.0, 1.0)).collect(),
        width: SIZE,
        height: SIZE,
        origin,
        cell,
    })
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
}
