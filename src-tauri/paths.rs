//! Where Seed Studio keeps its data, decided once at start.
//!
//! The data directory is, in order: `--data-dir DIR`, then `SEED_STUDIO_DATA_DIR`, then the
//! platform's app-data folder joined with the app identifier (the same folder Tauri's
//! `app_data_dir()` names, so the window and the CLI always agree). Everything the app writes
//! lives under it; nothing is written elsewhere.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::codes::{Code, HasCode};

/// The bundle identifier; must equal `identifier` in `tauri.conf.json` (a test checks).
pub const APP_IDENTIFIER: &str = "studio.seed.desktop";

/// The environment variable that overrides the data directory.
pub const DATA_DIR_ENV: &str = "SEED_STUDIO_DATA_DIR";

/// Failures to settle on, or prepare, the data directory.
#[derive(Debug, thiserror::Error)]
pub enum PathsError {
    /// The OS did not say where per-user application data belongs.
    #[error(
        "this system has no per-user application data folder; pass --data-dir or set SEED_STUDIO_DATA_DIR"
    )]
    NoPlatformDir,
    /// The data directory could not be created or is not a directory.
    #[error("the data folder cannot be prepared: {0}")]
    Prepare(io::ErrorKind),
}

impl HasCode for PathsError {
    fn code(&self) -> Code {
        Code::DataDir
    }
}

/// The resolved locations of everything Seed Studio stores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    data_dir: PathBuf,
}

impl Paths {
    /// Resolve the data directory: an explicit choice (CLI flag or environment, already merged
    /// by the caller) wins over the platform default. Relative paths are made absolute.
    pub fn resolve(explicit: Option<&Path>) -> Result<Self, PathsError> {
        let dir = match explicit {
            Some(dir) => dir.to_path_buf(),
            None => Self::platform_default()?,
        };
        let data_dir = std::path::absolute(&dir).map_err(|e| PathsError::Prepare(e.kind()))?;
        Ok(Paths { data_dir })
    }

    /// The platform's per-user app-data folder for Seed Studio.
    pub fn platform_default() -> Result<PathBuf, PathsError> {
        dirs::data_dir().map(|d| d.join(APP_IDENTIFIER)).ok_or(PathsError::NoPlatformDir)
    }

    /// Create the data directory (and its log folder) if missing, private to the user.
    pub fn prepare(&self) -> Result<(), PathsError> {
        for dir in [&self.data_dir, &self.logs_dir()] {
            create_private_dir(dir).map_err(|e| PathsError::Prepare(e.kind()))?;
        }
        Ok(())
    }

    /// The data directory itself.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// `config.toml` in the data directory.
    pub fn config_file(&self) -> PathBuf {
        self.data_dir.join("config.toml")
    }

    /// The folder of operational log files.
    pub fn logs_dir(&self) -> PathBuf {
        self.data_dir.join("logs")
    }

    /// The lock file held by the process that owns this data directory.
    pub fn lock_file(&self) -> PathBuf {
        self.data_dir.join("instance.lock")
    }

    /// Beside the lock: "window" while the window holds it (see `instance`).
    pub fn owner_file(&self) -> PathBuf {
        self.data_dir.join("instance.owner")
    }

    /// The encrypted index database (created by the vault).
    pub fn index_file(&self) -> PathBuf {
        self.data_dir.join("index.db")
    }

    /// The folder of sealed vault objects.
    pub fn vault_dir(&self) -> PathBuf {
        self.data_dir.join("vault")
    }

    /// The vault's manifest: its id and where its key lives (nothing secret).
    pub fn vault_manifest(&self) -> PathBuf {
        self.data_dir.join("vault.toml")
    }

    /// The app-lock passphrase's Argon2id hash (PHC string), when one is set.
    pub fn app_lock_file(&self) -> PathBuf {
        self.data_dir.join("app-lock")
    }

    /// The passphrase-sealed master key, for vaults without a keyring.
    pub fn key_file(&self) -> PathBuf {
        self.data_dir.join("vault.key")
    }
}

fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)?;
    if fs::metadata(dir)?.is_dir() {
        Ok(())
    } else {
        Err(io::Error::new(io::ErrorKind::NotADirectory, "not a directory"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_dir_wins_and_is_made_absolute() {
        let paths = Paths::resolve(Some(Path::new("some/rel/dir"))).unwrap();
        assert!(paths.data_dir().is_absolute());
        assert!(paths.data_dir().ends_with("some/rel/dir"));
        assert_eq!(paths.config_file(), paths.data_dir().join("config.toml"));
    }

    #[test]
    fn default_dir_is_named_after_the_identifier() {
        if let Ok(dir) = Paths::platform_default() {
            assert!(dir.ends_with(APP_IDENTIFIER));
        }
    }

    #[test]
    fn prepare_creates_private_folders_and_rejects_a_file_in_the_way() {
        let tmp = tempfile::tempdir().unwrap();
        let paths = Paths::resolve(Some(&tmp.path().join("data"))).unwrap();
        paths.prepare().unwrap();
        assert!(paths.logs_dir().is_dir());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(paths.data_dir()).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o700);
        }
        let file = tmp.path().join("file");
        fs::write(&file, b"x").unwrap();
        let err = Paths::resolve(Some(&file)).unwrap().prepare().unwrap_err();
        assert!(matches!(err, PathsError::Prepare(_)));
    }

    // The window (Tauri) and the CLI must agree on the identifier, or they would use two folders.
    #[test]
    fn identifier_matches_tauri_conf() {
        let conf: serde_json::Value = serde_json::from_str(include_str!("../tauri.conf.json")).unwrap();
        assert_eq!(conf["identifier"], APP_IDENTIFIER);
    }
}
