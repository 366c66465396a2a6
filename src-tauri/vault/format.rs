//! The vault object format: a 48-byte header, then the content in chunks sealed with
//! XChaCha20-Poly1305 in the STREAM construction (as age does), so any edit, truncation,
//! reordering, duplication, splice from another object, or trailing data fails authentication.
//!
//! ```text
//! header (48 B)  magic "SSVO" | version 1 | alg 1 = XChaCha20-Poly1305 | chunk_log2 (16 ⇒ 64 KiB;
//!                readers accept 12..=20) | flags 0 | object id (16) | nonce prefix (16, random) |
//!                reserved (8, zero)
//! chunk i        ciphertext (chunk_size bytes, the last one 0..=chunk_size) ‖ tag (16)
//! nonce_i        nonce_prefix[0..15] ‖ u64be(i) ‖ u8(last)
//! aad_i          header (48 B) ‖ u64be(i) ‖ u8(last)
//! ```
//!
//! Every failure to authenticate is the one opaque [`FormatError::Integrity`]; callers must
//! discard anything already written when a later chunk fails. This module owns bytes only: keys
//! come from [`super::keys`], files from the store.

use std::io::{self, Read, Write};

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

use super::keys::DataKey;
use super::ObjectId;

/// "Seed Studio Vault Object".
pub const MAGIC: [u8; 4] = *b"SSVO";
/// The only format version so far.
pub const VERSION: u8 = 1;
/// XChaCha20-Poly1305.
pub const ALG_XCHACHA20POLY1305: u8 = 1;
/// Chunks of 64 KiB.
pub const DEFAULT_CHUNK_LOG2: u8 = 16;
/// Header size in bytes.
pub const HEADER_LEN: usize = 48;
/// Poly1305 tag size.
pub const TAG_LEN: usize = 16;
// A header cannot make a reader allocate more than 1 MiB per chunk.
const CHUNK_LOG2_RANGE: std::ops::RangeInclusive<u8> = 12..=20;

/// Why an object could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum FormatError {
    /// The bytes are not an intact object of this id under this key. Deliberately says no more.
    #[error("the stored object failed its integrity check")]
    Integrity,
    /// Reading the source or writing the destination failed.
    #[error("reading or writing the object failed: {0}")]
    Io(io::ErrorKind),
}

impl From<io::Error> for FormatError {
    fn from(e: io::Error) -> Self {
        FormatError::Io(e.kind())
    }
}

/// The parsed, validated header of an object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    chunk_log2: u8,
    object_id: ObjectId,
    nonce_prefix: [u8; 16],
}

impl Header {
    /// A header for a new object with a fresh random nonce prefix.
    pub fn new(object_id: ObjectId) -> Result<Header, FormatError> {
        let mut nonce_prefix = [0u8; 16];
        getrandom::fill(&mut nonce_prefix).map_err(|_| FormatError::Io(io::ErrorKind::Other))?;
        Ok(Header { chunk_log2: DEFAULT_CHUNK_LOG2, object_id, nonce_prefix })
    }

    /// A fully specified header (test vectors need a fixed nonce prefix).
    pub fn with_parts(
        chunk_log2: u8,
        object_id: ObjectId,
        nonce_prefix: [u8; 16],
    ) -> Result<Header, FormatError> {
        if !CHUNK_LOG2_RANGE.contains(&chunk_log2) {
            return Err(FormatError::Integrity);
        }
        Ok(Header { chunk_log2, object_id, nonce_prefix })
    }

    /// The object this header belongs to.
    pub fn object_id(&self) -> ObjectId {
        self.object_id
    }

    fn chunk_size(&self) -> usize {
        1usize << self.chunk_log2
    }

    /// The 48 header bytes.
    pub fn to_bytes(&self) -> [u8; HEADER_LEN] {
        let mut b = [0u8; HEADER_LEN];
        b[0..4].copy_from_slice(&MAGIC);
        b[4] = VERSION;
        b[5] = ALG_XCHACHA20POLY1305;
        b[6] = self.chunk_log2;
        b[7] = 0; // flags
        b[8..24].copy_from_slice(self.object_id.as_bytes());
        b[24..40].copy_from_slice(&self.nonce_prefix);
        // 40..48 reserved, zero
        b
    }

