//! Two oracles. Arbitrary bytes fed to the decryptor must be rejected (no panic, no huge
//! allocation). And a real object made from the fuzzer's plaintext, then mutated by the fuzzer,
//! must decrypt if and only if it was left unchanged — and then to the same plaintext.
#![no_main]

use libfuzzer_sys::fuzz_target;
use seed_studio::vault::format::{decrypt, encrypt, Header};
use seed_studio::vault::keys::DataKey;
use seed_studio::vault::ObjectId;

fuzz_target!(|data: &[u8]| {
    let key = DataKey::from_bytes([7; 32]);
    let id = ObjectId::from_bytes([9; 16]);
    let mut sink = Vec::new();
    // Forging an object without the key is hopeless; anything accepted here is a bug.
    assert!(decrypt(&key, id, data, &mut sink).is_err());

    let Some((&control, rest)) = data.split_first() else { return };
    let split = rest.len() / 2;
    let (plain, edits) = rest.split_at(split);
    let header = Header::with_parts(12, id, [control; 16]).unwrap();
    let mut sealed = Vec::new();
    encrypt(&key, &header, plain, &mut sealed).unwrap();
    let original = sealed.clone();
    match control % 4 {
        0 => {}
        1 => {
            for pair in edits.chunks(3) {
                if let [a, b, c] = pair {
                    let at = (usize::from(*a) << 8 | usize::from(*b)) % sealed.len();
                    sealed[at] ^= c | 1;
                }
            }
        }
        2 => {
            let cut = edits.first().map_or(0, |&b| usize::from(b)) % sealed.len();
            sealed.truncate(cut);
        }
        _ => sealed.extend_from_slice(edits),
    }
    let mut out = Vec::new();
    let result = decrypt(&key, id, &sealed[..], &mut out);
    if sealed == original {
        assert!(result.is_ok());
        assert_eq!(out, plain);
    } else {
        assert!(result.is_err(), "a modified object was accepted");
    }
});
