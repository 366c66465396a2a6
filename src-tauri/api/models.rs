//! The model catalog as the hosts see it: the built-in models ([`crate::providers::catalog`])
//! with the user's own from config.toml, which replace a built-in entry of the same id.

use crate::providers::catalog::{self, ModelSpec};
use crate::providers::ProviderId;
use crate::AppCore;

/// Every model, or `provider`'s: the built-in ones in catalog order, then the user's.
pub fn list(core: &AppCore, provider: Option<ProviderId>) -> Vec<ModelSpec> {
    let custom: Vec<ModelSpec> = core.config().models.iter().map(|m| m.spec()).collect();
    let replaced = |m: &ModelSpec| custom.iter().any(|c| c.provider == m.provider && c.id == m.id);
    catalog::builtin()
        .iter()
        .filter(|m| !replaced(m))
        .cloned()
        .chain(custom.iter().cloned())
        .filter(|m| provider.is_none_or(|p| m.provider == p))
        .collect()
}

/// What `model` of `provider` accepts, and whether the catalog (or the user) knows it; an
/// unknown model gets its provider's general limits.
pub fn spec(core: &AppCore, provider: ProviderId, model: &str) -> (ModelSpec, bool) {
    match list(core, Some(provider)).into_iter().find(|m| m.id == model) {
        Some(spec) => (spec, true),
        None => (catalog::family(provider, model), false),
    }
}
