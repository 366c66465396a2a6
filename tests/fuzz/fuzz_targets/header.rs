//! Any bytes: the header parser returns Ok or Err, never panics, and what it accepts
//! re-serializes to the same 48 bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use seed_studio::vault::format::{Header, HEADER_LEN};

fuzz_target!(|data: &[u8]| {
    if let Ok(header) = Header::parse(data) {
        assert_eq!(&header.to_bytes()[..], &data[..HEADER_LEN]);
    }
});
