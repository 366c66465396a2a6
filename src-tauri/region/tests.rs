use image::{DynamicImage, GenericImageView, GrayImage, Luma, Rgb, RgbImage};

use super::*;

/// A photo-like image: every pixel different, so a copied pixel is told from a blended one.
fn photo(w: u32, h: u32) -> DynamicImage {
    DynamicImage::ImageRgb8(RgbImage::from_fn(w, h, |x, y| {
        Rgb([(x * 7 % 251) as u8, (y * 11 % 241) as u8, ((x + y) * 13 % 239) as u8])
    }))
}

/// A mask of `w`×`h` painted over `rect` (as a PNG, the way a user gives one).
fn mask_png(w: u32, h: u32, rect: (u32, u32, u32, u32)) -> Vec<u8> {
    let (rx, ry, rw, rh) = rect;
    let grey = GrayImage::from_fn(w, h, |x, y| {
        Luma([if x >= rx && x < rx + rw && y >= ry && y < ry + rh { 255 } else { 0 }])
    });
    let mut out = Vec::new();
    grey.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png).unwrap();
    out
}

fn square(_: u32, _: u32) -> f64 {
    1.0
}

#[test]
fn the_part_sent_is_the_box_with_its_margin_grown_to_the_providers_shape() {
    let mask = Mask::load(&mask_png(1000, 800, (400, 300, 100, 50)), 1000, 800).unwrap();
    assert_eq!(mask.bounds(), Rect { x: 400, y: 300, width: 100, height: 50 });
    // 25 %: 25 px left and right, 13 (rounded up) above and below: 150x76, then square.
    let p = plan(&mask, 25, false, square).unwrap();
    assert_eq!(p.crop.width, 150);
    assert_eq!(p.crop.height, 150);
    assert!(p.crop.x <= 375 && p.crop.y <= 287 && p.crop.x + 150 >= 525 && p.crop.y + 150 >= 363);
    assert!((p.fraction() - 150.0 * 150.0 / 800_000.0).abs() < 1e-9);
    // Without a margin the part is the box itself, and nothing fades outside it.
    let tight = plan(&mask, 0, false, |w, h| f64::from(w) / f64::from(h)).unwrap();
    assert_eq!(tight.crop, Rect { x: 400, y: 300, width: 100, height: 50 });
    assert_eq!(tight.feather, 0);
}

#[test]
fn a_part_wider_than_the_photo_reaches_past_its_edges() {
    // A tall strip painted in a wide photo, sent to a provider that makes 3:1 only.
    let mask = Mask::load(&mask_png(300, 200, (100, 0, 50, 200)), 300, 200).unwrap();
    let p = plan(&mask, 10, false, |_, _| 3.0).unwrap();
    assert_eq!((p.crop.width, p.crop.height), (600, 200));
    assert_eq!(p.crop.x, -150);
    assert!((p.fraction() - 1.0).abs() < 1e-9);
    let part = cut(&photo(300, 200), p.crop);
    assert_eq!(part.dimensions(), (600, 200));
    assert_eq!(part.to_rgb8().get_pixel(0, 0).0, [128, 128, 128], "padding is flat grey");
    assert_eq!(part.to_rgb8().get_pixel(150, 0), photo(300, 200).to_rgb8().get_pixel(0, 0));
}

#[test]
fn bad_masks_are_refused_with_what_is_wrong() {
    assert!(matches!(Mask::load(&mask_png(100, 100, (0, 0, 0, 0)), 100, 100), Err(RegionError::Empty)));
    assert!(matches!(
        Mask::load(&mask_png(100, 50, (0, 0, 10, 10)), 100, 100),
        Err(RegionError::Mismatch(100, 50, 100, 100))
    ));
    assert!(matches!(Mask::load(b"not an image", 100, 100), Err(RegionError::Unreadable(_))));
    let all = Mask::load(&mask_png(100, 100, (0, 0, 100, 100)), 100, 100).unwrap();
    assert!(matches!(plan(&all, 25, false, square), Err(RegionError::CoversImage)));
    let p = plan(&all, 25, true, square).unwrap();
    assert_eq!(p.crop, Rect { x: 0, y: 0, width: 100, height: 100 });
    assert!(matches!(plan(&all, 201, true, square), Err(RegionError::Margin)));
}

