//! `AppCore`: the one object every host holds. It owns the resolved paths, the loaded config,
//! the injected clock and the secret store; use cases in [`crate::api`] take it by reference.
//! It performs no I/O after construction except through those parts, and knows nothing of
//! windows, IPC or terminals.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use crate::api::objects::Vault;
use crate::clock::{Clock, SystemClock};
use crate::config::Config;
use crate::error::Error;
use crate::logging::{self, LogGuard};
use crate::paths::Paths;
use crate::secrets::{KeyringStore, SecretStore};

/// The application core. See the module docs.
pub struct AppCore {
    paths: Paths,
    config: RwLock<Config>,
    clock: Arc<dyn Clock>,
    secrets: Arc<dyn SecretStore>,
    // The unlocked vault of a long-running host (the window); the CLI opens one per verb.
    vault: Mutex<Option<Vault>>,
    // The app lock: while set, the vault stays closed and nothing opens it but `unlock`.
    locked: AtomicBool,
}

impl AppCore {
    /// Prepare the data directory and load `config.toml` from it.
    pub fn open(
        paths: Paths,
        clock: Arc<dyn Clock>,
        secrets: Arc<dyn SecretStore>,
    ) -> Result<AppCore, Error> {
        paths.prepare()?;
        let config = Config::load(&paths.config_file())?;
        Ok(AppCore {
            paths,
            config: RwLock::new(config),
            clock,
            secrets,
            vault: Mutex::new(None),
            locked: AtomicBool::new(false),
        })
    }

    /// How every host starts: resolve and prepare the data directory, start file logging (at the
    /// configured level if the config is readable), then open the production core — system
    /// clock, OS keyring. A core that fails to open is returned as an error *after* logging has
    /// started, so the failure is in the log and the host can still explain it.
    pub fn start_for_user(data_dir: Option<&Path>) -> Result<Started, Error> {
        let paths = Paths::resolve(data_dir)?;
        paths.prepare()?;
        let level = Config::load(&paths.config_file()).map(|c| c.logging.level).unwrap_or_default();
        let logs = logging::init(&paths.logs_dir(), level);
        let core = AppCore::open(paths.clone(), Arc::new(SystemClock), Arc::new(KeyringStore::default()));
        if let Err(e) = &core {
            tracing::warn!(error = %e, "the core did not open");
        }
        Ok(Started { paths, core, logs })
    }

    /// Where everything lives.
    pub fn paths(&self) -> &Paths {
        &self.paths
    }

    /// A snapshot of the current settings.
    pub fn config(&self) -> Config {
        self.config.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Persist new settings, then make them current. If the write fails, nothing changes.
    pub fn replace_config(&self, config: Config) -> Result<(), Error> {
        let mut current = self.config.write().unwrap_or_else(|p| p.into_inner());
        config.save(&self.paths.config_file())?;
        *current = config;
        Ok(())
    }

    /// The injected clock.
    pub fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }

    /// A shared handle to the clock, for long-lived tasks (the retention scheduler).
    pub fn clock_handle(&self) -> Arc<dyn Clock> {
        self.clock.clone()
    }

    /// Run `f` with the unlocked vault. If none is open yet, `open` is asked for one (e.g. from
    /// the keyring); it stays open for later calls. Calls are serialized (one index connection).
    pub fn with_vault<T>(
        &self,
        open: impl FnOnce() -> Result<Vault, Error>,
        f: impl FnOnce(&Vault) -> Result<T, Error>,
    ) -> Result<T, Error> {
        let mut slot = self.vault.lock().unwrap_or_else(|p| p.into_inner());
        if self.is_locked() {
            return Err(crate::vault::master::VaultError::AppLocked.into());
        }
        if slot.is_none() {
            *slot = Some(open()?);
        }
        match slot.as_ref() {
            Some(vault) => f(vault),
            None => Err(Error::InvalidInput("the vault is not open".into())),
        }
    }

