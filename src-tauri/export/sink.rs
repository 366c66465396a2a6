//! Where an export's files go: a folder or a `.zip`, written under a temporary name beside the
//! target and renamed into place by [`Sink::finish`]. Dropping an unfinished sink removes the
//! temporary — so an error or a cancel leaves nothing behind.

use std::fs::{self, File};
use std::io::{self, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use zip::write::SimpleFileOptions;

use super::forward::ForwardWriter;

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum SinkError {
    /// The target exists already.
    #[error("{0} exists already; choose a new name (exports never overwrite)")]
    Exists(String),
    /// The disk refused (full, read-only, no permission).
    #[error("the export could not be written ({0:?}); nothing was left behind")]
    Io(io::ErrorKind),
}

impl From<io::Error> for SinkError {
    fn from(e: io::Error) -> Self {
        SinkError::Io(e.kind())
    }
}

impl From<zip::result::ZipError> for SinkError {
    fn from(e: zip::result::ZipError) -> Self {
        match e {
            zip::result::ZipError::Io(e) => SinkError::Io(e.kind()),
            _ => SinkError::Io(io::ErrorKind::Other),
        }
    }
}

enum Target {
    Folder,
    Zip(Box<zip::ZipWriter<BufWriter<File>>>),
    /// A zip streamed through age into the file: plaintext never touches the disk, and only one
    /// file of the archive is in memory at a time.
    Age(Box<zip::ZipWriter<ForwardWriter<age::stream::StreamWriter<BufWriter<File>>>>>),
}

/// The shape of an export.
#[derive(Debug, Clone)]
pub enum Format {
    /// A folder of files.
    Folder,
    /// One `.zip` file.
    Zip,
    /// One `.zip` sealed in the age format with this passphrase (an encrypted backup).
    Age(crate::secrets::Sensitive<String>),
}

/// An export being written.
pub struct Sink {
    target: Target,
    temp: PathBuf,
    to: PathBuf,
    done: bool,
}

impl Sink {
    /// Start writing to `to` in `format`; `to` must not exist, except as an empty folder for
    /// a folder export (`mkdir out && seed-studio export --all --to out`): that is replaced,
    /// never merged into, so nothing is ever overwritten.
    pub fn create(to: &Path, format: Format) -> Result<Sink, SinkError> {
        let empty_folder = matches!(format, Format::Folder) && is_empty_dir(to);
        if to.exists() && !empty_folder {
            return Err(SinkError::Exists(
                to.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
            ));
        }
        let parent = to.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        fs::create_dir_all(parent)?;
        let mut random = [0u8; 6];
        getrandom::fill(&mut random).map_err(|_| SinkError::Io(io::ErrorKind::Other))?;
        let name = to.file_name().map_or_else(|| "export".into(), |n| n.to_string_lossy().into_owned());
        remove_stale_partials(parent);
        let temp = parent.join(format!(".{name}{PARTIAL}{}", hex::encode(random)));
        let target = match format {
            Format::Zip => Target::Zip(Box::new(zip::ZipWriter::new(BufWriter::new(File::create(&temp)?)))),
            Format::Age(passphrase) => {
                let passphrase = age::secrecy::SecretString::from(passphrase.expose().clone());
                let file = BufWriter::new(File::create(&temp)?);
                let mut recipient = age::scrypt::Recipient::new(passphrase);
                recipient.set_work_factor(BACKUP_WORK_FACTOR);
                let encryptor =
                    age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                        .map_err(|_| SinkError::Io(io::ErrorKind::Other))?;
                let sealed = encryptor.wrap_output(file)?;
                let mut zip = zip::ZipWriter::new(ForwardWriter::new(sealed));
                // Each file goes on to age once written; the buffer never holds two.
                zip.set_flush_on_finish_file(true);
                Target::Age(Box::new(zip))
            }
            Format::Folder => {
                fs::create_dir(&temp)?;
                Target::Folder
            }
        };
        Ok(Sink { target, temp, to: to.to_path_buf(), done: false })
    }

    /// Add a file at `name` (relative, `/`-separated). Images are stored (already compressed);
    /// everything else is deflated.
    pub fn add(&mut self, name: &str, bytes: &[u8], compress: bool) -> Result<(), SinkError> {
        match &mut self.target {
            Target::Folder => {
                let path = self.temp.join(name);
                if let Some(dir) = path.parent() {
                    fs::create_dir_all(dir)?;
                }
                let mut file = File::create(&path)?;
                file.write_all(bytes)?;
                file.sync_all()?;
            }
            Target::Zip(zip) => add_to_zip(zip, name, bytes, compress)?,
            Target::Age(zip) => add_to_zip(zip, name, bytes, compress)?,
        }
        Ok(())
    }

    /// Complete the export and move it to its final name; returns that path.
    pub fn finish(mut self) -> Result<PathBuf, SinkError> {
        match std::mem::replace(&mut self.target, Target::Folder) {
            Target::Zip(zip) => {
                let file = zip.finish()?.into_inner().map_err(|e| SinkError::Io(e.error().kind()))?;
                file.sync_all()?;
            }
            Target::Age(zip) => {
                let sealed = zip.finish()?.into_inner()?;
                let file = sealed.finish()?.into_inner().map_err(|e| SinkError::Io(e.error().kind()))?;
                file.sync_all()?;
            }
            Target::Folder => {}
        }
        if is_empty_dir(&self.to) && self.temp.is_dir() {
            // The empty folder the user gave: POSIX renames over it in one step; Windows
            // cannot, so there it is removed first (still empty, so nothing is lost).
            if fs::rename(&self.temp, &self.to).is_err() {
                fs::remove_dir(&self.to)?;
                fs::rename(&self.temp, &self.to)?;
            }
        } else if self.to.exists() {
            return Err(SinkError::Exists(self.to.display().to_string()));
        } else {
            fs::rename(&self.temp, &self.to)?;
        }
        if let Some(parent) = self.to.parent() {
            let _ = crate::atomic_file::sync_dir(parent);
        }
        self.done = true;
        Ok(self.to.clone())
    }
}

/// What marks an unfinished export's temporary name: `.NAME.partial-<12 hex digits>`.
const PARTIAL: &str = ".partial-";
/// An unfinished export untouched this long was left by a killed process, not one running now
/// (a running export touches it with every file it adds).
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(120);

fn is_empty_dir(path: &Path) -> bool {
    fs::read_dir(path).is_ok_and(|mut entries| entries.next().is_none())
}

/// Remove what killed exports left in `dir`: their temporaries hold decrypted images.
fn remove_stale_partials(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_partial = name.starts_with('.')
            && name
                .rsplit_once(PARTIAL)
                .is_some_and(|(_, tail)| tail.len() == 12 && tail.bytes().all(|b| b.is_ascii_hexdigit()));
        if !is_partial {
            // Only our own temporaries are looked at further (the folder may hold thousands).
            continue;
        }
        // A folder export adds its files under `images/`: that is where it shows it is alive.
        let untouched = |p: &Path| {
            fs::metadata(p)
                .and_then(|m| m.modified())
                .map_or(true, |t| t.elapsed().is_ok_and(|age| age >= STALE_AFTER))
        };
        if untouched(&entry.path()) && untouched(&entry.path().join("images")) {
            let path = entry.path();
            let removed = if path.is_dir() { fs::remove_dir_all(&path) } else { fs::remove_file(&path) };
            if removed.is_ok() {
                tracing::info!("removed an unfinished export left by an interrupted run");
            }
        }
    }
}