    /// Parse strictly: any unknown magic, version, algorithm, flag, chunk size or non-zero
    /// reserved byte is rejected.
    pub fn parse(b: &[u8]) -> Result<Header, FormatError> {
        let b: &[u8; HEADER_LEN] =
            b.get(..HEADER_LEN).and_then(|s| s.try_into().ok()).ok_or(FormatError::Integrity)?;
        let ok = b[0..4] == MAGIC
            && b[4] == VERSION
            && b[5] == ALG_XCHACHA20POLY1305
            && CHUNK_LOG2_RANGE.contains(&b[6])
            && b[7] == 0
            && b[40..48].iter().all(|&x| x == 0);
        if !ok {
            return Err(FormatError::Integrity);
        }
        let mut id = [0u8; 16];
        id.copy_from_slice(&b[8..24]);
        let mut nonce_prefix = [0u8; 16];
        nonce_prefix.copy_from_slice(&b[24..40]);
        Ok(Header { chunk_log2: b[6], object_id: ObjectId::from_bytes(id), nonce_prefix })
    }

    fn nonce(&self, index: u64, last: bool) -> XNonce {
        let mut n = [0u8; 24];
        n[..15].copy_from_slice(&self.nonce_prefix[..15]);
        n[15..23].copy_from_slice(&index.to_be_bytes());
        n[23] = u8::from(last);
        XNonce::from(n)
    }

    fn aad(&self, index: u64, last: bool) -> [u8; HEADER_LEN + 9] {
        let mut a = [0u8; HEADER_LEN + 9];
        a[..HEADER_LEN].copy_from_slice(&self.to_bytes());
        a[HEADER_LEN..HEADER_LEN + 8].copy_from_slice(&index.to_be_bytes());
        a[HEADER_LEN + 8] = u8::from(last);
        a
    }
}

/// The size of an object holding `plaintext_len` bytes with this chunk size.
pub fn sealed_len(plaintext_len: u64, chunk_log2: u8) -> u64 {
    let cs = 1u64 << chunk_log2;
    let chunks = if plaintext_len == 0 { 1 } else { plaintext_len.div_ceil(cs) };
    HEADER_LEN as u64 + plaintext_len + chunks * TAG_LEN as u64
}

/// Encrypt everything `plaintext` yields into `out` as one object. Returns the bytes written.
pub fn encrypt(
    key: &DataKey,
    header: &Header,
    mut plaintext: impl Read,
    mut out: impl Write,
) -> Result<u64, FormatError> {
    let cipher = XChaCha20Poly1305::new(key.as_bytes().into());
    let cs = header.chunk_size();
    out.write_all(&header.to_bytes())?;
    let mut written = HEADER_LEN as u64;
    // One byte of look-ahead tells whether the current chunk is the last.
    let mut buf = vec![0u8; cs + 1];
    let mut filled = read_full(&mut plaintext, &mut buf)?;
    let mut index: u64 = 0;
    loop {
        let last = filled <= cs;
        let take = filled.min(cs);
        let aad = header.aad(index, last);
        let sealed = cipher
            .encrypt(&header.nonce(index, last), Payload { msg: &buf[..take], aad: &aad })
            .map_err(|_| FormatError::Integrity)?;
        out.write_all(&sealed)?;
        written += sealed.len() as u64;
        if last {
            break;
        }
        buf[0] = buf[cs];
        filled = 1 + read_full(&mut plaintext, &mut buf[1..])?;
        index = index.checked_add(1).ok_or(FormatError::Integrity)?;
    }
    zeroize::Zeroize::zeroize(&mut buf);
    out.flush()?;
    Ok(written)
}

