//! A `Write + Seek` over a stream that only goes forward (an age encryptor), so the zip writer
//! can build an encrypted backup without the whole archive in memory. Bytes since the last
//! [`Write::flush`] stay in a buffer where the zip writer may seek back to patch a file's header
//! (sizes, CRC); the zip writer flushes after every file (`set_flush_on_finish_file`), so the
//! buffer never holds more than one file. A seek before the buffer is an error, not a silent
//! corruption.

use std::io::{self, Read, Seek, SeekFrom, Write};

/// See the module documentation.
pub struct ForwardWriter<W: Write> {
    inner: W,
    /// Bytes already handed to `inner`.
    flushed: u64,
    /// Bytes after `flushed`, not yet handed on (maybe a decrypted image: wiped when dropped).
    pending: zeroize::Zeroizing<Vec<u8>>,
    /// The write position, relative to `flushed`.
    pos: usize,
}

impl<W: Write> ForwardWriter<W> {
    /// Wrap `inner`.
    pub fn new(inner: W) -> Self {
        ForwardWriter { inner, flushed: 0, pending: zeroize::Zeroizing::new(Vec::new()), pos: 0 }
    }

    /// Hand on what is pending and return the stream.
    pub fn into_inner(mut self) -> io::Result<W> {
        self.flush()?;
        Ok(self.inner)
    }
}

impl<W: Write> Write for ForwardWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let end = self.pos + buf.len();
        if end > self.pending.len() {
            self.pending.resize(end, 0);
        }
        self.pending[self.pos..end].copy_from_slice(buf);
        self.pos = end;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.write_all(&self.pending)?;
        self.flushed += self.pending.len() as u64;
        // The bytes may be a decrypted image: wipe them, and give the memory back after a
        // large file so one big image does not pin its size for the rest of the backup.
        zeroize::Zeroize::zeroize(&mut *self.pending);
        if self.pending.capacity() > 8 << 20 {
            self.pending = zeroize::Zeroizing::new(Vec::new());
        }
        self.pos = 0;
        self.inner.flush()
    }
}

impl<W: Write> Seek for ForwardWriter<W> {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let end = self.flushed + self.pending.len() as u64;
        let here = self.flushed + self.pos as u64;
        let target = match to {
            SeekFrom::Start(n) => Some(n),
            SeekFrom::End(d) => end.checked_add_signed(d),
            SeekFrom::Current(d) => here.checked_add_signed(d),
        };
        match target {
            Some(t) if t >= self.flushed && t <= end => {
                self.pos = usize::try_from(t - self.flushed).map_err(|_| io::ErrorKind::InvalidInput)?;
                Ok(t)
            }
            _ => {
                Err(io::Error::new(io::ErrorKind::Unsupported, "seek outside the unflushed part of a stream"))
            }
        }
    }
}

/// The zip writer asks for `Read` only to copy files already written, which a backup never
/// does; reading is refused.
impl<W: Write> Read for ForwardWriter<W> {
    fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
        Err(io::Error::new(io::ErrorKind::Unsupported, "a forward-only stream cannot be read back"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patches_within_the_buffer_and_refuses_to_seek_into_what_was_handed_on() {
        let mut w = ForwardWriter::new(Vec::new());
        w.write_all(b"hello world").unwrap();
        w.seek(SeekFrom::Start(0)).unwrap();
        w.write_all(b"J").unwrap();
        assert_eq!(w.seek(SeekFrom::End(0)).unwrap(), 11);
        w.flush().unwrap();
        assert!(w.seek(SeekFrom::Start(3)).is_err(), "before the buffer");
        assert!(w.seek(SeekFrom::Current(1)).is_err(), "past the end");
        w.write_all(b"!").unwrap();
        assert_eq!(w.stream_position().unwrap(), 12);
        assert_eq!(w.into_inner().unwrap(), b"Jello world!");
    }

    #[test]
    fn a_zip_written_through_it_flushing_per_file_is_a_valid_zip() {
        let mut zip = zip::ZipWriter::new(ForwardWriter::new(Vec::new()));
        zip.set_flush_on_finish_file(true);
        let files: Vec<(String, Vec<u8>)> = (0..5u8)
            .map(|i| (format!("f{i}"), (0..(100_000 * usize::from(i))).map(|n| n as u8).collect()))
            .collect();
        for (i, (name, bytes)) in files.iter().enumerate() {
            let method =
                if i % 2 == 0 { zip::CompressionMethod::Stored } else { zip::CompressionMethod::Deflated };
            zip.start_file(
                name.as_str(),
                zip::write::SimpleFileOptions::default().compression_method(method),
            )
            .unwrap();
            zip.write_all(bytes).unwrap();
        }
        let bytes = zip.finish().unwrap().into_inner().unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        for (name, expected) in &files {
            let mut got = Vec::new();
            archive.by_name(name).unwrap().read_to_end(&mut got).unwrap();
            assert_eq!(&got, expected, "{name}");
        }
    }
}
