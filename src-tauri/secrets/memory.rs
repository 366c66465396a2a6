//! An in-memory [`SecretStore`] for unit tests of code above the keyring (rotation crash
//! tests). The real keyring is exercised by the integration and end-to-end tests.

use std::collections::HashMap;
use std::sync::Mutex;

use super::{SecretStore, SecretsError, Sensitive};

/// Secrets in a map.
#[derive(Default)]
pub struct MemoryStore(Mutex<HashMap<String, String>>);

impl MemoryStore {
    /// Entry names currently stored.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> =
            self.0.lock().unwrap_or_else(|p| p.into_inner()).keys().cloned().collect();
        names.sort();
        names
    }
}

impl SecretStore for MemoryStore {
    fn get(&self, name: &str) -> Result<Option<Sensitive<String>>, SecretsError> {
        Ok(self.0.lock().unwrap_or_else(|p| p.into_inner()).get(name).cloned().map(Sensitive::new))
    }

    fn set(&self, name: &str, secret: &Sensitive<String>) -> Result<(), SecretsError> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).insert(name.into(), secret.expose().clone());
        Ok(())
    }

    fn delete(&self, name: &str) -> Result<bool, SecretsError> {
        Ok(self.0.lock().unwrap_or_else(|p| p.into_inner()).remove(name).is_some())
    }

    fn backend(&self) -> &'static str {
        "memory (tests)"
    }
}
