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
    /// Width over height.
    pub fn ratio(self) -> f64 {
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

    /// The size `model` of `provider` is sent, and a note when that is not what was asked
    /// (the provider would refuse it as it was): the nearest value the model documents.
    pub fn fit(self, provider: super::ProviderId, model: &str) -> Fitted {
        let value = match rule(provider, model) {
            SizeRule::Aspects(list) => {
                let (w, h) = self.nearest(&list);
                format!("{w}:{h}")
            }
            SizeRule::Listed(list) => match self {
                Size::Pixels(w, h) if list.contains(&(w, h)) => format!("{w}x{h}"),
                _ => {
                    let (w, h) = self.nearest(&list);
                    format!("{w}x{h}")
                }
            },
            SizeRule::FreeOpenAi => match self {
                Size::Pixels(w, h) => {
                    let (w, h) = free_openai(w, h);
                    format!("{w}x{h}")
                }
                Size::Aspect(..) => {
                    let (w, h) = self.nearest(&OPENAI_LISTED);
                    format!("{w}x{h}")
                }
            },
            SizeRule::Seedream => match self {
                Size::Pixels(w, h) => {
                    let (w, h) = seedream_pixels(w, h);
                    format!("{w}x{h}")
                }
                Size::Aspect(..) => self.seedream_2k(),
            },
        };
        let asked = self.to_string();
        // An aspect ratio is honoured when the value sent has that ratio.
        let same = match self {
            Size::Aspect(..) => Size::from_str(&value).is_ok_and(|v| (v.ratio() - self.ratio()).abs() < 0.01),
            Size::Pixels(..) => value == asked,
        };
        let note = (!same).then(|| {
            format!("{model} does not make {asked}; asked for {value}, the nearest size it documents")
        });
        Fitted { value, note }
    }

    /// Seedream's recommended 2K size for a ratio.
    fn seedream_2k(self) -> String {
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
        let ratios: Vec<_> = TABLE.iter().map(|(r, _)| *r).collect();
        let near = self.nearest(&ratios);
        TABLE.iter().find(|(r, _)| *r == near).map_or("2048x2048", |(_, s)| s).to_string()
    }
}

/// A size as it will be sent, and why it differs from the one asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fitted {
    /// The provider's spelling.
    pub value: String,
    /// For people, when the value is not what was asked.
    pub note: Option<String>,
}

/// What sizes a model accepts, from the providers' own API descriptions (`providers.md`):
/// Google's generated `ImageConfig` docs, OpenAI's OpenAPI `CreateImageRequest.size`, Ark's
/// Seedream 4.5 size rules. Each model's comes from the catalog ([`super::catalog`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SizeRule {
    /// One of these aspect ratios (Gemini).
    Aspects(Vec<(u32, u32)>),
    /// One of these pixel sizes (GPT image models before gpt-image-2).
    Listed(Vec<(u32, u32)>),
    /// gpt-image-2: any `WxH` with both sides multiples of 16, between 1:3 and 3:1, at most
    /// 3840x2160 (either way round).
    FreeOpenAi,
    /// Seedream 4.5: `WxH` with 2560x1440 to 4096x4096 pixels in all, between 1:16 and 16:1.
    Seedream,
}

/// Gemini's aspect ratios, as Google's SDK documents `ImageConfig.aspectRatio` (4:5 and 5:4
/// appear only in third-party lists, so they are not sent).
pub const GEMINI_ASPECTS: [(u32, u32); 8] =
    [(1, 1), (2, 3), (3, 2), (3, 4), (4, 3), (9, 16), (16, 9), (21, 9)];

/// The sizes every GPT image model takes.
pub const OPENAI_LISTED: [(u32, u32); 3] = [(1024, 1024), (1536, 1024), (1024, 1536)];

/// The rule for `model` of `provider`: the catalog's, or its family's for a model the catalog
/// does not list (custom models take their family's too).
pub fn rule(provider: super::ProviderId, model: &str) -> SizeRule {
    match super::catalog::find(provider, model) {
        Some(spec) => spec.rule(),
        None => super::catalog::family(provider, model).rule(),
    }
}

