//! The model catalog: every image model Seed Studio offers and what it accepts — how many
//! references, which sizes, resolution tiers, input fidelity, whether it edits. The built-in
//! part is `models.toml` (compiled in, validated by a test); people add models of their own in
//! config.toml (`[[models]]`, see [`CustomModel`]), which take their provider's size rule.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::size::{SizeRule, GEMINI_ASPECTS, OPENAI_LISTED};
use super::{ProviderId, Size};

/// How a model's output size is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SizeKind {
    /// A ratio from the model's `aspects`.
    Aspects,
    /// One of the model's `pixels` sizes.
    Listed,
    /// Any `WxH` in multiples of 16, 1:3 to 3:1, within 3840x2160 (gpt-image-2).
    Free,
    /// `WxH` with 2560x1440 to 4096x4096 pixels in all, 1:16 to 16:1 (Seedream).
    Range,
}

/// One model and what it accepts (`seed-studio models --json` prints these; keep stable).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ModelSpec {
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
    /// The most reference images one request takes.
    pub references: u8,
    /// Whether it changes given images (references, region edits).
    pub edits: bool,
    /// How its size is chosen.
    pub sizes: SizeKind,
    /// For `aspects`: the ratios it makes (`16:9`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aspects: Vec<String>,
    /// For `listed`: the sizes it makes (`1536x1024`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pixels: Vec<String>,
    /// Resolution tiers it offers (Gemini's `imageConfig.imageSize`: `1K`, `2K`, `4K`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub image_sizes: Vec<String>,
    /// Whether edits take `input_fidelity: high` (OpenAI).
    #[serde(default)]
    pub input_fidelity: bool,
    /// Added by the user (config.toml), not from the built-in catalog.
    #[serde(default, skip_deserializing)]
    pub custom: bool,
}

/// A model the user adds in config.toml or Settings, with its limits; its sizes follow its
/// provider's (a new Gemini model takes Gemini's ratios).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct CustomModel {
    /// Whose.
    pub provider: ProviderId,
    /// The id sent to the provider.
    pub id: String,
    /// The most reference images one request takes.
    pub references: u8,
    /// Whether it changes given images.
    #[serde(default = "yes")]
    pub edits: bool,
    /// Resolution tiers it offers (Gemini only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub image_sizes: Vec<String>,
    /// Whether edits take `input_fidelity: high` (OpenAI only).
    #[serde(default)]
    pub input_fidelity: bool,
}

fn yes() -> bool {
    true
}

/// Resolution tiers any model may offer.
const TIERS: [&str; 4] = ["512", "1K", "2K", "4K"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    models: Vec<ModelSpec>,
}

/// The built-in catalog. A file that does not parse yields an empty catalog, which the
/// catalog's test (and every generation test) catches long before a release.
pub fn builtin() -> &'static [ModelSpec] {
    static CATALOG: OnceLock<Vec<ModelSpec>> = OnceLock::new();
    CATALOG.get_or_init(|| {
        toml::from_str::<File>(include_str!("models.toml")).map(|f| f.models).unwrap_or_default()
    })
}

/// The built-in entry for `id` of `provider`.
pub fn find(provider: ProviderId, id: &str) -> Option<&'static ModelSpec> {
    builtin().iter().find(|m| m.provider == provider && m.id == id)
}

/// What a model the catalog does not list accepts: its provider's general limits and the size
/// rule of its family (gpt-image-2's free sizes for ids that start so).
pub fn family(provider: ProviderId, id: &str) -> ModelSpec {
    let (sizes, aspects, pixels) = match provider {
        ProviderId::Gemini => (SizeKind::Aspects, pairs(&GEMINI_ASPECTS, ':'), Vec::new()),
        ProviderId::Openai if id.starts_with("gpt-image-2") => (SizeKind::Free, Vec::new(), Vec::new()),
        ProviderId::Openai => (SizeKind::Listed, Vec::new(), pairs(&OPENAI_LISTED, 'x')),
        ProviderId::Seedream => (SizeKind::Range, Vec::new(), Vec::new()),
        // Video providers make no images; their models are in `video::catalog`.
        ProviderId::Kling | ProviderId::Seedance => (SizeKind::Aspects, Vec::new(), Vec::new()),
    };
    ModelSpec {
        provider,
        id: id.to_string(),
        name: None,
        default: false,
        references: u8::try_from(provider.max_references()).unwrap_or(u8::MAX),
        edits: true,
        sizes,
        aspects,
        pixels,
        image_sizes: Vec::new(),
        input_fidelity: false,
        custom: false,
    }
}

fn pairs(list: &[(u32, u32)], sep: char) -> Vec<String> {
    list.iter().map(|(w, h)| format!("{w}{sep}{h}")).collect()
}

impl CustomModel {
    /// The model as the catalog lists it: the user's limits, its family's sizes.
    pub fn spec(&self) -> ModelSpec {
        ModelSpec {
            references: self.references,
            edits: self.edits,
            image_sizes: self.image_sizes.clone(),
            input_fidelity: self.input_fidelity,
            custom: true,
            ..family(self.provider, &self.id)
        }
    }
}

