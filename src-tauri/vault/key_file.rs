//! The passphrase fallback: where no OS keyring is reachable (or the user prefers a
//! passphrase), the master key is stored in `<data dir>/vault.key`, sealed with
//! XChaCha20-Poly1305 under a key stretched from the passphrase by Argon2id. The Argon2
//! parameters live in the file so they can be raised later; a reader refuses parameters outside
//! sane bounds, so a tampered file cannot make it allocate gigabytes or spin for minutes.
//!
//! ```text
//! "SSKF" | version 1 | m_kib u32be | t u32be | p u32be | salt (16) | nonce (24) | sealed key (32 + 16)
//! ```
//! Everything before the sealed key is its associated data.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

use super::keys::MasterKey;
use crate::secrets::Sensitive;

const MAGIC: [u8; 4] = *b"SSKF";
const VERSION: u8 = 1;
const HEADER_LEN: usize = 4 + 1 + 12 + 16 + 24;
/// The whole file's length.
pub const FILE_LEN: usize = HEADER_LEN + 32 + 16;

/// Argon2id cost parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes.
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

impl KdfParams {
    /// The default: 256 MiB, 3 passes, 1 lane (measured in the README's performance section).
    pub const DEFAULT: KdfParams = KdfParams { m_kib: 256 * 1024, t: 3, p: 1 };
    /// The floor a file may carry: 64 MiB, 3 passes (RFC 9106's second recommendation).
    pub const MIN: KdfParams = KdfParams { m_kib: 64 * 1024, t: 3, p: 1 };
    const MAX_M_KIB: u32 = 4 * 1024 * 1024;
    const MAX_T: u32 = 20;
    const MAX_P: u32 = 16;

    fn in_bounds(&self) -> bool {
        (Self::MIN.m_kib..=Self::MAX_M_KIB).contains(&self.m_kib)
            && (Self::MIN.t..=Self::MAX_T).contains(&self.t)
            && (1..=Self::MAX_P).contains(&self.p)
    }
}

/// Why a key file could not be made or opened.
#[derive(Debug, thiserror::Error)]
pub enum KeyFileError {
    /// The passphrase does not open this file, or the file was altered.
    #[error("the passphrase is wrong, or the key file is damaged")]
    WrongPassphrase,
    /// Not a key file, or one with parameters this version will not run.
    #[error("the key file is not a Seed Studio key file, or it is damaged")]
    Malformed,
    /// The passphrase is too short to protect a vault.
    #[error("the passphrase must have at least {MIN_PASSPHRASE_CHARS} characters")]
    WeakPassphrase,
    /// The OS gave no randomness or memory for the key stretching.
    #[error("the key could not be derived: {0}")]
    Kdf(String),
}

/// The shortest passphrase accepted.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

fn stretch(
    passphrase: &Sensitive<String>,
    salt: &[u8],
    params: KdfParams,
) -> Result<Zeroizing<[u8; 32]>, KeyFileError> {
    let p = Params::new(params.m_kib, params.t, params.p, Some(32))
        .map_err(|e| KeyFileError::Kdf(e.to_string()))?;
    let mut out = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, p)
        .hash_password_into(passphrase.expose().as_bytes(), salt, out.as_mut())
        .map_err(|e| KeyFileError::Kdf(e.to_string()))?;
    Ok(out)
}

/// Seal `key` under `passphrase`; returns the file's bytes.
pub fn seal(
    key: &MasterKey,
    passphrase: &Sensitive<String>,
    params: KdfParams,
) -> Result<Vec<u8>, KeyFileError> {
    if passphrase.expose().chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(KeyFileError::WeakPassphrase);
    }
    if !params.in_bounds() {
        return Err(KeyFileError::Kdf("parameters out of bounds".into()));
    }
    let mut random = [0u8; 40];
    getrandom::fill(&mut random).map_err(|e| KeyFileError::Kdf(e.to_string()))?;
    let mut header = Vec::with_capacity(FILE_LEN);
    header.extend_from_slice(&MAGIC);
    header.push(VERSION);
    for v in [params.m_kib, params.t, params.p] {
        header.extend_from_slice(&v.to_be_bytes());
    }
    header.extend_from_slice(&random); // salt (16) then nonce (24)
    let kek = stretch(passphrase, &random[..16], params)?;
    let sealed = XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(kek.as_ref()))
        .encrypt(XNonce::from_slice(&random[16..]), Payload { msg: key.as_bytes(), aad: &header })
        .map_err(|_| KeyFileError::Kdf("sealing failed".into()))?;
    header.extend_from_slice(&sealed);
    Ok(header)
}

