//! The user's rights in the window: exports written in the background with progress events
//! (`export-progress`) and a cancel, into the user's Pictures folder; erase-all, after which the
//! window starts over as on a new machine.

use std::path::PathBuf;
use std::sync::Mutex;

use tauri::{AppHandle, Emitter, Manager};

use super::{CoreState, MAIN_WINDOW};
use crate::api::privacy::{self, ExportReport, ExportRequest, Selection};
use crate::error::ErrorBody;
use crate::tasks::CancelToken;

/// The event carrying an [`privacy::ExportProgress`].
pub const EXPORT_PROGRESS_EVENT: &str = "export-progress";

/// Managed state: the export under way, if any (one at a time).
#[derive(Default)]
pub struct Exports(Mutex<Option<CancelToken>>);

impl Exports {
    /// Stop the export under way; false if there is none.
    pub fn cancel(&self) -> bool {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).as_ref().map(CancelToken::cancel).is_some()
    }
}

/// Where the window's exports go: `~/Pictures/Seed Studio exports/`.
fn exports_dir() -> Result<PathBuf, crate::Error> {
    dirs::picture_dir()
        .or_else(dirs::home_dir)
        .map(|d| d.join("Seed Studio exports"))
        .ok_or_else(|| crate::Error::InvalidInput("there is no Pictures or home folder to export to".into()))
}

/// Ask the user where to put an export named `name`: a new zip file, or a folder to create it
/// in. `None` when they close the dialog.
fn choose_target(app: &AppHandle, name: &str, zip: bool) -> Option<PathBuf> {
    use tauri_plugin_dialog::DialogExt;
    let dialog = app.dialog().file().set_title("Export from Seed Studio");
    if zip {
        let file = dialog.set_file_name(name).add_filter("Zip archive", &["zip"]).blocking_save_file()?;
        file.into_path().ok()
    } else {
        let folder = dialog.blocking_pick_folder()?;
        folder.into_path().ok().map(|dir| dir.join(name))
    }
}

/// Export `selection` into a new, time-stamped folder or zip: in the exports folder, or where
/// the user chooses in a native dialog when `choose`.
pub fn export(
    app: &AppHandle,
    selection: Selection,
    zip: bool,
    strip_metadata: bool,
    choose: bool,
) -> Result<ExportReport, ErrorBody> {
    let state = app.state::<CoreState>();
    let core = state.core()?;
    let exports = app.state::<Exports>();
    let token = CancelToken::default();
    {
        let mut current = exports.0.lock().unwrap_or_else(|p| p.into_inner());
        if current.is_some() {
            return Err(crate::Error::InvalidInput("an export is already under way".into()).into());
        }
        *current = Some(token.clone());
    }
    let stamp = core
        .clock()
        .now()
        .format(time::macros::format_description!("[year]-[month]-[day] [hour].[minute].[second]"))
        .unwrap_or_default();
    let name = format!("Seed Studio export {stamp}{}", if zip { ".zip" } else { "" });
    let target = if choose {
        choose_target(app, &name, zip)
            .ok_or_else(|| crate::egress::gate::EgressError::Cancelled("choosing where to export").into())
    } else {
        exports_dir().map(|dir| dir.join(&name))
    };
    let result = target.and_then(|to| {
        let format = if zip { crate::export::Format::Zip } else { crate::export::Format::Folder };
        let request = ExportRequest { selection, to, format, strip_metadata };
        privacy::export(core, &request, &token, &|p| {
            let _ = app.emit_to(MAIN_WINDOW, EXPORT_PROGRESS_EVENT, p);
        })
    });
    *exports.0.lock().unwrap_or_else(|p| p.into_inner()) = None;
    Ok(result?)
}
