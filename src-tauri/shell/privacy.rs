//! The user's rights in the window: exports, encrypted backups and restores, run in the
//! background with progress events (`export-progress`) and a cancel; erase-all, after which
//! the window starts over as on a new machine.

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

/// What the window exports into.
pub enum Shape {
    /// A folder of files.
    Folder,
    /// One `.zip`.
    Zip,
    /// An encrypted backup (age, with this passphrase).
    Backup(crate::secrets::Sensitive<String>),
}

/// Ask the user where to put an export named `name`: a new file (zip or backup), or a folder
/// to create it in. `None` when they close the dialog.
fn choose_target(app: &AppHandle, name: &str, shape: &Shape) -> Option<PathBuf> {
    use tauri_plugin_dialog::DialogExt;
    let dialog = app.dialog().file().set_title("Export from Seed Studio");
    let file = match shape {
        Shape::Folder => {
            let folder = dialog.blocking_pick_folder()?;
            return folder.into_path().ok().map(|dir| dir.join(name));
        }
        Shape::Zip => dialog.set_file_name(name).add_filter("Zip archive", &["zip"]).blocking_save_file()?,
        Shape::Backup(_) => {
            dialog.set_file_name(name).add_filter("Encrypted backup (age)", &["age"]).blocking_save_file()?
        }
    };
    file.into_path().ok()
}

/// Run `work` as the one export or restore under way, with a cancel token the window can use.
fn exclusive<T>(
    app: &AppHandle,
    work: impl FnOnce(&CancelToken) -> Result<T, crate::Error>,
) -> Result<T, ErrorBody> {
    let exports = app.state::<Exports>();
    let token = CancelToken::default();
    {
        let mut current = exports.0.lock().unwrap_or_else(|p| p.into_inner());
        if current.is_some() {
            return Err(
                crate::Error::InvalidInput("an export or a restore is already under way".into()).into()
            );
        }
        *current = Some(token.clone());
    }
    let result = work(&token);
    *exports.0.lock().unwrap_or_else(|p| p.into_inner()) = None;
    Ok(result?)
}

/// Export `selection` into a new, time-stamped folder, zip or backup: in the exports folder, or
/// where the user chooses in a native dialog when `choose` (always for a backup).
pub fn export(
    app: &AppHandle,
    selection: Selection,
    shape: Shape,
    strip_metadata: bool,
    choose: bool,
) -> Result<ExportReport, ErrorBody> {
    let state = app.state::<CoreState>();
    let core = state.core()?;
    exclusive(app, |token| {
        let stamp = core
            .clock()
            .now()
            .format(time::macros::format_description!("[year]-[month]-[day] [hour].[minute].[second]"))
            .unwrap_or_default();
        let name = match shape {
            Shape::Folder => format!("Seed Studio export {stamp}"),
            Shape::Zip => format!("Seed Studio export {stamp}.zip"),
            Shape::Backup(_) => format!("Seed Studio backup {stamp}.age"),
        };
        let to = if choose || matches!(shape, Shape::Backup(_)) {
            choose_target(app, &name, &shape)
                .ok_or_else(|| crate::Error::Cancelled("no place was chosen; nothing was exported".into()))?
        } else {
            exports_dir()?.join(&name)
        };
        let format = match shape {
            Shape::Folder => crate::export::Format::Folder,
            Shape::Zip => crate::export::Format::Zip,
            Shape::Backup(passphrase) => crate::export::Format::Age(passphrase),
        };
        let request = ExportRequest { selection, to, format, strip_metadata };
        privacy::export(core, &request, token, &|p| {
            let _ = app.emit_to(MAIN_WINDOW, EXPORT_PROGRESS_EVENT, p);
        })
    })
}

/// Restore a backup the user picks in a native dialog (progress: `export-progress` events).
pub fn restore(
    app: &AppHandle,
    passphrase: crate::secrets::Sensitive<String>,
) -> Result<privacy::RestoreReport, ErrorBody> {
    use tauri_plugin_dialog::DialogExt;
    let state = app.state::<CoreState>();
    let core = state.core()?;
    exclusive(app, |token| {
        let path = app
            .dialog()
            .file()
            .set_title("Restore a Seed Studio backup")
            .add_filter("Encrypted backup (age)", &["age"])
            .blocking_pick_file()
            .and_then(|f| f.into_path().ok())
            .ok_or_else(|| crate::Error::Cancelled("no backup was chosen; nothing was restored".into()))?;
        privacy::restore_backup(core, &path, &passphrase, token, &|p| {
            let _ = app.emit_to(MAIN_WINDOW, EXPORT_PROGRESS_EVENT, p);
        })
    })
}
