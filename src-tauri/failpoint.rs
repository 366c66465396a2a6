//! Crash injection for tests. Code marks the points between the steps of a multi-step write
//! with [`hit`]; a test arms one point with [`crash_at`], and reaching it panics — unwinding past
//! every cleanup the way a killed process skips it. In non-test builds [`hit`] is empty.

#[cfg(test)]
thread_local! {
    static ARMED: std::cell::Cell<Option<&'static str>> = const { std::cell::Cell::new(None) };
}

/// A named point between two steps.
#[cfg(not(test))]
#[inline(always)]
pub(crate) fn hit(_: &'static str) {}

/// A named point between two steps: panics if a test armed it.
#[cfg(test)]
pub(crate) fn hit(name: &'static str) {
    if ARMED.with(|a| a.get()) == Some(name) {
        panic!("injected crash at {name}");
    }
}

/// Run `f` with the point `name` armed; true if `f` crashed there.
#[cfg(test)]
pub(crate) fn crash_at<T>(name: &'static str, f: impl FnOnce() -> T) -> bool {
    ARMED.with(|a| a.set(Some(name)));
    let crashed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).is_err();
    ARMED.with(|a| a.set(None));
    crashed
}
