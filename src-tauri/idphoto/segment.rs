//! Separating the person from the background, in two passes:
//! - [`segment`]: the selfie-segmentation model's 256² person probability of the whole photo
//!   (coarse, cheap: where the hair ends, whether the shoulders go on);
//! - [`matte_square`]: MODNet, a portrait-matting model, on the square around the head and
//!   shoulders that is printed. It was trained on exactly that framing and gives a soft alpha
//!   (hair strands, no wall or flag beside the head where the selfie model kept pieces: see the
//!   README's matting comparison).
//!
//! The edge is then matted at the output's resolution ([`super::matting`]).

use image::RgbImage;

use super::models::{Output, MATTE, MATTE_SIZE, SEGMENT};
use super::sample::{bilinear_grid, bilinear_rgb};
use super::IdPhotoError;

/// A model's map over the photo or a square of it: person probability (selfie model) or alpha
/// (MODNet), on a square grid.
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

/// MODNet's alpha of the square of `img` at `origin` with sides `side` (photo pixels), sampled
/// at the model's [`MATTE_SIZE`]² as its authors prepare it (RGB in −1…1, planar). Beyond the
/// photo the square takes the nearest edge, so the model sees no black bar to call a person.
pub fn matte_square(img: &RgbImage, origin: (f32, f32), side: f32) -> Result<Mask, IdPhotoError> {
    let n = MATTE_SIZE;
    let cell = side / n as f32;
    let (w, h) = (img.width() as f32, img.height() as f32);
    let mut input = vec![0f32; 3 * n * n];
    for v in 0..n {
        for u in 0..n {
            let x = (origin.0 + (u as f32 + 0.5) * cell).clamp(0.5, w - 0.5);
            let y = (origin.1 + (v as f32 + 0.5) * cell).clamp(0.5, h - 0.5);
            for (c, value) in bilinear_rgb(img, x, y).into_iter().enumerate() {
                input[c * n * n + v * n + u] = (value - 127.5) / 127.5;
            }
        }
    }
    let values = only_output(MATTE.run(input)?, n, "portrait matting")?;
    Ok(Mask { values, width: n, height: n, origin, cell: (cell, cell) })
}

fn run(input: Vec<f32>, origin: (f32, f32), cell: (f32, f32)) -> Result<Mask, IdPhotoError> {
    let values = only_output(SEGMENT.run(input)?, SIZE, "person segmentation")?;
    Ok(Mask { values, width: SIZE, height: SIZE, origin, cell })
}

/// The model's one `n`×`n` map, clamped to 0–1.
fn only_output(outputs: Vec<Output>, n: usize, model: &'static str) -> Result<Vec<f32>, IdPhotoError> {
    let (_, values) = outputs
        .into_iter()
        .find(|(_, v)| v.len() == n * n)
        .ok_or_else(|| IdPhotoError::Model(model, "unexpected outputs".into()))?;
    Ok(values.into_iter().map(|v| v.clamp(0.0, 1.0)).collect())
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
    fn modnet_mattes_her_head_in_a_square_and_the_flag_beside_it_is_background() {
        let img = image::load_from_memory(include_bytes!("../../tests/fixtures/idphoto/astronaut.png"))
            .unwrap()
            .to_rgb8();
        // A square around her head that runs past the photo's left edge (the edge is repeated).
        let matte = matte_square(&img, (-40.0, 0.0), 420.0).unwrap();
        assert_eq!((matte.width, matte.height), (MATTE_SIZE, MATTE_SIZE));
        // Photo positions: her cheek and hair are person; the flag at the top left and the grey
        // wall beside her head are not.
        for (x, y) in [(226.0, 130.0), (230.0, 50.0)] {
            assert!(matte.at(x, y) > 0.9, "person at ({x}, {y}): {}", matte.at(x, y));
        }
        for (x, y) in [(20.0, 20.0), (60.0, 150.0), (330.0, 60.0)] {
            assert!(matte.at(x, y) < 0.1, "background at ({x}, {y}): {}", matte.at(x, y));
        }
        assert!(matte.covers(0.0, 0.0) && !matte.covers(400.0, 430.0));
    }
}
