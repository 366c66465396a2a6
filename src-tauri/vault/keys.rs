//! The key hierarchy. One 256-bit master key (kept in the OS keyring, or wrapped by a
//! passphrase) derives, with HKDF-SHA256, the SQLCipher key of the index and a key-wrapping key.
//! Every object gets a fresh random data key, stored only wrapped (XChaCha20-Poly1305, the object
//! id bound in as associated data) inside the encrypted index. Deleting that row destroys the
//! only copy of the data key: crypto-shredding.
//!
//! All key types zeroize on drop and print as `<redacted>`.

use std::fmt;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use sha2::Sha256;
use zeroize::{Zeroize, Zeroizing};

use super::format::FormatError;
use super::ObjectId;

/// Length of a wrapped data key: nonce (24) ‖ sealed key (32) ‖ tag (16).
pub const WRAPPED_LEN: usize = 72;
const WRAP_AAD_PREFIX: &[u8] = b"seed-studio/dek-wrap/v1";
const INFO_DB: &[u8] = b"seed-studio/db/v1";
const INFO_KEK: &[u8] = b"seed-studio/dek-wrap/v1";
const INFO_DEDUPE: &[u8] = b"seed-studio/dedupe/v1";

macro_rules! secret_key {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone)]
        pub struct $name(Zeroizing<[u8; 32]>);

        impl $name {
            /// The raw key bytes. Keep their use local.
            pub fn as_bytes(&self) -> &[u8; 32] {
                &self.0
            }

            /// A key from raw bytes (which the caller should zeroize).
            pub fn from_bytes(bytes: [u8; 32]) -> Self {
                $name(Zeroizing::new(bytes))
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!(stringify!($name), "(<redacted>)"))
            }
        }
    };
}

secret_key!(
    /// The vault's root secret. Never written anywhere but the keyring or a passphrase-wrapped file.
    MasterKey
);
secret_key!(
    /// A per-object content key.
    DataKey
);
secret_key!(
    /// Wraps and unwraps data keys.
    KeyWrapKey
);
secret_key!(
    /// The raw SQLCipher key of the index.
    DbKey
);
secret_key!(
    /// Keys the content hashes used to spot duplicates, so a stored hash cannot confirm that a
    /// known photo is in the vault.
    DedupeKey
);

impl DedupeKey {
    /// HMAC-SHA256 of `content`.
    pub fn mac(&self, content: &[u8]) -> [u8; 32] {
        use hmac::Mac;
        let mut m =
            <hmac::Hmac<Sha256> as Mac>::new_from_slice(self.as_bytes()).unwrap_or_else(|_| unreachable!());
        m.update(content);
        m.finalize().into_bytes().into()
    }
}

fn random_bytes() -> Result<[u8; 32], FormatError> {
    let mut b = [0u8; 32];
    getrandom::fill(&mut b).map_err(|_| FormatError::Io(std::io::ErrorKind::Other))?;
    Ok(b)
}

impl MasterKey {
    /// A fresh random master key.
    pub fn random() -> Result<MasterKey, FormatError> {
        Ok(MasterKey::from_bytes(random_bytes()?))
    }

    fn derive(&self, info: &[u8]) -> [u8; 32] {
        let mut out = [0u8; 32];
        // HKDF-SHA256 can always produce 32 bytes; an error here would be a programming bug.
        Hkdf::<Sha256>::new(None, self.as_bytes()).expand(info, &mut out).unwrap_or_else(|_| unreachable!());
        out
    }

    /// The SQLCipher key of the index.
    pub fn db_key(&self) -> DbKey {
        DbKey::from_bytes(self.derive(INFO_DB))
    }

    /// The key that wraps data keys.
    pub fn key_wrap_key(&self) -> KeyWrapKey {
        KeyWrapKey::from_bytes(self.derive(INFO_KEK))
    }

    /// The key of the duplicate-detection hashes as first derived from this master key. A vault
    /// stores it wrapped in its index on first open, so it outlives master-key rotation.
    pub fn dedupe_key(&self) -> DedupeKey {
        DedupeKey::from_bytes(self.derive(INFO_DEDUPE))
    }

    /// Lower-case hex, for storing in the OS keyring.
    pub fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex::encode(self.as_bytes()))
    }

    /// Parse what [`MasterKey::to_hex`] produced.
    pub fn from_hex(text: &str) -> Option<MasterKey> {
        let mut bytes = [0u8; 32];
        hex::decode_to_slice(text.trim(), &mut bytes).ok()?;
        let key = MasterKey::from_bytes(bytes);
        bytes.zeroize();
        Some(key)
    }
}

impl DataKey {
    /// A fresh random data key.
    pub fn random() -> Result<DataKey, FormatError> {
        Ok(DataKey::from_bytes(random_bytes()?))
    }
}

impl DbKey {
    /// The value for `PRAGMA key` / `PRAGMA rekey`: a raw key, so SQLCipher skips its own KDF.
    pub fn pragma_value(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("\"x'{}'\"", hex::encode(self.as_bytes())))
    }
}

impl KeyWrapKey {
    fn aad(object_id: ObjectId) -> Vec<u8> {
        [WRAP_AAD_PREFIX, object_id.as_bytes()].concat()
    }

    fn named_aad(name: &str) -> Vec<u8> {
        [WRAP_AAD_PREFIX, b"/named/", name.as_bytes()].concat()
    }

    /// Seal a vault-wide key under its name (the name is bound in).
    pub fn wrap_named(&self, key: &[u8; 32], name: &str) -> Result<[u8; WRAPPED_LEN], FormatError> {
        self.seal(key, &Self::named_aad(name))
    }

