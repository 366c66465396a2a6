//! One process per data directory. The desktop app holds an exclusive OS file lock on
//! `instance.lock` for its whole life, so two processes never share a vault even where the
//! window-focusing single-instance mechanism (D-Bus on Linux) is unavailable. The OS releases
//! the lock when the process dies, so a crash never leaves the data directory stuck.

use std::fs::{File, OpenOptions};
use std::io;

use crate::error::{Code, HasCode};
use crate::paths::Paths;

/// Failure to become the data directory's owner.
#[derive(Debug, thiserror::Error)]
pub enum InstanceError {
    /// Another process holds the lock.
    #[error("Seed Studio is already running with this data folder")]
    AlreadyRunning,
    /// The lock file could not be opened or locked.
    #[error("the data folder cannot be locked: {0}")]
    Io(io::ErrorKind),
}

impl HasCode for InstanceError {
    fn code(&self) -> Code {
        match self {
            InstanceError::AlreadyRunning => Code::AlreadyRunning,
            InstanceError::Io(_) => Code::DataDir,
        }
    }
}

/// Proof of exclusive ownership of a data directory; released on drop.
#[derive(Debug)]
pub struct DataDirLock {
    _file: File,
}

impl DataDirLock {
    /// Take the lock without waiting.
    pub fn acquire(paths: &Paths) -> Result<DataDirLock, InstanceError> {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(paths.lock_file())
            .map_err(|e| InstanceError::Io(e.kind()))?;
        match file.try_lock() {
            Ok(()) => Ok(DataDirLock { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) => Err(InstanceError::AlreadyRunning),
            Err(std::fs::TryLockError::Error(e)) => Err(InstanceError::Io(e.kind())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_lock_on_the_same_dir_is_refused_until_the_first_is_dropped() {
        let tmp = tempfile::tempdir().unwrap();
        let paths = Paths::resolve(Some(tmp.path())).unwrap();
        paths.prepare().unwrap();
        let first = DataDirLock::acquire(&paths).unwrap();
        let err = DataDirLock::acquire(&paths).unwrap_err();
        assert!(matches!(err, InstanceError::AlreadyRunning));
        assert_eq!(err.code(), Code::AlreadyRunning);
        drop(first);
        DataDirLock::acquire(&paths).unwrap();
    }
}
