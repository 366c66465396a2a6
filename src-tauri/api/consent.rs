//! Consent per provider and the egress ledger, as people use them: grant (recording the exact
//! words agreed to), withdraw (new requests are refused at once), list, and read the ledger.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::objects::{rfc3339, Vault};
use crate::index::LedgerEntry;
use crate::providers::ProviderId;
use crate::{AppCore, Error};

/// A provider's consent state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ConsentStatus {
    /// The provider.
    pub provider: ProviderId,
    /// Whether it may receive images now.
    pub granted: bool,
    /// Since when (RFC 3339), if granted.
    pub granted_at: Option<String>,
    /// What the user agreed to (granted) or would agree to (not granted).
    pub scope: String,
}

/// The words a consent records: what will be sent, and the provider's own terms.
pub fn scope_text(provider: ProviderId) -> String {
    format!(
        "Seed Studio may send {} your prompts and minimized copies of the reference images you pick \
         (metadata removed, downscaled, random names), for the tasks you start. {}",
        provider.display_name(),
        provider.terms()
    )
}

/// Grant consent to `provider`.
pub fn grant(core: &AppCore, vault: &Vault, provider: ProviderId) -> Result<ConsentStatus, Error> {
    vault.store().index().grant_consent(provider.as_str(), &scope_text(provider), core.clock().now())?;
    tracing::info!(%provider, "consent granted");
    status(vault, provider)
}

/// Withdraw consent from `provider`: nothing more is sent to it.
pub fn withdraw(core: &AppCore, vault: &Vault, provider: ProviderId) -> Result<ConsentStatus, Error> {
    vault.store().index().withdraw_consent(provider.as_str(), core.clock().now())?;
    tracing::info!(%provider, "consent withdrawn");
    status(vault, provider)
}

/// One provider's consent.
pub fn status(vault: &Vault, provider: ProviderId) -> Result<ConsentStatus, Error> {
    let row = vault.store().index().consent(provider.as_str())?;
    Ok(ConsentStatus {
        provider,
        granted: row.is_some(),
        granted_at: row.as_ref().map(|r| rfc3339(r.granted_at)),
        scope: row.map_or_else(|| scope_text(provider), |r| r.scope),
    })
}

/// Every provider's consent.
pub fn list(vault: &Vault) -> Result<Vec<ConsentStatus>, Error> {
    ProviderId::ALL.into_iter().map(|p| status(vault, p)).collect()
}

/// The egress ledger, oldest first.
pub fn ledger(vault: &Vault) -> Result<Vec<LedgerEntry>, Error> {
    Ok(vault.store().index().ledger()?)
}
