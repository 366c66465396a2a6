//! The watch folder: image files that appear in a folder the user chose are handed to `on_ready`
//! once they have stopped growing (a camera or a sync client may still be writing them). Files
//! already there when watching starts count too — they may have arrived while the app was closed;
//! the vault's duplicate detection makes a second hand-over harmless.
//!
//! One worker thread owns the state; [`WatchHandle`]'s `Drop` stops it and joins it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

/// How long a file's size must stay the same before it is imported.
pub const SETTLE: Duration = Duration::from_millis(1500);
const TICK: Duration = Duration::from_millis(200);
const EXTENSIONS: [&str; 11] =
    ["jpg", "jpeg", "png", "webp", "gif", "tif", "tiff", "bmp", "heic", "heif", "avif"];

/// Why a folder cannot be watched.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    /// Not an existing folder.
    #[error("the watch folder does not exist or is not a folder")]
    NotAFolder,
    /// The OS refused to watch it.
    #[error("the watch folder cannot be watched: {0}")]
    Watch(String),
}

/// A running watch; dropping it stops watching.
pub struct WatchHandle {
    stop: Arc<AtomicBool>,
    worker: Option<JoinHandle<()>>,
    _watcher: notify::RecommendedWatcher,
}

impl Drop for WatchHandle {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

/// Whether `path` looks like an image we would try to import.
pub fn is_candidate(path: &Path) -> bool {
    let hidden = path.file_name().and_then(|n| n.to_str()).is_none_or(|n| n.starts_with('.'));
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    !hidden && ext.is_some_and(|e| EXTENSIONS.contains(&e.as_str()))
}

/// Watch `folder` (not its subfolders); call `on_ready` once per settled image file.
pub fn watch(folder: &Path, on_ready: impl Fn(PathBuf) + Send + 'static) -> Result<WatchHandle, WatchError> {
    if !folder.is_dir() {
        return Err(WatchError::NotAFolder);
    }
    let (tx, rx) = mpsc::channel::<PathBuf>();
    let events = tx.clone();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event {
            for path in event.paths {
                let _ = events.send(path);
            }
        }
    })
    .map_err(|e| WatchError::Watch(e.to_string()))?;
    watcher.watch(folder, RecursiveMode::NonRecursive).map_err(|e| WatchError::Watch(e.to_string()))?;
    // What is already there.
    if let Ok(entries) = std::fs::read_dir(folder) {
        for entry in entries.flatten() {
            let _ = tx.send(entry.path());
        }
    }
    let stop = Arc::new(AtomicBool::new(false));
    let stopped = stop.clone();
    let worker = std::thread::Builder::new()
        .name("watch-folder".into())
        .spawn(move || run(rx, stopped, on_ready))
        .map_err(|e| WatchError::Watch(e.to_string()))?;
    Ok(WatchHandle { stop, worker: Some(worker), _watcher: watcher })
}

fn run(rx: mpsc::Receiver<PathBuf>, stop: Arc<AtomicBool>, on_ready: impl Fn(PathBuf)) {
    // path -> (size last seen, when it last changed)
    let mut pending: HashMap<PathBuf, (u64, Instant)> = HashMap::new();
    while !stop.load(Ordering::SeqCst) {
        match rx.recv_timeout(TICK) {
            Ok(path) if is_candidate(&path) => {
                if let Ok(meta) = std::fs::metadata(&path) {
                    if meta.is_file() {
                        let entry = pending.entry(path).or_insert((meta.len(), Instant::now()));
                        if entry.0 != meta.len() {
                            *entry = (meta.len(), Instant::now());
                        }
                    }
                }
            }
            Ok(_) | Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
        let now = Instant::now();
        let mut ready = Vec::new();
        pending.retain(|path, (size, changed)| match std::fs::metadata(path) {
            Err(_) => false, // gone (moved away, deleted)
            Ok(meta) if meta.len() != *size => {
                *size = meta.len();
                *changed = now;
                true
            }
            Ok(_) if now.duration_since(*changed) >= SETTLE && *size > 0 => {
                ready.push(path.clone());
                false
            }
            Ok(_) => true,
        });
        for path in ready {
            on_ready(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::sync::Mutex;

    use super::*;

    fn collector() -> (Arc<Mutex<Vec<PathBuf>>>, impl Fn(PathBuf) + Send + 'static) {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = seen.clone();
        (seen, move |p| sink.lock().unwrap().push(p))
    }

    fn wait_for(seen: &Arc<Mutex<Vec<PathBuf>>>, n: usize) {
        let deadline = Instant::now() + Duration::from_secs(15);
        while seen.lock().unwrap().len() < n {
            assert!(Instant::now() < deadline, "only {:?}", seen.lock().unwrap());
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    #[test]
    fn a_growing_file_is_handed_over_once_after_it_settles() {
        let dir = tempfile::tempdir().unwrap();
        let (seen, on_ready) = collector();
        let _watch = watch(dir.path(), on_ready).unwrap();
        let path = dir.path().join("camera.jpg");
        let mut file = std::fs::File::create(&path).unwrap();
        let started = Instant::now();
        for _ in 0..6 {
            file.write_all(&[0u8; 4096]).unwrap();
            file.flush().unwrap();
            std::thread::sleep(Duration::from_millis(300));
        }
        drop(file);
        wait_for(&seen, 1);
        assert!(started.elapsed() >= Duration::from_millis(1400) + SETTLE, "handed over while still growing");
        std::thread::sleep(SETTLE + Duration::from_millis(500));
        assert_eq!(*seen.lock().unwrap(), vec![path], "exactly once");
    }

    #[test]
    fn files_already_there_count_and_other_files_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("old.png"), b"png").unwrap();
        std::fs::write(dir.path().join("notes.txt"), b"text").unwrap();
        std::fs::write(dir.path().join(".hidden.jpg"), b"x").unwrap();
        std::fs::create_dir(dir.path().join("sub.jpg")).unwrap();
        let (seen, on_ready) = collector();
        let _watch = watch(dir.path(), on_ready).unwrap();
        wait_for(&seen, 1);
        std::thread::sleep(SETTLE);
        assert_eq!(*seen.lock().unwrap(), vec![dir.path().join("old.png")]);
    }

    #[test]
    fn dropping_the_handle_stops_watching() {
        let dir = tempfile::tempdir().unwrap();
        let (seen, on_ready) = collector();
        drop(watch(dir.path(), on_ready).unwrap());
        std::fs::write(dir.path().join("late.jpg"), b"jpg").unwrap();
        std::thread::sleep(SETTLE + Duration::from_millis(500));
        assert!(seen.lock().unwrap().is_empty());
        assert!(matches!(watch(&dir.path().join("missing"), |_| {}), Err(WatchError::NotAFolder)));
    }
}
