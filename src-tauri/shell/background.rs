//! Keeping promises while the window is closed: the retention scheduler runs for as long as
//! the process does, closing the window hides it to the tray (menu: open the window, the next
//! scheduled deletion, quit), and the app can start at login, straight into the tray.

use std::sync::Arc;

use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Emitter, Manager, Wry};
use tauri_plugin_autostart::ManagerExt;
use time::OffsetDateTime;

use super::{CoreState, MAIN_WINDOW};
use crate::api::retention::{self, NextDeletion, PurgeReport};
use crate::retention::scheduler::{Scheduler, Sweeper};
use crate::{Error, ErrorBody};

/// The argument the login item starts Seed Studio with: no window, just the tray.
pub const IN_TRAY_ARG: &str = "--in-tray";

/// The event the window hears after a sweep deleted something (it drops those items).
pub const PURGED_EVENT: &str = "retention-purged";

/// Managed state: the scheduler (dropped with the app, which stops it).
pub struct Background {
    scheduler: Scheduler,
}

impl Background {
    /// Re-check deadlines now: something with a nearer one may have appeared.
    pub fn wake(&self) {
        self.scheduler.wake();
    }
}

/// Wake the scheduler if it runs (a core that failed to open has none).
pub fn wake(app: &AppHandle) {
    if let Some(background) = app.try_state::<Background>() {
        background.wake();
    }
}

/// Start the scheduler and the tray icon. Called once from setup.
pub fn start(app: &AppHandle) -> tauri::Result<()> {
    let next = MenuItem::with_id(app, "next", "Nothing is scheduled for deletion", false, None::<&str>)?;
    let menu = Menu::with_items(
        app,
        &[
            &MenuItem::with_id(app, "open", "Open Seed Studio", true, None::<&str>)?,
            &next,
            &PredefinedMenuItem::separator(app)?,
            &MenuItem::with_id(app, "quit", "Quit Seed Studio", true, None::<&str>)?,
        ],
    )?;
    let mut tray = TrayIconBuilder::with_id("main")
        .tooltip("Seed Studio")
        .menu(&menu)
        .show_menu_on_left_click(true)
        .on_menu_event(|app, event| match event.id.as_ref() {
            "open" => super::focus_main_window(app),
            "quit" => app.exit(0),
            _ => {}
        });
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;

    let state = app.state::<CoreState>();
    let Ok(core) = state.core() else { return Ok(()) };
    let clock = core.clock_handle();
    let sweeper = Arc::new(WindowSweeper { app: app.clone(), next });
    let events = app.clone();
    let scheduler = Scheduler::start(tauri::async_runtime::handle().inner(), sweeper, clock, move |report| {
        let _ = events.emit_to(MAIN_WINDOW, PURGED_EVENT, report);
    });
    app.manage(Background { scheduler });
    Ok(())
}

/// Whether closing the window should hide it instead (the user's setting).
pub fn close_to_tray(app: &AppHandle) -> bool {
    app.state::<CoreState>().core().map(|core| core.config().background.close_to_tray).unwrap_or(false)
}

/// Make the login item match the setting (only touching it when it differs).
pub fn apply_start_at_login(app: &AppHandle, wanted: bool) -> Result<(), Error> {
    let launcher = app.autolaunch();
    let failed = |_| Error::InvalidInput("the login item could not be changed".into());
    if launcher.is_enabled().unwrap_or(!wanted) != wanted {
        if wanted {
            launcher.enable().map_err(failed)?;
        } else {
            launcher.disable().map_err(failed)?;
        }
        tracing::info!(wanted, "start at login changed");
    }
    Ok(())
}

/// The scheduler's view of the app: sweeps through the core, and keeps the tray's "next
/// deletion" line current each time it looks for the next deadline.
struct WindowSweeper {
    app: AppHandle,
    next: MenuItem<Wry>,
}

impl Sweeper for WindowSweeper {
    type Report = PurgeReport;

    fn sweep(&self, now: OffsetDateTime) -> Result<PurgeReport, ErrorBody> {
        Ok(retention::sweep(self.app.state::<CoreState>().core()?, now)?)
    }

    fn deleted_any(report: &PurgeReport) -> bool {
        report.deleted.total() > 0
    }

    fn next_deadline(&self) -> Result<Option<OffsetDateTime>, ErrorBody> {
        let state = self.app.state::<CoreState>();
        let core = state.core()?;
        let now = core.clock().now();
        let next = core.with_open_vault(|v| retention::next_deletion(v, now)).transpose()?.flatten();
        let _ = self.next.set_text(tray_line(next.as_ref(), now));
        Ok(retention::next_deadline(core)?)
    }
}

/// "Next deletion in 3 h: 1 original, 1 thumbnail"
fn tray_line(next: Option<&NextDeletion>, now: OffsetDateTime) -> String {
    let Some(next) = next else { return "Nothing is scheduled for deletion".into() };
    let at = OffsetDateTime::parse(&next.at, &time::format_description::well_known::Rfc3339).unwrap_or(now);
    let o = next.objects;
    let what = [(o.originals, "original"), (o.outputs, "output")]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}{}", if *n == 1 { "" } else { "s" }))
        .collect::<Vec<_>>()
        .join(", ");
    format!("Next deletion {}: {what}", in_words(at - now))
}

/// A time span as people say it: "in 5 min", "in 3 h", "in 2 days".
fn in_words(left: time::Duration) -> String {
    let minutes = left.whole_minutes();
    match minutes {
        ..1 => "within a minute".into(),
        1..60 => format!("in {minutes} min"),
        60..2880 => format!("in {} h", minutes / 60),
        _ => format!("in {} days", minutes / 1440),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_read_like_speech() {
        assert_eq!(in_words(time::Duration::seconds(20)), "within a minute");
        assert_eq!(in_words(time::Duration::minutes(5)), "in 5 min");
        assert_eq!(in_words(time::Duration::hours(3)), "in 3 h");
        assert_eq!(in_words(time::Duration::days(29)), "in 29 days");
    }
}
