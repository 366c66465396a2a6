//! The compliance report: each rule of the spec and of ID photos in general checked on the
//! finished photo, passing, warning or failing with a sentence a person understands and, where
//! there is one, the measured value. A failing photo can still be saved, marked as such.

use image::RgbImage;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::compose::Geometry;
use super::landmarks::FaceMeasures;
use super::spec::Spec;

/// A check's outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Status {
    /// Fine.
    Pass,
    /// Probably accepted; look at it.
    Warn,
    /// Likely rejected.
    Fail,
}

/// One check (`seed-studio idphoto --json` prints these; keep stable).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Check {
    /// Stable id (`head_height`, `eye_line`, ...).
    pub id: String,
    /// Outcome.
    pub status: Status,
    /// For people.
    pub message: String,
    /// The measured value, when there is one (mm, degrees, ratio).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f32>,
}

/// What the checks look at.
pub struct Facts<'a> {
    /// The spec.
    pub spec: &'a Spec,
    /// Where things landed.
    pub geometry: &'a Geometry,
    /// Landmark measures (levelled).
    pub measures: &'a FaceMeasures,
    /// The roll that was corrected, degrees.
    pub roll_corrected: f32,
    /// The finished photo.
    pub image: &'a RgbImage,
    /// The matte.
    pub alpha: &'a [f32],
    /// The photo before a new background was put in.
    pub original_background: Option<&'a RgbImage>,
    /// Whether the background was replaced.
    pub replaced_background: bool,
    /// Share of the frame outside the original photo.
    pub outside_share: f32,
    /// How far (mm) the frame reaches below the photo where the person goes on: the missing
    /// part of the shoulders.
    pub missing_below_mm: f32,
    /// How far (mm) the frame reaches past the photo's side at the shoulders.
    pub missing_sides_mm: f32,
    /// Where the top of the hair lands in the output (pixels from the top; negative: above it).
    pub hair_top_y: f32,
    /// The matte beside or above the head, down to the mouth (mm²): left-over background.
    pub beside_head_mm2: f32,
}

fn check(id: &str, status: Status, message: impl Into<String>, value: Option<f32>) -> Check {
    Check { id: id.into(), status, message: message.into(), value }
}

/// The most dark mouth inside, and the widest lip gap, a natural smile shows (documents that
/// accept one): beyond either the mouth is open.
const SMILE_DARK_AT_MOST: f32 = 0.1;
const SMILE_GAP_AT_MOST: f32 = 0.4;

/// Tolerance on measured lengths (mm): measuring to a tenth of a millimetre is not meaningful.
const TOLERANCE_MM: f32 = 0.3;

fn range_check(id: &str, what: &str, value: f32, [lo, hi]: [f32; 2]) -> Check {
    let status =
        if value >= lo - TOLERANCE_MM && value <= hi + TOLERANCE_MM { Status::Pass } else { Status::Fail };
    let verdict = match status {
        Status::Pass => "within",
        _ if value < lo => "below",
        _ => "above",
    };
    check(
        id,
        status,
        format!("{what} is {value:.1} mm, {verdict} the required {lo:.1}–{hi:.1} mm"),
        Some(value),
    )
}