fn add_to_zip<W: Write + io::Seek>(
    zip: &mut zip::ZipWriter<W>,
    name: &str,
    bytes: &[u8],
    compress: bool,
) -> Result<(), SinkError> {
    let method = if compress { zip::CompressionMethod::Deflated } else { zip::CompressionMethod::Stored };
    zip.start_file(name, SimpleFileOptions::default().compression_method(method).unix_permissions(0o600))?;
    zip.write_all(bytes)?;
    Ok(())
}

/// scrypt's work factor (N = 2^18: 256 MiB, about half a second here) for the backups we write:
/// the strength age's own tool aims at, fixed so that every backup costs the same to open.
pub const BACKUP_WORK_FACTOR: u8 = 18;
/// The most a backup may ask for before its passphrase is even tried. A file's header chooses
/// its own work factor, so a crafted one could otherwise cost minutes and gigabytes (age accepts
/// up to 16x its own measure). Two doublings above ours: earlier versions let age measure the
/// machine, which gave 20 (1 GiB) on the machines we test on, and those backups must restore.
pub const MAX_BACKUP_WORK_FACTOR: u8 = 20;

/// A backup sealed by [`Sink`], opened for reading: the zip inside, decrypted as it is read
/// (age authenticates every 64 KiB chunk, so a tampered or cut-off file fails while reading).
pub type Backup = zip::ZipArchive<age::stream::StreamReader<BufReader<File>>>;

