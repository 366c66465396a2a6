//! A video's first and last frames, made ready to leave: each is minimized as a reference is
//! (metadata stripped, downscaled, re-encoded as JPEG or PNG) and then held to its provider's
//! documented frame limits (`video/models.toml`). A frame that cannot meet them is refused
//! before anything leaves, with a sentence that says why and what to do.

use crate::api::generate::{gone, minimize_one, RefMinimize};
use crate::api::objects::Vault;
use crate::egress::minimize::MinimizedImage;
use crate::providers::video::catalog::frame_limits;
use crate::providers::ProviderId;
use crate::vault::ObjectId;
use crate::{AppCore, Error};

/// Which frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The video starts from it.
    First,
    /// The video ends on it.
    Last,
}

impl Role {
    fn words(self) -> &'static str {
        match self {
            Role::First => "the first frame",
            Role::Last => "the last frame",
        }
    }
}

/// The frames as they will be sent.
#[derive(Default)]
pub struct Frames {
    /// The first frame.
    pub first: Option<MinimizedImage>,
    /// The last frame.
    pub last: Option<MinimizedImage>,
}

impl Frames {
    /// The frames in order (first, then last), as a preview holds them.
    pub fn into_images(self) -> Vec<MinimizedImage> {
        self.first.into_iter().chain(self.last).collect()
    }

    /// Frames held in order by [`Frames::into_images`] (a last frame always has a first).
    pub fn from_images(images: Vec<MinimizedImage>) -> Frames {
        let mut images = images.into_iter();
        Frames { first: images.next(), last: images.next() }
    }
}

/// Minimize the frames `first` and `last` (vault objects) for `provider` and check them.
pub fn prepare(
    core: &AppCore,
    vault: &Vault,
    provider: ProviderId,
    first: Option<ObjectId>,
    last: Option<ObjectId>,
) -> Result<Frames, Error> {
    let now = core.clock().now();
    let one = |id: Option<ObjectId>, role: Role| -> Result<Option<MinimizedImage>, Error> {
        let Some(id) = id else { return Ok(None) };
        let (_, plain) = vault.store().read(id, now).map_err(|_| gone(id))?;
        let (frame, _) = minimize_one(&plain, &id.to_string(), provider, &RefMinimize::default())?;
        check(&frame, provider, role)?;
        Ok(Some(frame))
    };
    Ok(Frames { first: one(first, Role::First)?, last: one(last, Role::Last)? })
}

/// Refuse a minimized frame `provider` would refuse.
pub fn check(frame: &MinimizedImage, provider: ProviderId, role: Role) -> Result<(), Error> {
    let Some(limits) = frame_limits(provider) else {
        return Err(Error::InvalidInput(format!("{} takes no frames", provider.display_name())));
    };
    let refuse = |why: String| {
        Err(Error::InvalidInput(format!(
            "{} cannot be sent to {}: {why}",
            role.words(),
            provider.display_name()
        )))
    };
    let (w, h) = (frame.width(), frame.height());
    if w.min(h) < limits.min_side {
        return refuse(format!(
            "it is {w}x{h} px and {} needs at least {} px on each side; use a larger image",
            provider.display_name(),
            limits.min_side
        ));
    }
    let aspect = f64::from(w) / f64::from(h);
    if aspect < limits.min_aspect || aspect > limits.max_aspect {
        return refuse(format!(
            "its shape is {}, and frames must be between {} and {} (width:height); crop it first",
            ratio(aspect),
            ratio(limits.min_aspect),
            ratio(limits.max_aspect)
        ));
    }
    if !limits.formats.iter().any(|f| f == frame.mime()) {
        return refuse(format!("{} takes {} only", provider.display_name(), limits.formats.join(", ")));
    }
    if frame.bytes().len() > limits.max_bytes as usize {
        return refuse(format!("it is over {} MB even after downscaling", limits.max_bytes / 1_000_000));
    }
    Ok(())
}

/// `2.5` as `2.5:1`, `0.4` as `1:2.5`.
fn ratio(aspect: f64) -> String {
    let short = |v: f64| format!("{:.2}", v).trim_end_matches('0').trim_end_matches('.').to_string();
    if aspect >= 1.0 {
        format!("{}:1", short(aspect))
    } else {
        format!("1:{}", short(1.0 / aspect))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(w: u32, h: u32) -> MinimizedImage {
        let image =
            image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(w, h, image::Rgb([120, 90, 60])));
        let mut png = Vec::new();
        image.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png).unwrap();
        crate::egress::minimize::minimize(&png, ProviderId::Kling.reference_limits()).unwrap()
    }

    #[test]
    fn frames_outside_the_documented_limits_are_refused_with_a_reason() {
        assert!(check(&frame(640, 360), ProviderId::Kling, Role::First).is_ok());
        let small = check(&frame(640, 200), ProviderId::Kling, Role::First).unwrap_err().to_string();
        assert!(small.contains("640x200 px") && small.contains("at least 300 px"), "{small}");
        let wide = check(&frame(1600, 400), ProviderId::Kling, Role::Last).unwrap_err().to_string();
        assert!(wide.contains("the last frame") && wide.contains("4:1") && wide.contains("2.5:1"), "{wide}");
        let tall = check(&frame(320, 900), ProviderId::Seedance, Role::First).unwrap_err().to_string();
        assert!(tall.contains("1:2.81") && tall.contains("1:2.5"), "{tall}");
    }
}
