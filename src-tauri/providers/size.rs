//! The size the user asks for, and how each provider spells it. People pick an aspect ratio
//! (`16:9`) or exact pixels (`1536x1024`); Gemini takes a ratio from its list, OpenAI a
//! `WxH` from its list (or free sizes on newer models), Seedream a `WxH` of about 4 MP.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A requested output size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(export, type = "string")]
pub enum Size {
    /// Width to height, e.g. 16:9.
    Aspect(u32, u32),
    /// Exact pixels, e.g. 1536x1024.
    Pixels(u32, u32),
}

/// The aspect ratios offered everywhere (Gemini's documented common set).
pub const ASPECTS: [(u32, u32); 10] =
    [(1, 1), (2, 3), (3, 2), (3, 4), (4, 3), (4, 5), (5, 4), (9, 16), (16, 9), (21, 9)];

/// The largest side accepted in `WxH` (OpenAI's documented maximum is 3840x2160; Seedream 4096).
const MAX_SIDE: u32 = 4096;

impl FromStr for Size {
    type Err = String;

    fn from_str(s: &str) -> Result<Size, String> {
        let bad = || {
            "a size is an aspect ratio like 16:9 or pixels like 1536x1024 (each side 1 to 4096)".to_string()
        };
        let s = s.trim();
        let (sep, pixels) = if s.contains(':') { (':', false) } else { ('x', true) };
        let (a, b) = s
            .to_ascii_lowercase()
            .split_once(sep)
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .ok_or_else(bad)?;
        let (a, b): (u32, u32) = (a.trim().parse().map_err(|_| bad())?, b.trim().parse().map_err(|_| bad())?);
        if a == 0 || b == 0 || a > MAX_SIDE || b > MAX_SIDE {
            return Err(bad());
        }
        if pixels {
            return Ok(Size::Pixels(a, b));
        }
        let g = gcd(a, b);
        Ok(Size::Aspect(a / g, b / g))
    }
}

impl TryFrom<String> for Size {
    type Error = String;
    fn try_from(s: String) -> Result<Size, String> {
        s.parse()
    }
}

impl From<Size> for String {
    fn from(s: Size) -> String {
        s.to_string()
    }
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Size::Aspect(w, h) => write!(f, "{w}:{h}"),
            Size::Pixels(w, h) => write!(f, "{w}x{h}"),
        }
    }
}

impl Size {
    fn ratio(self) -> f64 {
        let (w, h) = match self {
            Size::Aspect(w, h) | Size::Pixels(w, h) => (w, h),
        };
        f64::from(w) / f64::from(h)
    }

    /// The nearest ratio among `choices` (by the ratio of ratios, so 2:1 is as far from 1:1 as 1:2).
    fn nearest(self, choices: &[(u32, u32)]) -> (u32, u32) {
        let r = self.ratio().ln();
        let mut best = (1, 1);
        let mut best_d = f64::MAX;
        for &(w, h) in choices {
            let d = ((f64::from(w) / f64::from(h)).ln() - r).abs();
            if d < best_d {
                best = (w, h);
                best_d = d;
            }
        }
        best
    }

    /// Gemini's `imageConfig.aspectRatio`.
    pub fn gemini_aspect(self) -> String {
        let (w, h) = self.nearest(&ASPECTS);
        format!("{w}:{h}")
    }

    /// OpenAI's `size`: exact pixels as given; a ratio becomes the nearest of the three sizes
    /// every GPT image model takes.
    pub fn openai(self) -> String {
        match self {
            Size::Pixels(w, h) => format!("{w}x{h}"),
            Size::Aspect(..) => match self.nearest(&[(1, 1), (3, 2), (2, 3)]) {
                (3, 2) => "1536x1024".into(),
                (2, 3) => "1024x1536".into(),
                _ => "1024x1024".into(),
            },
        }
    }

    /// Seedream's `size`: exact pixels as given; a ratio becomes Ark's recommended 2K size.
    pub fn seedream(self) -> String {
        const TABLE: [((u32, u32), &str); 8] = [
            ((1, 1), "2048x2048"),
            ((4, 3), "2304x1728"),
            ((3, 4), "1728x2304"),
            ((16, 9), "2560x1440"),
            ((9, 16), "1440x2560"),
            ((3, 2), "2496x1664"),
            ((2, 3), "1664x2496"),
            ((21, 9), "3024x1296"),
        ];
        match self {
            Size::Pixels(w, h) => format!("{w}x{h}"),
            Size::Aspect(..) => {
                let ratios: Vec<_> = TABLE.iter().map(|(r, _)| *r).collect();
                let near = self.nearest(&ratios);
                TABLE.iter().find(|(r, _)| *r == near).map_or("2048x2048", |(_, s)| s).to_string()
            }
        }
    }
}

fn gcd(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_and_print_back() {
        assert_eq!("16:9".parse::<Size>().unwrap(), Size::Aspect(16, 9));
        assert_eq!("32:18".parse::<Size>().unwrap(), Size::Aspect(16, 9), "reduced");
        assert_eq!(" 1536X1024 ".parse::<Size>().unwrap(), Size::Pixels(1536, 1024));
        for bad in ["", "16", "0:1", "1x0", "a:b", "5000x10", "16:9:1"] {
            assert!(bad.parse::<Size>().is_err(), "{bad}");
        }
        assert_eq!(Size::Pixels(1536, 1024).to_string(), "1536x1024");
        assert_eq!(serde_json::to_value(Size::Aspect(4, 3)).unwrap(), "4:3");
        assert_eq!(serde_json::from_value::<Size>(serde_json::json!("3:2")).unwrap(), Size::Aspect(3, 2));
    }

    #[test]
    fn each_provider_gets_its_own_spelling() {
        let wide = Size::Aspect(16, 9);
        assert_eq!(wide.gemini_aspect(), "16:9");
        assert_eq!(wide.openai(), "1536x1024");
        assert_eq!(wide.seedream(), "2560x1440");
        let odd = Size::Pixels(1000, 1900);
        assert_eq!(odd.gemini_aspect(), "9:16");
        assert_eq!(odd.openai(), "1000x1900", "exact pixels are passed as given");
        assert_eq!(Size::Aspect(2, 3).openai(), "1024x1536");
        assert_eq!(Size::Aspect(1, 1).seedream(), "2048x2048");
        assert_eq!(Size::Aspect(7, 3).seedream(), "3024x1296");
    }
}
