//! Turning a user's image file into what the vault stores: checks (format, size, pixel count —
//! before any full decode, against decompression bombs), the dimensions people see (EXIF
//! orientation applied) and a JPEG thumbnail. Everything happens in memory; nothing decoded is
//! written anywhere. The original bytes are stored as they are (the egress minimizer, not the
//! vault, strips metadata).

mod colour;
pub mod resize;
pub mod watch;

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use zeroize::Zeroizing;

use crate::codes::{Code, HasCode};

/// Largest file accepted.
pub const MAX_FILE_BYTES: usize = 256 * 1024 * 1024;
/// Largest image accepted, in pixels (about 100 megapixels).
pub const MAX_PIXELS: u64 = 100_000_000;
/// Longest side of a thumbnail.
pub const THUMBNAIL_SIDE: u32 = 512;
// Decoders may not allocate more than this for one image (4 bytes x MAX_PIXELS, plus slack).
const MAX_DECODE_ALLOC: u64 = 512 * 1024 * 1024;
/// The decoded image itself may not be larger than 8-bit RGBA at the pixel limit.
const MAX_DECODED_BYTES: u64 = 4 * MAX_PIXELS;

/// Why a file cannot be imported. Messages never name the file or its path (callers add the
/// file name where the user needs it).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// A format we cannot decode.
    #[error("unsupported format{}: use JPEG, PNG, WebP, GIF, TIFF or BMP", .0.as_deref().map(|f| format!(" ({f})")).unwrap_or_default())]
    Unsupported(Option<String>),
    /// Over the byte or pixel limit.
    #[error("too large: {0}")]
    TooLarge(String),
    /// The format is known but the data is broken.
    #[error("the image is damaged and cannot be read")]
    Corrupt,
    /// The file could not be read.
    #[error("the file cannot be read: {0}")]
    Io(std::io::ErrorKind),
}

impl HasCode for ImportError {
    fn code(&self) -> Code {
        match self {
            ImportError::Io(_) => Code::DataDir,
            _ => Code::InvalidInput,
        }
    }
}

/// What the vault needs to store an imported image.
pub struct Prepared {
    /// The media type of the original bytes.
    pub mime: &'static str,
    /// Width as displayed (after EXIF orientation).
    pub width: u32,
    /// Height as displayed.
    pub height: u32,
    /// A JPEG thumbnail, longest side at most [`THUMBNAIL_SIDE`].
    pub thumbnail: Zeroizing<Vec<u8>>,
}

impl std::fmt::Debug for Prepared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Prepared({} {}x{}, thumbnail {} bytes)",
            self.mime,
            self.width,
            self.height,
            self.thumbnail.len()
        )
    }
}

/// Refuse files over [`MAX_FILE_BYTES`] (callers check a file's metadata before reading it).
pub fn check_size(len: u64) -> Result<(), ImportError> {
    if len > MAX_FILE_BYTES as u64 {
        return Err(ImportError::TooLarge(format!(
            "files over {} MiB are not accepted",
            MAX_FILE_BYTES >> 20
        )));
    }
    Ok(())
}

/// The bytes of the image file at `path`: refused before anything is read when it is not a
/// file or is over [`MAX_FILE_BYTES`]. Held in zeroized memory (it is the user's photo).
pub fn read_file(path: &std::path::Path) -> Result<Zeroizing<Vec<u8>>, ImportError> {
    let meta = std::fs::metadata(path).map_err(|e| ImportError::Io(e.kind()))?;
    if !meta.is_file() {
        return Err(ImportError::Io(std::io::ErrorKind::InvalidInput));
    }
    check_size(meta.len())?;
    Ok(Zeroizing::new(std::fs::read(path).map_err(|e| ImportError::Io(e.kind()))?))
}

/// The name a file is shown and stored under: its last path component, never its path.
pub fn display_name(path: &std::path::Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Check, measure and thumbnail an image held in memory.
pub fn prepare(bytes: &[u8]) -> Result<Prepared, ImportError> {
    let (mime, image) = decode(bytes)?;
    let (width, height) = (image.width(), image.height());
    let thumbnail = thumbnail_jpeg(&image)?;
    Ok(Prepared { mime, width, height, thumbnail })
}

/// Decode an image held in memory, as displayed (EXIF orientation applied), after the size,
/// format, completeness and pixel-count checks. The one decoder of the app: imports, the
/// egress minimizer and provider outputs all come through here.
pub fn decode(bytes: &[u8]) -> Result<(&'static str, DynamicImage), ImportError> {
    // The decoders are third-party code fed hostile input: a panic inside one (the `tiff`
    // crate has asserted on tiled planar files) is a damaged image, never a dead process.
    contained(|| decode_checked(bytes))
}

/// Run decoder code; a panic in it becomes [`ImportError::Corrupt`].
fn contained<T>(decode: impl FnOnce() -> Result<T, ImportError>) -> Result<T, ImportError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(decode)).unwrap_or_else(|_| {
        tracing::warn!("an image decoder panicked; the file is reported as damaged");
        Err(ImportError::Corrupt)
    })
}

