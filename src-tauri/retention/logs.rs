//! Operational log files go `retention.logs` (at most 24 h) after their last line. The
//! appender writes one file per hour, so a file's modification time is its last line.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use time::OffsetDateTime;

use super::policy::{deadline, Item, Policy};
use crate::logging::LOG_FILE_PREFIX;

/// The log files in `dir` that are due at `now`. A missing folder has none.
pub fn due(dir: &Path, policy: &Policy, now: OffsetDateTime) -> io::Result<Vec<PathBuf>> {
    Ok(log_files(dir)?
        .into_iter()
        .filter(|(_, last_written)| deadline(&Item::LogFile { last_written: *last_written }, policy) <= now)
        .map(|(path, _)| path)
        .collect())
}

/// Delete the log files in `dir` that are due at `now`; returns how many went.
pub fn purge(dir: &Path, policy: &Policy, now: OffsetDateTime) -> io::Result<usize> {
    let mut deleted = 0;
    for path in due(dir, policy, now)? {
        match fs::remove_file(&path) {
            Ok(()) => deleted += 1,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    Ok(deleted)
}

/// The earliest deadline of any log file in `dir`.
pub fn next_deadline(dir: &Path, policy: &Policy) -> io::Result<Option<OffsetDateTime>> {
    Ok(log_files(dir)?
        .into_iter()
        .map(|(_, last_written)| deadline(&Item::LogFile { last_written }, policy))
        .min())
}

/// How many log files `dir` holds and their total size (0, 0 when unreadable).
pub fn usage(dir: &Path) -> (u64, u64) {
    let files = log_files(dir).unwrap_or_default();
    let bytes = files.iter().filter_map(|(p, _)| fs::metadata(p).ok()).map(|m| m.len()).sum();
    (files.len() as u64, bytes)
}

/// The log files written within `window` before `now`, oldest first (the log view).
pub fn recent(dir: &Path, window: time::Duration, now: OffsetDateTime) -> io::Result<Vec<PathBuf>> {
    let mut files: Vec<_> =
        log_files(dir)?.into_iter().filter(|(_, at)| at.saturating_add(window) >= now).collect();
    files.sort_by_key(|(_, at)| *at);
    Ok(files.into_iter().map(|(p, _)| p).collect())
}

/// Every Seed Studio log file in `dir` (erasing everything removes them all).
pub fn all(dir: &Path) -> io::Result<Vec<PathBuf>> {
    Ok(log_files(dir)?.into_iter().map(|(p, _)| p).collect())
}

/// A log file's last write, as retention counts it. Several filesystems accept any time; one
/// more than a day ahead of the clock (beyond `OffsetDateTime`'s range, even) cannot be a real
/// last line, so it counts as long past: the file is due at the next sweep, never kept forever
/// and never a panic.
fn last_written(modified: std::time::SystemTime) -> OffsetDateTime {
    let horizon = std::time::SystemTime::now() + std::time::Duration::from_secs(86_400);
    if modified > horizon {
        return OffsetDateTime::UNIX_EPOCH;
    }
    let since_epoch = modified.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    OffsetDateTime::UNIX_EPOCH
        .saturating_add(time::Duration::try_from(since_epoch).unwrap_or(time::Duration::MAX))
}

/// Seed Studio's log files in `dir` with their modification times.
fn log_files(dir: &Path) -> io::Result<Vec<(PathBuf, OffsetDateTime)>> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry?;
        let ours = entry.file_name().to_str().is_some_and(|n| n.starts_with(LOG_FILE_PREFIX));
        let meta = entry.metadata()?;
        if ours && meta.is_file() {
            files.push((entry.path(), last_written(meta.modified()?)));
        }
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, SystemTime};

    use super::*;

    fn log_written(dir: &Path, name: &str, ago: Duration) -> PathBuf {
        let path = dir.join(name);
        fs::write(&path, "line\n").unwrap();
        let file = fs::File::options().write(true).open(&path).unwrap();
        file.set_modified(SystemTime::now() - ago).unwrap();
        path
    }

    #[test]
    fn deletes_only_our_files_past_their_window() {
        let dir = tempfile::tempdir().unwrap();
        let hour = Duration::from_secs(3600);
        let old = log_written(dir.path(), "seed-studio.2026-01-01-00.log", 25 * hour);
        let fresh = log_written(dir.path(), "seed-studio.2026-01-02-00.log", 23 * hour);
        let foreign = log_written(dir.path(), "notes.txt", 100 * hour);
        let now = OffsetDateTime::now_utc();
        let policy = Policy::default();
        assert_eq!(next_deadline(dir.path(), &policy).unwrap().map(|d| d < now), Some(true));
        assert_eq!(due(dir.path(), &policy, now).unwrap(), std::slice::from_ref(&old));
        assert_eq!(purge(dir.path(), &policy, now).unwrap(), 1);
        assert!(!old.exists() && fresh.exists() && foreign.exists());
        // A shorter window takes the other one too.
        let short = Policy { logs: super::super::Window::hours(1), ..Policy::default() };
        assert_eq!(purge(dir.path(), &short, now).unwrap(), 1);
        assert!(!fresh.exists() && foreign.exists());
        assert_eq!(next_deadline(dir.path(), &short).unwrap(), None);
    }

    #[test]
    fn a_log_from_the_far_future_is_due_at_once_and_nothing_panics() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("seed-studio.2026-01-03-00.log");
        fs::write(&path, "line\n").unwrap();
        let far = SystemTime::UNIX_EPOCH + Duration::from_secs(400_000 * 365 * 86_400);
        // Not every filesystem stores such a time; when this one refuses, try the year 9999.
        let file = fs::File::options().write(true).open(&path).unwrap();
        if file.set_modified(far).is_err() {
            file.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(253_402_300_000)).unwrap();
        }
        let now = OffsetDateTime::now_utc();
        let policy = Policy::default();
        assert!(next_deadline(dir.path(), &policy).unwrap().is_some_and(|d| d <= now));
        assert_eq!(recent(dir.path(), time::Duration::hours(24), now).unwrap().len(), 0);
        assert_eq!(purge(dir.path(), &policy, now).unwrap(), 1);
        assert!(!path.exists());
    }

    #[test]
    fn a_missing_folder_has_nothing_to_delete() {
        let dir = tempfile::tempdir().unwrap();
        let gone = dir.path().join("logs");
        assert_eq!(purge(&gone, &Policy::default(), OffsetDateTime::now_utc()).unwrap(), 0);
        assert_eq!(next_deadline(&gone, &Policy::default()).unwrap(), None);
    }
}
