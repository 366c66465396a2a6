//! The desktop shell: the only module that names `tauri`. It builds the window, wires IPC
//! commands to [`crate::api`], and enforces the process-level rules: one instance per data
//! directory (a second launch focuses the first window), commands granted to the main window
//! only. It holds no business logic.
//!
//! If the core cannot open (say `config.toml` has an unknown key), the window still opens and
//! every command answers with that error, so the UI can explain what to fix instead of the app
//! vanishing without a word.

mod background;
pub mod command_names;
mod commands;
mod generation;
mod organise;
mod privacy;
mod thumb_protocol;
mod watch_folder;

use std::path::Path;
use std::process::ExitCode;

use sha2::{Digest, Sha256};
use tauri::Manager;

use crate::error::ErrorBody;
use crate::instance::DataDirLock;
use crate::paths::{Paths, APP_IDENTIFIER};
use crate::AppCore;

/// The label of the one window; capabilities grant commands to it by this name.
pub const MAIN_WINDOW: &str = "main";

/// Managed state: the core, or why it could not open.
pub struct CoreState(Result<AppCore, ErrorBody>);

impl CoreState {
    /// The core, or the start-up error for the UI to show.
    pub fn core(&self) -> Result<&AppCore, ErrorBody> {
        self.0.as_ref().map_err(Clone::clone)
    }
}

/// Open the app window (hidden in the tray when `in_tray`, as at login) and run until quit.
pub fn run(data_dir: Option<&Path>, in_tray: bool) -> ExitCode {
    // `_logs` keeps the log writer alive until the app has finished.
    let (paths, core, _logs) = match AppCore::start_for_user(data_dir) {
        Ok(started) => (started.paths, started.core.map_err(ErrorBody::from), started.logs),
        Err(e) => return fail(&ErrorBody::from(e)),
    };

    let app = tauri::Builder::default()
        // First among plugins: a second launch must hand over before anything else starts.
        .plugin(
            tauri_plugin_single_instance::Builder::new()
                .dbus_id(single_instance_id(&paths))
                .callback(|app, _argv, _cwd| focus_main_window(app))
                .build(),
        )
        .plugin(
            tauri_plugin_autostart::Builder::new()
                .app_name("Seed Studio")
                .arg(background::IN_TRAY_ARG)
                .build(),
        )
        .plugin(tauri_plugin_dialog::init())
        .manage(CoreState(core))
        .manage(watch_folder::WatchState::default())
        .manage(generation::Generation::default())
        .manage(privacy::Exports::default())
        .invoke_handler(tauri::generate_handler![
            commands::doctor,
            commands::system_locales,
            commands::settings_get,
            commands::settings_set,
            commands::provider_keys_list,
            commands::provider_key_set,
            commands::provider_key_delete,
            commands::vault_status,
            commands::vault_init,
            commands::vault_unlock,
            commands::objects_list,
            commands::objects_facets,
            commands::object_import,
            commands::objects_delete,
            commands::retention_get,
            commands::retention_preview,
            commands::retention_apply,
            commands::object_keep_longer,
            commands::generate_preview,
            commands::subject_candidates,
            commands::task_sent,
            commands::edit_preview,
            commands::prompt_improve,
            commands::models_list,
            commands::prompt_describe,
            commands::generate_send,
            commands::video_preview,
            commands::video_send,
            commands::video_models,
            commands::generate_discard_preview,
            commands::prompt_check,
            commands::tasks_list,
            commands::task_cancel,
            commands::task_retry,
            commands::consent_list,
            commands::consent_grant,
            commands::consent_withdraw,
            commands::ledger_list,
            commands::privacy_inventory,
            commands::task_show,
            commands::task_delete,
            commands::export_start,
            commands::export_cancel,
            commands::backup_start,
            commands::restore_start,
            commands::erase_all,
            commands::lock_status,
            commands::app_lock,
            commands::app_unlock,
            commands::lock_passphrase_set,
            commands::lock_passphrase_clear,
            commands::logs_recent,
            commands::diagnostics_report,
            commands::idphoto_specs,
            commands::idphoto_warm_up,
            commands::idphoto_preview,
            commands::idphoto_make,
            organise::objects_star,
            organise::boards_list,
            organise::board_create,
            organise::board_rename,
            organise::board_delete,
            organise::board_add,
            organise::board_remove,
            organise::prompts_list,
            organise::prompt_save,
            organise::prompt_delete,
            organise::prompt_history,
            organise::prompt_history_delete,
            organise::prompt_history_clear,
            organise::task_reuse,
        ])
        .on_window_event(|window, event| {
            // Closing hides to the tray, so retention timers keep running (unless turned off).
            if let tauri::WindowEvent::CloseRequested { api, .. } = event {
                if background::close_to_tray(window.app_handle()) {
                    api.prevent_close();
                    let _ = window.hide();
                    tracing::info!("window hidden to the tray");
                }
            }
        })
        .register_asynchronous_uri_scheme_protocol(thumb_protocol::SCHEME, thumb_protocol::handle)
        .setup(move |app| {
            // The lock lives as long as the app; the OS frees it if we crash.
            app.manage(DataDirLock::acquire_for_window(&paths)?);
            let config = app
                .config()
                .app
                .windows
                .iter()
                .find(|w| w.label == MAIN_WINDOW)
                .ok_or("tauri.conf.json has no main window")?
                .clone();
            tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?.visible(!in_tray).build()?;
            tracing::info!(in_tray, "window opened");
            watch_folder::restart(app.handle());
            background::start(app.handle())?;
            // Tasks queued before the last stop run again once the vault is open (a keyring
            // vault opens here; a passphrase vault at unlock).
            let handle = app.handle().clone();
            std::thread::spawn(move || {
                let state = handle.state::<CoreState>();
                let owner = handle.state::<DataDirLock>();
                if let Ok(core) = state.core() {
                    let opened = core
                        .with_vault(|| crate::api::objects::open_as_owner(core, None, &owner), |_| Ok(()));
                    if opened.is_ok() {
                        generation::resume_queued(&handle);
                    }
                }
            });
            if let Ok(core) = app.state::<CoreState>().core() {
                if let Err(e) =
                    background::apply_start_at_login(app.handle(), core.config().background.start_at_login)
                {
                    tracing::warn!(error = %e, "start at login could not be applied");
                }
            }
            Ok(())
        })
        .build(tauri::generate_context!());

    match app {
        Ok(app) => {
            app.run(|_, _| {});
            ExitCode::SUCCESS
        }
        Err(e) => {
            let message = match &e {
                tauri::Error::Setup(inner) => inner.to_string(),
                other => other.to_string(),
            };
            fail(&ErrorBody { code: crate::Code::Internal, message })
        }
    }
}

