//! ID-photo benchmarks (a bench binary, not timed tests): end-to-end time for a 12 MP portrait,
//! cold (the process's first photo, models loaded on the way) and warm, per stage, with the
//! decode of the same JPEG as the baseline measured in the same run, and the peak memory:
//!
//! ```text
//! cargo bench --no-default-features --bench idphoto
//! ```

// A bench binary reports on stdout and fails loudly.
#![allow(clippy::print_stdout, clippy::unwrap_used)]

mod timing;

use std::time::Instant;

use seed_studio::idphoto::compose::{self, Adjust, Background, Options, Timings};
use seed_studio::idphoto::{segment, spec};

/// A 12 MP (4000×3000) JPEG portrait: the public-domain fixture enlarged into a larger frame,
/// its head turned `tilt_deg` further (nearest neighbour, about the fixture's centre).
fn portrait_12mp(tilt_deg: f32) -> Vec<u8> {
    let upright = image::open(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/idphoto/astronaut.png"))
        .unwrap()
        .to_rgb8();
    let (sin, cos) = tilt_deg.to_radians().sin_cos();
    let c = upright.width() as f32 / 2.0;
    let face = image::RgbImage::from_fn(upright.width(), upright.height(), |x, y| {
        let (dx, dy) = (x as f32 + 0.5 - c, y as f32 + 0.5 - c);
        let (sx, sy) = (c + dx * cos + dy * sin, c - dx * sin + dy * cos);
        *upright.get_pixel(sx.clamp(0.0, 2.0 * c - 1.0) as u32, sy.clamp(0.0, 2.0 * c - 1.0) as u32)
    });
    let big = image::imageops::resize(&face, 2600, 2600, image::imageops::FilterType::Triangle);
    let mut frame = image::RgbImage::from_pixel(4000, 3000, image::Rgb([236, 236, 232]));
    image::imageops::overlay(
        &mut frame,
        &image::imageops::crop_imm(&big, 0, 0, 2600, 2600).to_image(),
        700,
        200,
    );
    let mut jpeg = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(frame).write_to(&mut jpeg, image::ImageFormat::Jpeg).unwrap();
    jpeg.into_inner()
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

fn main() {
    println!("seed-studio ID-photo benchmarks (12 MP portrait, US passport, white background)");
    let jpeg = portrait_12mp(0.0);
    let spec = spec::find("us-passport").unwrap();
    let options = Options {
        background: Background::Colour([255, 255, 255]),
        adjust: Adjust::default(),
        auto_light: false,
        strokes: Vec::new(),
        retouch: Default::default(),
    };
    let before = timing::rss_mib().1;

    // Cold: the first photo of the process pays for loading the models.
    let t = Instant::now();
    let (_, photo) = seed_studio::import::decode(&jpeg).unwrap();
    let decode_cold = ms(t);
    let mut cold = Timings::default();
    let t = Instant::now();
    compose::make(&photo, &spec, &options, &mut cold).unwrap();
    let cold_total = decode_cold + ms(t);

    let runs = 7;
    let mut totals = Vec::new();
    let mut decodes = Vec::new();
    let mut stages = Timings::default();
    for _ in 0..runs {
        let t = Instant::now();
        let (_, photo) = seed_studio::import::decode(&jpeg).unwrap();
        decodes.push(ms(t));
        let mut timings = Timings::default();
        compose::make(&photo, &spec, &options, &mut timings).unwrap();
        totals.push(ms(t));
        stages.detect += timings.detect / runs as f64;
        stages.landmarks += timings.landmarks / runs as f64;
        stages.segment += timings.segment / runs as f64;
        stages.render += timings.render / runs as f64;
        stages.matting += timings.matting / runs as f64;
    }
    totals.sort_by(f64::total_cmp);
    let (warm, decode) = (totals[runs / 2], timing::median(decodes));
    println!("cold (first photo, models loaded on the way): {cold_total:.0} ms");
    println!(
        "warm: {warm:.0} ms median, {:.0} ms best; decode alone {decode:.0} ms (pipeline = {:.1}x decode)",
        totals[0],
        warm / decode
    );
    println!(
        "warm stages (mean): decode {decode:.0}, detect {:.0} (incl. re-detection after levelling), landmarks {:.0}, segmentation (whole copy, MODNet on the square, the frame sampled beside it) {:.0}, render and background {:.0}, matting {:.0}, other {:.0} ms",
        stages.detect,
        stages.landmarks,
        stages.segment,
        stages.render,
        stages.matting,
        warm - decode - stages.detect - stages.landmarks - stages.segment - stages.render - stages.matting
    );
    // The close pass against the one it replaced, in the same run: MODNet on the head-and-
    // shoulders square, and the selfie model on a square of the same photo (the previous
    // pipeline ran it there, the rest of the pipeline being the same).
    let (_, photo) = seed_studio::import::decode(&jpeg).unwrap();
    let square = photo.crop_imm(700, 200, 2600, 2600).to_rgb8();
    let (mut modnet, mut selfie) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let t = Instant::now();
        segment::matte_square(&square, (0.0, 0.0), 2600.0).unwrap();
        modnet.push(ms(t));
        let t = Instant::now();
        segment::segment(&square).unwrap();
        selfie.push(ms(t));
    }
    let (modnet, selfie) = (timing::median(modnet), timing::median(selfie));
    println!(
        "close pass: MODNet {modnet:.0} ms, selfie model {selfie:.0} ms; the previous pipeline (selfie close pass) would be {:.0} ms warm ({:.1}x decode)",
        warm - modnet + selfie,
        (warm - modnet + selfie) / decode
    );
    // The head tilted 20° further: levelled by turning the working copy, detecting and
    // measuring again until it is level, the slow path of the pipeline.
    let tilted = portrait_12mp(20.0);
    let mut times = Vec::new();
    let mut report = String::new();
    for _ in 0..runs {
        let t = Instant::now();
        let (_, photo) = seed_studio::import::decode(&tilted).unwrap();
        let made = compose::make(&photo, &spec, &options, &mut Timings::default()).unwrap();
        times.push(ms(t));
        let value =
            |id: &str| made.checks.iter().find(|c| c.id == id).and_then(|c| c.value).unwrap_or(f32::NAN);
        report = format!("turned {:.1}°, {:.1}° left", value("roll"), value("level"));
    }
    times.sort_by(f64::total_cmp);
    println!(
        "warm, head tilted 20° more: {:.0} ms median, {:.0} ms best ({report}; {:.1}x decode)",
        times[runs / 2],
        times[0],
        times[runs / 2] / decode
    );
    println!("peak memory: {:.0} MiB (before the first photo: {before:.0} MiB)", timing::rss_mib().1);
}
