//! Runs the core's watch folder ([`crate::import::watch`]) for the window: settled files are
//! imported into the open vault, and the window hears `vault-changed` (refresh the gallery) or
//! `import-failed` (a message to show). Restarted whenever the settings change.

use std::path::Path;
use std::sync::Mutex;

use tauri::{AppHandle, Emitter, Manager};

use super::{CoreState, MAIN_WINDOW};
use crate::api;
use crate::error::ErrorBody;
use crate::import::watch::{self, WatchHandle};
use crate::instance::DataDirLock;

/// The running watch, if a folder is configured.
#[derive(Default)]
pub struct WatchState(Mutex<Option<WatchHandle>>);

/// Stop the current watch (if any) and start one for the configured folder (if any).
pub fn restart(app: &AppHandle) {
    let Some(state) = app.try_state::<WatchState>() else { return };
    let mut slot = state.0.lock().unwrap_or_else(|p| p.into_inner());
    *slot = None; // dropping the handle stops the old watch
    let Some(core_state) = app.try_state::<CoreState>() else { return };
    let Ok(core) = core_state.core() else { return };
    let config = core.config().import;
    let Some(folder) = config.watch_folder else { return };
    let handle = app.clone();
    let remove = config.delete_after_import;
    match watch::watch(Path::new(&folder), move |path| import(&handle, &path, remove)) {
        Ok(running) => {
            *slot = Some(running);
            tracing::info!(remove, "watch folder started");
        }
        Err(e) => {
            tracing::warn!(error = %e, "watch folder not started");
            let _ = app.emit_to(MAIN_WINDOW, "import-failed", e.to_string());
        }
    }
}

fn import(app: &AppHandle, path: &Path, remove: bool) {
    let (Some(state), Some(owner)) = (app.try_state::<CoreState>(), app.try_state::<DataDirLock>()) else {
        return;
    };
    let Ok(core) = state.core() else { return };
    let result = core.with_vault(
        || api::objects::open_as_owner(core, None, &owner),
        |vault| api::objects::import_watched(core, vault, path, remove),
    );
    let _ = match result {
        Ok(_) => app.emit_to(MAIN_WINDOW, "vault-changed", ()),
        Err(e) => app.emit_to(MAIN_WINDOW, "import-failed", ErrorBody::from(e).message),
    };
}
