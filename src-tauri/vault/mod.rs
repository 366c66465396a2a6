//! The encrypted vault: every image Seed Studio keeps is an object sealed under its own data
//! key ([`format`], [`keys`]); the master key lives in the OS keyring or, as a fallback, in a
//! passphrase-sealed [`key_file`]. The index that lists objects and holds their wrapped keys is an
//! SQLCipher database (see `index/`); the files live in `<data dir>/vault/objects/`.

pub mod format;
pub mod key_file;
pub mod keys;
pub mod master;
pub mod rotation;
pub mod store;

use std::fmt;
use std::str::FromStr;

/// A vault object's id: 16 random bytes, shown as 32 lower-case hex digits. Random rather than
/// time-ordered, so file names on disk say nothing about when something was stored.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjectId([u8; 16]);

impl ObjectId {
    /// A fresh random id.
    pub fn random() -> Result<ObjectId, format::FormatError> {
        let mut b = [0u8; 16];
        getrandom::fill(&mut b).map_err(|_| format::FormatError::Io(std::io::ErrorKind::Other))?;
        Ok(ObjectId(b))
    }

    /// An id from its bytes.
    pub fn from_bytes(bytes: [u8; 16]) -> ObjectId {
        ObjectId(bytes)
    }

    /// The id's bytes.
    pub fn as_bytes(&self) -> &[u8; 16] {
        &self.0
    }
}

impl fmt::Display for ObjectId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

impl fmt::Debug for ObjectId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ObjectId({self})")
    }
}

/// Text that is not an object id.
#[derive(Debug, thiserror::Error)]
#[error("not an object id (expected 32 hexadecimal digits)")]
pub struct InvalidObjectId;

impl FromStr for ObjectId {
    type Err = InvalidObjectId;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut b = [0u8; 16];
        hex::decode_to_slice(s.trim(), &mut b).map_err(|_| InvalidObjectId)?;
        Ok(ObjectId(b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_text() {
        let id = ObjectId::random().unwrap();
        assert_eq!(id.to_string().len(), 32);
        assert_eq!(id.to_string().parse::<ObjectId>().unwrap(), id);
        assert!("xyz".parse::<ObjectId>().is_err());
        assert!("00".parse::<ObjectId>().is_err());
        assert_ne!(ObjectId::random().unwrap(), id);
    }
}
