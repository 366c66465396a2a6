//! Metadata never survives: inputs carry every kind we know of, the output bytes are searched
//! for each marker.

use super::*;

const LIMITS: Limits = Limits { longest_side: DEFAULT_LONGEST_SIDE, max_bytes: 7 * 1024 * 1024 };
const SECRETS: [&[u8]; 6] = [
    b"GPSLatitude-48.8584",
    b"SECRET-CAMERA-SERIAL",
    b"xmp-secret-creator",
    b"iptc-secret-byline",
    b"icc-secret-profile-name",
    b"jpeg comment secret",
];

fn photo(w: u32, h: u32) -> DynamicImage {
    DynamicImage::ImageRgb8(image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x % 251) as u8, (y % 241) as u8, ((x + y) % 239) as u8])
    }))
}

fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .encode_image(&photo(w, h).to_rgb8())
        .unwrap();
    out
}

fn segment(marker: u8, body: &[u8]) -> Vec<u8> {
    let mut s = vec![0xff, marker];
    s.extend_from_slice(&u16::try_from(body.len() + 2).unwrap().to_be_bytes());
    s.extend_from_slice(body);
    s
}

/// A JPEG with EXIF (orientation 6 = rotate 90°, GPS and maker-note-like text, an embedded
/// thumbnail), XMP, IPTC, an ICC profile and a comment, all spliced in after SOI.
fn jpeg_with_everything() -> Vec<u8> {
    let base = jpeg(300, 200);
    let thumb = jpeg(16, 16);
    // A little-endian TIFF header with one IFD entry: Orientation (0x0112) = 6.
    let mut exif = b"Exif\0\0II*\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0\x06\0\0\0\0\0\0\0".to_vec();
    exif.extend_from_slice(SECRETS[0]);
    exif.extend_from_slice(SECRETS[1]);
    exif.extend_from_slice(&thumb);
    let mut xmp = b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>".to_vec();
    xmp.extend_from_slice(SECRETS[2]);
    let mut iptc = b"Photoshop 3.0\08BIM\x04\x04\0\0\0\0\0\x20\x1c\x02\x50\0\x12".to_vec();
    iptc.extend_from_slice(SECRETS[3]);
    let mut icc = b"ICC_PROFILE\0\x01\x01".to_vec();
    icc.extend_from_slice(SECRETS[4]);
    let mut out = base[..2].to_vec();
    for seg in [
        segment(0xe1, &exif),
        segment(0xe1, &xmp),
        segment(0xed, &iptc),
        segment(0xe2, &icc),
        segment(0xfe, SECRETS[5]),
    ] {
        out.extend(seg);
    }
    out.extend_from_slice(&base[2..]);
    out
}

fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut c = u32::try_from(data.len()).unwrap().to_be_bytes().to_vec();
    c.extend_from_slice(kind);
    c.extend_from_slice(data);
    let mut crc_input = kind.to_vec();
    crc_input.extend_from_slice(data);
    c.extend_from_slice(&crc32(&crc_input).to_be_bytes());
    c
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xedb8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A PNG with tEXt, iTXt and eXIf chunks inserted after IHDR.
fn png_with_text() -> Vec<u8> {
    let mut base = Vec::new();
    photo(120, 90).write_to(&mut std::io::Cursor::new(&mut base), image::ImageFormat::Png).unwrap();
    let ihdr_end = 8 + 25;
    let mut out = base[..ihdr_end].to_vec();
    let mut text = b"Comment\0".to_vec();
    text.extend_from_slice(SECRETS[5]);
    out.extend(png_chunk(b"tEXt", &text));
    let mut itxt = b"XML:com.adobe.xmp\0\0\0\0\0".to_vec();
    itxt.extend_from_slice(SECRETS[2]);
    out.extend(png_chunk(b"iTXt", &itxt));
    let mut exif = b"II*\0\x08\0\0\0\0\0".to_vec();
    exif.extend_from_slice(SECRETS[0]);
    out.extend(png_chunk(b"eXIf", &exif));
    out.extend_from_slice(&base[ihdr_end..]);
    out
}