/// Run every check.
pub fn run(f: &Facts<'_>) -> Vec<Check> {
    let s = f.spec;
    let g = f.geometry;
    let mm = |px: f32| s.mm(px);
    let mut out = vec![check("one_face", Status::Pass, "Exactly one face, fully inside the photo", None)];
    out.push(range_check("head_height", "The head (chin to crown)", mm(g.chin_y - g.crown_y), s.head_mm));
    if let Some(band) = s.eye_mm {
        out.push(range_check(
            "eye_line",
            "The eye line, from the bottom,",
            mm(g.height as f32 - g.eye_y),
            band,
        ));
    }
    if let Some(band) = s.top_mm {
        out.push(range_check("top_margin", "The space above the head", mm(g.crown_y), band));
    } else if g.crown_y < s.px(1.0) {
        out.push(check(
            "top_margin",
            Status::Fail,
            "The top of the head touches the edge",
            Some(mm(g.crown_y)),
        ));
    }
    let roll = f.roll_corrected;
    out.push(match roll.abs() {
        r if r <= 1.0 => check("roll", Status::Pass, "The head is level", Some(roll)),
        r if r <= 15.0 => check(
            "roll",
            Status::Pass,
            format!("The head was tilted {r:.0}° and has been levelled"),
            Some(roll),
        ),
        r => check(
            "roll",
            Status::Warn,
            format!("The head was tilted {r:.0}°; levelled, but a straighter photo looks better"),
            Some(roll),
        ),
    });
    // What is left after levelling: the result itself must be level.
    let residual = f.measures.roll_deg;
    out.push(if residual.abs() <= super::compose::RESIDUAL_DEG {
        check("level", Status::Pass, "The eyes are level in the result", Some(residual))
    } else {
        check(
            "level",
            Status::Fail,
            format!(
                "The head is still tilted {:.0}° in the result; use a photo with the head upright",
                residual.abs()
            ),
            Some(residual),
        )
    });
    let yaw = f.measures.yaw;
    out.push(match yaw.abs() {
        y if y <= 0.12 => check("yaw", Status::Pass, "The face looks straight at the camera", Some(yaw)),
        y if y <= 0.25 => {
            check("yaw", Status::Warn, "The face is turned slightly; face the camera squarely", Some(yaw))
        }
        _ => check("yaw", Status::Fail, "The face is turned to the side; face the camera", Some(yaw)),
    });
    let eyes = f.measures.eye_openness;
    out.push(match eyes {
        e if e >= 0.18 => check("eyes_open", Status::Pass, "Both eyes are open", Some(e)),
        e if e >= 0.12 => check("eyes_open", Status::Warn, "The eyes look half closed", Some(e)),
        e => check("eyes_open", Status::Fail, "The eyes look closed", Some(e)),
    });
    let mouth = f.measures.mouth_opening;
    // A natural smile shows teeth between the lips (0.18–0.31 on the evaluation's smiles) but
    // little of the mouth's dark inside (at most 0.03; talking showed 0.19) and no dropped jaw.
    let smiling = f.spec.smile && f.measures.mouth_dark <= SMILE_DARK_AT_MOST && mouth <= SMILE_GAP_AT_MOST;
    out.push(match mouth {
        o if o <= 0.1 => check("mouth_closed", Status::Pass, "The mouth is closed", Some(o)),
        o if smiling => check(
            "mouth_closed",
            Status::Warn,
            "Teeth show in a smile; this document accepts a natural smile, not an open mouth",
            Some(o),
        ),
        // Where a smile is accepted, a mouth that is not closed and is no smile is open (so a
        // warning there always means the smile, which the window words as such).
        o if o <= 0.2 && !f.spec.smile => check(
            "mouth_closed",
            Status::Warn,
            "The mouth looks slightly open; keep a neutral expression",
            Some(o),
        ),
        o => check("mouth_closed", Status::Fail, "The mouth is open; keep it closed", Some(o)),
    });
    out.push(background(f));
    if f.replaced_background {
        out.push(remnants(f));
    }
    out.extend(light_and_focus(f));
    let scale = g.scale;
    out.push(match scale {
        k if k <= 1.0 => {
            check("resolution", Status::Pass, "The photo has enough detail for this size", Some(k))
        }
        k if k <= 1.6 => check(
            "resolution",
            Status::Warn,
            format!("The face was enlarged {k:.1}×; a closer or sharper photo would be better"),
            Some(k),
        ),
        k => check(
            "resolution",
            Status::Fail,
            format!("The face was enlarged {k:.1}×: the photo is too small; take it closer"),
            Some(k),
        ),
    });
    out.extend(frame(f));
    if f.outside_share > 0.01 {
        out.push(check(
            "coverage",
            if f.replaced_background { Status::Pass } else { Status::Warn },
            if f.replaced_background {
                "Part of the frame lay outside the photo; it was filled with the background colour"
            } else {
                "Part of the frame lies outside the photo; its edges were extended"
            },
            Some(f.outside_share),
        ));
    }
    out
}

fn luminance(p: &image::Rgb<u8>) -> f32 {
    (0.299 * f32::from(p[0]) + 0.587 * f32::from(p[1]) + 0.114 * f32::from(p[2])) / 255.0
}

fn background(f: &Facts<'_>) -> Check {
    if f.replaced_background {
        return if f.spec.replace_background {
            check("background", Status::Pass, "The background was replaced with a plain colour", None)
        } else {
            check(
                "background",
                Status::Fail,
                "This authority rejects photos whose background was replaced; choose “keep original background”",
                None,
            )
        };
    }
    let Some(img) = f.original_background else {
        return check("background", Status::Warn, "The background could not be measured", None);
    };
    let values: Vec<f32> =
        img.pixels().zip(f.alpha).filter(|(_, a)| **a < 0.05).map(|(p, _)| luminance(p)).collect();
    if values.len() < 100 {
        return check("background", Status::Warn, "Too little background shows to judge it", None);
    }
    let mean = values.iter().sum::<f32>() / values.len() as f32;
    let sd = (values.iter().map(|v| (v - mean).powi(2)).sum::<f32>() / values.len() as f32).sqrt() * 255.0;
    match sd {
        d if d <= 12.0 && mean >= 0.55 => {
            check("background", Status::Pass, "The background is plain and light", Some(d))
        }
        d if d <= 25.0 => check(
            "background",
            Status::Warn,
            "The background is not quite plain or light; check for shadows and patterns",
            Some(d),
        ),
        d => check(
            "background",
            Status::Fail,
            "The background is not plain; use a plain wall or replace it",
            Some(d),
        ),
    }
}

