//! The app's IPC commands, one list shared by `build.rs` (which generates a deny-by-default
//! `allow-<name>` permission for each) and the shell (whose tests check the capability grants
//! exactly these). Adding a command means adding it here, to `generate_handler!`, and to
//! `src-tauri/capabilities/main.json`.

/// Every `#[tauri::command]` the main window may call.
pub const COMMANDS: &[&str] = &[
    "doctor",
    "settings_get",
    "settings_set",
    "provider_keys_list",
    "provider_key_set",
    "provider_key_delete",
    "vault_status",
    "vault_init",
    "vault_unlock",
    "objects_list",
    "objects_facets",
    "object_import",
    "objects_delete",
    "retention_get",
    "retention_preview",
    "retention_apply",
    "object_keep_longer",
    "generate_preview",
    "generate_send",
    "generate_discard_preview",
    "prompt_check",
    "tasks_list",
    "task_cancel",
    "task_retry",
    "consent_list",
    "consent_grant",
    "consent_withdraw",
    "ledger_list",
    "privacy_inventory",
    "task_show",
    "task_delete",
    "export_start",
    "export_cancel",
    "erase_all",
];
