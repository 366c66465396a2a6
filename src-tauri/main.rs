//! The `seed-studio` binary: the app window with no arguments, a headless CLI with a subcommand.

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = seed_studio::cli::parse();
    if cli.command.is_some() {
        seed_studio::cli::run(cli)
    } else {
        open_window(cli.data_dir.as_deref(), cli.in_tray)
    }
}

#[cfg(feature = "desktop")]
fn open_window(data_dir: Option<&std::path::Path>, in_tray: bool) -> ExitCode {
    seed_studio::shell::run(data_dir, in_tray)
}

#[cfg(not(feature = "desktop"))]
fn open_window(_: Option<&std::path::Path>, _: bool) -> ExitCode {
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "this seed-studio was built without the `desktop` feature, so it has no window; see `seed-studio --help`"
    );
    ExitCode::from(2)
}
