//! The gallery at scale in the real window (WebKitGTK under Xvfb, through tauri-driver): a vault
//! of 10 000 images filled through the CLI, against a baseline vault of 100 images measured in
//! the same run (these machines are noisy; the ratios are what to read):
//!
//! 1. first thumbnails painted: from the start of a page load to the frame after the first row
//!    of thumbnails has decoded (`performance.now()` in the new page), median of 7 loads;
//! 2. scrolling at wheel speed (40 px a frame, 2 400 px/s) for up to 1 000 frames, and a fling
//!    through the whole grid: the page scrolled by half a viewport per animation
//!    frame (a fast fling) from top to bottom; the frame intervals' median and 95th percentile,
//!    and the frames that missed a vsync (an interval over 1.5× the page's interval at rest)
//!    are the dropped ones; and the same scroll over a plain page of text in the same window,
//!    for what the display itself costs per frame;
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

mod timing;

use std::path::Path;
use std::process::Command;
use std::time::Instant;
use timing::median;

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
    // The old document is marked: a script that still runs in it (the reload is asynchronous)
    // answers null and is asked again.
    app.js("window.__benchOld = true; location.reload(); return 1").await;
    let script = r#"
        const done = arguments[arguments.length - 1];
        if (window.__benchOld) { done(null); return; }
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
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        // A script cut off by the reload fails; the new page is asked again.
        if let Ok(v) = app.driver.execute_async(script, Vec::<Value>::new()).await {
            if let Some(ms) = v.json().as_f64() {
                return ms;
            }
        }
    }
}