fn decode_checked(bytes: &[u8]) -> Result<(&'static str, DynamicImage), ImportError> {
    check_size(bytes.len() as u64)?;
    if let Some(name) = known_unsupported(bytes) {
        return Err(ImportError::Unsupported(Some(name.into())));
    }
    let format = image::guess_format(bytes).map_err(|_| ImportError::Unsupported(None))?;
    let mime = match format {
        ImageFormat::Jpeg => "image/jpeg",
        ImageFormat::Png => "image/png",
        ImageFormat::WebP => "image/webp",
        ImageFormat::Gif => "image/gif",
        ImageFormat::Tiff => "image/tiff",
        ImageFormat::Bmp => "image/bmp",
        other => return Err(ImportError::Unsupported(Some(format!("{other:?}")))),
    };
    if format == ImageFormat::Jpeg && !jpeg_is_complete(bytes) {
        // The decoder would fill the missing part with grey; a cut-off photo is damage to report.
        return Err(ImportError::Corrupt);
    }
    let reader = || {
        let mut r = ImageReader::with_format(Cursor::new(bytes), format);
        let mut limits = Limits::default();
        limits.max_alloc = Some(MAX_DECODE_ALLOC);
        r.limits(limits);
        r
    };
    // Header only: refuse bombs before decoding a single pixel.
    let (w, h) = reader().into_dimensions().map_err(|_| ImportError::Corrupt)?;
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(ImportError::TooLarge(format!(
            "{w}x{h} pixels is over the {} megapixel limit",
            MAX_PIXELS / 1_000_000
        )));
    }
    let mut decoder = reader().into_decoder().map_err(|_| ImportError::Corrupt)?;
    // Pixels alone can pass while their depth does not: a 16-bit RGBA 10 000 x 10 000 PNG
    // is under 1 MB on disk and 800 MB decoded.
    if decoder.total_bytes() > MAX_DECODED_BYTES {
        return Err(ImportError::TooLarge(format!(
            "{w}x{h} pixels at this colour depth need {} MB to decode; the limit is {} MB",
            decoder.total_bytes() / 1_000_000,
            MAX_DECODED_BYTES / 1_000_000
        )));
    }
    let orientation = decoder.orientation().map_err(|_| ImportError::Corrupt)?;
    // A damaged profile is no reason to refuse the photo: it is then treated as sRGB.
    let icc = decoder.icc_profile().ok().flatten();
    let mut image = DynamicImage::from_decoder(decoder).map_err(|_| ImportError::Corrupt)?;
    if let Some(icc) = icc {
        colour::to_srgb(&mut image, &icc);
    }
    image.apply_orientation(orientation);
    Ok((mime, image))
}

fn thumbnail_jpeg(image: &DynamicImage) -> Result<Zeroizing<Vec<u8>>, ImportError> {
    let rgb = resize::fit(image, THUMBNAIL_SIDE, resize::Filter::Bilinear).to_rgb8();
    let mut out = Zeroizing::new(Vec::new());
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut *out, 82)
        .encode_image(&rgb)
        .map_err(|_| ImportError::Corrupt)?;
    Ok(out)
}

/// Whether the main image's scan ends with an EOI marker. Marker segments are skipped by their
/// lengths up to the first scan, because an EXIF thumbnail inside APP1 has markers of its own;
/// inside entropy-coded data 0xFF is always stuffed, so `FF D9` there is the real end.
fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let mut at = 2;
    loop {
        let (Some(&0xff), Some(&marker)) = (bytes.get(at), bytes.get(at + 1)) else { return false };
        if marker == 0xff {
            at += 1; // fill byte
            continue;
        }
        if marker == 0xda {
            break;
        }
        let Some(len) = bytes.get(at + 2..at + 4).map(|l| usize::from(u16::from_be_bytes([l[0], l[1]])))
        else {
            return false;
        };
        at += 2 + len;
    }
    bytes[at..].windows(2).any(|w| w == [0xff, 0xd9])
}

/// Formats people often have that this build cannot decode, named so the message helps.
fn known_unsupported(bytes: &[u8]) -> Option<&'static str> {
    let brand = bytes.get(4..12)?;
    if &brand[..4] != b"ftyp" {
        return None;
    }
    match &brand[4..8] {
        b"heic" | b"heix" | b"hevc" | b"heim" | b"heis" | b"mif1" | b"msf1" => Some("HEIC"),
        b"avif" | b"avis" => Some("AVIF"),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
