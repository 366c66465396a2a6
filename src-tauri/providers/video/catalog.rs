//! The video catalog: every video model and what it accepts (durations, ratios, modes, sound, a
//! last frame), and what each provider takes as a frame. Data in `models.toml`, compiled in.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::providers::ProviderId;

/// One video model (`seed-studio models --video --json` prints these; keep stable).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct VideoModel {
    /// Whose.
    pub provider: ProviderId,
    /// The id sent to the provider.
    pub id: String,
    /// The name people know it by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional = nullable)]
    pub name: Option<String>,
    /// The provider's default model.
    #[serde(default)]
    pub default: bool,
    /// The lengths it makes, in seconds.
    pub durations: Vec<u32>,
    /// The ratios it makes.
    pub aspects: Vec<String>,
    /// Kling's modes or Seedance's resolutions.
    pub modes: Vec<String>,
    /// Whether it can make sound.
    pub sound: bool,
    /// Whether it takes a last frame.
    pub last_frame: bool,
}

/// What a provider takes as a frame (checked before anything leaves).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct FrameLimits {
    /// Whose.
    pub provider: ProviderId,
    /// The media types it takes.
    pub formats: Vec<String>,
    /// The largest encoded frame.
    pub max_bytes: u32,
    /// The shortest side, in pixels.
    pub min_side: u32,
    /// The narrowest width:height.
    pub min_aspect: f64,
    /// The widest width:height.
    pub max_aspect: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    frames: Vec<FrameLimits>,
    models: Vec<VideoModel>,
}

fn file() -> &'static File {
    static CATALOG: OnceLock<File> = OnceLock::new();
    CATALOG.get_or_init(|| {
        toml::from_str(include_str!("models.toml")).unwrap_or(File { frames: Vec::new(), models: Vec::new() })
    })
}

/// Every built-in video model.
pub fn models() -> &'static [VideoModel] {
    &file().models
}

/// The model `id` of `provider`: the catalog's entry, or (for an id the catalog does not
/// list) its provider's default entry's limits under that id. `None` for a provider that
/// makes no video.
pub fn model(provider: ProviderId, id: &str) -> Option<VideoModel> {
    let of_provider = || models().iter().filter(move |m| m.provider == provider);
    if let Some(m) = of_provider().find(|m| m.id == id) {
        return Some(m.clone());
    }
    let base = of_provider().find(|m| m.default).or_else(|| of_provider().next())?;
    Some(VideoModel { id: id.to_string(), name: None, default: false, ..base.clone() })
}

/// Whether the catalog lists `id` for `provider`.
pub fn listed(provider: ProviderId, id: &str) -> bool {
    models().iter().any(|m| m.provider == provider && m.id == id)
}

/// What `provider` takes as a frame.
pub fn frame_limits(provider: ProviderId) -> Option<&'static FrameLimits> {
    file().frames.iter().find(|f| f.provider == provider)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalog_parses_and_every_video_provider_has_one_default_and_frame_limits() {
        assert!(models().len() >= 4, "models.toml did not parse");
        let defaults = crate::config::ProvidersConfig::default();
        for p in ProviderId::VIDEO {
            let listed: Vec<_> = models().iter().filter(|m| m.provider == p && m.default).collect();
            assert_eq!(listed.len(), 1, "{p}: one default");
            assert_eq!(listed[0].id, defaults.get(p).model, "{p}: the configured default is listed");
            let f = frame_limits(p).expect("frame limits");
            assert!(f.min_aspect < 1.0 && f.max_aspect > 1.0 && f.min_side > 0 && f.max_bytes > 0);
        }
        for m in models() {
            assert!(m.provider.makes_video(), "{} is not a video provider's", m.id);
            assert!(!m.durations.is_empty() && !m.aspects.is_empty() && !m.modes.is_empty(), "{}", m.id);
            assert!(crate::providers::valid_model_id(&m.id));
        }
        assert_eq!(model(ProviderId::Kling, "kling-v9").map(|m| m.durations), Some(vec![5, 10]));
        assert_eq!(model(ProviderId::Gemini, "x"), None);
    }
}
