//! Egress benchmarks (a bench binary, not timed tests), on a 12 MP photo, each against the
//! metadata-only minimizer measured in the same run (the baseline every reference pays already):
//! the minimization levels (subject, bystanders, background, and all of them), and the
//! on-device work of a region edit — reading the mask, cutting and minimizing the part, putting
//! a 1 MP answer back and encoding the full-resolution result.
//!
//! ```text
//! cargo bench --no-default-features --bench egress
//! ```

// A bench binary reports on stdout and fails loudly.
#![allow(clippy::print_stdout, clippy::unwrap_used)]

mod timing;

use std::time::Instant;
use timing::median;

use image::{DynamicImage, GrayImage, Luma, Rgb, RgbImage};
use seed_studio::egress::levels::Level;
use seed_studio::egress::minimize::{self, Limits, SentCrop};
use seed_studio::region::{self, Mask};

const RUNS: usize = 5;

/// A 12 MP (4000×3000) photo-like JPEG.
fn photo_12mp() -> Vec<u8> {
    let img = RgbImage::from_fn(4000, 3000, |x, y| {
        Rgb([(x * 7 % 251) as u8, (y * 11 % 241) as u8, ((x ^ y) % 239) as u8])
    });
    let mut jpeg = std::io::Cursor::new(Vec::new());
    DynamicImage::ImageRgb8(img).write_to(&mut jpeg, image::ImageFormat::Jpeg).unwrap();
    jpeg.into_inner()
}

/// A 12 MP group photo: one subject and two bystanders at different scales on a wall (the
/// public-domain astronaut portrait), as JPEG.
fn group_12mp() -> Vec<u8> {
    let face =
        image::open(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/idphoto/astronaut.png")).unwrap();
    let mut wall = RgbImage::from_pixel(4000, 3000, Rgb([200, 196, 188]));
    for (side, x, y) in [(1900u32, 100i64, 500i64), (900, 2300, 300), (560, 3300, 1600)] {
        let person = face.resize_exact(side, side, image::imageops::FilterType::Triangle).to_rgb8();
        image::imageops::replace(&mut wall, &person, x, y);
    }
    let mut jpeg = std::io::Cursor::new(Vec::new());
    DynamicImage::ImageRgb8(wall).write_to(&mut jpeg, image::ImageFormat::Jpeg).unwrap();
    jpeg.into_inner()
}

/// Decode, scale to the provider's limit, apply `levels`, minimize: what a reference costs.
fn levelled(jpeg: &[u8], levels: &[Level], limits: Limits) -> usize {
    let (_, image) = seed_studio::import::decode(jpeg).unwrap();
    let fitted = seed_studio::import::resize::fit(
        &image,
        limits.longest_side,
        seed_studio::import::resize::Filter::CatmullRom,
    );
    let (out, report) = seed_studio::egress::levels::apply(&fitted, levels, None).unwrap();
    minimize::minimize_levelled(&out, report.levels, limits).unwrap().bytes().len()
}

fn levels_bench(limits: Limits) {
    let jpeg = group_12mp();
    println!("minimization levels (12 MP group photo: a subject and two bystanders)");
    let baseline = time(|| minimize::minimize(&jpeg, limits).unwrap());
    println!("baseline: metadata only (decode, downscale, encode)               {baseline:8.1} ms");
    for (name, levels) in [
        ("subject", vec![Level::Subject]),
        ("bystanders", vec![Level::Bystanders]),
        ("background", vec![Level::Background]),
        ("all three together", vec![Level::Subject, Level::Bystanders, Level::Background]),
    ] {
        let ms = time(|| levelled(&jpeg, &levels, limits));
        println!("{name:<66}{ms:8.1} ms = {:.2}x the baseline", ms / baseline);
    }
    // The first run loads the models; the figures above are warm (the median of the runs).
}

/// The window's mask (2048×1536) painted over a quarter of the photo's width.
fn mask_png() -> Vec<u8> {
    let grey = GrayImage::from_fn(2048, 1536, |x, y| {
        Luma([if (900..1400).contains(&x) && (600..1000).contains(&y) { 255 } else { 0 }])
    });
    let mut png = std::io::Cursor::new(Vec::new());
    grey.write_to(&mut png, image::ImageFormat::Png).unwrap();
    png.into_inner()
}

fn time<T>(f: impl Fn() -> T) -> f64 {
    median(
        (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect(),
    )
}

fn main() {
    println!("seed-studio egress benchmarks (12 MP photos, median of {RUNS} runs)");
    println!("region edit");
    let jpeg = photo_12mp();
    let png = mask_png();
    let limits = Limits { longest_side: 2048, max_bytes: 7_000_000 };
    let (_, original) = seed_studio::import::decode(&jpeg).unwrap();
    let mask = Mask::load(&png, 4000, 3000).unwrap();
    let plan = region::plan(&mask, 25, false, |w, h| f64::from(w) / f64::from(h)).unwrap();
    let crop = plan.crop;
    let sent = SentCrop {
        x: crop.x,
        y: crop.y,
        width: crop.width,
        height: crop.height,
        of_width: 4000,
        of_height: 3000,
    };
    let answer = DynamicImage::ImageRgb8(RgbImage::from_pixel(
        1024,
        1024 * crop.height / crop.width,
        Rgb([0, 200, 0]),
    ));

    let baseline = time(|| minimize::minimize(&jpeg, limits).unwrap());
    let decode = time(|| seed_studio::import::decode(&jpeg).unwrap());
    let load = time(|| Mask::load(&png, 4000, 3000).unwrap());
    let part = time(|| {
        minimize::minimize_part(
            &region::cut(&original, crop),
            sent,
            vec![seed_studio::index::Level::Metadata],
            limits,
        )
        .unwrap()
    });
    let put_back = time(|| region::composite(&original, &mask, &plan, &answer, "Bench").unwrap());
    let edited = region::composite(&original, &mask, &plan, &answer, "Bench").unwrap();
    let encode = time(|| {
        let mut out = std::io::Cursor::new(Vec::new());
        edited.write_to(&mut out, image::ImageFormat::Png).unwrap();
        out.into_inner().len()
    });
    let total = decode + load + part + put_back + encode;
    println!("part sent: {}x{} of 4000x3000 ({:.1} %)", crop.width, crop.height, plan.fraction() * 100.0);
    println!("baseline: minimize the whole photo (decode, downscale, encode)   {baseline:8.1} ms");
    println!("decode the original                                              {decode:8.1} ms");
    println!("read the mask (2048 px PNG scaled to 12 MP)                      {load:8.1} ms");
    println!("cut and minimize the part                                        {part:8.1} ms");
    println!("put the answer back (scale, feather, blend)                      {put_back:8.1} ms");
    println!("encode the 12 MP result as PNG                                   {encode:8.1} ms");
    println!("region edit on the device, all of it                             {total:8.1} ms = {:.2}x the baseline", total / baseline);
    println!();
    levels_bench(limits);
}
