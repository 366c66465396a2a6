//! ID and passport photos, made entirely on this device: find exactly one face, measure it
//! (landmarks: chin, eyes, roll, yaw, eyes open, mouth closed), separate the person from the
//! background, crop and scale to an official spec, fill the background, check compliance, and
//! write the photo, a print sheet and a size-limited digital file. Models are embedded in the
//! binary; nothing here opens a network connection.

mod bilinear_op;
pub mod checks;
pub mod compose;
pub mod detect;
pub mod landmarks;
pub mod matting;
pub mod models;
pub mod output;
pub mod retouch;
mod sample;
pub mod segment;
pub mod spec;

/// Why a photo could not be made.
#[derive(Debug, thiserror::Error)]
pub enum IdPhotoError {
    /// No face in the photo.
    #[error("no face was found in the photo; use a photo that shows your face from the front")]
    NoFace,
    /// A face far too small for an ID photo (a person far from the camera); its width in the
    /// photo's pixels.
    #[error("the face is too small in this photo (about {0} px wide); take the photo closer, or crop it to the head and shoulders")]
    FaceTooSmall(u32),
    /// More than one face.
    #[error("{0} faces were found (counting every face at least half as wide as the largest); an ID photo must show exactly one person")]
    MultipleFaces(usize),
    /// The face touches the border.
    #[error("the face is cut off by the edge of the photo; use a photo with space around the head")]
    FaceCutOff,
    /// The hair runs into the top edge of the photo: the head is cut off above, for every spec
    /// (one measured to the skull would still print a head with a flat top).
    #[error("the hair is cut off by the top of the photo; use a photo with space above the head")]
    HairCutOff,
    /// A model failed to load or run.
    #[error("the {0} model failed ({1})")]
    Model(&'static str, String),
}
