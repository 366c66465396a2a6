//! Playback benchmark (a bench binary, not a timed test): what the window's player costs when
//! it reads a sealed 50 MB video through the `thumb:` protocol, which answers each HTTP Range
//! request with at most 1 MiB decrypted from only the chunks that hold it
//! (`Store::read_range`, the protocol's one vault call), against decrypting the whole object
//! (`Store::read`), measured in the same run:
//!
//! ```text
//! cargo bench --no-default-features --bench video
//! ```
//!
//! 1. the first piece (what the player needs to start) vs the whole object;
//! 2. a seek: one piece at a random place vs the whole object;
//! 3. playing it through, piece after piece, vs decrypting it once (the overhead of ranges);
//! 4. the memory one answer holds: a piece vs the whole object.

// A bench binary reports on stdout and fails loudly.
#![allow(clippy::print_stdout, clippy::unwrap_used)]

mod timing;

use std::hint::black_box;
use std::time::Duration;
use timing::measure;

use seed_studio::index::{Index, ObjectKind};
use seed_studio::vault::keys::MasterKey;
use seed_studio::vault::store::{NewObject, Store};
use time::OffsetDateTime;

const MB: usize = 1_000_000;
const SIZE: usize = 50 * MB;
/// The protocol's largest answer (`api::objects::MAX_PIECE`).
const PIECE: u64 = 1 << 20;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mk = MasterKey::random().unwrap();
    let index = Index::open(&dir.join("index.db"), &mk.db_key()).unwrap();
    let store = Store::open(&dir.join("vault"), index, mk.key_wrap_key()).unwrap();
    let now = OffsetDateTime::now_utc();
    // Video-like content: incompressible, as H.264 is.
    let mut video = vec![0u8; SIZE];
    getrandom::fill(&mut video).unwrap();
    let meta = NewObject {
        kind: ObjectKind::Output,
        mime: "video/mp4".into(),
        width: Some(1920),
        height: Some(1080),
        expires_at: None,
        task_id: None,
        parent_id: None,
        file_name: Some("clip.mp4".into()),
        content_mac: None,
        duration_ms: Some(10_000),
    };
    let id = store.put(meta, &video, now).unwrap().id;
    let size = SIZE as u64;
    println!("seed-studio playback benchmark: a sealed {} MB video (median / best)", SIZE / MB);

    let (whole, whole_best) = measure(9, || {
        black_box(store.read(id, now).unwrap());
    });
    println!(
        "  whole object decrypted (Store::read):        {:8.1} ms / {:8.1} ms",
        ms(whole),
        ms(whole_best)
    );

    let (first, first_best) = measure(51, || {
        black_box(store.read_range(id, now, 0, PIECE).unwrap());
    });
    println!(
        "1. first piece, 1 MiB (start playing):         {:8.2} ms / {:8.2} ms  = {:.0}x faster than the whole",
        ms(first),
        ms(first_best),
        whole.as_secs_f64() / first.as_secs_f64()
    );

    let mut state = 0x2545_f491_4f6c_dd1du64;
    let (seek, seek_best) = measure(51, || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let start = state % (size - PIECE);
        black_box(store.read_range(id, now, start, start + PIECE).unwrap());
    });
    println!(
        "2. seek, 1 MiB at a random place:             {:8.2} ms / {:8.2} ms  = {:.0}x faster than the whole",
        ms(seek),
        ms(seek_best),
        whole.as_secs_f64() / seek.as_secs_f64()
    );

    let (through, through_best) = measure(5, || {
        let mut at = 0;
        while at < size {
            let (_, piece) = store.read_range(id, now, at, (at + PIECE).min(size)).unwrap();
            at += piece.len() as u64;
            black_box(piece);
        }
    });
    println!(
        "3. played through in 1 MiB pieces:            {:8.1} ms / {:8.1} ms  = {:.2}x the whole object's time",
        ms(through),
        ms(through_best),
        through.as_secs_f64() / whole.as_secs_f64()
    );
    // The pieces put together are the object.
    let mut joined = Vec::with_capacity(SIZE);
    let mut at = 0;
    while at < size {
        let (_, piece) = store.read_range(id, now, at, (at + PIECE).min(size)).unwrap();
        at += piece.len() as u64;
        joined.extend_from_slice(&piece);
    }
    assert!(joined == video, "the pieces are the video");
    println!(
        "4. memory one answer holds:                   {:8.1} MiB vs {:.1} MiB for the whole (= 1/{:.0})",
        PIECE as f64 / 1048576.0,
        SIZE as f64 / 1048576.0,
        SIZE as f64 / PIECE as f64
    );
}