/// The parameters a key file asks for (to tell the user how long unlocking will take).
pub fn params_of(file: &[u8]) -> Result<KdfParams, KeyFileError> {
    if file.len() != FILE_LEN || file[..4] != MAGIC || file[4] != VERSION {
        return Err(KeyFileError::Malformed);
    }
    let word = |at: usize| u32::from_be_bytes([file[at], file[at + 1], file[at + 2], file[at + 3]]);
    let params = KdfParams { m_kib: word(5), t: word(9), p: word(13) };
    if params.in_bounds() {
        Ok(params)
    } else {
        Err(KeyFileError::Malformed)
    }
}

/// Open a key file with `passphrase`.
pub fn open(file: &[u8], passphrase: &Sensitive<String>) -> Result<MasterKey, KeyFileError> {
    let params = params_of(file)?;
    let kek = stretch(passphrase, &file[17..33], params)?;
    let mut plain = XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(kek.as_ref()))
        .decrypt(
            XNonce::from_slice(&file[33..57]),
            Payload { msg: &file[HEADER_LEN..], aad: &file[..HEADER_LEN] },
        )
        .map_err(|_| KeyFileError::WrongPassphrase)?;
    let bytes: Result<[u8; 32], _> = plain.as_slice().try_into();
    zeroize::Zeroize::zeroize(&mut plain);
    bytes.map(MasterKey::from_bytes).map_err(|_| KeyFileError::Malformed)
}

#[cfg(test)]
mod tests {
    use super::*;

    // The floor keeps these tests quick; the format is the same at any cost.
    const FAST: KdfParams = KdfParams::MIN;

    fn pass(s: &str) -> Sensitive<String> {
        Sensitive::new(s.to_string())
    }

    #[test]
    fn the_right_passphrase_opens_the_key() {
        let mk = MasterKey::random().unwrap();
        let file = seal(&mk, &pass("correct horse battery"), FAST).unwrap();
        assert_eq!(file.len(), FILE_LEN);
        assert_eq!(params_of(&file).unwrap(), FAST);
        assert_eq!(open(&file, &pass("correct horse battery")).unwrap().as_bytes(), mk.as_bytes());
        assert!(!file.windows(32).any(|w| w == mk.as_bytes()), "the key is not in the file");
    }

    #[test]
    fn a_wrong_passphrase_or_an_edited_file_is_refused() {
        let mk = MasterKey::random().unwrap();
        let file = seal(&mk, &pass("correct horse battery"), FAST).unwrap();
        assert!(matches!(open(&file, &pass("correct horse batterY")), Err(KeyFileError::WrongPassphrase)));
        // Salt, nonce or sealed key edited: authentication fails.
        for at in [20, 40, 60, FILE_LEN - 1] {
            let mut bad = file.clone();
            bad[at] ^= 1;
            assert!(
                matches!(open(&bad, &pass("correct horse battery")), Err(KeyFileError::WrongPassphrase)),
                "{at}"
            );
        }
    }

    #[test]
    fn hostile_parameters_are_refused_before_any_work() {
        let mk = MasterKey::random().unwrap();
        let file = seal(&mk, &pass("correct horse battery"), FAST).unwrap();
        let mut huge = file.clone();
        huge[5..9].copy_from_slice(&u32::MAX.to_be_bytes()); // 4 TiB of memory
        assert!(matches!(open(&huge, &pass("x")), Err(KeyFileError::Malformed)));
        let mut weak = file.clone();
        weak[5..9].copy_from_slice(&8u32.to_be_bytes()); // 8 KiB: too cheap to be safe
        assert!(matches!(open(&weak, &pass("x")), Err(KeyFileError::Malformed)));
        assert!(matches!(open(&file[..FILE_LEN - 1], &pass("x")), Err(KeyFileError::Malformed)));
        let mut magic = file;
        magic[0] = b'X';
        assert!(matches!(open(&magic, &pass("x")), Err(KeyFileError::Malformed)));
    }

    #[test]
    fn short_passphrases_are_refused() {
        let mk = MasterKey::random().unwrap();
        assert!(matches!(seal(&mk, &pass("short"), FAST), Err(KeyFileError::WeakPassphrase)));
    }
}
