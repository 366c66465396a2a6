use time::macros::datetime;
use time::Duration;

use super::*;

const T0: OffsetDateTime = datetime!(2026-03-01 12:00 UTC);

fn used(status: TaskStatus, ended_after: Option<i64>) -> TaskUse {
    TaskUse { status, ended_at: ended_after.map(|m| T0 + Duration::minutes(m)) }
}

fn original(uses: &[TaskUse]) -> OffsetDateTime {
    deadline(&Item::Original { imported_at: T0, uses }, &Policy::default())
}

#[test]
fn an_unused_original_goes_after_the_originals_window() {
    assert_eq!(original(&[]), T0 + Duration::hours(24));
    let short = Policy { originals: Window::seconds(90), ..Policy::default() };
    assert_eq!(deadline(&Item::Original { imported_at: T0, uses: &[] }, &short), T0 + Duration::seconds(90));
}

#[test]
fn an_original_goes_when_its_only_task_succeeds_or_is_cancelled() {
    for status in [TaskStatus::Succeeded, TaskStatus::Cancelled] {
        assert_eq!(original(&[used(status, Some(5))]), T0 + Duration::minutes(5), "{status:?}");
    }
}

#[test]
fn a_failed_task_keeps_its_original_for_a_retry_until_the_hard_limit() {
    assert_eq!(original(&[used(TaskStatus::Failed, Some(5))]), T0 + Duration::hours(24));
}

#[test]
fn an_original_waits_for_the_last_of_its_tasks() {
    let uses = [used(TaskStatus::Succeeded, Some(5)), used(TaskStatus::Cancelled, Some(40))];
    assert_eq!(original(&uses), T0 + Duration::minutes(40));
}

#[test]
fn a_running_or_queued_task_keeps_an_original_but_never_past_the_hard_limit() {
    for status in TaskStatus::ALL.into_iter().filter(|s| !s.releases_inputs()) {
        let uses = [used(TaskStatus::Succeeded, Some(5)), used(status, None)];
        assert_eq!(original(&uses), T0 + Duration::hours(24), "{status:?}");
    }
}

#[test]
fn a_task_ending_after_the_hard_limit_does_not_extend_it() {
    assert_eq!(original(&[used(TaskStatus::Succeeded, Some(60 * 30))]), T0 + Duration::hours(24));
}

#[test]
fn a_terminal_task_without_an_end_time_falls_back_to_the_hard_limit() {
    assert_eq!(original(&[used(TaskStatus::Succeeded, None)]), T0 + Duration::hours(24));
}

#[test]
fn outputs_go_after_their_window_unless_kept_within_the_ceiling() {
    let p = Policy::default();
    let out = |kept: Option<OffsetDateTime>| deadline(&Item::Output { created_at: T0, kept_until: kept }, &p);
    assert_eq!(out(None), T0 + Duration::days(30));
    assert_eq!(out(Some(T0 + Duration::days(90))), T0 + Duration::days(90));
    // A keep shorter than the window does not shorten it; one past the ceiling is capped.
    assert_eq!(out(Some(T0 + Duration::days(1))), T0 + Duration::days(30));
    assert_eq!(out(Some(T0 + Duration::days(900))), T0 + Duration::days(365));
}

#[test]
fn logs_and_ledger_entries_follow_their_windows() {
    let p = Policy { logs: Window::hours(2), ledger: Window::days(7), ..Policy::default() };
    assert_eq!(deadline(&Item::LogFile { last_written: T0 }, &p), T0 + Duration::hours(2));
    assert_eq!(deadline(&Item::LedgerEntry { at: T0 }, &p), T0 + Duration::days(7));
    assert_eq!(deadline(&Item::LogFile { last_written: T0 }, &Policy::default()), T0 + Duration::hours(24));
    assert_eq!(deadline(&Item::LedgerEntry { at: T0 }, &Policy::default()), T0 + Duration::days(30));
}

#[test]
fn due_exactly_at_the_deadline_and_not_a_second_before() {
    let item = Item::LogFile { last_written: T0 };
    let p = Policy::default();
    assert!(!is_due(&item, &p, T0 + Duration::hours(24) - Duration::seconds(1)));
    assert!(is_due(&item, &p, T0 + Duration::hours(24)));
    assert!(is_due(&item, &p, T0 + Duration::days(400)));
}

#[test]
fn extending_adds_to_the_later_of_the_deadline_and_now_and_stops_at_the_ceiling() {
    let p = Policy::default();
    let week = Window::days(7);
    assert_eq!(extended(T0, None, week, &p, T0), Some(T0 + Duration::days(37)));
    let kept = Some(T0 + Duration::days(37));
    assert_eq!(extended(T0, kept, week, &p, T0 + Duration::days(1)), Some(T0 + Duration::days(44)));
    // Past the current deadline (say the clock was wrong): counted from now.
    assert_eq!(extended(T0, None, week, &p, T0 + Duration::days(31)), Some(T0 + Duration::days(38)));
    assert_eq!(extended(T0, None, Window::days(5000), &p, T0), Some(T0 + Duration::days(365)));
    assert_eq!(extended(T0, Some(T0 + Duration::days(365)), week, &p, T0), None, "already at the cap");
}

#[test]
fn defaults_are_the_promises_and_within_bounds() {
    let p = Policy::default();
    assert_eq!(p.originals, Window::hours(24));
    assert_eq!(p.outputs, Window::days(30));
    assert_eq!(p.logs, Window::hours(24));
    assert_eq!(p.ledger, Window::days(30));
    assert_eq!(p.out_of_bounds(), None);
}

#[test]
fn every_bound_is_enforced_and_named() {
    let cases: [(Policy, &str); 7] = [
        (Policy { originals: Window::hours(25), ..Policy::default() }, "retention.originals"),
        (Policy { originals: Window::seconds(59), ..Policy::default() }, "retention.originals"),
        (Policy { outputs: Window::seconds(10), ..Policy::default() }, "retention.outputs"),
        (
            Policy { outputs: Window::days(3651), outputs_max: Window::days(3651), ..Policy::default() },
            "retention.outputs",
        ),
        (
            Policy { outputs: Window::days(60), outputs_max: Window::days(59), ..Policy::default() },
            "retention.outputs_max",
        ),
        (Policy { logs: Window::hours(48), ..Policy::default() }, "retention.logs"),
        (Policy { ledger: Window::seconds(0), ..Policy::default() }, "retention.ledger"),
    ];
    for (policy, key) in cases {
        let (named, expected) = policy.out_of_bounds().unwrap_or_else(|| panic!("{key} accepted"));
        assert_eq!(named, key);
        assert!(expected.starts_with("a duration from "), "{expected}");
    }
    assert_eq!(
        Policy { originals: Window::seconds(60), logs: Window::hours(24), ..Policy::default() }
            .out_of_bounds(),
        None,
        "the bounds themselves are accepted"
    );
}
