//! Removing embedded metadata from an exported image without touching its pixels: EXIF, XMP,
//! IPTC, comments and C2PA provenance manifests go; what rendering needs (colour profile,
//! transparency, gamma, animation) stays. Outputs keep the provider's provenance in the vault;
//! stripping is the user's choice at export time. Invisible watermarks in the pixels (SynthID)
//! cannot be removed this way and are not meant to be.

/// `bytes` without metadata, or `None` when the format is not one of JPEG, PNG or WebP (the
/// caller then decides; providers answer in those three).
pub fn strip(bytes: &[u8]) -> Option<Vec<u8>> {
    if bytes.starts_with(&[0xFF, 0xD8]) {
        jpeg(bytes)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        png(bytes)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        webp(bytes)
    } else {
        None
    }
}

/// JPEG: keep JFIF (APP0), the ICC profile (APP2 `ICC_PROFILE`) and Adobe (APP14); drop every
/// other application segment (EXIF/XMP in APP1, IPTC in APP13, C2PA/JUMBF in APP11, ...) and
/// comments. Everything from the start of scan on is copied as it is.
fn jpeg(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = bytes[..2].to_vec();
    let mut at = 2;
    loop {
        if bytes.get(at) != Some(&0xFF) {
            return None;
        }
        let marker = *bytes.get(at + 1)?;
        if marker == 0xFF {
            at += 1; // fill byte
            continue;
        }
        if marker == 0xDA || marker == 0xD9 {
            out.extend_from_slice(&bytes[at..]);
            return Some(out);
        }
        let len = usize::from(u16::from_be_bytes([*bytes.get(at + 2)?, *bytes.get(at + 3)?]));
        let end = at + 2 + len;
        let segment = bytes.get(at..end)?;
        let keep = match marker {
            0xE0 | 0xEE => true,
            0xE2 => segment.get(4..16) == Some(b"ICC_PROFILE\0"),
            0xE1 | 0xE3..=0xED | 0xEF | 0xFE => false,
            _ => true, // tables, frame headers, restart intervals
        };
        if keep {
            out.extend_from_slice(segment);
        }
        at = end;
    }
}

/// PNG: keep critical chunks and those that change how pixels render; drop text, EXIF, time
/// stamps, C2PA (`caBX`) and any private chunk.
fn png(bytes: &[u8]) -> Option<Vec<u8>> {
    const RENDERING: [&[u8; 4]; 12] = [
        b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"sBIT", b"bKGD", b"pHYs", b"acTL", b"fcTL", b"fdAT",
        b"cICP",
    ];
    let mut out = bytes[..8].to_vec();
    let mut at = 8;
    while at < bytes.len() {
        let len = usize::try_from(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?)).ok()?;
        let kind: &[u8; 4] = bytes.get(at + 4..at + 8)?.try_into().ok()?;
        let end = at + 12 + len;
        let chunk = bytes.get(at..end)?;
        let critical = kind[0].is_ascii_uppercase();
        if critical || RENDERING.contains(&kind) {
            out.extend_from_slice(chunk);
        }
        at = end;
        if kind == b"IEND" {
            break;
        }
    }
    Some(out)
}