/// Decrypt an object from `sealed` into `out`, checking it belongs to `expected`. Verified
/// chunks are written as they come: on error, discard whatever `out` received.
pub fn decrypt(
    key: &DataKey,
    expected: ObjectId,
    mut sealed: impl Read,
    mut out: impl Write,
) -> Result<u64, FormatError> {
    let mut head = [0u8; HEADER_LEN];
    if read_full(&mut sealed, &mut head)? != HEADER_LEN {
        return Err(FormatError::Integrity);
    }
    let header = Header::parse(&head)?;
    if header.object_id != expected {
        return Err(FormatError::Integrity);
    }
    let cipher = XChaCha20Poly1305::new(key.as_bytes().into());
    let full = header.chunk_size() + TAG_LEN;
    let mut buf = vec![0u8; full + 1];
    let mut filled = read_full(&mut sealed, &mut buf)?;
    let mut index: u64 = 0;
    let mut total = 0u64;
    loop {
        // A chunk followed by more bytes is not the last; the last one is what EOF leaves.
        let last = filled <= full;
        let take = filled.min(full);
        if take < TAG_LEN || (last && take == TAG_LEN && index > 0) {
            return Err(FormatError::Integrity); // an empty final chunk only for an empty object
        }
        let aad = header.aad(index, last);
        let plain = cipher
            .decrypt(&header.nonce(index, last), Payload { msg: &buf[..take], aad: &aad })
            .map_err(|_| FormatError::Integrity)?;
        out.write_all(&plain)?;
        total += plain.len() as u64;
        let mut plain = plain;
        zeroize::Zeroize::zeroize(&mut plain);
        if last {
            break;
        }
        buf[0] = buf[full];
        filled = 1 + read_full(&mut sealed, &mut buf[1..])?;
        index = index.checked_add(1).ok_or(FormatError::Integrity)?;
    }
    zeroize::Zeroize::zeroize(&mut buf);
    out.flush()?;
    Ok(total)
}

/// The plaintext length of a sealed object of `sealed_len` bytes with `header`'s chunk size,
/// or `Integrity` for a length no object of that chunk size has.
pub fn plaintext_len(header: &Header, sealed_len: u64) -> Result<u64, FormatError> {
    let full = header.chunk_size() as u64 + TAG_LEN as u64;
    let body = sealed_len.checked_sub(HEADER_LEN as u64).ok_or(FormatError::Integrity)?;
    let chunks = body.div_ceil(full).max(1);
    let plain = body.checked_sub(chunks * TAG_LEN as u64).ok_or(FormatError::Integrity)?;
    if sealed_len != self::sealed_len(plain, header.chunk_log2) {
        return Err(FormatError::Integrity);
    }
    Ok(plain)
}

/// Decrypt only the bytes `start..end` of the object in `sealed` (`sealed_len` bytes long):
/// just the chunks that hold them are read and authenticated, so a player can seek in a large
/// video without decrypting all of it. Each chunk's tag binds its index and whether it is the
/// last, so a cut, reordered or foreign chunk fails as it would in [`decrypt`]. `end` is
/// clamped to the object's length; an empty range reads nothing. Returns the bytes and the
/// object's whole plaintext length (from the sealed length).
pub fn decrypt_range(
    key: &DataKey,
    expected: ObjectId,
    mut sealed: impl Read + io::Seek,
    sealed_len: u64,
    start: u64,
    end: u64,
) -> Result<(zeroize::Zeroizing<Vec<u8>>, u64), FormatError> {
    let mut head = [0u8; HEADER_LEN];
    sealed.seek(io::SeekFrom::Start(0))?;
    if read_full(&mut sealed, &mut head)? != HEADER_LEN {
        return Err(FormatError::Integrity);
    }
    let header = Header::parse(&head)?;
    if header.object_id != expected {
        return Err(FormatError::Integrity);
    }
    let total = plaintext_len(&header, sealed_len)?;
    let end = end.min(total);
    let mut out =
        zeroize::Zeroizing::new(Vec::with_capacity(usize::try_from(end.saturating_sub(start)).unwrap_or(0)));
    if start >= end {
        return Ok((out, total));
    }
    let cipher = XChaCha20Poly1305::new(key.as_bytes().into());
    let cs = header.chunk_size() as u64;
    let full = cs + TAG_LEN as u64;
    let last_index = total.saturating_sub(1) / cs;
    let mut buf = vec![0u8; usize::try_from(full).map_err(|_| FormatError::Integrity)?];
    for index in start / cs..=(end - 1) / cs {
        let last = index == last_index;
        let chunk_plain = if last { total - index * cs } else { cs };
        let take = usize::try_from(chunk_plain).map_err(|_| FormatError::Integrity)? + TAG_LEN;
        sealed.seek(io::SeekFrom::Start(HEADER_LEN as u64 + index * full))?;
        if read_full(&mut sealed, &mut buf[..take])? != take {
            return Err(FormatError::Integrity);
        }
        let aad = header.aad(index, last);
        let mut plain = cipher
            .decrypt(&header.nonce(index, last), Payload { msg: &buf[..take], aad: &aad })
            .map_err(|_| FormatError::Integrity)?;
        let from = usize::try_from(start.saturating_sub(index * cs)).unwrap_or(0);
        let to = usize::try_from((end - index * cs).min(chunk_plain)).unwrap_or(0);
        out.extend_from_slice(&plain[from..to]);
        zeroize::Zeroize::zeroize(&mut plain);
    }
    zeroize::Zeroize::zeroize(&mut buf);
    Ok((out, total))
}