/// Open the backup at `path` with `passphrase`.
pub fn open_backup(
    path: &Path,
    passphrase: &crate::secrets::Sensitive<String>,
) -> Result<Backup, UnsealError> {
    let file = File::open(path).map_err(|e| UnsealError::Unreadable(e.kind()))?;
    let decryptor =
        age::Decryptor::new_buffered(BufReader::new(file)).map_err(|_| UnsealError::NotABackup)?;
    let mut identity =
        age::scrypt::Identity::new(age::secrecy::SecretString::from(passphrase.expose().clone()));
    identity.set_max_work_factor(MAX_BACKUP_WORK_FACTOR);
    let reader =
        decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)).map_err(|e| match e {
            age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => {
                UnsealError::WrongPassphrase
            }
            _ => UnsealError::NotABackup,
        })?;
    zip::ZipArchive::new(reader).map_err(|_| UnsealError::NotABackup)
}

/// Why a backup could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum UnsealError {
    /// Wrong passphrase (or a damaged file: age cannot tell them apart).
    #[error("the passphrase does not open this backup (or the file is damaged)")]
    WrongPassphrase,
    /// Not an age file, or cut off.
    #[error("this is not a Seed Studio backup (or it is damaged)")]
    NotABackup,
    /// The file cannot be read.
    #[error("the backup file cannot be read ({0:?})")]
    Unreadable(io::ErrorKind),
}

impl Drop for Sink {
    fn drop(&mut self) {
        if !self.done {
            // Close the file first (Windows cannot remove an open file).
            drop(std::mem::replace(&mut self.target, Target::Folder));
            let _ = fs::remove_dir_all(&self.temp);
            let _ = fs::remove_file(&self.temp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder_export(to: &Path) -> Result<PathBuf, SinkError> {
        let mut sink = Sink::create(to, Format::Folder)?;
        sink.add("images/a.jpg", b"jpeg", false)?;
        sink.finish()
    }

    #[test]
    fn an_existing_empty_folder_takes_the_export_and_a_full_one_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        fs::create_dir(&out).unwrap();
        folder_export(&out).unwrap();
        assert_eq!(fs::read(out.join("images/a.jpg")).unwrap(), b"jpeg");
        // Now it has files: never written into.
        assert!(matches!(folder_export(&out), Err(SinkError::Exists(_))));
        assert_eq!(fs::read_dir(&out).unwrap().count(), 1, "nothing added beside the first export");
        // A zip never replaces a folder, even an empty one.
        let empty = dir.path().join("empty.zip");
        fs::create_dir(&empty).unwrap();
        assert!(matches!(Sink::create(&empty, Format::Zip), Err(SinkError::Exists(_))));
    }

    #[test]
    fn a_killed_export_s_leftovers_are_removed_by_the_next_one_but_a_live_one_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join(".out.partial-0123456789ab");
        fs::create_dir_all(old.join("images")).unwrap();
        fs::write(old.join("images/secret.jpg"), b"decrypted").unwrap();
        let live = dir.path().join(".other.partial-ba9876543210");
        fs::create_dir_all(live.join("images")).unwrap();
        let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        for p in [old.clone(), old.join("images")] {
            File::open(&p).unwrap().set_modified(long_ago).unwrap();
        }
        let unrelated = dir.path().join(".notes.partial-xyz");
        fs::write(&unrelated, b"mine").unwrap();
        File::open(&unrelated).unwrap().set_modified(long_ago).unwrap();

        folder_export(&dir.path().join("new")).unwrap();
        assert!(!old.exists(), "the killed export's decrypted images are gone");
        assert!(live.exists(), "an export touched recently may still be running");
        assert!(unrelated.exists(), "only our own temporary names are touched");
    }
}
