//! The gallery at scale in the real window (WebKitGTK under Xvfb, through tauri-driver): a vault
//! of 10 000 images filled through the CLI, against a baseline vault of 100 images measured in
//! the same run (these machines are noisy; the ratios are what to read):
//!
//! 1. first thumbnails painted: from the start of a page load to the frame after the first row
//!    of thumbnails has decoded (`performance.now()` in the new page), median of 7 loads;
//! 2. scrolling through the whole grid: the page scrolled by half a viewport per animation frame
//!    from top to bottom; frames counted, and the frames that missed their vsync (an interval
//!    over 1.5× the median) are the dropped ones;
//! 3. search as you type: from the input event of one more letter to the grid showing the
//!    match, median of 5 (the gallery waits 200 ms after the last key before it asks the core;
//!    that pause is included).
//!
//! ```text
//! dbus-run-session -- bash .ci/bench-window      # builds, then runs this under Xvfb with a keyring
//! ```

// A bench binary reports on stdout and fails loudly.
#![allow(clippy::print_stdout, clippy::unwrap_used)]

#[path = "../e2e/support.rs"]
#[allow(dead_code)]
mod support;

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use serde_json::{json, Value};
use support::{App, BIN};

/// Images in the large vault and in the baseline one.
const LARGE: usize = 10_000;
const BASELINE: usize = 100;
/// Files per `import` call (one process imports a batch).
const BATCH: usize = 500;

/// A vault of `count` distinct small images, filled through the CLI as a script would.
fn fill(dir: &Path, count: usize) -> std::path::PathBuf {
    let data = dir.join("data");
    let src = dir.join("src");
    std::fs::create_dir_all(&src).unwrap();
    let cli = |args: &[String]| {
        let out = Command::new(BIN).args(args).arg("--data-dir").arg(&data).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    };
    cli(&["init".to_string()]);
    let started = Instant::now();
    for start in (0..count).step_by(BATCH) {
        let mut args = vec!["import".to_string()];
        for i in start..(start + BATCH).min(count) {
            let path = src.join(format!("img-{i:05}.png"));
            let (r, g, b) = ((i * 37 % 256) as u8, (i * 91 % 256) as u8, (i / 256 % 256) as u8);
            image::RgbImage::from_fn(96, 72, |x, y| image::Rgb([r ^ (x as u8), g ^ (y as u8), b]))
                .save(&path)
                .unwrap();
            args.push(path.display().to_string());
        }
        cli(&args);
        for path in &args[1..] {
            std::fs::remove_file(path).unwrap();
        }
    }
    println!(
        "  filled a vault with {count} images through the CLI in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    data
}

/// Milliseconds from the start of a fresh page load to the frame after the first thumbnails
/// decoded.
async fn first_paint(app: &App) -> f64 {
    app.js("location.reload(); return 1").await;
    // The new page: wait for the grid's first row, then two frames, and read its own clock.
    let script = r#"
        const done = arguments[arguments.length - 1];
        const check = () => {
            const imgs = [...document.querySelectorAll('[data-testid=gallery-item] img')].slice(0, 4);
            if (imgs.length && imgs.every((i) => i.complete && i.naturalWidth > 0)) {
                requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())));
            } else {
                setTimeout(check, 5);
            }
        };
        check();
    "#;
    loop {
        // The reload replaces the document; a script started in the old one is discarded.
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        if let Ok(v) = app.driver.execute_async(script, Vec::<Value>::new()).await {
            if let Some(ms) = v.json().as_f64() {
                if app.js("return performance.getEntriesByType('navigation').length").await == json!(1) {
                    return ms;
                }
            }
        }
    }
}

