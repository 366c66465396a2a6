//! Reading and changing the user's settings (`config.toml`).

use crate::config::Config;
use crate::{AppCore, Error};

/// The current settings.
pub fn get(core: &AppCore) -> Config {
    core.config()
}

/// Replace the settings and persist them atomically; returns what is now in force.
/// Retention windows are kept as they are: they change only through
/// [`crate::api::retention::apply`], which previews and re-applies them to the vault.
#[tracing::instrument(skip_all)]
pub fn set(core: &AppCore, mut config: Config) -> Result<Config, Error> {
    config.retention = core.config().retention;
    core.replace_config(config)?;
    tracing::info!("settings saved");
    Ok(core.config())
}

/// The operating system's preferred languages as BCP 47 tags, most preferred first (`ja-JP`).
/// The window chooses its language from these when Settings say "system": WebKitGTK's
/// `navigator.languages` does not follow the session's locale.
pub fn system_locales() -> Vec<String> {
    sys_locale::get_locales().map(|tag| tag.replace('_', "-")).collect()
}
