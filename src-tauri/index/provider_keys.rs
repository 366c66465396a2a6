//! Provider API keys sealed in the index (SQLCipher, `secure_delete` on): the place for them
//! when the OS keyring cannot be reached. Keys are read only for the request that needs them.

use rusqlite::{params, OptionalExtension};
use time::OffsetDateTime;

use super::{Index, IndexError};
use crate::secrets::Sensitive;

impl Index {
    /// A provider's key, if one is sealed here.
    pub fn provider_key(&self, provider: &str) -> Result<Option<Sensitive<String>>, IndexError> {
        Ok(self
            .conn
            .query_row("SELECT key FROM provider_keys WHERE provider = ?1", params![provider], |r| {
                r.get::<_, String>(0)
            })
            .optional()?
            .map(Sensitive::new))
    }

    /// Seal (or replace) a provider's key.
    pub fn set_provider_key(
        &self,
        provider: &str,
        key: &Sensitive<String>,
        now: OffsetDateTime,
    ) -> Result<(), IndexError> {
        self.conn.execute(
            "INSERT INTO provider_keys (provider, key, stored_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (provider) DO UPDATE SET key = excluded.key, stored_at = excluded.stored_at",
            params![provider, key.expose(), now.unix_timestamp()],
        )?;
        Ok(())
    }

    /// Remove a provider's key; false if none was sealed here.
    pub fn delete_provider_key(&self, provider: &str) -> Result<bool, IndexError> {
        Ok(self.conn.execute("DELETE FROM provider_keys WHERE provider = ?1", params![provider])? > 0)
    }
}
