//! Reading and changing the user's settings (`config.toml`).

use crate::config::Config;
use crate::{AppCore, Error};

/// The current settings.
pub fn get(core: &AppCore) -> Config {
    core.config()
}

/// Replace the settings and persist them atomically; returns what is now in force.
#[tracing::instrument(skip_all)]
pub fn set(core: &AppCore, config: Config) -> Result<Config, Error> {
    core.replace_config(config)?;
    tracing::info!("settings saved");
    Ok(core.config())
}