/// Read until `buf` is full or the source ends; returns how many bytes were read.
fn read_full(r: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CS_LOG2: u8 = 12; // 4 KiB chunks keep exhaustive tests fast
    const CS: usize = 1 << CS_LOG2;

    fn pattern(n: usize) -> Vec<u8> {
        (0..n).map(|i| (i % 251) as u8).collect()
    }

    fn id(b: u8) -> ObjectId {
        ObjectId::from_bytes([b; 16])
    }

    fn seal(key: &DataKey, object: ObjectId, plain: &[u8]) -> Vec<u8> {
        let header = Header::with_parts(CS_LOG2, object, [7u8; 16]).unwrap();
        let mut out = Vec::new();
        encrypt(key, &header, plain, &mut out).unwrap();
        out
    }

    fn open(key: &DataKey, object: ObjectId, sealed: &[u8]) -> Result<Vec<u8>, FormatError> {
        let mut out = Vec::new();
        decrypt(key, object, sealed, &mut out).map(|_| out)
    }

    #[test]
    fn round_trips_at_every_chunk_boundary_with_the_exact_size() {
        let key = DataKey::random().unwrap();
        for n in [0, 1, CS - 1, CS, CS + 1, 2 * CS, 3 * CS + 17] {
            let plain = pattern(n);
            let sealed = seal(&key, id(1), &plain);
            assert_eq!(sealed.len() as u64, sealed_len(n as u64, CS_LOG2), "size for {n}");
            assert_eq!(open(&key, id(1), &sealed).unwrap(), plain, "round trip for {n}");
        }
    }

    #[test]
    fn default_chunk_size_round_trips_a_large_object() {
        let key = DataKey::random().unwrap();
        let plain = pattern(3 * 65536 + 5);
        let header = Header::new(id(2)).unwrap();
        let mut sealed = Vec::new();
        encrypt(&key, &header, &plain[..], &mut sealed).unwrap();
        assert_eq!(sealed.len() as u64, sealed_len(plain.len() as u64, DEFAULT_CHUNK_LOG2));
        assert_eq!(open(&key, id(2), &sealed).unwrap(), plain);
        assert!(!sealed.windows(64).any(|w| plain.windows(64).next() == Some(w)), "no plaintext inside");
    }

    #[test]
    fn every_flipped_bit_is_rejected() {
        let key = DataKey::random().unwrap();
        let sealed = seal(&key, id(3), &pattern(2 * CS + 100));
        for i in 0..sealed.len() {
            for bit in [0, 7] {
                let mut bad = sealed.clone();
                bad[i] ^= 1 << bit;
                assert!(matches!(open(&key, id(3), &bad), Err(FormatError::Integrity)), "byte {i} bit {bit}");
            }
        }
    }

    #[test]
    fn every_truncation_is_rejected() {
        let key = DataKey::random().unwrap();
        for n in [0, CS, 2 * CS + 100] {
            let sealed = seal(&key, id(4), &pattern(n));
            for len in 0..sealed.len() {
                assert!(open(&key, id(4), &sealed[..len]).is_err(), "plain {n}, truncated to {len}");
            }
        }
    }

    #[test]
    fn trailing_data_is_rejected() {
        let key = DataKey::random().unwrap();
        for n in [0, 100, CS] {
            let sealed = seal(&key, id(5), &pattern(n));
            for extra in [1, 16, CS + 16, CS + 17] {
                let mut bad = sealed.clone();
                bad.extend(std::iter::repeat_n(0u8, extra));
                assert!(open(&key, id(5), &bad).is_err(), "plain {n} + {extra}");
            }
        }
    }

    #[test]
    fn reordered_duplicated_dropped_and_spliced_chunks_are_rejected() {
        let key = DataKey::random().unwrap();
        let full = CS + TAG_LEN;
        let sealed = seal(&key, id(6), &pattern(3 * CS));
        let chunk = |s: &[u8], i: usize| s[HEADER_LEN + i * full..HEADER_LEN + (i + 1) * full].to_vec();
        let head = sealed[..HEADER_LEN].to_vec();
        let build = |parts: &[Vec<u8>]| [vec![head.clone()], parts.to_vec()].concat().concat();
        let (c0, c1, c2) = (chunk(&sealed, 0), chunk(&sealed, 1), chunk(&sealed, 2));
        assert_eq!(build(&[c0.clone(), c1.clone(), c2.clone()]), sealed);
        for bad in [
            build(&[c1.clone(), c0.clone(), c2.clone()]),
            build(&[c0.clone(), c0.clone(), c1.clone(), c2.clone()]),
            build(&[c0.clone(), c2.clone()]),
            build(&[c0.clone(), c1.clone()]),
        ] {
            assert!(open(&key, id(6), &bad).is_err());
        }
        // The same key and nonce prefix but another object id: its chunks do not fit here.
        let other = seal(&key, id(7), &pattern(3 * CS));
        let spliced = build(&[c0, chunk(&other, 1), c2]);
        assert!(open(&key, id(6), &spliced).is_err());
    }

    #[test]
    fn wrong_key_or_wrong_object_id_is_rejected() {
        let key = DataKey::random().unwrap();
        let sealed = seal(&key, id(8), b"portrait");
        assert!(open(&DataKey::random().unwrap(), id(8), &sealed).is_err());
        assert!(open(&key, id(9), &sealed).is_err());
    }

    #[test]
    fn any_range_reads_the_same_bytes_as_the_whole_and_tampering_fails() {
        let key = DataKey::random().unwrap();
        for n in [0, 1, CS - 1, CS, CS + 1, 3 * CS + 17] {
            let plain = pattern(n);
            let sealed = seal(&key, id(10), &plain);
            let len = sealed.len() as u64;
            let ranges =
                [(0, n), (0, 1), (n.saturating_sub(1), n), (CS - 1, CS + 1), (CS, 2 * CS + 5), (7, 3 * CS)];
            for (a, b) in ranges {
                let (got, total) =
                    decrypt_range(&key, id(10), std::io::Cursor::new(&sealed), len, a as u64, b as u64)
                        .unwrap();
                assert_eq!(total, n as u64, "the whole length");
                let (a, b) = (a.min(n), b.min(n));
                assert_eq!(&got[..], if a < b { &plain[a..b] } else { &[][..] }, "{n}: {a}..{b}");
            }
            if n > CS {
                let mut bad = sealed.clone();
                bad[HEADER_LEN + CS + TAG_LEN + 3] ^= 1; // in chunk 1
                let read =
                    |a: u64, b: u64| decrypt_range(&key, id(10), std::io::Cursor::new(&bad), len, a, b);
                assert!(read(0, CS as u64).is_ok(), "chunk 0 is intact");
                assert!(matches!(read(CS as u64, CS as u64 + 1), Err(FormatError::Integrity)));
                let cut = &sealed[..HEADER_LEN + CS + TAG_LEN];
                let r = decrypt_range(&key, id(10), std::io::Cursor::new(cut), cut.len() as u64, 0, 10);
                assert!(
                    r.is_err(),
                    "a file cut at a chunk boundary is refused: its new last chunk was not last"
                );
            }
            assert!(decrypt_range(&key, id(11), std::io::Cursor::new(&sealed), len, 0, 1).is_err());
        }
    }

    #[test]
    fn header_parser_is_strict() {
        let good = Header::with_parts(16, id(1), [3; 16]).unwrap().to_bytes();
        assert!(Header::parse(&good).is_ok());
        let mutations: [(usize, u8); 8] =
            [(0, b'X'), (4, 2), (5, 2), (6, 11), (6, 21), (7, 1), (40, 1), (47, 0xff)];
        for (at, value) in mutations {
            let mut bad = good;
            bad[at] = value;
            assert!(Header::parse(&bad).is_err(), "byte {at} = {value}");
        }
        assert!(Header::parse(&good[..47]).is_err());
        assert!(Header::with_parts(21, id(1), [0; 16]).is_err());
    }

    // ----- checked-in vectors (tests/fixtures/vault) -----

    const VECTOR_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/vault");

    fn vector_key() -> DataKey {
        DataKey::from_bytes(std::array::from_fn(|i| i as u8))
    }

    fn vector_id() -> ObjectId {
        ObjectId::from_bytes(std::array::from_fn(|i| 0x10 + i as u8))
    }

    fn vector_header() -> Header {
        Header::with_parts(CS_LOG2, vector_id(), std::array::from_fn(|i| 0xa0 + i as u8)).unwrap()
    }

    fn fields(text: &str) -> std::collections::HashMap<String, String> {
        text.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split_once(" = ").map(|(k, v)| (k.trim().to_string(), v.trim().to_string())))
            .collect()
    }

    /// `ok_*` vectors decrypt to the pattern and re-encrypt byte for byte; `fail_*` are rejected.
    /// They were verified once against libsodium with `tests/fixtures/vault/verify_vectors.py`.
    #[test]
    fn checked_in_vectors() {
        let mut seen = (0, 0);
        for entry in std::fs::read_dir(VECTOR_DIR).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if !name.ends_with(".txt") {
                continue;
            }
            let f = fields(&std::fs::read_to_string(&path).unwrap());
            let key = DataKey::from_bytes(hex::decode(&f["key"]).unwrap().try_into().unwrap());
            let object: ObjectId = f["object_id"].parse().unwrap();
            let sealed = hex::decode(&f["sealed"]).unwrap();
            if name.starts_with("ok_") {
                let plain = pattern(f["plaintext_len"].parse().unwrap());
                assert_eq!(open(&key, object, &sealed).unwrap(), plain, "{name}");
                let header = Header::parse(&sealed).unwrap();
                let mut again = Vec::new();
                encrypt(&key, &header, &plain[..], &mut again).unwrap();
                assert_eq!(again, sealed, "{name}: the format changed");
                seen.0 += 1;
            } else {
                assert!(name.starts_with("fail_"), "{name}");
                assert!(matches!(open(&key, object, &sealed), Err(FormatError::Integrity)), "{name}");
                seen.1 += 1;
            }
        }
        assert!(seen.0 >= 6 && seen.1 >= 10, "vectors missing: {seen:?}");
    }

    /// Regenerates the vectors; run by hand after a deliberate format change:
    /// `cargo test --lib write_vectors -- --ignored`, then the libsodium check.
    #[test]
    #[ignore = "writes tests/fixtures/vault"]
    fn write_vectors() {
        let key = vector_key();
        let header = vector_header();
        let seal_n = |n: usize| {
            let mut out = Vec::new();
            encrypt(&key, &header, &pattern(n)[..], &mut out).unwrap();
            out
        };
        let write = |name: &str, what: &str, n: usize, sealed: &[u8]| {
            let text = format!(
                "# {what}\nkey = {}\nobject_id = {}\nplaintext_len = {n}\nsealed = {}\n",
                hex::encode(key.as_bytes()),
                vector_id(),
                hex::encode(sealed)
            );
            std::fs::write(format!("{VECTOR_DIR}/{name}.txt"), text).unwrap();
        };
        std::fs::create_dir_all(VECTOR_DIR).unwrap();
        for (name, n) in [
            ("ok_empty", 0),
            ("ok_one_byte", 1),
            ("ok_chunk_minus_one", CS - 1),
            ("ok_exactly_one_chunk", CS),
            ("ok_chunk_plus_one", CS + 1),
            ("ok_three_chunks", 3 * CS),
        ] {
            write(name, &format!("{n} bytes of pattern(i) = i mod 251, 4 KiB chunks"), n, &seal_n(n));
        }
        let two = seal_n(CS + 1);
        let three = seal_n(3 * CS);
        let full = CS + TAG_LEN;
        let chunk = |s: &[u8], i: usize| s[HEADER_LEN + i * full..HEADER_LEN + (i + 1) * full].to_vec();
        let mut v = two.clone();
        *v.last_mut().unwrap() ^= 0x80;
        write("fail_flipped_last_tag_bit", "ok_chunk_plus_one with the last tag bit flipped", CS + 1, &v);
        let mut v = two.clone();
        v[HEADER_LEN + 10] ^= 1;
        write("fail_flipped_ciphertext_bit", "a bit flipped in the first chunk", CS + 1, &v);
        let mut v = two.clone();
        v[40] = 1;
        write("fail_reserved_byte_set", "a reserved header byte is non-zero", CS + 1, &v);
        let mut v = two.clone();
        v[0] = b'X';
        write("fail_bad_magic", "the magic is wrong", CS + 1, &v);
        let mut v = two.clone();
        v[4] = 2;
        write("fail_unknown_version", "version 2 does not exist", CS + 1, &v);
        let mut v = two.clone();
        v[8] ^= 1;
        write("fail_header_object_id_edited", "the header names another object", CS + 1, &v);
        write(
            "fail_truncated_at_chunk_boundary",
            "only the first full chunk",
            CS + 1,
            &two[..HEADER_LEN + full],
        );
        write("fail_truncated_mid_chunk", "cut inside the last chunk", CS + 1, &two[..two.len() - 5]);
        write("fail_header_only", "the header and nothing else", CS + 1, &two[..HEADER_LEN]);
        let mut v = two.clone();
        v.push(0);
        write("fail_trailing_byte", "one byte after the last chunk", CS + 1, &v);
        let head = &three[..HEADER_LEN];
        let v = [head, &chunk(&three, 1), &chunk(&three, 0), &chunk(&three, 2)].concat();
        write("fail_reordered_chunks", "chunks 0 and 1 swapped", 3 * CS, &v);
        let v = [head, &chunk(&three, 0), &chunk(&three, 0), &chunk(&three, 1), &chunk(&three, 2)].concat();
        write("fail_duplicated_chunk", "chunk 0 twice", 3 * CS, &v);
        let v = [head, &chunk(&three, 0), &chunk(&three, 2)].concat();
        write("fail_dropped_chunk", "chunk 1 missing", 3 * CS, &v);
        // Validly sealed under the key, but with a full non-final chunk and an empty final one:
        // an encoding the writer never makes and the reader must refuse.
        let cipher = XChaCha20Poly1305::new(key.as_bytes().into());
        let plain = pattern(CS);
        let c0 = cipher
            .encrypt(&header.nonce(0, false), Payload { msg: &plain, aad: &header.aad(0, false) })
            .unwrap();
        let c1 =
            cipher.encrypt(&header.nonce(1, true), Payload { msg: &[], aad: &header.aad(1, true) }).unwrap();
        let v = [&header.to_bytes()[..], &c0, &c1].concat();
        write("fail_empty_final_chunk", "a full chunk then an empty last chunk", CS, &v);
    }
}