/// The page's frame interval at rest (its vsync under Xvfb), in ms: the median of 60 frames.
async fn idle_frame(app: &App) -> f64 {
    let script = r#"
        const done = arguments[arguments.length - 1];
        const times = [];
        const frame = (t) => {
            times.push(t);
            if (times.length > 60) done(times.slice(1).map((v, i) => v - times[i]));
            else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
    "#;
    let gaps: Vec<f64> = serde_json::from_value(
        app.driver.execute_async(script, Vec::<Value>::new()).await.unwrap().json().clone(),
    )
    .unwrap();
    median(gaps)
}

/// Frame intervals while scrolling the whole grid, top to bottom. The loop runs in the page on
/// its own (a long grid takes longer than one WebDriver request may), and is polled.
async fn scroll_frames(app: &App, step: Option<u32>, max_frames: u32) -> Vec<f64> {
    let start = r#"
        const [px, max] = arguments;
        window.scrollTo(0, 0);
        const step = px ?? innerHeight / 2;
        const times = [];
        let last = -1;
        let still = 0;
        window.__scroll = null;
        const frame = (t) => {
            times.push(t);
            // The end: the page stopped moving (scrolling past the bottom does nothing).
            still = scrollY === last ? still + 1 : 0;
            last = scrollY;
            if (still >= 2 || times.length > max) {
                window.__scroll = times.slice(1, -2).map((v, i) => v - times[i]);
                return;
            }
            window.scrollBy(0, step);
            requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
        return 1;
    "#;
    app.driver.execute(start, vec![json!(step), json!(max_frames)]).await.unwrap();
    loop {
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        let gaps = app.js("return window.__scroll").await;
        if !gaps.is_null() {
            return serde_json::from_value(gaps).unwrap();
        }
    }
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

/// The same fling over a plain page of text (111 000 px tall), in the same window:
/// what this display costs per frame before any gallery work (median and 95th percentile, ms).
async fn plain_page_frames(data: &Path) -> (f64, f64) {
    let app = App::launch_on(data).await;
    app.js("document.body.innerHTML = '<main>' + Array.from({ length: 3000 }, (_, i) => `<p>Line ${i}: plain text to scroll past.</p>`).join('') + '</main>'; return 1").await;
    let mut gaps = scroll_frames(&app, None, 100_000).await;
    app.close().await;
    gaps.sort_by(f64::total_cmp);
    (gaps[gaps.len() / 2], gaps[gaps.len() * 95 / 100])
}

struct Figures {
    first_paint: f64,
    idle: f64,
    wheel_frames: usize,
    wheel_dropped: usize,
    wheel_p50: f64,
    wheel_p95: f64,
    frames: usize,
    dropped: usize,
    p50: f64,
    p95: f64,
    search: f64,
}

async fn measure(data: &Path, count: usize) -> Figures {
    let app = App::launch_on(data).await;
    app.driver.set_script_timeout(std::time::Duration::from_secs(55)).await.unwrap();
    app.wait_js(&format!("const g = document.querySelector('[data-testid=gallery-grid]'); return g && g.dataset.total === '{count}'")).await;
    let mut paints = Vec::new();
    for _ in 0..7 {
        paints.push(first_paint(&app).await);
    }
    app.wait_js(&format!("const g = document.querySelector('[data-testid=gallery-grid]'); return g && g.dataset.total === '{count}'")).await;
    let idle = idle_frame(&app).await;
    let mut wheel = scroll_frames(&app, Some(40), 1000).await;
    let wheel_dropped = wheel.iter().filter(|g| **g > 1.5 * idle).count();
    wheel.sort_by(f64::total_cmp);
    let (wheel_p50, wheel_p95) = (wheel[wheel.len() / 2], wheel[wheel.len() * 95 / 100]);
    let mut gaps = scroll_frames(&app, None, 100_000).await;
    // A frame that took over one and a half vsyncs missed one: it was dropped.
    let dropped = gaps.iter().filter(|g| **g > 1.5 * idle).count();
    gaps.sort_by(f64::total_cmp);
    let (frames, p50, p95) = (gaps.len(), gaps[gaps.len() / 2], gaps[gaps.len() * 95 / 100]);
    let mut searches = Vec::new();
    for i in 0..5 {
        searches.push(search(&app, &format!("img-{:05}", (i * 7919 + 13) % count)).await);
    }
    app.close().await;
    Figures {
        first_paint: median(paints),
        idle,
        wheel_frames: wheel.len(),
        wheel_dropped,
        wheel_p50,
        wheel_p95,
        frames,
        dropped,
        p50,
        p95,
        search: median(searches),
    }
}

#[tokio::main]
async fn main() {
    let tmp = tempfile::tempdir().unwrap();
    println!("gallery in the real window: {LARGE} images vs a baseline of {BASELINE}");
    let small = fill(&tmp.path().join("baseline"), BASELINE);
    let large = fill(&tmp.path().join("large"), LARGE);
    let base = measure(&small, BASELINE).await;
    let big = measure(&large, LARGE).await;
    let (plain_p50, plain_p95) = plain_page_frames(&small).await;
    let row = |what: &str, b: f64, l: f64, unit: &str| {
        println!("  {what:<44} {b:>8.1} {unit:<3} {l:>8.1} {unit:<3}  ratio {:.2}", l / b.max(0.001));
    };
    println!("  {:<44} {:>12} {:>12}", "", format!("{BASELINE} images"), format!("{LARGE} images"));
    row("first thumbnails painted after a page load", base.first_paint, big.first_paint, "ms");
    row("search as you type (incl. 200 ms pause)", base.search, big.search, "ms");
    row("frame interval at rest (vsync)", base.idle, big.idle, "ms");
    row("wheel-speed scroll (40 px a frame): median frame", base.wheel_p50, big.wheel_p50, "ms");
    row("wheel-speed scroll: 95th percentile frame", base.wheel_p95, big.wheel_p95, "ms");
    println!(
        "  {:<44} {:>5} of {:<5} {:>5} of {:<5}",
        "wheel-speed scroll: frames dropped",
        base.wheel_dropped,
        base.wheel_frames,
        big.wheel_dropped,
        big.wheel_frames
    );
    row("fling (half a viewport a frame): median frame", base.p50, big.p50, "ms");
    row("fling: 95th percentile frame interval", base.p95, big.p95, "ms");
    println!(
        "  {:<44} {plain_p50:>8.1} ms  (95th percentile {plain_p95:.1} ms)",
        "scrolling a plain text page: median frame"
    );
    println!(
        "  {:<44} {:>5} of {:<5} {:>5} of {:<5}",
        "fling through the whole grid: frames dropped", base.dropped, base.frames, big.dropped, big.frames
    );
}
