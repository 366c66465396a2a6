//! `doctor`: what this installation is and whether its parts work — the About panel and
//! `seed-studio doctor` show the same report.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::vault::VaultReport;
use crate::secrets::{self, KeyringStatus, KeyringStore, Sensitive};
use crate::AppCore;

/// The health report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DoctorReport {
    /// The application version.
    pub app_version: String,
    /// The operating system and architecture, e.g. `linux x86_64`.
    pub platform: String,
    /// The data directory in use.
    pub data_dir: String,
    /// The settings file (it may not exist yet: defaults apply).
    pub config_file: String,
    /// Whether `config_file` exists.
    pub config_exists: bool,
    /// The folder of operational logs.
    pub logs_dir: String,
    /// Whether the OS keyring really stores secrets.
    pub keyring: KeyringStatus,
    /// The encrypted index database.
    pub index_file: String,
    /// Whether the index exists yet (it is created with the vault).
    pub index_exists: bool,
    /// The vault: whether there is one, where its key is, whether it opens, the ciphers.
    pub vault: VaultReport,
}

/// Build the report. Probing the keyring writes and deletes one canary entry; a passphrase, if
/// given, lets it check that a passphrase vault opens.
#[tracing::instrument(skip_all)]
pub fn report(core: &AppCore, passphrase: Option<&Sensitive<String>>) -> DoctorReport {
    let paths = core.paths();
    let keyring = secrets::probe(&KeyringStore::default());
    tracing::info!(keyring_reachable = keyring.reachable, "doctor report made");
    DoctorReport {
        app_version: crate::APP_VERSION.to_string(),
        platform: format!("{} {}", std::env::consts::OS, std::env::consts::ARCH),
        data_dir: paths.data_dir().display().to_string(),
        config_file: paths.config_file().display().to_string(),
        config_exists: paths.config_file().is_file(),
        logs_dir: paths.logs_dir().display().to_string(),
        keyring,
        index_file: paths.index_file().display().to_string(),
        index_exists: paths.index_file().is_file(),
        vault: super::vault::report(core, passphrase),
    }
}