    /// Run `f` on the vault if it is open; `None` if it is not (never opens it: the scheduler
    /// must not unlock anything by itself).
    pub fn with_open_vault<T>(&self, f: impl FnOnce(&Vault) -> Result<T, Error>) -> Option<Result<T, Error>> {
        self.vault.lock().unwrap_or_else(|p| p.into_inner()).as_ref().map(f)
    }

    /// Lock the app: close the vault (its keys are zeroized as it drops) and refuse to open it
    /// again until [`AppCore::unlock`].
    pub fn lock(&self) {
        let mut slot = self.vault.lock().unwrap_or_else(|p| p.into_inner());
        self.locked.store(true, Ordering::SeqCst);
        drop(slot.take());
    }

    /// Unlock with a vault opened by whoever checked the passphrase.
    pub fn unlock(&self, vault: Vault) {
        let mut slot = self.vault.lock().unwrap_or_else(|p| p.into_inner());
        *slot = Some(vault);
        self.locked.store(false, Ordering::SeqCst);
    }

    /// Whether the app is locked.
    pub fn is_locked(&self) -> bool {
        self.locked.load(Ordering::SeqCst)
    }

    /// Close the vault (its index connection) and hand it back; `None` if none was open.
    pub fn take_vault(&self) -> Option<Vault> {
        self.vault.lock().unwrap_or_else(|p| p.into_inner()).take()
    }

    /// Run `f` on the open vault, or fail with `locked` when it is not open: for long work
    /// (a generation, an export) that takes the vault's lock one step at a time.
    pub fn with_open_vault_or_locked<T>(
        &self,
        f: impl FnOnce(&Vault) -> Result<T, Error>,
    ) -> Result<T, Error> {
        self.with_open_vault(f).unwrap_or_else(|| {
            Err(if self.is_locked() {
                crate::vault::master::VaultError::AppLocked.into()
            } else {
                crate::vault::master::VaultError::PassphraseRequired.into()
            })
        })
    }

    /// Replace the open vault (after unlocking with a passphrase, or creating one).
    pub fn set_vault(&self, vault: Vault) {
        self.unlock(vault);
    }

    /// The secret store (the OS keyring in production).
    pub fn secrets(&self) -> &dyn SecretStore {
        self.secrets.as_ref()
    }
}

/// The result of [`AppCore::start_for_user`]: where data lives, the core or why it did not open,
/// and the log writer (kept alive as long as this value).
pub struct Started {
    /// The prepared data directory.
    pub paths: Paths,
    /// The core, or the reason it could not open (e.g. an invalid `config.toml`).
    pub core: Result<AppCore, Error>,
    /// Keep alive while the host runs: dropping it flushes and stops file logging.
    pub logs: Option<LogGuard>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Theme;

    fn core_in(dir: &Path) -> AppCore {
        let paths = Paths::resolve(Some(dir)).unwrap();
        // The keyring is never touched by these tests.
        AppCore::open(paths, Arc::new(SystemClock), Arc::new(KeyringStore::default())).unwrap()
    }

    #[test]
    fn new_settings_are_saved_and_become_current() {
        let tmp = tempfile::tempdir().unwrap();
        let core = core_in(tmp.path());
        let mut config = core.config();
        config.ui.theme = Theme::Dark;
        core.replace_config(config.clone()).unwrap();
        assert_eq!(core.config(), config);
        assert_eq!(Config::load(&core.paths().config_file()).unwrap(), config);
    }

    #[test]
    fn a_failed_save_changes_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let core = core_in(tmp.path());
        // A directory where config.toml should be makes the atomic rename fail.
        std::fs::create_dir(core.paths().config_file()).unwrap();
        let mut config = core.config();
        config.ui.theme = Theme::Light;
        let err = core.replace_config(config).unwrap_err();
        assert_eq!(crate::error::HasCode::code(&err), crate::Code::DataDir);
        assert_eq!(core.config().ui.theme, Theme::System);
    }
}