#[test]
fn a_smaller_mask_of_the_same_shape_is_scaled_to_the_image() {
    // The window paints at most 2048 px; the image is 4000x3000.
    let mask = Mask::load(&mask_png(2048, 1536, (1024, 768, 512, 384)), 4000, 3000).unwrap();
    assert_eq!(mask.dimensions(), (4000, 3000));
    let b = mask.bounds();
    assert!((b.x - 2000).abs() <= 2 && (b.y - 1500).abs() <= 2, "{b:?}");
    assert!((i64::from(b.width) - 1000).abs() <= 3 && (i64::from(b.height) - 750).abs() <= 3, "{b:?}");
}

#[test]
fn outside_the_mask_and_margin_every_pixel_is_the_original() {
    let original = photo(640, 480);
    let mask = Mask::load(&mask_png(640, 480, (200, 150, 120, 90)), 640, 480).unwrap();
    let p = plan(&mask, 25, false, |w, h| f64::from(w) / f64::from(h)).unwrap();
    // The provider answers at a smaller size (as providers do), all one colour.
    let answer =
        DynamicImage::ImageRgb8(RgbImage::from_pixel(p.crop.width / 2, p.crop.height / 2, Rgb([0, 255, 0])));
    let out = composite(&original, &mask, &p, &answer, "Test").unwrap().to_rgb8();
    let before = original.to_rgb8();
    let (mut changed, mut same) = (0, 0);
    for (x, y, px) in out.enumerate_pixels() {
        let in_margin = i64::from(x) >= p.crop.x
            && i64::from(y) >= p.crop.y
            && i64::from(x) < p.crop.x + i64::from(p.crop.width)
            && i64::from(y) < p.crop.y + i64::from(p.crop.height);
        if mask.painted(x, y) {
            assert_eq!(px.0, [0, 255, 0], "inside the mask: the answer ({x},{y})");
            changed += 1;
        } else if !in_margin {
            assert_eq!(px, before.get_pixel(x, y), "outside: the original ({x},{y})");
            same += 1;
        }
    }
    assert_eq!(changed, 120 * 90);
    assert!(same > 600 * 400);
    // The fade: a pixel just outside the mask is blended, not copied from either side.
    let edge = out.get_pixel(200 - 1, 150 + 45);
    assert!(edge.0[1] > before.get_pixel(199, 195).0[1] && edge.0[1] < 255, "{edge:?}");
}

#[test]
fn an_answer_of_another_shape_is_refused() {
    let original = photo(400, 400);
    let mask = Mask::load(&mask_png(400, 400, (100, 100, 100, 100)), 400, 400).unwrap();
    let p = plan(&mask, 25, false, square).unwrap();
    let wide = DynamicImage::ImageRgb8(RgbImage::new(300, 150));
    assert!(matches!(
        composite(&original, &mask, &p, &wide, "Test"),
        Err(RegionError::Shape("Test", 300, 150, _, _))
    ));
    // A rounding of a provider's size grid is fine.
    let near = DynamicImage::ImageRgb8(RgbImage::new(1024, 1008));
    assert!(composite(&original, &mask, &p, &near, "Test").is_ok());
}

#[test]
fn the_providers_mask_is_transparent_exactly_where_to_edit() {
    let mask = Mask::load(&mask_png(200, 200, (50, 50, 100, 100)), 200, 200).unwrap();
    let p = plan(&mask, 0, false, square).unwrap();
    let sent = provider_mask(&mask, p.crop, 64, 64);
    assert_eq!(sent.dimensions(), (64, 64));
    assert!(sent.pixels().all(|px| px.0[3] == 0), "the whole part is painted");
    let p = plan(&mask, 50, false, square).unwrap();
    let sent = provider_mask(&mask, p.crop, 200, 200);
    // The crop is 200x200 from (0,0): painted 50..150.
    assert_eq!(sent.get_pixel(100, 100).0[3], 0);
    assert_eq!(sent.get_pixel(10, 10).0[3], 255);
    assert_eq!(sent.get_pixel(160, 100).0[3], 255);
}