fn assert_clean(out: &MinimizedImage) {
    let bytes = out.bytes();
    for secret in SECRETS {
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret),
            "{:?} survived",
            String::from_utf8_lossy(secret)
        );
    }
    for marker in [
        &b"Exif\0\0"[..],
        b"http://ns.adobe.com",
        b"ICC_PROFILE",
        b"Photoshop 3.0",
        b"tEXt",
        b"iTXt",
        b"eXIf",
        b"zTXt",
    ] {
        assert!(
            !bytes.windows(marker.len()).any(|w| w == marker),
            "{:?} present",
            String::from_utf8_lossy(marker)
        );
    }
    // JPEG: exactly one image (no embedded thumbnail), no comment segment.
    if out.mime() == "image/jpeg" {
        assert_eq!(bytes.windows(2).filter(|w| *w == [0xff, 0xd8]).count(), 1, "one SOI only");
        assert!(!bytes.windows(2).any(|w| w == [0xff, 0xfe]), "no COM segment");
    }
}

#[test]
fn a_jpeg_with_every_kind_of_metadata_leaves_with_none_and_upright() {
    let input = jpeg_with_everything();
    assert!(input.windows(SECRETS[0].len()).any(|w| w == SECRETS[0]), "the fixture carries its metadata");
    let out = minimize(&input, LIMITS).unwrap();
    assert_clean(&out);
    assert_eq!(out.mime(), "image/jpeg");
    assert_eq!((out.width(), out.height()), (200, 300), "EXIF orientation applied to the pixels");
    let (_, decoded) = import::decode(out.bytes()).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (200, 300));
}

#[test]
fn a_png_with_text_chunks_leaves_with_none() {
    let input = png_with_text();
    import::decode(&input).unwrap();
    let out = minimize(&input, LIMITS).unwrap();
    assert_clean(&out);
}

#[test]
fn a_webp_is_re_encoded_from_pixels() {
    let mut webp = Vec::new();
    photo(64, 64).write_to(&mut std::io::Cursor::new(&mut webp), image::ImageFormat::WebP).unwrap();
    let out = minimize(&webp, LIMITS).unwrap();
    assert_eq!(out.mime(), "image/jpeg");
    assert_clean(&out);
}

#[test]
fn heic_is_named_as_unsupported() {
    let heic = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".to_vec();
    let err = minimize(&heic, LIMITS).unwrap_err();
    assert_eq!(err.to_string(), "unsupported format (HEIC): use JPEG, PNG, WebP, GIF, TIFF or BMP");
}

#[test]
fn transparency_keeps_png_and_opaque_images_become_jpeg() {
    let mut rgba = image::RgbaImage::from_pixel(50, 40, image::Rgba([10, 20, 30, 255]));
    rgba.put_pixel(3, 3, image::Rgba([0, 0, 0, 0]));
    let mut png = Vec::new();
    DynamicImage::ImageRgba8(rgba)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    assert_eq!(minimize(&png, LIMITS).unwrap().mime(), "image/png");
    let mut opaque = Vec::new();
    photo(50, 40)
        .to_rgba8()
        .write_to(&mut std::io::Cursor::new(&mut opaque), image::ImageFormat::Png)
        .unwrap();
    assert_eq!(minimize(&opaque, LIMITS).unwrap().mime(), "image/jpeg");
}

#[test]
fn large_images_are_scaled_to_the_longest_side_and_byte_limit() {
    let big = jpeg(3000, 1500);
    let out = minimize(&big, LIMITS).unwrap();
    assert_eq!((out.width(), out.height()), (2048, 1024));
    let tight = minimize(&big, Limits { longest_side: 1024, max_bytes: 60_000 }).unwrap();
    assert!(tight.width() <= 1024 && tight.bytes().len() <= 60_000, "{tight:?}");
    let a = minimize(&big, LIMITS).unwrap();
    assert_ne!(a.name(), out.name(), "names are random");
    assert!(a.name().ends_with(".jpg") && a.name().len() == 36);
    assert_eq!(a.sha256_hex(), hex::encode(sha2::Sha256::digest(a.bytes())));
}
