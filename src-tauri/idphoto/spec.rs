//! The spec catalog: each official document's photo geometry as data (`specs.toml`, embedded),
//! checked by tests, plus custom sizes. Lengths are millimetres on the print.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where the head's top is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Crown {
    /// The top of the hair.
    Hair,
    /// The top of the skull, hair excluded.
    Skull,
}

/// Limits for an online (digital) submission.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Digital {
    /// Smallest width and height in pixels.
    #[serde(default)]
    pub min_px: Option<[u32; 2]>,
    /// Largest width and height in pixels.
    #[serde(default)]
    pub max_px: Option<[u32; 2]>,
    /// File format (`jpeg`).
    pub format: String,
    /// Smallest file size in KB.
    #[serde(default)]
    pub min_kb: Option<u32>,
    /// Largest file size in KB.
    #[serde(default)]
    pub max_kb: Option<u32>,
    /// Width and height must be equal.
    #[serde(default)]
    pub square: bool,
}

/// One document's photo rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Spec {
    /// Stable id (`us-passport`).
    pub id: String,
    /// The issuing country or area.
    pub country: String,
    /// The document.
    pub document: String,
    /// "Country — Document", as lists show it (made on load, never read from the catalog).
    #[serde(default, skip_deserializing)]
    pub name: String,
    /// Print width.
    pub width_mm: f32,
    /// Print height.
    pub height_mm: f32,
    /// Print resolution.
    pub dpi: u32,
    /// Chin-to-crown range.
    pub head_mm: [f32; 2],
    /// What the crown is.
    pub crown: Crown,
    /// Eye line from the bottom edge, if the document sets one.
    #[serde(default)]
    pub eye_mm: Option<[f32; 2]>,
    /// Margin above the crown, if the document sets one.
    #[serde(default)]
    pub top_mm: Option<[f32; 2]>,
    /// Accepted background colours (`#RRGGBB`), the default first.
    pub backgrounds: Vec<String>,
    /// Whether a replaced background is accepted (false: keep the original background).
    #[serde(default = "yes")]
    pub replace_background: bool,
    /// Whether the authority accepts a natural smile (teeth may show; the mouth must not
    /// open). Most ask for a neutral expression with the mouth closed.
    #[serde(default)]
    pub smile: bool,
    /// Online-submission limits, if any.
    #[serde(default)]
    pub digital: Option<Digital>,
    /// Where the figures come from.
    pub source: String,
    /// `official` or `secondary`.
    pub source_kind: String,
    /// When the entry was compiled (YYYY-MM-DD).
    pub checked: String,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
struct Catalog {
    spec: Vec<Spec>,
}

impl Spec {
    /// Millimetres to output pixels.
    pub fn px(&self, mm: f32) -> f32 {
        mm / 25.4 * self.dpi as f32
    }

    /// Output pixels in millimetres.
    pub fn mm(&self, px: f32) -> f32 {
        px / self.px(1.0)
    }

    /// Output size in pixels.
    pub fn size_px(&self) -> (u32, u32) {
        (self.px(self.width_mm).round() as u32, self.px(self.height_mm).round() as u32)
    }

    /// A custom size: `WxHmm` or `WxHpx` (px at 300 dpi), ICAO proportions (head 70–80 %).
    pub fn custom(text: &str) -> Option<Spec> {
        let t = text.trim().to_ascii_lowercase();
        let (dims, unit) =
            if let Some(d) = t.strip_suffix("mm") { (d, 1.0) } else { (t.strip_suffix("px")?, 25.4 / 300.0) };
        let (w, h) = dims.split_once('x')?;
        let (w, h) = (w.trim().parse::<f32>().ok()? * unit, h.trim().parse::<f32>().ok()? * unit);
        if !(10.0..=300.0).contains(&w) || !(10.0..=300.0).contains(&h) {
            return None;
        }
        Some(Spec {
            id: format!("custom-{text}"),
            country: "Custom".into(),
            document: format!("{w:.1} × {h:.1} mm"),
            name: format!("Custom — {w:.1} × {h:.1} mm"),
            width_mm: w,
            height_mm: h,
            dpi: 300,
            head_mm: [0.7 * h.min(w * 45.0 / 35.0), 0.8 * h.min(w * 45.0 / 35.0)],
            crown: Crown::Skull,
            eye_mm: None,
            top_mm: None,
            backgrounds: vec!["#FFFFFF".into()],
            replace_background: true,
            smile: false,
            digital: None,
            source: "custom size".into(),
            source_kind: "custom".into(),
            checked: String::new(),
        })
    }
}