/// Left-over pieces of the old background: what the matte keeps beside or above the head,
/// where hair does not reach.
fn remnants(f: &Facts<'_>) -> Check {
    // A few square millimetres is a hair strand or a raised collar.
    const REMNANT_MM2: f32 = 6.0;
    let area = f.beside_head_mm2;
    if area <= REMNANT_MM2 {
        check("background_remnants", Status::Pass, "No pieces of the old background are left", Some(area))
    } else {
        check(
            "background_remnants",
            Status::Warn,
            format!("About {area:.0} mm² beside or above the head is kept as part of the person; if it is the old background, remove it with the brush"),
            Some(area),
        )
    }
}

/// Exposure and focus of the face (between the eyes and the chin, where the matte is solid).
fn light_and_focus(f: &Facts<'_>) -> Vec<Check> {
    let g = f.geometry;
    let (w, h) = (f.image.width() as i64, f.image.height() as i64);
    let half = ((g.chin_y - g.eye_y) * 0.6).max(4.0);
    let (x0, x1) = ((w as f32 / 2.0 - half) as i64, (w as f32 / 2.0 + half) as i64);
    let (y0, y1) = (g.eye_y as i64, g.chin_y as i64);
    let mut lum = Vec::new();
    let mut laplace = Vec::new();
    for y in y0.max(1)..y1.min(h - 1) {
        for x in x0.max(1)..x1.min(w - 1) {
            if f.alpha[(y * w + x) as usize] < 0.9 {
                continue;
            }
            let l = |dx: i64, dy: i64| luminance(f.image.get_pixel((x + dx) as u32, (y + dy) as u32)) * 255.0;
            lum.push(l(0, 0) / 255.0);
            laplace.push(l(-1, 0) + l(1, 0) + l(0, -1) + l(0, 1) - 4.0 * l(0, 0));
        }
    }
    if lum.len() < 50 {
        return vec![check("exposure", Status::Warn, "The face could not be measured for light", None)];
    }
    let mean = lum.iter().sum::<f32>() / lum.len() as f32;
    let exposure = match mean {
        m if (0.3..=0.85).contains(&m) => check("exposure", Status::Pass, "The face is evenly lit", Some(m)),
        m if (0.2..0.3).contains(&m) => check("exposure", Status::Warn, "The face is rather dark", Some(m)),
        m if m > 0.85 && m <= 0.92 => check("exposure", Status::Warn, "The face is rather bright", Some(m)),
        m if m < 0.3 => check("exposure", Status::Fail, "The face is too dark", Some(m)),
        m => check("exposure", Status::Fail, "The face is overexposed", Some(m)),
    };
    let lm = laplace.iter().sum::<f32>() / laplace.len() as f32;
    let sharpness = laplace.iter().map(|v| (v - lm).powi(2)).sum::<f32>() / laplace.len() as f32;
    let focus = match sharpness {
        v if v >= 15.0 => check("sharpness", Status::Pass, "The face is in focus", Some(v)),
        v if v >= 5.0 => check("sharpness", Status::Warn, "The face looks slightly soft", Some(v)),
        v => check("sharpness", Status::Fail, "The face is blurred", Some(v)),
    };
    vec![exposure, focus]
}

/// Whether the photo covers the frame where the person is: the shoulders below, the sides at
/// shoulder height, the hair at the top. Missing body is never painted in silently: it fails
/// with how much is missing (after the head was moved as far as the spec allows).
fn frame(f: &Facts<'_>) -> Vec<Check> {
    // Under a millimetre is the matte's edge, not a missing shoulder.
    const MISSING_MM: f32 = 1.0;
    let below = f.missing_below_mm;
    let sides = f.missing_sides_mm;
    let mut out = vec![
        if below <= MISSING_MM {
            check("frame_bottom", Status::Pass, "The photo reaches the bottom of the frame", Some(below))
        } else {
            check(
                "frame_bottom",
                Status::Fail,
                format!("The photo ends {below:.0} mm above where the shoulders should be: take it from further away"),
                Some(below),
            )
        },
        if sides <= MISSING_MM {
            check(
                "frame_sides",
                Status::Pass,
                "The photo reaches the sides of the frame at the shoulders",
                Some(sides),
            )
        } else {
            check(
                "frame_sides",
                Status::Fail,
                format!("The photo ends {sides:.0} mm inside the side of the frame at the shoulders: take it from further away"),
                Some(sides),
            )
        },
    ];
    let hair = f.spec.mm(f.hair_top_y);
    out.push(if hair >= 0.5 {
        check("hair", Status::Pass, "The hair is inside the frame", Some(hair))
    } else {
        check(
            "hair",
            Status::Warn,
            "The hair touches the top edge of the photo; a photo with the head a little smaller or lower keeps it in",
            Some(hair),
        )
    });
    out
}