impl ModelSpec {
    /// The size rule the adapters spell sizes with.
    pub fn rule(&self) -> SizeRule {
        // As written: Gemini's "21:9" is sent as such, not reduced to 7:3.
        let parsed = |list: &[String]| {
            list.iter()
                .filter_map(|s| {
                    let (w, h) = s.split_once([':', 'x'])?;
                    Some((w.trim().parse().ok()?, h.trim().parse().ok()?))
                })
                .collect::<Vec<_>>()
        };
        match self.sizes {
            SizeKind::Aspects => SizeRule::Aspects(parsed(&self.aspects)),
            SizeKind::Listed => SizeRule::Listed(parsed(&self.pixels)),
            SizeKind::Free => SizeRule::FreeOpenAi,
            SizeKind::Range => SizeRule::Seedream,
        }
    }

    /// Whether the entry is coherent; the sentence says what is wrong.
    pub fn check(&self) -> Result<(), String> {
        let id = &self.id;
        if !super::valid_model_id(id) {
            return Err(format!("{id:?} is not a model id (letters, digits, '-', '_', '.', ':' or '@')"));
        }
        if usize::from(self.references) > self.provider.max_references() {
            return Err(format!(
                "{id}: {} takes at most {} references per request",
                self.provider.display_name(),
                self.provider.max_references()
            ));
        }
        let all_parse = |list: &[String], sep: char| {
            !list.is_empty() && list.iter().all(|s| s.contains(sep) && s.parse::<Size>().is_ok())
        };
        match self.sizes {
            SizeKind::Aspects if !all_parse(&self.aspects, ':') => {
                return Err(format!("{id}: `aspects` lists the ratios it makes, like \"16:9\""))
            }
            SizeKind::Listed if !all_parse(&self.pixels, 'x') => {
                return Err(format!("{id}: `pixels` lists the sizes it makes, like \"1536x1024\""))
            }
            _ => {}
        }
        if let Some(tier) = self.image_sizes.iter().find(|t| !TIERS.contains(&t.as_str())) {
            return Err(format!("{id}: image size {tier:?} is not one of 512, 1K, 2K, 4K"));
        }
        if !self.image_sizes.is_empty() && self.provider != ProviderId::Gemini {
            return Err(format!("{id}: only Gemini models have image size tiers"));
        }
        if self.input_fidelity && self.provider != ProviderId::Openai {
            return Err(format!("{id}: only OpenAI models take input_fidelity"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_catalog_is_valid_and_names_one_default_per_provider() {
        let catalog = builtin();
        assert!(catalog.len() >= 6, "models.toml did not parse");
        for model in catalog {
            model.check().unwrap_or_else(|e| panic!("{e}"));
            assert!(!model.custom);
            let same = catalog.iter().filter(|m| m.provider == model.provider && m.id == model.id).count();
            assert_eq!(same, 1, "{} is listed twice", model.id);
        }
        let defaults = crate::config::ProvidersConfig::default();
        for p in ProviderId::IMAGE {
            let listed: Vec<_> = catalog.iter().filter(|m| m.provider == p && m.default).collect();
            assert_eq!(listed.len(), 1, "{p}: one default");
            assert_eq!(
                listed[0].id,
                defaults.get(p).model,
                "{p}: the catalog's default is the configured one"
            );
        }
        // The current models the issue names.
        for (p, id) in [
            (ProviderId::Gemini, "gemini-3.1-flash-image"),
            (ProviderId::Gemini, "gemini-3-pro-image"),
            (ProviderId::Openai, "gpt-image-2"),
            (ProviderId::Openai, "gpt-image-1.5"),
            (ProviderId::Seedream, "seedream-5-0-260128"),
            (ProviderId::Seedream, "seedream-4-5-251128"),
        ] {
            assert!(find(p, id).is_some(), "{id}");
        }
        assert_eq!(find(ProviderId::Seedream, "seedream-5-0-260128").map(|m| m.references), Some(14));
        assert_eq!(find(ProviderId::Gemini, "gemini-3-pro-image").map(|m| m.image_sizes.len()), Some(3));
        // Ratios are sent as Google spells them (21:9, not 7:3).
        let flash = find(ProviderId::Gemini, "gemini-3.1-flash-image").map(ModelSpec::rule);
        assert!(matches!(flash, Some(SizeRule::Aspects(list)) if list.contains(&(21, 9))));
    }

    #[test]
    fn bad_entries_are_refused_with_what_is_wrong() {
        let good = family(ProviderId::Gemini, "gemini-x");
        assert!(good.check().is_ok());
        let bad = |f: fn(&mut ModelSpec)| {
            let mut m = good.clone();
            f(&mut m);
            m.check().unwrap_err()
        };
        assert!(bad(|m| m.id = "a b/c".into()).contains("not a model id"));
        assert!(bad(|m| m.references = 40).contains("at most 14"));
        assert!(bad(|m| m.aspects = vec!["wide".into()]).contains("aspects"));
        assert!(bad(|m| m.image_sizes = vec!["8K".into()]).contains("8K"));
        assert!(bad(|m| m.input_fidelity = true).contains("only OpenAI"));
    }

    #[test]
    fn unknown_models_take_their_familys_rule_and_custom_ones_their_own_limits() {
        assert_eq!(family(ProviderId::Openai, "gpt-image-2.5-flare").sizes, SizeKind::Free);
        assert_eq!(family(ProviderId::Openai, "gpt-image-1-mini").sizes, SizeKind::Listed);
        let custom = CustomModel {
            provider: ProviderId::Gemini,
            id: "gemini-nano-banana-2.1".into(),
            references: 3,
            edits: true,
            image_sizes: vec!["1K".into()],
            input_fidelity: false,
        }
        .spec();
        assert!(custom.custom && custom.references == 3 && custom.sizes == SizeKind::Aspects);
        assert!(custom.check().is_ok());
    }
}