/// WebP: drop the `EXIF`, `XMP ` and `C2PA` chunks and clear their flags in `VP8X`.
fn webp(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    let mut at = 12;
    while at + 8 <= bytes.len() {
        let kind = bytes.get(at..at + 4)?;
        let len = usize::try_from(u32::from_le_bytes(bytes.get(at + 4..at + 8)?.try_into().ok()?)).ok()?;
        let end = at + 8 + len + (len & 1);
        let chunk = bytes.get(at..end.min(bytes.len()))?;
        match kind {
            b"EXIF" | b"XMP " | b"C2PA" => {}
            b"VP8X" => {
                let mut chunk = chunk.to_vec();
                if let Some(flags) = chunk.get_mut(8) {
                    *flags &= !(0x08 | 0x04); // EXIF and XMP present
                }
                body.extend_from_slice(&chunk);
            }
            _ => body.extend_from_slice(chunk),
        }
        at = end;
    }
    let mut out = b"RIFF".to_vec();
    out.extend_from_slice(&u32::try_from(body.len() + 4).ok()?.to_le_bytes());
    out.extend_from_slice(b"WEBP");
    out.extend_from_slice(&body);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::strip;

    const SECRETS: [&[u8]; 4] = [b"EXIF-SECRET", b"XMP-SECRET", b"c2pa-manifest-SECRET", b"COMMENT-SECRET"];

    fn pixels(bytes: &[u8]) -> Vec<u8> {
        image::load_from_memory(bytes).unwrap().to_rgba8().into_raw()
    }

    fn assert_clean(stripped: &[u8], original: &[u8]) {
        for secret in SECRETS {
            assert!(
                !stripped.windows(secret.len()).any(|w| w == secret),
                "{:?} survived",
                String::from_utf8_lossy(secret)
            );
        }
        assert_eq!(pixels(stripped), pixels(original), "pixels untouched");
    }

    fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
        let mut s = vec![0xFF, marker];
        s.extend_from_slice(&u16::try_from(payload.len() + 2).unwrap().to_be_bytes());
        s.extend_from_slice(payload);
        s
    }

    #[test]
    fn jpeg_loses_exif_xmp_c2pa_and_comments_but_keeps_its_colour_profile() {
        let mut plain = Vec::new();
        image::RgbImage::from_fn(40, 30, |x, y| image::Rgb([x as u8 * 6, y as u8 * 8, 100]))
            .write_to(&mut std::io::Cursor::new(&mut plain), image::ImageFormat::Jpeg)
            .unwrap();
        let mut tagged = plain[..2].to_vec();
        tagged.extend(segment(0xE1, b"Exif\0\0EXIF-SECRET"));
        tagged.extend(segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0XMP-SECRET"));
        tagged.extend(segment(0xEB, b"JP\0\x01c2pa-manifest-SECRET"));
        tagged.extend(segment(0xFE, b"COMMENT-SECRET"));
        tagged.extend(segment(0xE2, b"ICC_PROFILE\0\x01\x01profile-bytes"));
        tagged.extend_from_slice(&plain[2..]);
        let stripped = strip(&tagged).unwrap();
        assert_clean(&stripped, &tagged);
        assert!(stripped.windows(13).any(|w| w == b"profile-bytes"), "the ICC profile stays");
    }

    #[test]
    fn png_loses_text_exif_and_c2pa_but_keeps_transparency() {
        let mut plain = Vec::new();
        image::RgbaImage::from_pixel(8, 8, image::Rgba([1, 2, 3, 100]))
            .write_to(&mut std::io::Cursor::new(&mut plain), image::ImageFormat::Png)
            .unwrap();
        let chunk = |kind: &[u8; 4], data: &[u8]| {
            let mut c = u32::try_from(data.len()).unwrap().to_be_bytes().to_vec();
            c.extend_from_slice(kind);
            c.extend_from_slice(data);
            c.extend_from_slice(&[0, 0, 0, 0]); // CRC not checked by the stripper
            c
        };
        let ihdr_end = 8 + 25;
        let mut tagged = plain[..ihdr_end].to_vec();
        tagged.extend(chunk(b"tEXt", b"Comment\0COMMENT-SECRET"));
        tagged.extend(chunk(b"eXIf", b"MM\0*EXIF-SECRET"));
        tagged.extend(chunk(b"iTXt", b"XML:com.adobe.xmp\0\0\0\0\0XMP-SECRET"));
        tagged.extend(chunk(b"caBX", b"c2pa-manifest-SECRET"));
        tagged.extend_from_slice(&plain[ihdr_end..]);
        let stripped = strip(&tagged).unwrap();
        assert_eq!(stripped, plain, "exactly the original chunks remain");
        for secret in SECRETS {
            assert!(!stripped.windows(secret.len()).any(|w| w == secret));
        }
    }

    #[test]
    fn webp_loses_exif_and_xmp_chunks() {
        let mut plain = Vec::new();
        image::RgbaImage::from_pixel(8, 8, image::Rgba([9, 8, 7, 255]))
            .write_to(&mut std::io::Cursor::new(&mut plain), image::ImageFormat::WebP)
            .unwrap();
        let mut tagged = plain.clone();
        for (kind, data) in [(b"EXIF", &b"EXIF-SECRET!"[..]), (b"XMP ", &b"XMP-SECRET"[..])] {
            tagged.extend_from_slice(kind);
            tagged.extend_from_slice(&u32::try_from(data.len()).unwrap().to_le_bytes());
            tagged.extend_from_slice(data);
        }
        let size = u32::try_from(tagged.len() - 8).unwrap().to_le_bytes();
        tagged[4..8].copy_from_slice(&size);
        let stripped = strip(&tagged).unwrap();
        assert_eq!(stripped, plain);
        assert!(strip(b"GIF89a....").is_none());
    }
}
