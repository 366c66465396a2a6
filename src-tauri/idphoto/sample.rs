//! Pixel sampling shared by the stages: bilinear reads that treat outside the image as black
//! (or as "no person" for masks), and the extent of a set of points.

use image::RgbImage;

/// RGB at a fractional position (pixel centres at +0.5), black outside the image.
pub fn bilinear_rgb(img: &RgbImage, x: f32, y: f32) -> [f32; 3] {
    let (w, h) = (img.width() as i64, img.height() as i64);
    let (fx, fy) = (x - 0.5, y - 0.5);
    // Floor without a libm call in the hot loops: truncation after a shift that makes the value
    // positive (further out than the shift, both taps are outside and read black anyway).
    const SHIFT: f32 = 16384.0;
    let (x0, y0) = ((fx + SHIFT) as i64 - SHIFT as i64, (fy + SHIFT) as i64 - SHIFT as i64);
    let (tx, ty) = (fx - x0 as f32, fy - y0 as f32);
    let get = |xx: i64, yy: i64| -> [f32; 3] {
        if xx < 0 || yy < 0 || xx >= w || yy >= h {
            [0.0; 3]
        } else {
            let p = img.get_pixel(xx as u32, yy as u32).0;
            [f32::from(p[0]), f32::from(p[1]), f32::from(p[2])]
        }
    };
    let (a, b, c, d) = (get(x0, y0), get(x0 + 1, y0), get(x0, y0 + 1), get(x0 + 1, y0 + 1));
    let mut out = [0.0; 3];
    for i in 0..3 {
        let top = a[i] + (b[i] - a[i]) * tx;
        let bottom = c[i] + (d[i] - c[i]) * tx;
        out[i] = top + (bottom - top) * ty;
    }
    out
}

/// The smallest and largest of `values` (`(f32::MAX, f32::MIN)` when there are none).
pub fn span(values: impl Iterator<Item = f32>) -> (f32, f32) {
    values.fold((f32::MAX, f32::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)))
}

/// A value of a `w`×`h` row-major grid at a fractional position, clamped at the edges.
pub fn bilinear_grid(grid: &[f32], w: usize, h: usize, x: f32, y: f32) -> f32 {
    let fx = (x - 0.5).clamp(0.0, (w - 1) as f32);
    let fy = (y - 0.5).clamp(0.0, (h - 1) as f32);
    let (x0, y0) = (fx.floor() as usize, fy.floor() as usize);
    let (x1, y1) = ((x0 + 1).min(w - 1), (y0 + 1).min(h - 1));
    let (tx, ty) = (fx - x0 as f32, fy - y0 as f32);
    let top = grid[y0 * w + x0] + (grid[y0 * w + x1] - grid[y0 * w + x0]) * tx;
    let bottom = grid[y1 * w + x0] + (grid[y1 * w + x1] - grid[y1 * w + x0]) * tx;
    top + (bottom - top) * ty
}
