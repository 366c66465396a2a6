//! Launching the app under WebDriver, waiting for the page, screenshots, clean shutdown.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use thirtyfour::prelude::*;

/// The app binary cargo built for these tests.
pub const BIN: &str = env!("CARGO_BIN_EXE_seed-studio");
const WAIT: Duration = Duration::from_secs(20);

/// One running app with its own data directory.
pub struct App {
    pub driver: WebDriver,
    pub data: PathBuf,
    _tmp: Option<tempfile::TempDir>,
    _driver_process: DriverProcess,
}

impl App {
    /// Launch on a fresh data directory.
    pub async fn launch() -> App {
        let tmp = tempfile::tempdir().expect("temp dir");
        let data = tmp.path().join("data");
        let mut app = App::launch_on(&data).await;
        app._tmp = Some(tmp);
        app
    }

    /// Launch on `data` (which the caller owns and may have prepared).
    pub async fn launch_on(data: &Path) -> App {
        App::launch_with_env(data, &[]).await
    }

    /// Launch on `data` with extra environment variables for the app (they pass through
    /// tauri-driver and WebKitWebDriver).
    pub async fn launch_with_env(data: &Path, env: &[(&str, &str)]) -> App {
        App::launch_program(Path::new(BIN), data, env).await
    }

    /// Launch on `data` under `strace -f` (the app and every process it starts: WebKit's web
    /// and network processes), recording each `connect`, `sendto`, `sendmsg` and `execve` with
    /// its time in `trace` (complete once `stop_traced` returns), and WebDriver's automation
    /// address (the one connection the test harness adds) in `trace` + `.automation`.
    pub async fn launch_traced(data: &Path, env: &[(&str, &str)], trace: &Path) -> App {
        // WebKitWebDriver starts the program it is given: a script that starts the app traced.
        // seccomp-bpf stops the app only at the calls traced, so the window keeps its speed.
        let wrapper = data.with_file_name("traced-app.sh");
        // The tracer's pid goes to `trace` + `.tracer`, for `stop_traced` (WebDriver's own stop
        // kills the script, which would leave strace's last lines unwritten).
        let script = format!(
            "#!/bin/sh\nprintf %s \"$WEBKIT_INSPECTOR_SERVER\" > '{trace}.automation'\n\
             strace -f --seccomp-bpf -qq -ttt -e trace=connect,sendto,sendmsg,execve -o '{trace}' '{BIN}' \"$@\" &\n\
             echo $! > '{trace}.tracer'\nwait\n",
            trace = trace.display()
        );
        std::fs::write(&wrapper, script).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();
        App::launch_program(&wrapper, data, env).await
    }

