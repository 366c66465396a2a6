use image::{ImageEncoder, RgbImage};

use super::*;

fn encode(format: ImageFormat, w: u32, h: u32) -> Vec<u8> {
    let img = RgbImage::from_fn(w, h, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
    let mut out = Cursor::new(Vec::new());
    DynamicImage::ImageRgb8(img).write_to(&mut out, format).unwrap();
    out.into_inner()
}

#[test]
fn every_supported_format_is_measured_and_thumbnailed() {
    for (format, mime) in [
        (ImageFormat::Jpeg, "image/jpeg"),
        (ImageFormat::Png, "image/png"),
        (ImageFormat::WebP, "image/webp"),
        (ImageFormat::Gif, "image/gif"),
        (ImageFormat::Tiff, "image/tiff"),
        (ImageFormat::Bmp, "image/bmp"),
    ] {
        let p = prepare(&encode(format, 1200, 800)).unwrap();
        assert_eq!((p.mime, p.width, p.height), (mime, 1200, 800), "{format:?}");
        let thumb = image::load_from_memory(&p.thumbnail).unwrap();
        assert_eq!((thumb.width(), thumb.height()), (512, 341), "{format:?}");
        assert!(p.thumbnail.starts_with(&[0xff, 0xd8]), "JPEG thumbnail");
    }
}

#[test]
fn small_images_keep_their_size_in_the_thumbnail() {
    let p = prepare(&encode(ImageFormat::Png, 40, 30)).unwrap();
    let thumb = image::load_from_memory(&p.thumbnail).unwrap();
    assert_eq!((thumb.width(), thumb.height()), (40, 30));
}

/// A JPEG whose EXIF says "rotate 90°": people see it as portrait.
#[test]
fn exif_orientation_is_applied_to_dimensions_and_thumbnail() {
    let mut jpeg = Cursor::new(Vec::new());
    let img = RgbImage::from_pixel(60, 20, image::Rgb([200, 10, 10]));
    image::codecs::jpeg::JpegEncoder::new(&mut jpeg)
        .write_image(&img, 60, 20, image::ExtendedColorType::Rgb8)
        .unwrap();
    let plain = jpeg.into_inner();
    // APP1 Exif segment: big-endian TIFF, one IFD entry: Orientation (0x0112) = 6 (rotate 90° CW).
    let tiff: Vec<u8> = [
        &b"MM\x00\x2a\x00\x00\x00\x08"[..],
        &[0x00, 0x01],
        &[0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00],
        &[0x00, 0x00, 0x00, 0x00],
    ]
    .concat();
    let payload = [&b"Exif\x00\x00"[..], &tiff].concat();
    let len = (payload.len() + 2) as u16;
    let app1 = [&[0xff, 0xe1][..], &len.to_be_bytes(), &payload].concat();
    let rotated = [&plain[..2], &app1, &plain[2..]].concat();
    let p = prepare(&rotated).unwrap();
    assert_eq!((p.width, p.height), (20, 60));
}

#[test]
fn bombs_are_refused_from_the_header_alone() {
    // A valid PNG header claiming 20000 x 20000 pixels, with no pixel data behind it.
    let mut png = encode(ImageFormat::Png, 1, 1);
    png[16..20].copy_from_slice(&20000u32.to_be_bytes());
    png[20..24].copy_from_slice(&20000u32.to_be_bytes());
    // Fix the IHDR CRC so the header itself is valid.
    let crc = crc32(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    assert!(matches!(prepare(&png), Err(ImportError::TooLarge(m)) if m.contains("megapixel")));
}

#[test]
fn corrupt_truncated_and_unknown_files_get_clear_errors() {
    let jpeg = encode(ImageFormat::Jpeg, 300, 200);
    assert!(matches!(prepare(&jpeg[..jpeg.len() / 3]), Err(ImportError::Corrupt)));
    assert!(matches!(prepare(b"just some text, not an image"), Err(ImportError::Unsupported(None))));
    assert!(matches!(prepare(&[]), Err(ImportError::Unsupported(None))));
    let heic = [&[0, 0, 0, 24][..], b"ftypheic", &[0; 16]].concat();
    let err = prepare(&heic).unwrap_err();
    assert!(err.to_string().contains("HEIC"), "{err}");
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xedb8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

#[test]
fn deep_colour_within_the_pixel_limit_is_refused_by_its_decoded_size() {
    // A valid header: 10000 x 10000 (exactly the pixel limit), 16-bit RGBA: 800 MB decoded.
    let mut png = encode(ImageFormat::Png, 1, 1);
    png[16..20].copy_from_slice(&10000u32.to_be_bytes());
    png[20..24].copy_from_slice(&10000u32.to_be_bytes());
    png[24] = 16; // bit depth
    png[25] = 6; // RGBA
    let crc = crc32(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    let err = prepare(&png).unwrap_err();
    assert!(matches!(&err, ImportError::TooLarge(m) if m.contains("800 MB")), "{err}");
}

#[test]
fn a_panicking_decoder_is_reported_as_damage_not_a_crash() {
    // As the `tiff` decoder did on tiled planar files: `assertion failed: buf.len() >= ...`.
    let result: Result<(), ImportError> =
        contained(|| panic!("assertion failed: buf.len() >= layout.row_stride"));
    assert!(matches!(result, Err(ImportError::Corrupt)));
    // A truncated TIFF goes through the real decoder and comes back as an error too.
    assert!(super::decode(b"II*\0\x08\0\0\0").is_err());
}

/// Every file of a public image library's test corpus (CI downloads Pillow's source package
/// and points `SEED_STUDIO_IMAGE_CORPUS` at its `Tests/images`: odd, broken and hostile images
/// in every format) is decoded or refused with an error; no decoder panic escapes `decode`.
#[test]
#[ignore = "needs SEED_STUDIO_IMAGE_CORPUS; `.ci/run` provides it"]
fn a_public_corpus_of_odd_images_never_crashes_the_app() {
    let dir =
        std::env::var_os("SEED_STUDIO_IMAGE_CORPUS").expect("SEED_STUDIO_IMAGE_CORPUS: a folder of images");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    let (mut decoded, mut refused) = (0, 0);
    let mut slowest = (std::time::Duration::ZERO, String::new());
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(path).unwrap();
        let started = std::time::Instant::now();
        let outcome = std::panic::catch_unwind(|| prepare(&bytes));
        assert!(outcome.is_ok(), "{name}: a decoder panic escaped the decode boundary");
        match outcome.unwrap() {
            Ok(_) => decoded += 1,
            Err(_) => refused += 1,
        }
        if started.elapsed() > slowest.0 {
            slowest = (started.elapsed(), name);
        }
    }
    eprintln!("{decoded} decoded, {refused} refused, slowest {:?} ({})", slowest.0, slowest.1);
    assert!(files.len() >= 300, "the corpus has {} files", files.len());
    // The files that once killed the process are part of it.
    assert!(files.iter().any(|p| p.ends_with("tiff_tiled_planar_16bit_RGB.tiff")));
}
