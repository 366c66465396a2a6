//! Purging what has expired: every object whose `expires_at` has passed is crypto-shredded
//! (rows and keys first, then files), its thumbnails with it. Expired objects are already hidden
//! from every query; this is what removes them. The window runs it when it opens the vault
//! (catching up on whatever expired while it was closed); `seed-studio purge` runs it from cron,
//! systemd or launchd. The full scheduler (sleeping until the next deadline) comes with the
//! retention work.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use ts_rs::TS;

use super::objects::Vault;
use crate::Error;

/// Objects deleted per transaction, so a large purge never holds the index for long.
const BATCH: u32 = 500;

/// What a purge did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PurgeReport {
    /// Objects deleted, thumbnails included.
    pub deleted: usize,
}

/// Delete everything expired at `now`, in batches.
#[tracing::instrument(skip_all)]
pub fn purge(vault: &Vault, now: OffsetDateTime) -> Result<PurgeReport, Error> {
    let mut report = PurgeReport::default();
    loop {
        let due = vault.store().index().expired(now, BATCH)?;
        if due.is_empty() {
            break;
        }
        report.deleted += vault.store().delete(&due)?;
    }
    if report.deleted > 0 {
        tracing::info!(deleted = report.deleted, "expired objects purged");
    }
    Ok(report)
}
