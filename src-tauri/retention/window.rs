//! A retention window: how long something is kept, written the way people write it in a
//! config file (`90s`, `15m`, `12h`, `30d`). Whole seconds only; the scheduler's precision is
//! far coarser than that anyway.

use std::fmt;
use std::str::FromStr;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;

/// A span of time kept by a retention rule. Serialized as a string such as `30d`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, TS)]
#[ts(export, type = "string", rename = "RetentionWindow")]
pub struct Window {
    seconds: i64,
}

const UNITS: [(char, i64); 4] = [('d', 86_400), ('h', 3_600), ('m', 60), ('s', 1)];

/// The longest window anything may have: ten years. Longer values are typos.
pub const LONGEST: Window = Window::days(3650);

impl Window {
    /// `n` seconds.
    pub const fn seconds(n: i64) -> Window {
        Window { seconds: n }
    }

    /// `n` hours.
    pub const fn hours(n: i64) -> Window {
        Window { seconds: n * 3_600 }
    }

    /// `n` days.
    pub const fn days(n: i64) -> Window {
        Window { seconds: n * 86_400 }
    }

    /// As a `time` duration, for deadline arithmetic.
    pub fn duration(self) -> time::Duration {
        time::Duration::seconds(self.seconds)
    }

    /// As a std duration, for timeouts.
    pub fn std_duration(self) -> std::time::Duration {
        std::time::Duration::from_secs(u64::try_from(self.as_seconds()).unwrap_or(0))
    }

    /// Whole seconds.
    pub fn as_seconds(self) -> i64 {
        self.seconds
    }
}

/// Why a window could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a duration such as `90s`, `15m`, `12h` or `30d`")]
pub struct WindowSyntax;

impl FromStr for Window {
    type Err = WindowSyntax;

    fn from_str(s: &str) -> Result<Window, WindowSyntax> {
        let s = s.trim();
        let unit = s.chars().last().ok_or(WindowSyntax)?;
        let scale = UNITS.iter().find(|(u, _)| *u == unit).map(|(_, scale)| *scale).ok_or(WindowSyntax)?;
        let digits = &s[..s.len() - unit.len_utf8()];
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 9 {
            return Err(WindowSyntax);
        }
        let n: i64 = digits.parse().map_err(|_| WindowSyntax)?;
        Ok(Window { seconds: n * scale })
    }
}

impl fmt::Display for Window {
    /// The largest unit that divides the window exactly: `86400` seconds is `1d`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (unit, scale) =
            UNITS.iter().find(|(_, scale)| self.seconds % scale == 0).copied().unwrap_or(('s', 1));
        write!(f, "{}{unit}", self.seconds / scale)
    }
}

impl Serialize for Window {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Window {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Window, D::Error> {
        struct Visitor;
        impl de::Visitor<'_> for Visitor {
            type Value = Window;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{WindowSyntax}")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Window, E> {
                v.parse().map_err(|_| E::invalid_value(de::Unexpected::Str(v), &self))
            }
        }
        d.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_each_unit() {
        assert_eq!("90s".parse(), Ok(Window::seconds(90)));
        assert_eq!("15m".parse(), Ok(Window::seconds(900)));
        assert_eq!("12h".parse(), Ok(Window::hours(12)));
        assert_eq!("30d".parse(), Ok(Window::days(30)));
        assert_eq!(" 1d ".parse(), Ok(Window::days(1)));
    }

    #[test]
    fn rejects_anything_else() {
        for bad in ["", "d", "30", "30 d", "-1d", "+1d", "1.5h", "1w", "1D", "１d", "9999999999d", "1h30m"] {
            assert_eq!(bad.parse::<Window>(), Err(WindowSyntax), "{bad:?}");
        }
    }

    #[test]
    fn prints_the_largest_exact_unit_and_round_trips() {
        for (w, text) in [
            (Window::seconds(90), "90s"),
            (Window::seconds(120), "2m"),
            (Window::hours(36), "36h"),
            (Window::days(30), "30d"),
            (Window::seconds(0), "0d"),
        ] {
            assert_eq!(w.to_string(), text);
            assert_eq!(text.parse(), Ok(w));
        }
    }

    #[test]
    fn serde_uses_the_text_form_and_names_what_is_expected() {
        #[derive(Deserialize, Serialize)]
        struct T {
            w: Window,
        }
        let t: T = toml::from_str("w = \"12h\"").unwrap();
        assert_eq!(t.w, Window::hours(12));
        assert_eq!(toml::to_string(&t).unwrap().trim(), "w = \"12h\"");
        let err = toml::from_str::<T>("w = \"soon\"").err().unwrap().to_string();
        assert!(err.contains("expected a duration such as `90s`"), "{err}");
    }
}
