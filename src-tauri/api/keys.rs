//! Provider API keys, never returned to any host. A key lives in the OS keyring; where the
//! keyring cannot be reached (a desktop without a Secret Service, a server), it is sealed in the
//! open vault's encrypted index instead, and the CLI also reads the provider's environment
//! variable. A host learns where each key lives, stores or replaces one, and deletes it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::providers::{ProviderError, ProviderId};
use crate::secrets::{SecretsError, Sensitive};
use crate::{AppCore, Error};

/// Longest key we accept; real keys are well under 200 characters.
const MAX_KEY_LEN: usize = 4096;

/// Where a provider's key is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum KeyLocation {
    /// The OS keyring (Secret Service, Keychain, Credential Manager).
    Keyring,
    /// Sealed in the vault's encrypted index (no reachable keyring).
    Vault,
    /// The provider's environment variable (read, never stored).
    Environment,
}

/// Whether a provider has a key, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ProviderKeyStatus {
    /// The provider.
    pub provider: ProviderId,
    /// Its display name.
    pub display_name: String,
    /// A key is stored (in the keyring or the vault).
    pub stored: bool,
    /// Where the key that would be used lives; `None`: no key anywhere.
    pub location: Option<KeyLocation>,
}

fn entry_name(provider: ProviderId) -> String {
    format!("provider-api-key:{provider}")
}

/// Every provider and where its key is.
#[tracing::instrument(skip_all)]
pub fn list(core: &AppCore) -> Result<Vec<ProviderKeyStatus>, Error> {
    ProviderId::ALL
        .into_iter()
        .map(|provider| {
            let found = find(core, provider)?;
            let location = found.key.as_ref().map(|(_, at)| *at);
            let stored = matches!(location, Some(KeyLocation::Keyring | KeyLocation::Vault));
            Ok(ProviderKeyStatus { provider, display_name: provider.display_name().into(), stored, location })
        })
        .collect()
}

/// What looking for a key found, and every place it looked (for the message when none has it).
struct Found {
    key: Option<(Sensitive<String>, KeyLocation)>,
    looked: Vec<String>,
}

/// The keyring first, then the open vault, then the environment. An unreachable keyring or a
/// closed vault is a place without the key, not a failure: the next place is tried. Seedance
/// and Seedream are the same Ark account: without a key of its own, Seedance uses Seedream's.
fn find(core: &AppCore, provider: ProviderId) -> Result<Found, Error> {
    let mut looked = Vec::new();
    let owners: &[ProviderId] = if provider == ProviderId::Seedance {
        &[ProviderId::Seedance, ProviderId::Seedream]
    } else {
        &[provider]
    };
    for &owner in owners {
        let whose = if owner == provider { String::new() } else { format!(" ({} key)", owner.as_str()) };
        match core.secrets().get(&entry_name(owner)) {
            Ok(Some(key)) => return Ok(Found { key: Some((key, KeyLocation::Keyring)), looked }),
            Ok(None) => looked.push(format!("the {}{whose}", core.secrets().backend())),
            Err(SecretsError::Unavailable { .. }) => {
                looked.push(format!("the {} (not reachable){whose}", core.secrets().backend()))
            }
        }
        match core.with_open_vault(|v| Ok(v.store().index().provider_key(owner.as_str())?)).transpose()? {
            Some(Some(key)) => return Ok(Found { key: Some((key, KeyLocation::Vault)), looked }),
            Some(None) => looked.push(format!("the vault{whose}")),
            None => looked.push(format!("the vault (not open){whose}")),
        }
    }
    match environment_key(provider) {
        Some(key) => Ok(Found { key: Some((key, KeyLocation::Environment)), looked }),
        None => {
            looked.push(match provider {
                ProviderId::Kling => "KLING_ACCESS_KEY and KLING_SECRET_KEY".to_string(),
                other => other.key_env().to_string(),
            });
            Ok(Found { key: None, looked })
        }
    }
}

/// The key in the environment: the provider's variable, or for Kling its two
/// (`KLING_ACCESS_KEY`, `KLING_SECRET_KEY`), joined as `ACCESS:SECRET` as stored.
fn environment_key(provider: ProviderId) -> Option<Sensitive<String>> {
    let var = |name: &str| std::env::var(name).ok().map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
    let key = match provider {
        ProviderId::Kling => format!("{}:{}", var("KLING_ACCESS_KEY")?, var("KLING_SECRET_KEY")?),
        other => var(other.key_env())?,
    };
    Some(Sensitive::new(key))
}

/// The key for a request (never returned to a host), or `missing_api_key` naming every place
/// that was looked in.
pub(crate) fn api_key(core: &AppCore, provider: ProviderId) -> Result<Sensitive<String>, Error> {
    let found = find(core, provider)?;
    match found.key {
        Some((key, _)) => Ok(key),
        None => Err(ProviderError::NoKey(provider.display_name(), found.looked.join(", ")).into()),
    }
}

/// Store (or replace) a provider's key: in the keyring, or, when it cannot be reached, sealed
/// in the open vault. Surrounding whitespace, as pasted, is trimmed. Returns where it went.
#[tracing::instrument(skip_all, fields(%provider))]
pub fn set(core: &AppCore, provider: ProviderId, key: Sensitive<String>) -> Result<KeyLocation, Error> {
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
    if provider == ProviderId::Kling && crate::providers::video::kling::split_key(k).is_none() {
        return Err(Error::InvalidInput(
            "Kling needs its access key and secret key together, as ACCESS_KEY:SECRET_KEY".into(),
        ));
    }
    match core.secrets().set(&entry_name(provider), &trimmed) {
        Ok(()) => {
            // One place per key: a copy sealed earlier in the vault would shadow nothing but linger.
            core.with_open_vault(|v| Ok(v.store().index().delete_provider_key(provider.as_str())?))
                .transpose()?;
            tracing::info!("provider API key stored in the keyring");
            Ok(KeyLocation::Keyring)
        }
        Err(unreachable @ SecretsError::Unavailable { .. }) => {
            let now = core.clock().now();
            let sealed = core
                .with_open_vault(|v| {
                    Ok(v.store().index().set_provider_key(provider.as_str(), &trimmed, now)?)
                })
                .transpose()?;
            if sealed.is_none() {
                return Err(unreachable.into());
            }
            tracing::info!("provider API key sealed in the vault (no reachable keyring)");
            Ok(KeyLocation::Vault)
        }
    }
}

/// Remove a provider's key from the keyring and the vault; `false` if neither had one. An
/// unreachable keyring holds nothing this process can remove, so it is not an error.
#[tracing::instrument(skip_all, fields(%provider))]
pub fn delete(core: &AppCore, provider: ProviderId) -> Result<bool, Error> {
    // `SecretsError` has one variant, `Unavailable`: nothing there to remove from here.
    let in_keyring = core.secrets().delete(&entry_name(provider)).unwrap_or(false);
    let in_vault = core
        .with_open_vault(|v| Ok(v.store().index().delete_provider_key(provider.as_str())?))
        .transpose()?
        .unwrap_or(false);
    tracing::info!(existed = in_keyring || in_vault, "provider API key deleted");
    Ok(in_keyring || in_vault)
}
