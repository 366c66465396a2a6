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
    /// Start writing to `to` in `format`; `to` must not exist.
    pub fn create(to: &Path, format: Format) -> Result<Sink, SinkError> {
        if to.exists() {
            return Err(SinkError::Exists(
                to.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
            ));
        }
        let parent = to.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        fs::create_dir_all(parent)?;
        let mut random = [0u8; 6];
        getrandom::fill(&mut random).map_err(|_| SinkError::Io(io::ErrorKind::Other))?;
        let name = to.file_name().map_or_else(|| "export".into(), |n| n.to_string_lossy().into_owned());
        let temp = parent.join(format!(".{name}.partial-{}", hex::encode(random)));
        let target = match format {
            Format::Zip => Target::Zip(Box::new(zip::ZipWriter::new(BufWriter::new(File::create(&temp)?)))),
            Format::Age(passphrase) => {
                let passphrase = age::secrecy::SecretString::from(passphrase.expose().clone());
                let file = BufWriter::new(File::create(&temp)?);
                let sealed = age::Encryptor::with_user_passphrase(passphrase).wrap_output(file)?;
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
        if self.to.exists() {
            return Err(SinkError::Exists(self.to.display().to_string()));
        }
        fs::rename(&self.temp, &self.to)?;
        if let Some(parent) = self.to.parent() {
            let _ = crate::atomic_file::sync_dir(parent);
        }
        self.done = true;
        Ok(self.to.clone())
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
    let identity = age::scrypt::Identity::new(age::secrecy::SecretString::from(passphrase.expose().clone()));
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
