//! What every bench binary measures with: medians and best times of repeated runs, and the
//! process's resident memory. Each binary uses part of it.
#![allow(dead_code)]

use std::time::{Duration, Instant};

/// Median and best of `runs` timings of `f`.
pub fn measure(runs: usize, mut f: impl FnMut()) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    (times[runs / 2], times[0])
}

/// The median of `samples`.
pub fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

/// Resident memory now and at its peak since the start or the last [`reset_peak`], in MiB
/// (Linux; 0 elsewhere).
pub fn rss_mib() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
            .map_or(0.0, |kib| kib / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// Start measuring the peak anew (writing 5 to `clear_refs` resets VmHWM).
pub fn reset_peak() {
    std::fs::write("/proc/self/clear_refs", "5").expect("the peak can be reset (Linux)");
}