/// The catalog, parsed once.
pub fn catalog() -> &'static [Spec] {
    static CATALOG: OnceLock<Vec<Spec>> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let parsed = toml::from_str::<Catalog>(include_str!("specs.toml")).map(|c| {
            c.spec.into_iter().map(|mut s| {
                s.name = format!("{} — {}", s.country, s.document);
                s
            })
        });
        parsed.map(Iterator::collect).unwrap_or_else(|e| {
            // The catalog is tested; this can only happen to a broken build.
            tracing::error!(error = %e, "the spec catalog does not parse");
            Vec::new()
        })
    })
}

/// A spec by id, or a custom size (`35x45mm`, `600x600px`).
pub fn find(id: &str) -> Option<Spec> {
    catalog().iter().find(|s| s.id == id).cloned().or_else(|| Spec::custom(id))
}

/// A background colour `#RRGGBB` (or a name: white, blue, red, grey).
pub fn parse_colour(text: &str) -> Option<[u8; 3]> {
    let t = text.trim().to_ascii_lowercase();
    let hex = match t.as_str() {
        "white" => "ffffff",
        "blue" => "438edb",
        "red" => "d92b2b",
        "grey" | "gray" => "e6e6e6",
        other => other.strip_prefix('#')?,
    };
    if hex.len() != 6 {
        return None;
    }
    let v = u32::from_str_radix(hex, 16).ok()?;
    Some([(v >> 16) as u8, (v >> 8) as u8, v as u8])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalog_is_complete_and_every_entry_is_consistent() {
        let specs = catalog();
        assert!(specs.len() >= 30, "{} specs", specs.len());
        let mut ids = std::collections::HashSet::new();
        for s in specs {
            assert!(ids.insert(s.id.clone()), "duplicate id {}", s.id);
            assert!(
                s.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{}",
                s.id
            );
            assert!(s.width_mm >= 20.0 && s.height_mm >= 20.0 && s.height_mm >= s.width_mm, "{}", s.id);
            assert!(s.dpi >= 300, "{}", s.id);
            let [h0, h1] = s.head_mm;
            assert!(h0 > 0.0 && h0 < h1 && h1 < s.height_mm * 0.9, "{}: head {h0}–{h1}", s.id);
            if let Some([e0, e1]) = s.eye_mm {
                assert!(e0 < e1 && e1 < s.height_mm && e0 > s.height_mm * 0.4, "{}: eyes", s.id);
            }
            if let Some([t0, t1]) = s.top_mm {
                assert!(t0 < t1 && t1 + h0 < s.height_mm, "{}: top", s.id);
            }
            assert!(
                !s.backgrounds.is_empty() && s.backgrounds.iter().all(|b| parse_colour(b).is_some()),
                "{}",
                s.id
            );
            if let Some(d) = &s.digital {
                assert_eq!(d.format, "jpeg", "{}", s.id);
                if let (Some(min), Some(max)) = (d.min_px, d.max_px) {
                    assert!(min[0] <= max[0] && min[1] <= max[1], "{}", s.id);
                }
                if let (Some(min), Some(max)) = (d.min_kb, d.max_kb) {
                    assert!(min < max, "{}", s.id);
                }
            }
            assert!(
                s.source.starts_with("https://")
                    && ["official", "secondary"].contains(&s.source_kind.as_str()),
                "{}",
                s.id
            );
            assert!(
                time::Date::parse(&s.checked, &time::macros::format_description!("[year]-[month]-[day]"))
                    .is_ok(),
                "{}",
                s.id
            );
        }
        for wanted in [
            "us-passport",
            "us-visa",
            "schengen-visa",
            "gb-passport",
            "ca-passport",
            "au-passport",
            "in-passport",
            "cn-passport",
            "jp-passport",
            "kr-passport",
            "br-passport",
            "mx-passport",
        ] {
            assert!(find(wanted).is_some(), "{wanted}");
        }
    }

    #[test]
    fn sizes_in_pixels_and_custom_sizes() {
        let us = find("us-passport").unwrap();
        assert_eq!(us.size_px(), (600, 600));
        assert_eq!(find("schengen-visa").unwrap().size_px(), (413, 531));
        let custom = find("40x50mm").unwrap();
        assert_eq!((custom.width_mm, custom.height_mm), (40.0, 50.0));
        assert_eq!(find("600x600px").unwrap().size_px(), (600, 600));
        assert!(find("5x5mm").is_none() && find("nonsense").is_none());
        assert_eq!(parse_colour("#438EDB"), Some([0x43, 0x8e, 0xdb]));
        assert_eq!(parse_colour("white"), Some([255, 255, 255]));
        assert!(parse_colour("#12345").is_none());
    }
}
