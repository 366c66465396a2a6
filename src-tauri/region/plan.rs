//! Which part of the photo leaves: the painted box, a margin of context around it (a share of
//! the box on each side), grown to the width:height the provider will make — so its answer
//! fits back without distortion. Where the photo ends first, the part reaches past its edge
//! and that strip is sent as flat grey (and never composited back).

use super::{Mask, RegionError};

/// The default margin: a quarter of the painted box on each side.
pub const DEFAULT_MARGIN: u32 = 25;
/// The largest margin accepted, in percent of the box.
pub const MAX_MARGIN: u32 = 200;

/// A rectangle in image pixels; it may reach past the image's edges (negative `x`, `y`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rect {
    /// Left.
    pub x: i64,
    /// Top.
    pub y: i64,
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
}

impl Rect {
    /// The part of it inside a `w`×`h` image.
    pub fn within(self, w: u32, h: u32) -> Rect {
        let x0 = self.x.clamp(0, i64::from(w));
        let y0 = self.y.clamp(0, i64::from(h));
        let x1 = (self.x + i64::from(self.width)).clamp(0, i64::from(w));
        let y1 = (self.y + i64::from(self.height)).clamp(0, i64::from(h));
        Rect { x: x0, y: y0, width: (x1 - x0) as u32, height: (y1 - y0) as u32 }
    }

    fn area(self) -> u64 {
        u64::from(self.width) * u64::from(self.height)
    }
}

/// What leaves for one region edit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plan {
    /// The image's size.
    pub image: (u32, u32),
    /// The painted box.
    pub painted: Rect,
    /// The part sent, in image pixels (possibly reaching past the edges).
    pub crop: Rect,
    /// How far outside the mask the answer fades into the original, in image pixels.
    pub feather: u32,
}

impl Plan {
    /// The share of the photo's pixels that leaves (0 to 1).
    pub fn fraction(&self) -> f64 {
        let (w, h) = self.image;
        self.crop.within(w, h).area() as f64 / (f64::from(w) * f64::from(h))
    }
}

/// Plan the part of `mask`'s image to send: the painted box with `margin` percent of its size
/// on each side — or, with `whole`, the whole image — grown to `ratio(width, height)`, the
/// width:height the provider makes for a part of that size.
pub fn plan(
    mask: &Mask,
    margin: u32,
    whole: bool,
    ratio: impl Fn(u32, u32) -> f64,
) -> Result<Plan, RegionError> {
    if margin > MAX_MARGIN {
        return Err(RegionError::Margin);
    }
    if !whole && mask.covers_image() {
        return Err(RegionError::CoversImage);
    }
    let (w, h) = mask.dimensions();
    let painted = mask.bounds();
    let share = |side: u32| (u64::from(side) * u64::from(margin)).div_ceil(100) as i64;
    let (mx, my) = (share(painted.width), share(painted.height));
    let base = if whole {
        Rect { x: 0, y: 0, width: w, height: h }
    } else {
        Rect {
            x: painted.x - mx,
            y: painted.y - my,
            width: painted.width + 2 * mx as u32,
            height: painted.height + 2 * my as u32,
        }
        .within(w, h)
    };
    let crop = grow(base, ratio(base.width, base.height), w, h);
    // A soft edge of about 2 % of the painted box, inside the margin so it never reaches past it.
    let soft = ((f64::from(painted.width.max(painted.height)) * 0.02).round() as u32).max(1);
    let feather = if whole { soft } else { soft.min(mx.min(my) as u32) };
    Ok(Plan { image: (w, h), painted, crop, feather })
}

/// `rect` widened or heightened to `ratio`, kept inside `w`×`h` while it fits, centred past
/// the edges when it does not; it always holds `rect`.
fn grow(rect: Rect, ratio: f64, w: u32, h: u32) -> Rect {
    let current = f64::from(rect.width) / f64::from(rect.height);
    let (mut width, mut height) = (rect.width, rect.height);
    if current < ratio {
        width = ((f64::from(rect.height) * ratio).round() as u32).max(rect.width);
    } else if current > ratio {
        height = ((f64::from(rect.width) / ratio).round() as u32).max(rect.height);
    }
    Rect { x: place(rect.x, rect.width, width, w), y: place(rect.y, rect.height, height, h), width, height }
}

/// Where a span of `old` starting at `start` begins once grown to `new` within `0..limit`.
fn place(start: i64, old: u32, new: u32, limit: u32) -> i64 {
    let (old, new, limit) = (i64::from(old), i64::from(new), i64::from(limit));
    if new > limit {
        return -(new - limit) / 2;
    }
    (start - (new - old) / 2).clamp(0, limit - new)
}