/// gpt-image-2's nearest valid size: ratio clamped to 1:3..3:1, scaled into 3840x2160 (or
/// 2160x3840), both sides rounded down to multiples of 16 (at least 16).
fn free_openai(w: u32, h: u32) -> (u32, u32) {
    let (mut w, mut h) = (f64::from(w), f64::from(h));
    if w / h > 3.0 {
        w = h * 3.0;
    } else if h / w > 3.0 {
        h = w * 3.0;
    }
    let (long_max, short_max) = (3840.0, 2160.0);
    let (long, short) = if w >= h { (w, h) } else { (h, w) };
    let scale = (long_max / long).min(short_max / short).min(1.0);
    let round16 = |v: f64| ((v * scale / 16.0).floor() as u32).max(1) * 16;
    let (mut w, mut h) = (round16(w), round16(h));
    // Rounding the short side down can tip the ratio past 3:1; take the long side in again.
    while w > 3 * h {
        w -= 16;
    }
    while h > 3 * w {
        h -= 16;
    }
    (w, h)
}

/// Seedream 4.5's nearest valid size: ratio clamped to 1:16..16:1, total pixels scaled into
/// [2560x1440, 4096x4096].
fn seedream_pixels(w: u32, h: u32) -> (u32, u32) {
    let (mut w, mut h) = (f64::from(w), f64::from(h));
    if w / h > 16.0 {
        w = h * 16.0;
    } else if h / w > 16.0 {
        h = w * 16.0;
    }
    let area = w * h;
    let (min, max) = (2560.0 * 1440.0, 4096.0 * 4096.0);
    let scale = if area < min {
        (min / area).sqrt()
    } else if area > max {
        (max / area).sqrt()
    } else {
        1.0
    };
    if scale == 1.0 {
        return (w as u32, h as u32);
    }
    // Round outwards when growing and inwards when shrinking, so the area stays in range.
    let round = |v: f64| if scale > 1.0 { (v * scale).ceil() as u32 } else { (v * scale).floor() as u32 };
    (round(w), round(h))
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
    fn each_model_gets_a_size_it_documents_with_a_note_when_it_differs() {
        use super::super::ProviderId::{Gemini, Openai, Seedream};
        let fit = |s: &str, p, m: &str| s.parse::<Size>().unwrap().fit(p, m);
        let wide = fit("16:9", Gemini, "gemini-3.1-flash-image");
        assert_eq!((wide.value.as_str(), wide.note.is_none()), ("16:9", true));
        // 4:5 is not in Google's list: the nearest is sent, and people are told.
        let portrait = fit("4:5", Gemini, "gemini-3.1-flash-image");
        assert_eq!(portrait.value, "3:4");
        assert!(portrait.note.as_deref().is_some_and(|n| n.contains("4:5") && n.contains("3:4")));
        // gpt-image-1.5 takes only its three sizes.
        let odd = fit("1000x1900", Openai, "gpt-image-1.5");
        assert_eq!(odd.value, "1024x1536");
        assert!(odd.note.is_some());
        assert_eq!(fit("1536x1024", Openai, "gpt-image-1.5").note, None);
        assert_eq!(fit("16:9", Openai, "gpt-image-1.5").value, "1536x1024");
        // gpt-image-2: multiples of 16, 1:3..3:1, within 3840x2160.
        assert_eq!(fit("1000x1900", Openai, "gpt-image-2").value, "992x1888");
        assert_eq!(fit("4096x1000", Openai, "gpt-image-2").value, "2976x992");
        let (w, h) = free_openai(4096, 1000);
        assert!(w % 16 == 0 && h % 16 == 0 && w <= 3840 && h <= 2160 && f64::from(w) / f64::from(h) <= 3.0);
        assert_eq!(fit("1536x1024", Openai, "gpt-image-2").note, None);
        // Seedream 4.5: at least 2560x1440 pixels in all.
        let small = fit("1024x1024", Seedream, "seedream-4-5-251128");
        let (w, h) = small
            .value
            .split_once('x')
            .map(|(a, b)| (a.parse::<u32>().unwrap(), b.parse::<u32>().unwrap()))
            .unwrap();
        assert!(w * h >= 2560 * 1440 && w == h, "{}", small.value);
        assert!(small.note.is_some());
        assert_eq!(fit("2048x2048", Seedream, "seedream-4-5-251128").note, None);
        assert_eq!(fit("16:9", Seedream, "seedream-4-5-251128").value, "2560x1440");
        assert_eq!(fit("7:3", Seedream, "seedream-4-5-251128").value, "3024x1296");
    }
}
