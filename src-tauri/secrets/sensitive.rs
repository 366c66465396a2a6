//! `Sensitive<T>`: a value that must not be shown. `Debug` prints `<redacted>`, there is no
//! `Display` and no `Serialize` (it can be *received* over IPC, never sent back), and the value
//! is zeroized when dropped. Reading it takes an explicit [`Sensitive::expose`].

use std::fmt;

use serde::{Deserialize, Deserializer};
use zeroize::{Zeroize, ZeroizeOnDrop};

/// A secret value. See the module docs.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct Sensitive<T: Zeroize>(T);

impl<T: Zeroize> Sensitive<T> {
    /// Wrap a secret.
    pub fn new(value: T) -> Self {
        Sensitive(value)
    }

    /// Borrow the secret. Call sites are where secrets are used; keep them few.
    pub fn expose(&self) -> &T {
        &self.0
    }
}

impl<T: Zeroize> fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl<'de, T: Zeroize + Deserialize<'de>> Deserialize<'de> for Sensitive<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::deserialize(d).map(Sensitive)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_value() {
        let s = Sensitive::new(String::from("sk-live-123"));
        assert_eq!(format!("{s:?}"), "<redacted>");
        assert_eq!(format!("{:?}", Some(&s)), "Some(<redacted>)");
        assert_eq!(s.expose(), "sk-live-123");
    }

    #[test]
    fn deserializes_from_plain_json() {
        let s: Sensitive<String> = serde_json::from_str("\"abc\"").unwrap();
        assert_eq!(s.expose(), "abc");
    }
}
