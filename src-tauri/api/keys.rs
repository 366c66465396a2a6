//! Provider API keys: stored only in the OS keyring, never returned to any host. A host can
//! learn whether a key is stored, store or replace one, and delete it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::providers::ProviderId;
use crate::secrets::Sensitive;
use crate::{AppCore, Error};

/// Longest key we accept; real keys are well under 200 characters.
const MAX_KEY_LEN: usize = 4096;

/// Whether a provider has a key stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ProviderKeyStatus {
    /// The provider.
    pub provider: ProviderId,
    /// Its display name.
    pub display_name: String,
    /// A key is in the keyring.
    pub stored: bool,
}

fn entry_name(provider: ProviderId) -> String {
    format!("provider-api-key:{provider}")
}

/// Every provider and whether it has a key.
#[tracing::instrument(skip_all)]
pub fn list(core: &AppCore) -> Result<Vec<ProviderKeyStatus>, Error> {
    ProviderId::ALL
        .into_iter()
        .map(|provider| {
            let stored = core.secrets().get(&entry_name(provider))?.is_some();
            Ok(ProviderKeyStatus { provider, display_name: provider.display_name().into(), stored })
        })
        .collect()
}

/// A provider's stored key, for the request that needs it (never returned to a host).
pub(crate) fn get(core: &AppCore, provider: ProviderId) -> Result<Option<Sensitive<String>>, Error> {
    Ok(core.secrets().get(&entry_name(provider))?)
}

/// Store (or replace) a provider's key. Surrounding whitespace, as pasted, is trimmed.
#[tracing::instrument(skip_all, fields(%provider))]
pub fn set(core: &AppCore, provider: ProviderId, key: Sensitive<String>) -> Result<(), Error> {
    let trimmed = Sensitive::new(key.expose().trim().to_string());
    let k = trimmed.expose();
    if k.is_empty() {
        return Err(Error::InvalidInput("the API key is empty".into()));
    }
    if k.len() > MAX_KEY_LEN || k.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Error::InvalidInput(
            "that does not look like an API key (it contains spaces or line breaks, or is too long)".into(),
        ));
    }
    core.secrets().set(&entry_name(provider), &trimmed)?;
    tracing::info!("provider API key stored in the keyring");
    Ok(())
}

/// Remove a provider's key; `false` if none was stored.
#[tracing::instrument(skip_all, fields(%provider))]
pub fn delete(core: &AppCore, provider: ProviderId) -> Result<bool, Error> {
    let existed = core.secrets().delete(&entry_name(provider))?;
    tracing::info!(existed, "provider API key deleted");
    Ok(existed)
}
