//! One process per data directory. The desktop app holds an exclusive OS file lock on
//! `instance.lock` for its whole life, so two processes never share a vault even where the
//! window-focusing single-instance mechanism (D-Bus on Linux) is unavailable. The OS releases
//! the lock when the process dies, so a crash never leaves the data directory stuck.

use std::fs::{File, OpenOptions};
use std::io;
use std::time::{Duration, Instant};

use crate::codes::{Code, HasCode};
use crate::paths::Paths;

/// Failure to become the data directory's owner.
#[derive(Debug, thiserror::Error)]
pub enum InstanceError {
    /// Another process holds the lock.
    #[error("Seed Studio is already running with this data folder")]
    AlreadyRunning,
    /// The window holds the lock: a command would have to wait until it quits.
    #[error("the Seed Studio window is using this data folder (it may be in the tray); quit it first, or do this in the window")]
    WindowOpen,
    /// Another command held the lock for longer than we wait.
    #[error(
        "another Seed Studio command kept this data folder busy for {0} s; try again when it has finished"
    )]
    Busy(u64),
    /// The lock file could not be opened or locked.
    #[error("the data folder cannot be locked: {0}")]
    Io(io::ErrorKind),
}

impl HasCode for InstanceError {
    fn code(&self) -> Code {
        match self {
            InstanceError::AlreadyRunning | InstanceError::WindowOpen | InstanceError::Busy(_) => {
                Code::AlreadyRunning
            }
            InstanceError::Io(_) => Code::DataDir,
        }
    }
}

/// Proof of exclusive ownership of a data directory; released on drop.
#[derive(Debug)]
pub struct DataDirLock {
    _file: File,
}

/// Written beside the lock by the window, so a command can tell "the window has it" (refuse at
/// once) from "another command has it" (wait). Only read while the lock is held by someone.
const WINDOW_MARK: &str = "window";

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

    /// Take the lock for the window's whole life, and mark it as the window's.
    pub fn acquire_for_window(paths: &Paths) -> Result<DataDirLock, InstanceError> {
        let lock = Self::acquire(paths)?;
        std::fs::write(paths.owner_file(), WINDOW_MARK).map_err(|e| InstanceError::Io(e.kind()))?;
        Ok(lock)
    }

    /// Take the lock for a command: refuse at once when the window holds it; wait up to `wait`
    /// while another command does (`waiting` is called once, when the wait begins).
    pub fn acquire_for_command(
        paths: &Paths,
        wait: Duration,
        waiting: impl FnOnce(),
    ) -> Result<DataDirLock, InstanceError> {
        let start = Instant::now();
        let mut waiting = Some(waiting);
        loop {
            match Self::acquire(paths) {
                Ok(lock) => {
                    // Ours now: a mark left by a window that has quit (or crashed) is stale.
                    match std::fs::remove_file(paths.owner_file()) {
                        Ok(()) => {}
                        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                        Err(e) => return Err(InstanceError::Io(e.kind())),
                    }
                    return Ok(lock);
                }
                Err(InstanceError::AlreadyRunning) => {
                    let mark = std::fs::read_to_string(paths.owner_file()).unwrap_or_default();
                    if mark == WINDOW_MARK {
                        return Err(InstanceError::WindowOpen);
                    }
                    if start.elapsed() >= wait {
                        return Err(InstanceError::Busy(wait.as_secs()));
                    }
                    if let Some(tell) = waiting.take() {
                        tell();
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(e) => return Err(e),
            }
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

    #[test]
    fn a_command_refuses_at_once_while_the_window_holds_the_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let paths = Paths::resolve(Some(tmp.path())).unwrap();
        paths.prepare().unwrap();
        let window = DataDirLock::acquire_for_window(&paths).unwrap();
        let started = Instant::now();
        let err = DataDirLock::acquire_for_command(&paths, Duration::from_secs(30), || {}).unwrap_err();
        assert!(matches!(err, InstanceError::WindowOpen), "{err:?}");
        assert_eq!(err.code(), Code::AlreadyRunning);
        assert!(started.elapsed() < Duration::from_secs(5), "refused without waiting");
        drop(window);
        // The window quit: its mark is stale and the command takes the folder.
        DataDirLock::acquire_for_command(&paths, Duration::ZERO, || {}).unwrap();
        assert!(!paths.owner_file().exists());
    }

    #[test]
    fn a_command_waits_for_another_command_then_takes_the_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let paths = Paths::resolve(Some(tmp.path())).unwrap();
        paths.prepare().unwrap();
        let first = DataDirLock::acquire_for_command(&paths, Duration::ZERO, || {}).unwrap();
        let (told_tx, told_rx) = std::sync::mpsc::channel();
        let second = {
            let paths = paths.clone();
            std::thread::spawn(move || {
                DataDirLock::acquire_for_command(&paths, Duration::from_secs(60), move || {
                    told_tx.send(()).unwrap()
                })
                .map(drop)
            })
        };
        // The second command says it waits, and does not get the folder while the first has it.
        told_rx.recv_timeout(Duration::from_secs(30)).unwrap();
        assert!(!second.is_finished());
        drop(first);
        second.join().unwrap().unwrap();
        // With nobody letting go, the wait ends with a clear refusal.
        let holder = DataDirLock::acquire_for_command(&paths, Duration::ZERO, || {}).unwrap();
        let err = DataDirLock::acquire_for_command(&paths, Duration::from_millis(200), || {}).unwrap_err();
        assert!(matches!(err, InstanceError::Busy(_)), "{err:?}");
        drop(holder);
    }
}
