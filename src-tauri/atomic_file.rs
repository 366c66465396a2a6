//! Crash-safe whole-file replacement: write a temp file beside the target, fsync it, rename it
//! over the target, then fsync the directory. A reader sees the old file or the new one, never
//! a torn mix, whatever moment the process or the machine dies.
//!
//! [`create_private`] and [`sync_dir`] are the building blocks the vault store uses for its
//! own (streamed) writes.
//!
//! Temp files are named `.<name>.tmp-<random>` so a start-up sweep can recognise and remove
//! leftovers; [`is_temp_name`] is that test.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

const TEMP_MARKER: &str = ".tmp-";

/// Replace `path` with `bytes` atomically and durably. On error the target is unchanged and
/// the temp file is removed.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "target has no file name"))?;
    let mut suffix = [0u8; 8];
    getrandom::fill(&mut suffix).map_err(io::Error::other)?;
    let suffix: String = suffix.iter().map(|b| format!("{b:02x}")).collect();
    let tmp = dir.join(format!(".{}{TEMP_MARKER}{suffix}", name.to_string_lossy()));

    let result = (|| {
        let mut file = create_private(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Whether `file_name` is one of our temp names (a leftover from an interrupted write).
pub fn is_temp_name(file_name: &str) -> bool {
    file_name.starts_with('.') && file_name.contains(TEMP_MARKER)
}

/// Create a new file (never an existing one) readable only by its owner (where the OS has such
/// modes).
pub fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Make a rename or unlink durable: on Unix the directory entry itself must be flushed.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = dir; // NTFS journals renames; directories cannot be opened for sync on Windows.
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_content_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("config.toml");
        write(&target, b"first").unwrap();
        write(&target, b"second").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"second");
        let names: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, vec!["config.toml".to_string()]);
    }

    #[test]
    fn failure_leaves_the_old_file_intact() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("x");
        write(&target, b"old").unwrap();
        // A directory in the way of the rename makes the write fail after the temp file exists.
        let blocked = dir.path().join("blocked");
        fs::create_dir(&blocked).unwrap();
        fs::write(blocked.join("child"), b"").unwrap();
        assert!(write(&blocked, b"new").is_err());
        assert_eq!(fs::read(&target).unwrap(), b"old");
        assert!(fs::read_dir(dir.path())
            .unwrap()
            .all(|e| !is_temp_name(&e.unwrap().file_name().to_string_lossy())));
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private_to_their_owner() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("secret");
        write(&target, b"x").unwrap();
        assert_eq!(fs::metadata(&target).unwrap().permissions().mode() & 0o777, 0o600);
    }

    #[test]
    fn recognises_only_its_own_temp_names() {
        assert!(is_temp_name(".config.toml.tmp-0011aabbccddeeff"));
        assert!(!is_temp_name("config.toml"));
        assert!(!is_temp_name(".hidden"));
    }
}
