//! How a verb's result is shown: one [`Report`] type per result, printed as JSON under
//! `--json` (its `Serialize` shape is the contract scripts use, the same as the window's IPC)
//! or as lines for people.

use std::io::Write;

use serde::Serialize;

/// A result a verb prints.
pub(super) trait Report: Serialize {
    /// The lines people read.
    fn human(&self) -> Vec<String>;
}

/// `value` as pretty JSON on stdout.
pub(super) fn print_json<T: Serialize + ?Sized>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => print_line(&text),
        Err(_) => print_line(r#"{"code":"internal","message":"the result could not be encoded"}"#),
    }
}

/// stdout may be a closed pipe (`| head`); that is not worth a panic.
pub(super) fn print_line(line: &str) {
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}

/// A list prints one item per line, or `empty` when there is none.
pub(super) fn lines_or<T>(items: &[T], empty: &str, line: impl Fn(&T) -> String) -> Vec<String> {
    if items.is_empty() {
        vec![empty.to_string()]
    } else {
        items.iter().map(line).collect()
    }
}

/// A result printed as itself under `--json`, and as these lines for people (for results whose
/// words need more than the result itself: the keyring's name, the command's own words).
pub(super) struct With<'a, T: Serialize + ?Sized>(pub &'a T, pub Vec<String>);

impl<T: Serialize + ?Sized> Serialize for With<'_, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<T: Serialize + ?Sized> Report for With<'_, T> {
    fn human(&self) -> Vec<String> {
        self.1.clone()
    }
}