fn fail(body: &ErrorBody) -> ExitCode {
    use std::io::Write;
    tracing::error!(error = %body.message, "the app could not start");
    let _ = writeln!(std::io::stderr(), "error: {}", body.message);
    ExitCode::FAILURE
}

fn focus_main_window(app: &tauri::AppHandle) {
    if let Some(window) = app.get_webview_window(MAIN_WINDOW) {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
    tracing::info!("a second launch was redirected to this window");
}

/// The D-Bus name stem for the single-instance plugin (Linux): one per data directory, so two
/// different vaults may run side by side while a second launch on the same vault focuses the
/// first. D-Bus name elements must not start with a digit, hence the `d` prefix.
fn single_instance_id(paths: &Paths) -> String {
    let digest = Sha256::digest(paths.data_dir().as_os_str().as_encoded_bytes());
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("{APP_IDENTIFIER}.d{hex}")
}

#[cfg(test)]
mod tests {
    use super::command_names::COMMANDS;
    use super::*;

    // Commands are deny-by-default; the main window gets exactly the app's own commands.
    #[test]
    fn capability_grants_exactly_the_app_commands_to_the_main_window() {
        let cap: serde_json::Value = serde_json::from_str(include_str!("../capabilities/main.json")).unwrap();
        assert_eq!(cap["windows"], serde_json::json!([MAIN_WINDOW]));
        let mut granted: Vec<String> =
            cap["permissions"].as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_string()).collect();
        let mut expected: Vec<String> =
            COMMANDS.iter().map(|c| format!("allow-{}", c.replace('_', "-"))).collect();
        // Listening to the app's own events (gallery refresh); nothing else from core.
        expected.extend(["core:event:allow-listen".to_string(), "core:event:allow-unlisten".to_string()]);
        granted.sort();
        expected.sort();
        assert_eq!(granted, expected, "no core:default, no plugin permissions, nothing extra");
    }

    #[test]
    fn security_settings_are_strict() {
        let conf: serde_json::Value = serde_json::from_str(include_str!("../../tauri.conf.json")).unwrap();
        let app = &conf["app"];
        assert_eq!(app["withGlobalTauri"], false);
        assert_eq!(app["security"]["freezePrototype"], true);
        assert_eq!(app["security"]["assetProtocol"]["enable"], false);
        assert_eq!(app["security"]["capabilities"], serde_json::json!(["main"]));
        let csp = &app["security"]["csp"];
        // The page reaches only the IPC and its own thumb: protocol (a video read in ranges).
        assert_eq!(csp["connect-src"], "ipc: http://ipc.localhost thumb: http://thumb.localhost");
        assert_eq!(csp["media-src"], "thumb: http://thumb.localhost blob:");
        assert_eq!(csp["default-src"], "'self'");
        assert_eq!(csp["script-src"], "'self'");
        assert_eq!(csp["object-src"], "'none'");
        for (directive, value) in csp.as_object().unwrap() {
            let v = value.as_str().unwrap();
            assert!(!v.contains("https:") && !v.contains("http:*") && !v.contains('*'), "{directive}: {v}");
            assert!(!v.contains("unsafe-eval") && !v.contains("data:"), "{directive}: {v}");
        }
    }

    #[test]
    fn single_instance_id_is_a_valid_dbus_name_per_data_dir() {
        let a = single_instance_id(&Paths::resolve(Some(Path::new("/tmp/a"))).unwrap());
        let b = single_instance_id(&Paths::resolve(Some(Path::new("/tmp/b"))).unwrap());
        assert_ne!(a, b);
        for element in a.split('.') {
            assert!(!element.is_empty() && !element.starts_with(|c: char| c.is_ascii_digit()), "{a}");
            assert!(element.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'), "{a}");
        }
    }
}
