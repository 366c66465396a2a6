//! The app lock: while locked, the vault is closed (its keys dropped and zeroized), nothing of
//! it is shown or served, and unlocking takes a passphrase — the vault's own for a passphrase
//! vault, or for a keyring vault an app-lock passphrase whose Argon2id hash (PHC string,
//! m = 64 MiB, t = 3, p = 1) is kept in `app-lock` in the data folder. Retention keeps running.

use std::io;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::paths::Paths;
use crate::secrets::Sensitive;

/// Argon2id cost for the app-lock passphrase: ~0.2 s here, on every unlock.
const MEMORY_KIB: u32 = 64 * 1024;
const ITERATIONS: u32 = 3;
const LANES: u32 = 1;
/// The shortest passphrase accepted.
pub const MIN_CHARS: usize = 8;

/// Why the lock could not be set or checked.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Too short.
    #[error("the lock passphrase must have at least {MIN_CHARS} characters")]
    Weak,
    /// The stored hash is unreadable.
    #[error("the app-lock file is damaged; remove the lock in Settings and set it again")]
    Damaged,
    /// The data folder refused.
    #[error("the app-lock file cannot be read or written ({0:?})")]
    Io(io::ErrorKind),
}

fn hasher() -> Result<Argon2<'static>, LockError> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, LANES, None).map_err(|_| LockError::Damaged)?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Set (or replace) the app-lock passphrase.
pub fn set(paths: &Paths, passphrase: &Sensitive<String>) -> Result<(), LockError> {
    if passphrase.expose().chars().count() < MIN_CHARS {
        return Err(LockError::Weak);
    }
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|_| LockError::Io(io::ErrorKind::Other))?;
    let salt = SaltString::encode_b64(&salt).map_err(|_| LockError::Damaged)?;
    let phc = hasher()?
        .hash_password(passphrase.expose().as_bytes(), &salt)
        .map_err(|_| LockError::Damaged)?
        .to_string();
    crate::atomic_file::write(&paths.app_lock_file(), phc.as_bytes()).map_err(|e| LockError::Io(e.kind()))
}

/// Remove the app-lock passphrase.
pub fn clear(paths: &Paths) -> Result<(), LockError> {
    match std::fs::remove_file(paths.app_lock_file()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(LockError::Io(e.kind())),
    }
}

/// Whether an app-lock passphrase is set.
pub fn is_set(paths: &Paths) -> bool {
    paths.app_lock_file().is_file()
}

/// Whether `passphrase` is the app-lock passphrase (constant-time comparison in argon2).
pub fn verify(paths: &Paths, passphrase: &Sensitive<String>) -> Result<bool, LockError> {
    let phc = std::fs::read_to_string(paths.app_lock_file()).map_err(|e| LockError::Io(e.kind()))?;
    let parsed = PasswordHash::new(phc.trim()).map_err(|_| LockError::Damaged)?;
    Ok(hasher()?.verify_password(passphrase.expose().as_bytes(), &parsed).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_passphrase_verifies_and_others_do_not() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::resolve(Some(dir.path())).unwrap();
        paths.prepare().unwrap();
        assert!(!is_set(&paths));
        assert!(matches!(set(&paths, &Sensitive::new("short".into())), Err(LockError::Weak)));
        set(&paths, &Sensitive::new("correct horse".into())).unwrap();
        assert!(is_set(&paths));
        let stored = std::fs::read_to_string(paths.app_lock_file()).unwrap();
        assert!(
            stored.starts_with("$argon2id$v=19$m=65536,t=3,p=1$") && !stored.contains("correct"),
            "{stored}"
        );
        assert!(verify(&paths, &Sensitive::new("correct horse".into())).unwrap());
        assert!(!verify(&paths, &Sensitive::new("correct horsE".into())).unwrap());
        clear(&paths).unwrap();
        assert!(!is_set(&paths));
    }
}
