//! Any bytes as a key file: refused quickly (bounds are checked before Argon2 runs), never a
//! panic. Valid parameters at the 64 MiB floor still cost ~0.2 s per input, so the fuzzer mostly
//! explores the parser.
#![no_main]

use libfuzzer_sys::fuzz_target;
use seed_studio::secrets::Sensitive;
use seed_studio::vault::key_file;

fuzz_target!(|data: &[u8]| {
    if key_file::params_of(data).is_ok() {
        return; // a well-formed header would run the real KDF: not what this target is for
    }
    assert!(key_file::open(data, &Sensitive::new("correct horse battery".into())).is_err());
});