/// Frames while scrolling the whole grid, and how many of them were dropped.
async fn scroll_frames(app: &App) -> (usize, usize, f64) {
    let script = r#"
        const done = arguments[arguments.length - 1];
        window.scrollTo(0, 0);
        const step = innerHeight / 2;
        const times = [];
        const frame = (t) => {
            times.push(t);
            if (scrollY + innerHeight >= document.documentElement.scrollHeight - 2) {
                const gaps = times.slice(1).map((v, i) => v - times[i]);
                done(gaps);
                return;
            }
            window.scrollBy(0, step);
            requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
    "#;
    let gaps: Vec<f64> = serde_json::from_value(
        app.driver.execute_async(script, Vec::<Value>::new()).await.unwrap().json().clone(),
    )
    .unwrap();
    let mut sorted = gaps.clone();
    sorted.sort_by(f64::total_cmp);
    let median = sorted[sorted.len() / 2];
    let dropped = gaps.iter().filter(|g| **g > 1.5 * median).count();
    let p95 = sorted[(sorted.len() * 95 / 100).min(sorted.len() - 1)];
    (gaps.len(), dropped, p95)
}

/// Milliseconds from typing the last letter of a file name to the grid showing that image alone.
async fn search(app: &App, name: &str) -> f64 {
    let script = r#"
        const [name, done] = [arguments[0], arguments[arguments.length - 1]];
        const input = document.querySelector('[data-testid=gallery-search]');
        input.value = name.slice(0, -1);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        setTimeout(() => {
            const grid = () => document.querySelector('[data-testid=gallery-grid]');
            const start = performance.now();
            input.value = name;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            const check = () => {
                const g = grid();
                if (g && g.dataset.total === '1') requestAnimationFrame(() => done(performance.now() - start));
                else setTimeout(check, 2);
            };
            check();
        }, 600);
    "#;
    let ms = app.driver.execute_async(script, vec![json!(name)]).await.unwrap().json().as_f64().unwrap();
    // Back to the whole grid for the next round.
    app.js("const i = document.querySelector('[data-testid=gallery-search]'); i.value = ''; i.dispatchEvent(new Event('input', { bubbles: true })); return 1").await;
    app.wait_js(
        "const g = document.querySelector('[data-testid=gallery-grid]'); return g && g.dataset.total !== '1'",
    )
    .await;
    ms
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

struct Figures {
    first_paint: f64,
    frames: usize,
    dropped: usize,
    p95: f64,
    search: f64,
}

async fn measure(data: &Path, count: usize) -> Figures {
    let app = App::launch_on(data).await;
    app.wait_js(&format!("const g = document.querySelector('[data-testid=gallery-grid]'); return g && g.dataset.total === '{count}'")).await;
    let mut paints = Vec::new();
    for _ in 0..7 {
        paints.push(first_paint(&app).await);
    }
    app.wait_js(&format!("const g = document.querySelector('[data-testid=gallery-grid]'); return g && g.dataset.total === '{count}'")).await;
    let (frames, dropped, p95) = scroll_frames(&app).await;
    let mut searches = Vec::new();
    for i in 0..5 {
        searches.push(search(&app, &format!("img-{:05}", (i * 7919 + 13) % count)).await);
    }
    app.close().await;
    Figures { first_paint: median(paints), frames, dropped, p95, search: median(searches) }
}

#[tokio::main]
async fn main() {
    let tmp = tempfile::tempdir().unwrap();
    println!("gallery in the real window: {LARGE} images vs a baseline of {BASELINE}");
    let small = fill(&tmp.path().join("baseline"), BASELINE);
    let large = fill(&tmp.path().join("large"), LARGE);
    let base = measure(&small, BASELINE).await;
    let big = measure(&large, LARGE).await;
    let row = |what: &str, b: f64, l: f64, unit: &str| {
        println!("  {what:<44} {b:>8.1} {unit:<3} {l:>8.1} {unit:<3}  ratio {:.2}", l / b.max(0.001));
    };
    println!("  {:<44} {:>12} {:>12}", "", format!("{BASELINE} images"), format!("{LARGE} images"));
    row("first thumbnails painted after a page load", base.first_paint, big.first_paint, "ms");
    row("search as you type (incl. 200 ms pause)", base.search, big.search, "ms");
    row("scrolling: 95th percentile frame interval", base.p95, big.p95, "ms");
    println!(
        "  {:<44} {:>5} of {:<5} {:>5} of {:<5}",
        "scrolling the whole grid: frames dropped", base.dropped, base.frames, big.dropped, big.frames
    );
}
