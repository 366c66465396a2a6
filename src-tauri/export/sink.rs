//! Where an export's files go: a folder or a `.zip`, written under a temporary name beside the
//! target and renamed into place by [`Sink::finish`]. Dropping an unfinished sink removes the
//! temporary — so an error or a cancel leaves nothing behind.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use zip::write::SimpleFileOptions;

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
}

/// An export being written.
pub struct Sink {
    target: Target,
    temp: PathBuf,
    to: PathBuf,
    done: bool,
}

impl Sink {
    /// Start writing to `to` (a folder, or a zip file when `zip`), which must not exist.
    pub fn create(to: &Path, zip: bool) -> Result<Sink, SinkError> {
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
        let target = if zip {
            Target::Zip(Box::new(zip::ZipWriter::new(BufWriter::new(File::create(&temp)?))))
        } else {
            fs::create_dir(&temp)?;
            Target::Folder
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
            Target::Zip(zip) => {
                let method =
                    if compress { zip::CompressionMethod::Deflated } else { zip::CompressionMethod::Stored };
                zip.start_file(
                    name,
                    SimpleFileOptions::default().compression_method(method).unix_permissions(0o600),
                )?;
                zip.write_all(bytes)?;
            }
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

impl Drop for Sink {
    fn drop(&mut self) {
        if !self.done {
            let _ = fs::remove_dir_all(&self.temp);
            let _ = fs::remove_file(&self.temp);
        }
    }
}
