//! Scheduler timing under tokio's paused clock. The wall clock the scheduler reads is coupled
//! to tokio's (so sleeping moves it) plus an offset the tests change to simulate clock jumps.

use std::sync::Mutex;

use time::macros::datetime;

use super::*;

const START: OffsetDateTime = datetime!(2026-05-01 09:00 UTC);

struct CoupledClock {
    origin: tokio::time::Instant,
    jump: Mutex<time::Duration>,
}

impl CoupledClock {
    fn new() -> Arc<CoupledClock> {
        Arc::new(CoupledClock { origin: tokio::time::Instant::now(), jump: Mutex::new(time::Duration::ZERO) })
    }

    fn jump(&self, by: time::Duration) {
        *self.jump.lock().unwrap() += by;
    }
}

impl Clock for CoupledClock {
    fn now(&self) -> OffsetDateTime {
        let elapsed = time::Duration::try_from(self.origin.elapsed()).unwrap();
        START + elapsed + *self.jump.lock().unwrap()
    }
}

/// Items with deadlines; a sweep removes the due ones and records when (wall clock) it did.
#[derive(Default)]
struct Items {
    pending: Mutex<Vec<OffsetDateTime>>,
    deleted: Mutex<Vec<(OffsetDateTime, OffsetDateTime)>>,
}

impl Items {
    fn add(&self, deadline: OffsetDateTime) {
        self.pending.lock().unwrap().push(deadline);
    }

    fn deleted(&self) -> Vec<(OffsetDateTime, OffsetDateTime)> {
        self.deleted.lock().unwrap().clone()
    }
}

impl Sweeper for Items {
    type Report = usize;

    fn sweep(&self, now: OffsetDateTime) -> Result<usize, ErrorBody> {
        let mut pending = self.pending.lock().unwrap();
        let before = pending.len();
        let mut deleted = self.deleted.lock().unwrap();
        pending.retain(|d| {
            let due = *d <= now;
            if due {
                deleted.push((*d, now));
            }
            !due
        });
        Ok(before - pending.len())
    }

    fn deleted_any(report: &usize) -> bool {
        *report > 0
    }

    fn next_deadline(&self) -> Result<Option<OffsetDateTime>, ErrorBody> {
        Ok(self.pending.lock().unwrap().iter().min().copied())
    }
}

fn start(items: &Arc<Items>, clock: &Arc<CoupledClock>) -> (Scheduler, Arc<Mutex<usize>>) {
    let events = Arc::new(Mutex::new(0));
    let seen = events.clone();
    let scheduler =
        Scheduler::start(&tokio::runtime::Handle::current(), items.clone(), clock.clone(), move |n| {
            *seen.lock().unwrap() += n;
        });
    (scheduler, events)
}

async fn pass(d: Duration) {
    tokio::time::sleep(d).await;
}

fn mins(n: i64) -> time::Duration {
    time::Duration::minutes(n)
}

#[tokio::test(start_paused = true)]
async fn catches_up_at_start_on_everything_already_due() {
    let items = Arc::new(Items::default());
    items.add(START - time::Duration::days(3));
    items.add(START - mins(1));
    items.add(START + mins(10));
    let clock = CoupledClock::new();
    let (_scheduler, events) = start(&items, &clock);
    pass(Duration::from_millis(1)).await;
    assert_eq!(items.deleted().len(), 2, "both past deadlines go in the first sweep");
    assert_eq!(*events.lock().unwrap(), 2, "and the UI hears of it");
}

#[tokio::test(start_paused = true)]
async fn deletes_at_the_deadline_not_before_and_within_a_minute() {
    let items = Arc::new(Items::default());
    let deadline = START + mins(90);
    items.add(deadline);
    let clock = CoupledClock::new();
    let (_scheduler, _) = start(&items, &clock);
    pass(Duration::from_secs(89 * 60 + 59)).await;
    assert!(items.deleted().is_empty(), "a second early");
    pass(Duration::from_secs(61)).await;
    let deleted = items.deleted();
    assert_eq!(deleted.len(), 1);
    let (_, at) = deleted[0];
    assert!(at >= deadline && at - deadline < time::Duration::seconds(60), "deleted at {at}");
}

#[tokio::test(start_paused = true)]
async fn a_nearer_deadline_added_later_wakes_the_scheduler() {
    let items = Arc::new(Items::default());
    items.add(START + time::Duration::hours(5));
    let clock = CoupledClock::new();
    let (scheduler, _) = start(&items, &clock);
    pass(Duration::from_secs(10)).await;
    let near = clock.now() + time::Duration::seconds(3);
    items.add(near);
    scheduler.wake();
    pass(Duration::from_secs(5)).await;
    let deleted = items.deleted();
    assert_eq!(deleted.len(), 1, "the near one went without waiting for the next regular check");
    assert!(deleted[0].1 >= near && deleted[0].1 - near <= time::Duration::seconds(2), "{:?}", deleted[0]);
}

#[tokio::test(start_paused = true)]
async fn a_clock_jumping_backwards_never_deletes_early() {
    let items = Arc::new(Items::default());
    let deadline = START + mins(10);
    items.add(deadline);
    let clock = CoupledClock::new();
    let (_scheduler, _) = start(&items, &clock);
    pass(Duration::from_secs(5 * 60)).await;
    clock.jump(-time::Duration::hours(1));
    // Monotonic time passes the original deadline; the wall clock has not reached it.
    pass(Duration::from_secs(30 * 60)).await;
    assert!(items.deleted().is_empty(), "deleted although the wall clock says it is not time");
    pass(Duration::from_secs(36 * 60)).await;
    let deleted = items.deleted();
    assert_eq!(deleted.len(), 1, "deleted once the wall clock got there");
    assert!(deleted[0].1 >= deadline && deleted[0].1 - deadline < time::Duration::seconds(60));
}

#[tokio::test(start_paused = true)]
async fn a_clock_jumping_forwards_skips_nothing() {
    let items = Arc::new(Items::default());
    items.add(START + time::Duration::hours(10));
    items.add(START + time::Duration::hours(11));
    let clock = CoupledClock::new();
    let (_scheduler, _) = start(&items, &clock);
    pass(Duration::from_secs(60)).await;
    clock.jump(time::Duration::hours(10) + mins(30));
    pass(MAX_SLEEP + Duration::from_secs(1)).await;
    assert_eq!(items.deleted().len(), 1, "what became due is deleted within the longest sleep");
    pass(Duration::from_secs(31 * 60)).await;
    assert_eq!(items.deleted().len(), 2, "and the later one on time");
}

#[tokio::test(start_paused = true)]
async fn dropping_the_handle_stops_the_task() {
    let items = Arc::new(Items::default());
    let clock = CoupledClock::new();
    let (scheduler, _) = start(&items, &clock);
    pass(Duration::from_secs(1)).await;
    drop(scheduler);
    items.add(START);
    pass(Duration::from_secs(600)).await;
    assert!(items.deleted().is_empty());
}

#[test]
fn sleeps_until_the_deadline_within_bounds() {
    let now = START;
    assert_eq!(sleep_for(None, now), MAX_SLEEP);
    assert_eq!(sleep_for(Some(now + time::Duration::seconds(7)), now), Duration::from_secs(7));
    assert_eq!(sleep_for(Some(now + time::Duration::days(7)), now), MAX_SLEEP);
    assert_eq!(sleep_for(Some(now - time::Duration::days(7)), now), MIN_SLEEP);
}
