//! Helpers: a fresh data directory per test and a builder to run the binary against it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The `seed-studio` binary cargo built for these tests.
pub const BIN: &str = env!("CARGO_BIN_EXE_seed-studio");

/// A throw-away data directory (deleted on drop).
pub struct DataDir {
    tmp: tempfile::TempDir,
}

impl DataDir {
    pub fn new() -> Self {
        DataDir { tmp: tempfile::tempdir().expect("temp dir") }
    }

    /// The data directory path (not created until the binary runs).
    pub fn path(&self) -> PathBuf {
        self.tmp.path().join("data")
    }

    pub fn write_config(&self, text: &str) {
        std::fs::create_dir_all(self.path()).unwrap();
        std::fs::write(self.path().join("config.toml"), text).unwrap();
    }

    /// Run `seed-studio --data-dir <this> ARGS...`.
    pub fn run(&self, args: &[&str]) -> Run {
        let mut run = Run::new(args);
        run.cmd.arg("--data-dir").arg(self.path());
        run
    }
}

/// One invocation of the binary.
pub struct Run {
    cmd: Command,
    stdin: Option<Vec<u8>>,
}

impl Run {
    /// `seed-studio ARGS...` with no data-dir override from the environment.
    pub fn new(args: &[&str]) -> Self {
        let mut cmd = Command::new(BIN);
        cmd.args(args).env_remove("SEED_STUDIO_DATA_DIR");
        Run { cmd, stdin: None }
    }

    pub fn env(mut self, key: &str, value: impl AsRef<std::ffi::OsStr>) -> Self {
        self.cmd.env(key, value);
        self
    }

    pub fn env_remove(mut self, key: &str) -> Self {
        self.cmd.env_remove(key);
        self
    }

    /// Add `--flag PATH`.
    pub fn flag(mut self, flag: &str, path: &Path) -> Self {
        self.cmd.arg(flag).arg(path);
        self
    }

    pub fn stdin(mut self, bytes: &[u8]) -> Self {
        self.stdin = Some(bytes.to_vec());
        self
    }

    pub fn output(mut self) -> Output {
        self.cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = self.cmd.spawn().expect("spawn seed-studio");
        let mut pipe = child.stdin.take().unwrap();
        if let Some(bytes) = self.stdin.take() {
            pipe.write_all(&bytes).unwrap();
        }
        drop(pipe);
        child.wait_with_output().unwrap()
    }

    /// Start it in the background (stdout and stderr piped).
    pub fn spawn(mut self) -> std::process::Child {
        self.cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
        self.cmd.spawn().expect("spawn seed-studio")
    }

    /// Run, require success, parse stdout as JSON.
    pub fn json_ok(self) -> serde_json::Value {
        let out = self.output();
        assert!(
            out.status.success(),
            "exit {:?}\nstdout: {}\nstderr: {}",
            out.status,
            text(&out.stdout),
            text(&out.stderr)
        );
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", text(&out.stdout)))
    }

    /// Run, require failure with `exit`, parse stdout as JSON.
    pub fn json_err(self, exit: i32) -> serde_json::Value {
        let out = self.output();
        assert_eq!(
            out.status.code(),
            Some(exit),
            "stdout: {}\nstderr: {}",
            text(&out.stdout),
            text(&out.stderr)
        );
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", text(&out.stdout)))
    }
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Every regular file under `dir`, recursively.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out
}

/// A random marker, so a test's secret text cannot be found by coincidence.
pub fn marker(label: &str) -> String {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    format!("{label}-{nanos:x}-{}", std::process::id())
}