    async fn launch_program(program: &Path, data: &Path, env: &[(&str, &str)]) -> App {
        assert!(
            std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some(),
            "end-to-end tests need a display: run them under xvfb-run (see the README's test command)"
        );
        // reqwest (under thirtyfour) shares the app's rustls without a built-in provider; install
        // the same ring provider the app uses.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let caps = json!({
            "browserName": "wry",
            "tauri:options": { "application": program, "args": ["--data-dir", data] }
        });
        let caps: serde_json::Map<String, Value> = caps.as_object().unwrap().clone();
        // Starting the driver pair can fail for reasons of its own (seen once in many CI runs:
        // the session request's connection dropped, with two tests starting drivers at once);
        // start it again, a few times. An app that cannot start fails every attempt.
        let mut attempt = 0;
        let (driver, driver_process) = loop {
            attempt += 1;
            let (port, native_port) = (free_port(), free_port());
            let tauri_driver = std::env::var("TAURI_DRIVER").unwrap_or_else(|_| "tauri-driver".into());
            let child = Command::new(&tauri_driver)
                .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
                .envs(env.iter().copied())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap_or_else(|e| {
                    panic!("cannot start {tauri_driver} ({e}); install it with `cargo install tauri-driver`")
                });
            let driver_process = DriverProcess(child);
            // tauri-driver listens at once; WebKitWebDriver behind it takes a moment.
            wait_for_port(port);
            wait_for_port(native_port);
            match WebDriver::builder(format!("http://127.0.0.1:{port}"), caps.clone())
                .request_timeout(Duration::from_secs(60))
                .await
            {
                Ok(driver) => break (driver, driver_process),
                Err(e) if attempt < 3 => {
                    eprintln!("WebDriver session failed ({e}); starting the driver again");
                    drop(driver_process);
                    wait_until_unlocked(data);
                }
                Err(e) => panic!("WebDriver session (is the display working?): {e:?}"),
            }
        };
        let app = App { driver, data: data.to_path_buf(), _tmp: None, _driver_process: driver_process };
        // The UI is up once the navigation (or the start-up error page) is rendered.
        app.wait_css("nav[aria-label='Sections'], [data-testid='startup-error']").await;
        app
    }

    /// Create the vault from the first-run screen (its default: the keyring) and wait for the
    /// empty gallery.
    pub async fn create_vault(&self) {
        self.press("[data-testid='vault-submit']").await;
        self.wait_text("[data-testid='empty-state'] h2", |t| t == "No images yet").await;
    }

    /// Import `paths` through the gallery's file picker and wait until it shows `count` images.
    pub async fn import(&self, paths: &[String], count: usize) {
        let input = self.driver.find(By::Css("[data-testid='import-input']")).await.unwrap();
        input.send_keys(paths.join("\n")).await.unwrap();
        self.wait_js(&format!(
            "return document.querySelectorAll('[data-testid=gallery-item]').length === {count}"
        ))
        .await;
    }

    /// Scroll the element `css` to the middle of the window (WebDriver's pointer offsets are
    /// from the centre of an element's visible part; screenshots show what is in view).
    pub async fn scroll_to(&self, css: &str) {
        self.driver
            .execute(
                "document.querySelector(arguments[0]).scrollIntoView({ block: 'center' });",
                vec![Value::from(css)],
            )
            .await
            .unwrap();
    }

    /// Wait until `css` matches a displayed element.
    pub async fn wait_css(&self, css: &str) -> WebElement {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Ok(el) = self.driver.find(By::Css(css)).await {
                if el.is_displayed().await.unwrap_or(false) {
                    return el;
                }
            }
            assert!(Instant::now() < deadline, "timed out waiting for {css}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Press the button `css` with Enter once it shows. WebKitWebDriver's synthesized clicks
    /// miss some buttons (its pointer coordinates drift on long pages); keyboard use is a
    /// promise of its own.
    pub async fn press(&self, css: &str) {
        self.wait_css(css).await.send_keys(Key::Enter).await.unwrap();
    }

    /// Wait until the text of `css` satisfies `ok`; returns the text.
    pub async fn wait_text(&self, css: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + WAIT;
        let mut last = String::new();
        loop {
            if let Ok(el) = self.driver.find(By::Css(css)).await {
                last = el.text().await.unwrap_or_default();
                if ok(&last) {
                    return last;
                }
            }
            if Instant::now() >= deadline {
                // Say what the window says instead, if anything went wrong there.
                let alert = match self.driver.find(By::Css("[role='alert']")).await {
                    Ok(el) => el.text().await.unwrap_or_default(),
                    Err(_) => String::new(),
                };
                // The whole screen (native dialogs are outside the webview's screenshots).
                let _ = std::fs::create_dir_all(screenshot_dir());
                let shot = screenshot_dir().join("timed-out-screen.png");
                let _ = std::process::Command::new("import").arg("-window").arg("root").arg(&shot).status();
                panic!("timed out waiting on the text of {css}; last seen: {last:?}; alert: {alert:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Run a script in the page and return its value.
    pub async fn js(&self, script: &str) -> Value {
        self.driver.execute(script, Vec::<Value>::new()).await.expect("script").json().clone()
    }

    /// Wait until a script returns `true`.
    pub async fn wait_js(&self, script: &str) {
        let deadline = Instant::now() + WAIT;
        while self.js(script).await != json!(true) {
            assert!(Instant::now() < deadline, "timed out waiting for: {script}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Save a PNG of the window as `target/tmp/screenshots/<name>.png`.
    pub async fn screenshot(&self, name: &str) {
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).unwrap();
        // WebKit paints on the next frames; without this the picture can lag the DOM we checked.
        let paint = "const done = arguments[arguments.length - 1]; \
                     requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)));";
        self.driver.execute_async(paint, Vec::<Value>::new()).await.expect("wait for paint");
        let png = self.driver.screenshot_as_png().await.expect("screenshot");
        assert!(png.starts_with(b"\x89PNG"), "not a PNG");
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }

    /// Open a section by clicking its navigation entry; returns once its heading shows.
    pub async fn open_section(&self, id: &str, label: &str) {
        self.driver.find(By::Css(format!("[data-testid='nav-{id}']"))).await.unwrap().click().await.unwrap();
        let heading = format!("[data-testid='section-{id}'] h1");
        self.wait_text(&heading, |t| t == label).await;
    }

    /// Choose `lang` in Settings and wait until the page speaks it (in its direction); the
    /// Settings section stays open.
    pub async fn set_language(&self, lang: &str) {
        self.driver.find(By::Css("[data-testid='nav-settings']")).await.unwrap().click().await.unwrap();
        let select = self.wait_css("[data-testid='settings-language']").await;
        select.find(By::Css(format!("option[value='{lang}']"))).await.unwrap().click().await.unwrap();
        let dir = if lang == "ar" { "rtl" } else { "ltr" };
        self.wait_js(&format!(
            "return document.documentElement.lang === '{lang}' && document.documentElement.dir === '{dir}'"
        ))
        .await;
    }

    /// End an app started by `launch_traced`: the app is stopped (SIGTERM), so strace writes
    /// the whole trace and exits; then the session ends.
    pub async fn stop_traced(self, trace: &Path) {
        let tracer = std::fs::read_to_string(format!("{}.tracer", trace.display())).unwrap();
        let tracer = tracer.trim();
        Command::new("pkill").args(["-TERM", "-P", tracer]).status().unwrap();
        let deadline = Instant::now() + WAIT;
        while Path::new("/proc").join(tracer).exists() {
            assert!(Instant::now() < deadline, "strace did not finish");
            std::thread::sleep(Duration::from_millis(50));
        }
        self.close().await;
    }

    /// End the session (the app exits) and wait until the data directory is free again.
    pub async fn close(self) {
        let _ = self.driver.quit().await;
        wait_until_unlocked(&self.data);
    }
}

/// Where screenshots go.
pub fn screenshot_dir() -> PathBuf {
    std::env::var_os("SEED_STUDIO_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_TARGET_TMPDIR")).join("screenshots"))
}

/// Wait until no process holds the data directory's instance lock.
pub fn wait_until_unlocked(data: &Path) {
    let deadline = Instant::now() + WAIT;
    let Ok(file) = std::fs::OpenOptions::new().write(true).open(data.join("instance.lock")) else { return };
    while file.try_lock().is_err() {
        assert!(Instant::now() < deadline, "the app did not exit");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// tauri-driver, stopped with SIGTERM so it also stops WebKitWebDriver (SIGKILL would orphan it).
struct DriverProcess(Child);

impl Drop for DriverProcess {
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", &self.0.id().to_string()]).status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn wait_for_port(port: u16) {
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let deadline = Instant::now() + WAIT;
    while TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err() {
        assert!(Instant::now() < deadline, "nothing listens on port {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Relative luminance (0 black … 1 white) of a CSS `rgb(...)`/`rgba(...)` colour.
pub fn luminance(css_colour: &str) -> f64 {
    let nums: Vec<f64> = css_colour
        .trim_start_matches("rgba(")
        .trim_start_matches("rgb(")
        .trim_end_matches(')')
        .split(',')
        .take(3)
        .map(|n| n.trim().parse::<f64>().unwrap_or_else(|_| panic!("not an rgb colour: {css_colour}")))
        .collect();
    (0.2126 * nums[0] + 0.7152 * nums[1] + 0.0722 * nums[2]) / 255.0
}