    /// Open a vault-wide key sealed with [`KeyWrapKey::wrap_named`].
    pub fn unwrap_named(&self, wrapped: &[u8], name: &str) -> Result<Zeroizing<[u8; 32]>, FormatError> {
        self.open(wrapped, &Self::named_aad(name))
    }

    /// Seal `dek` for `object_id`.
    pub fn wrap(&self, dek: &DataKey, object_id: ObjectId) -> Result<[u8; WRAPPED_LEN], FormatError> {
        self.seal(dek.as_bytes(), &Self::aad(object_id))
    }

    /// Open a wrapped key; fails if it was wrapped for another object or under another key.
    pub fn unwrap(&self, wrapped: &[u8], object_id: ObjectId) -> Result<DataKey, FormatError> {
        self.open(wrapped, &Self::aad(object_id)).map(|k| DataKey::from_bytes(*k))
    }

    fn seal(&self, key: &[u8; 32], aad: &[u8]) -> Result<[u8; WRAPPED_LEN], FormatError> {
        let mut nonce = [0u8; 24];
        getrandom::fill(&mut nonce).map_err(|_| FormatError::Io(std::io::ErrorKind::Other))?;
        let cipher = XChaCha20Poly1305::new(self.as_bytes().into());
        let sealed = cipher
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: key, aad })
            .map_err(|_| FormatError::Integrity)?;
        let mut out = [0u8; WRAPPED_LEN];
        out[..24].copy_from_slice(&nonce);
        out[24..].copy_from_slice(&sealed);
        Ok(out)
    }

    fn open(&self, wrapped: &[u8], aad: &[u8]) -> Result<Zeroizing<[u8; 32]>, FormatError> {
        if wrapped.len() != WRAPPED_LEN {
            return Err(FormatError::Integrity);
        }
        let cipher = XChaCha20Poly1305::new(self.as_bytes().into());
        let mut plain = cipher
            .decrypt(XNonce::from_slice(&wrapped[..24]), Payload { msg: &wrapped[24..], aad })
            .map_err(|_| FormatError::Integrity)?;
        let bytes: Result<[u8; 32], _> = plain.as_slice().try_into();
        plain.zeroize();
        bytes.map(Zeroizing::new).map_err(|_| FormatError::Integrity)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_keys_are_distinct_and_stable() {
        let mk = MasterKey::from_bytes([1; 32]);
        assert_ne!(mk.db_key().as_bytes(), mk.key_wrap_key().as_bytes());
        assert_eq!(mk.db_key().as_bytes(), MasterKey::from_bytes([1; 32]).db_key().as_bytes());
        assert_ne!(mk.db_key().as_bytes(), MasterKey::from_bytes([2; 32]).db_key().as_bytes());
    }

    // Pinned so a refactor cannot silently change the derivation (and lock users out).
    #[test]
    fn hkdf_derivation_is_pinned() {
        let mk = MasterKey::from_bytes([0x42; 32]);
        let db = hex::encode(mk.db_key().as_bytes());
        let kek = hex::encode(mk.key_wrap_key().as_bytes());
        let expected_db = {
            let mut out = [0u8; 32];
            Hkdf::<Sha256>::new(None, &[0x42; 32]).expand(b"seed-studio/db/v1", &mut out).unwrap();
            hex::encode(out)
        };
        assert_eq!(db, expected_db);
        assert_eq!(db.len(), 64);
        assert_ne!(db, kek);
    }

    #[test]
    fn wrapped_keys_open_only_for_their_object_and_key() {
        let kek = MasterKey::random().unwrap().key_wrap_key();
        let dek = DataKey::random().unwrap();
        let id = ObjectId::from_bytes([5; 16]);
        let wrapped = kek.wrap(&dek, id).unwrap();
        assert_eq!(kek.unwrap(&wrapped, id).unwrap().as_bytes(), dek.as_bytes());
        assert!(kek.unwrap(&wrapped, ObjectId::from_bytes([6; 16])).is_err());
        assert!(MasterKey::random().unwrap().key_wrap_key().unwrap(&wrapped, id).is_err());
        let mut flipped = wrapped;
        flipped[40] ^= 1;
        assert!(kek.unwrap(&flipped, id).is_err());
        assert!(kek.unwrap(&wrapped[..71], id).is_err());
    }

    #[test]
    fn content_macs_depend_on_the_key() {
        let a = MasterKey::from_bytes([1; 32]).dedupe_key();
        let b = MasterKey::from_bytes([2; 32]).dedupe_key();
        assert_eq!(a.mac(b"photo"), a.mac(b"photo"));
        assert_ne!(a.mac(b"photo"), a.mac(b"photo2"));
        assert_ne!(a.mac(b"photo"), b.mac(b"photo"));
        assert_ne!(a.mac(b"photo").as_slice(), <Sha256 as sha2::Digest>::digest(b"photo").as_slice());
    }

    #[test]
    fn keys_never_print() {
        let mk = MasterKey::from_bytes([9; 32]);
        assert_eq!(format!("{mk:?}"), "MasterKey(<redacted>)");
        assert!(!format!("{:?}", mk.db_key()).contains("09"));
    }

    #[test]
    fn master_key_hex_round_trips() {
        let mk = MasterKey::random().unwrap();
        assert_eq!(MasterKey::from_hex(&mk.to_hex()).unwrap().as_bytes(), mk.as_bytes());
        assert!(MasterKey::from_hex("not hex").is_none());
        assert!(MasterKey::from_hex("abcd").is_none());
    }

    #[test]
    fn pragma_value_is_a_raw_key_literal() {
        let v = DbKey::from_bytes([0xab; 32]).pragma_value();
        assert_eq!(v.as_str(), format!("\"x'{}'\"", "ab".repeat(32)));
    }
}
