//! The retention scheduler: one tokio task, owned by a [`Scheduler`] handle (dropping it stops
//! the task), that sweeps whatever is due, then sleeps until the next deadline — or less:
//!
//! - it never sleeps longer than [`MAX_SLEEP`], so a wall clock that jumps forward (or a laptop
//!   that wakes from suspend) is noticed within that time and nothing is skipped;
//! - it never deletes early: whatever wakes it, the sweep compares deadlines with the wall
//!   clock at that moment, so a clock that jumps backwards only delays deletions;
//! - [`Scheduler::wake`] cuts the sleep short when a nearer deadline appears (a task ended, the
//!   windows changed, an output was kept longer, something new was stored).
//!
//! Sweeps run on a blocking thread (they touch the disk and the index).

use std::sync::Arc;
use std::time::Duration;

use time::OffsetDateTime;
use tokio::sync::Notify;

use crate::clock::Clock;
use crate::codes::ErrorBody;

/// The longest sleep between sweeps; bounds how late a deletion can be after a clock jump.
pub const MAX_SLEEP: Duration = Duration::from_secs(30);
/// The shortest pause between sweeps, so a deadline that cannot be met (a vault that is not
/// open) never spins the CPU.
pub const MIN_SLEEP: Duration = Duration::from_secs(1);
/// The pause after a failed sweep.
pub const RETRY: Duration = Duration::from_secs(30);

/// What the scheduler sweeps.
pub trait Sweeper: Send + Sync + 'static {
    /// What one sweep reports (the UI drops deleted items when it hears of it).
    type Report: Send + 'static;
    /// Delete everything due at `now`.
    fn sweep(&self, now: OffsetDateTime) -> Result<Self::Report, ErrorBody>;
    /// Whether a report says something was deleted.
    fn deleted_any(report: &Self::Report) -> bool;
    /// The earliest deadline still pending (possibly already passed).
    fn next_deadline(&self) -> Result<Option<OffsetDateTime>, ErrorBody>;
}

/// The handle that owns the scheduler task.
pub struct Scheduler {
    wake: Arc<Notify>,
    task: tokio::task::JoinHandle<()>,
}

impl Scheduler {
    /// Start sweeping on `runtime`; `on_sweep` hears of every sweep that deleted something.
    /// The first sweep happens at once (catching up on what expired while the app was closed).
    pub fn start<S: Sweeper>(
        runtime: &tokio::runtime::Handle,
        sweeper: Arc<S>,
        clock: Arc<dyn Clock>,
        on_sweep: impl Fn(S::Report) + Send + Sync + 'static,
    ) -> Scheduler {
        let wake = Arc::new(Notify::new());
        let task = runtime.spawn(run(sweeper, clock, wake.clone(), on_sweep));
        Scheduler { wake, task }
    }

    /// Re-check deadlines now (a nearer one may have appeared). A wake while a sweep runs is
    /// kept and handled right after it.
    pub fn wake(&self) {
        self.wake.notify_one();
    }
}

impl Drop for Scheduler {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn run<S: Sweeper>(
    sweeper: Arc<S>,
    clock: Arc<dyn Clock>,
    wake: Arc<Notify>,
    on_sweep: impl Fn(S::Report) + Send + Sync + 'static,
) {
    loop {
        let now = clock.now();
        let worker = sweeper.clone();
        let outcome = tokio::task::spawn_blocking(move || {
            let report = worker.sweep(now)?;
            Ok::<_, ErrorBody>((report, worker.next_deadline()?))
        })
        .await;
        let pause = match outcome {
            Ok(Ok((report, next))) => {
                if S::deleted_any(&report) {
                    on_sweep(report);
                }
                sleep_for(next, clock.now())
            }
            Ok(Err(e)) => {
                tracing::warn!(error = %e, "retention sweep failed; retrying");
                RETRY
            }
            Err(_) => {
                tracing::error!("retention sweep panicked; retrying");
                RETRY
            }
        };
        tokio::select! {
            () = tokio::time::sleep(pause) => {}
            () = wake.notified() => {}
        }
    }
}

/// How long to sleep at `now` when the next deadline is `next`.
pub fn sleep_for(next: Option<OffsetDateTime>, now: OffsetDateTime) -> Duration {
    let Some(next) = next else { return MAX_SLEEP };
    let left = next - now;
    let left = Duration::try_from(left).unwrap_or(Duration::ZERO);
    left.clamp(MIN_SLEEP, MAX_SLEEP)
}

#[cfg(test)]
mod tests;
