//! Vault benchmarks (a bench binary, not timed tests). Every figure is printed with the
//! baseline measured in the same run, because these machines are noisy:
//!
//! ```text
//! cargo bench --no-default-features --bench vault
//! ```
//!
//! 1. sealing/opening a 12 MiB photo with the vault format vs the raw AEAD over the same chunks;
//! 2. importing a 12 MP JPEG (decode, orientation, thumbnail, seal both, index) vs decode alone;
//! 3. gallery queries over 10 000 items (newest 200, all, full-text);
//! 4. thumbnail serving rate (index lookup + unwrap key + decrypt);
//! 6. minimizing a 12 MP JPEG for a provider (decode, orient, downscale to 2048 px, re-encode)
//!    vs decoding it alone;
//! 5. purging 10 000 expired objects (5 000 images with their thumbnails) in batches, vs
//!    unlinking the same number of plain files; the longest batch is how long the window's
//!    vault is held at a time;
//! 7. an encrypted backup of 160 MiB of images and its restore into a new vault, vs a plain zip
//!    export of the same vault: time and the peak memory each adds (it must not grow with the
//!    size of the backup).

// A bench binary reports on stdout and fails loudly.
#![allow(clippy::print_stdout, clippy::unwrap_used)]

mod timing;

use std::hint::black_box;
use std::time::{Duration, Instant};
use timing::{measure, reset_peak, rss_mib};

use chacha20poly1305::aead::{AeadInPlace, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use seed_studio::index::{Index, ListQuery, ObjectKind};
use seed_studio::vault::format::{self, Header};
use seed_studio::vault::keys::{DataKey, MasterKey};
use seed_studio::vault::store::{NewObject, Store};
use seed_studio::vault::ObjectId;
use time::OffsetDateTime;

const MIB: usize = 1024 * 1024;

fn gbps(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / d.as_secs_f64() / 1e9
}

fn main() {
    let filter = std::env::args().nth(1).filter(|a| !a.starts_with('-'));
    let want = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));
    println!("seed-studio vault benchmarks (median / best)");
    if want("aead") {
        aead();
    }
    if want("import") {
        import();
    }
    if want("gallery") {
        gallery();
    }
    if want("purge") {
        purge();
    }
    if want("minimize") {
        minimize();
    }
    if want("backup") {
        backup();
    }
}

/// A passphrase vault in `dir`, open in its core (the keyring is not needed).
fn vault_core(dir: &std::path::Path) -> seed_studio::AppCore {
    use seed_studio::secrets::Sensitive;
    let paths = seed_studio::paths::Paths::resolve(Some(dir)).unwrap();
    let core = seed_studio::AppCore::open(
        paths,
        std::sync::Arc::new(seed_studio::clock::SystemClock),
        std::sync::Arc::new(seed_studio::secrets::KeyringStore::default()),
    )
    .unwrap();
    let pass = || Some(Sensitive::new("bench vault passphrase".to_string()));
    seed_studio::api::vault::init(&core, pass()).unwrap();
    let vault = seed_studio::api::objects::open(&core, pass().as_ref()).unwrap();
    core.set_vault(vault);
    core
}

fn backup() {
    use seed_studio::api::privacy::{self, ExportRequest, Selection};
    use seed_studio::export::Format;
    use seed_studio::secrets::Sensitive;
    use seed_studio::tasks::CancelToken;
    let tmp = tempfile::tempdir().unwrap();
    let core = vault_core(&tmp.path().join("data"));
    // 24 photos of noise (incompressible, like real photos): 1600×1200 PNGs of ~5.5 MiB.
    let mut total = 0;
    let mut first = None;
    for seed in 0..24u32 {
        let mut state = seed.wrapping_mul(2_654_435_761).wrapping_add(1);
        let img = image::RgbImage::from_fn(1600, 1200, |_, _| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            image::Rgb([state as u8, (state >> 8) as u8, (state >> 16) as u8])
        });
        let mut png = std::io::Cursor::new(Vec::new());
        img.write_to(&mut png, image::ImageFormat::Png).unwrap();
        total += png.get_ref().len();
        let stored = core
            .with_open_vault_or_locked(|v| {
                seed_studio::api::objects::import_bytes(&core, v, &format!("photo{seed}.png"), png.get_ref())
            })
            .unwrap();
        first.get_or_insert(stored.id);
    }
    let run = |selection: Selection, format: Format, to: &str| {
        reset_peak();
        let (before, _) = rss_mib();
        let t = Instant::now();
        let request = ExportRequest { selection, to: tmp.path().join(to), format, strip_metadata: false };
        privacy::export(&core, &request, &CancelToken::default(), &|_| {}).unwrap();
        (t.elapsed(), rss_mib().1 - before)
    };
    let (zip_time, zip_mem) = run(Selection::All, Format::Zip, "plain.zip");
    let pass = Sensitive::new("bench backup passphrase".to_string());
    // One image: what any backup costs whatever its size (age's scrypt: ~1 GiB for ~1 s).
    let one = Selection::Objects(vec![first.unwrap()]);
    let (one_time, one_mem) = run(one, Format::Age(pass.clone()), "one.age");
    let (age_time, age_mem) = run(Selection::All, Format::Age(pass.clone()), "backup.age");

    let target = vault_core(&tmp.path().join("restored"));
    reset_peak();
    let (before, _) = rss_mib();
    let t = Instant::now();
    let report = privacy::restore_backup(
        &target,
        &tmp.path().join("backup.age"),
        &pass,
        &CancelToken::default(),
        &|_| {},
    )
    .unwrap();
    let (restore_time, restore_mem) = (t.elapsed(), rss_mib().1 - before);
    assert_eq!(report.originals, 24);
    println!(
        "backup {:.0} MiB in 24 images: zip export {:.2} s, +{:.0} MiB peak; encrypted backup of one \
         image {:.2} s, +{:.0} MiB peak; of all 24 {:.2} s ({:.2}x zip), +{:.0} MiB peak; restore into a \
         new vault (decrypt, verify, import with thumbnails) {:.2} s, +{:.0} MiB peak",
        total as f64 / MIB as f64,
        zip_time.as_secs_f64(),
        zip_mem,
        one_time.as_secs_f64(),
        one_mem,
        age_time.as_secs_f64(),
        age_time.as_secs_f64() / zip_time.as_secs_f64(),
        age_mem,
        restore_time.as_secs_f64(),
        restore_mem,
    );
}

fn photo_12mp() -> Vec<u8> {
    let img = image::RgbImage::from_fn(4000, 3000, |x, y| {
        image::Rgb([(x / 16) as u8, (y / 12) as u8, ((x * 7 + y * 13) % 256) as u8])
    });
    let mut jpeg = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img).write_to(&mut jpeg, image::ImageFormat::Jpeg).unwrap();
    jpeg.into_inner()
}

fn minimize() {
    use seed_studio::egress::minimize;
    let jpeg = photo_12mp();
    let (decode_med, _) = measure(5, || {
        black_box(image::load_from_memory(&jpeg).unwrap());
    });
    // The resize alone, the `image` crate's (the minimizer's former path) vs the app's.
    let decoded = image::load_from_memory(&jpeg).unwrap();
    let (image_rs, _) = measure(5, || {
        black_box(decoded.resize(2048, 2048, image::imageops::FilterType::CatmullRom));
    });
    let (fast, _) = measure(5, || {
        black_box(seed_studio::import::resize::fit(
            &decoded,
            2048,
            seed_studio::import::resize::Filter::CatmullRom,
        ));
    });
    println!(
        "resize 12 MP to 2048 px (Catmull-Rom): fast_image_resize {:.0} ms, image::imageops {:.0} ms ({:.1}x faster)",
        fast.as_secs_f64() * 1e3,
        image_rs.as_secs_f64() * 1e3,
        image_rs.as_secs_f64() / fast.as_secs_f64(),
    );
    let limits = seed_studio::providers::ProviderId::Gemini.reference_limits();
    let mut out_len = 0;
    let (min_med, min_best) = measure(5, || {
        let m = minimize::minimize(&jpeg, limits).unwrap();
        out_len = m.bytes().len();
        black_box(m);
    });
    println!(
        "minimize 12 MP JPEG ({:.1} MiB) to 2048 px for Gemini: {:.0} / {:.0} ms, {:.0} KiB out \
         (decode alone: {:.0} ms; minimize = {:.2}x decode)",
        jpeg.len() as f64 / MIB as f64,
        min_med.as_secs_f64() * 1e3,
        min_best.as_secs_f64() * 1e3,
        out_len as f64 / 1024.0,
        decode_med.as_secs_f64() * 1e3,
        min_med.as_secs_f64() / decode_med.as_secs_f64(),
    );
}

fn aead() {
    let plain: Vec<u8> = (0..12 * MIB).map(|i| (i * 31 % 251) as u8).collect();
    let key = DataKey::random().unwrap();
    // Baseline: the raw AEAD over the same 64 KiB chunks, in place, no framing or I/O.
    let cipher = XChaCha20Poly1305::new(key.as_bytes().into());
    let mut buf = Vec::with_capacity(64 * 1024 + 16);
    let (raw_med, raw_best) = measure(15, || {
        for (i, chunk) in plain.chunks(64 * 1024).enumerate() {
            buf.clear();
            buf.extend_from_slice(chunk);
            let mut nonce = [0u8; 24];
            nonce[15..23].copy_from_slice(&(i as u64).to_be_bytes());
            cipher.encrypt_in_place(XNonce::from_slice(&nonce), b"aad", &mut buf).unwrap();
            black_box(&buf);
        }
    });
    let header = Header::new(ObjectId::random().unwrap()).unwrap();
    let mut sealed = Vec::with_capacity(plain.len() + 4096);
    let (enc_med, enc_best) = measure(15, || {
        sealed.clear();
        format::encrypt(&key, &header, &plain[..], &mut sealed).unwrap();
    });
    let mut opened = Vec::with_capacity(plain.len());
    let (dec_med, dec_best) = measure(15, || {
        opened.clear();
        format::decrypt(&key, header.object_id(), &sealed[..], &mut opened).unwrap();
    });
    assert_eq!(opened, plain);
    println!(
        "aead   12 MiB: raw XChaCha20-Poly1305 {:.2} / {:.2} GB/s; vault seal {:.2} / {:.2} GB/s ({:.0}% of raw); \
         vault open {:.2} / {:.2} GB/s ({:.0}% of raw)",
        gbps(plain.len(), raw_med),
        gbps(plain.len(), raw_best),
        gbps(plain.len(), enc_med),
        gbps(plain.len(), enc_best),
        100.0 * raw_med.as_secs_f64() / enc_med.as_secs_f64(),
        gbps(plain.len(), dec_med),
        gbps(plain.len(), dec_best),
        100.0 * raw_med.as_secs_f64() / dec_med.as_secs_f64(),
    );
}

fn vault_in(dir: &std::path::Path) -> Store {
    let mk = MasterKey::random().unwrap();
    let index = Index::open(&dir.join("index.db"), &mk.db_key()).unwrap();
    Store::open(&dir.join("vault"), index, mk.key_wrap_key()).unwrap()
}

fn meta(kind: ObjectKind, name: String, created: OffsetDateTime) -> NewObject {
    NewObject {
        kind,
        mime: "image/jpeg".into(),
        width: Some(4000),
        height: Some(3000),
        expires_at: Some(created + time::Duration::days(30)),
        task_id: None,
        parent_id: None,
        file_name: Some(name),
        content_mac: None,
        duration_ms: None,
    }
}

fn import() {
    // A 12 MP photo-like JPEG (smooth gradients plus texture), made once.
    let img = image::RgbImage::from_fn(4000, 3000, |x, y| {
        image::Rgb([(x / 16) as u8, (y / 12) as u8, ((x * 7 + y * 13) % 256) as u8])
    });
    let mut jpeg = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img).write_to(&mut jpeg, image::ImageFormat::Jpeg).unwrap();
    let jpeg = jpeg.into_inner();
    let (decode_med, _) = measure(5, || {
        black_box(image::load_from_memory(&jpeg).unwrap());
    });
    let tmp = tempfile::tempdir().unwrap();
    let store = vault_in(tmp.path());
    let now = OffsetDateTime::now_utc();
    let mut n = 0;
    let (import_med, import_best) = measure(5, || {
        let prepared = seed_studio::import::prepare(&jpeg).unwrap();
        n += 1;
        let image = meta(ObjectKind::Original, format!("photo-{n}.jpg"), now);
        let thumb = meta(ObjectKind::Thumbnail, String::new(), now);
        store.put_with_thumbnail(image, &jpeg, thumb, &prepared.thumbnail, now).unwrap();
    });
    println!(
        "import 12 MP JPEG ({:.1} MiB): {:.0} / {:.0} ms (decode alone: {:.0} ms; import = {:.2}x decode)",
        jpeg.len() as f64 / MIB as f64,
        import_med.as_secs_f64() * 1e3,
        import_best.as_secs_f64() * 1e3,
        decode_med.as_secs_f64() * 1e3,
        import_med.as_secs_f64() / decode_med.as_secs_f64(),
    );
}

fn gallery() {
    let tmp = tempfile::tempdir().unwrap();
    let store = vault_in(tmp.path());
    let now = OffsetDateTime::now_utc();
    let words = [
        "beach", "portrait", "passport", "mountain", "city", "family", "sunset", "studio", "forest",
        "harbour",
    ];
    let thumb = vec![0x5au8; 30 * 1024]; // a typical 512 px JPEG thumbnail is 20-40 KiB
    let t = Instant::now();
    let mut ids = Vec::new();
    for i in 0..10_000usize {
        let name = format!("{} {} {i}.jpg", words[i % 10], words[(i / 10) % 10]);
        let created = now - time::Duration::seconds(i as i64);
        if i < 300 {
            let (image, _) = store
                .put_with_thumbnail(
                    meta(ObjectKind::Original, name, created),
                    b"x",
                    meta(ObjectKind::Thumbnail, String::new(), created),
                    &thumb,
                    created,
                )
                .unwrap();
            ids.push(image.id);
        } else {
            store.put(meta(ObjectKind::Original, name, created), b"x", created).unwrap();
        }
    }
    let fill = t.elapsed();
    let index = store.index();
    let (page_med, _) = measure(30, || {
        black_box(index.list(&ListQuery { limit: Some(200), ..Default::default() }, now).unwrap());
    });
    let (all_med, _) = measure(10, || {
        assert_eq!(index.list(&ListQuery::default(), now).unwrap().len(), 10_000);
    });
    let (fts_med, _) = measure(30, || {
        black_box(
            index.list(&ListQuery { text: Some("pass sun".into()), ..Default::default() }, now).unwrap(),
        );
    });
    let (fts_rare_med, _) = measure(30, || {
        black_box(index.list(&ListQuery { text: Some("9999".into()), ..Default::default() }, now).unwrap());
    });
    println!(
        "gallery 10 000 items (stored in {:.1} s): newest 200 {:.2} ms; all 10 000 {:.1} ms; \
         search \"pass sun\" {:.2} ms; search \"9999\" {:.2} ms",
        fill.as_secs_f64(),
        page_med.as_secs_f64() * 1e3,
        all_med.as_secs_f64() * 1e3,
        fts_med.as_secs_f64() * 1e3,
        fts_rare_med.as_secs_f64() * 1e3,
    );
    // Serving thumbnails: what the thumb: protocol does per tile, minus HTTP.
    let (serve_med, _) = measure(5, || {
        for id in &ids {
            let thumb_id = index.thumbnail_of(*id).unwrap().unwrap();
            black_box(store.read(thumb_id, now).unwrap());
        }
    });
    let (raw_med, _) = measure(5, || {
        for _ in &ids {
            black_box(thumb.clone());
        }
    });
    println!(
        "thumbs {} x 30 KiB: {:.0} thumbnails/s ({:.2} ms each; copying the bytes alone: {:.3} ms each)",
        ids.len(),
        ids.len() as f64 / serve_med.as_secs_f64(),
        serve_med.as_secs_f64() * 1e3 / ids.len() as f64,
        raw_med.as_secs_f64() * 1e3 / ids.len() as f64,
    );
}

fn purge() {
    use seed_studio::api;
    use seed_studio::secrets::{KeyringStore, Sensitive};

    let tmp = tempfile::tempdir().unwrap();
    let paths = seed_studio::paths::Paths::resolve(Some(&tmp.path().join("data"))).unwrap();
    let clock = std::sync::Arc::new(seed_studio::clock::SystemClock);
    let core =
        seed_studio::AppCore::open(paths, clock, std::sync::Arc::new(KeyringStore::default())).unwrap();
    let pass = Sensitive::new("bench passphrase".to_string());
    api::vault::init(&core, Some(pass.clone())).unwrap();
    let vault = api::objects::open(&core, Some(&pass)).unwrap();
    let store = vault.store();
    let now = OffsetDateTime::now_utc();
    let created = now - time::Duration::days(40);
    let thumb = vec![0x5au8; 30 * 1024];
    let t = Instant::now();
    for i in 0..5_000usize {
        let image = meta(ObjectKind::Output, format!("made {i}.png"), created);
        store
            .put_with_thumbnail(
                image,
                &thumb,
                meta(ObjectKind::Thumbnail, String::new(), created),
                &thumb,
                created,
            )
            .unwrap();
    }
    let fill = t.elapsed();
    let mut batches = Vec::new();
    let mut deleted = 0;
    let t = Instant::now();
    loop {
        let b = Instant::now();
        let n = api::retention::purge_batch(&vault, now).unwrap().total();
        if n == 0 {
            break;
        }
        batches.push(b.elapsed());
        deleted += n;
    }
    let total = t.elapsed();
    assert_eq!(deleted, 10_000);
    assert_eq!(std::fs::read_dir(tmp.path().join("data/vault/objects")).unwrap().count(), 0);

    // Baseline: unlink 10 000 plain files of the same size, then one directory sync.
    let plain = tmp.path().join("plain");
    std::fs::create_dir(&plain).unwrap();
    for i in 0..10_000 {
        std::fs::write(plain.join(i.to_string()), &thumb).unwrap();
    }
    let t = Instant::now();
    for i in 0..10_000 {
        std::fs::remove_file(plain.join(i.to_string())).unwrap();
    }
    std::fs::File::open(&plain).unwrap().sync_all().unwrap();
    let unlink = t.elapsed();
    let longest = batches.iter().max().copied().unwrap_or_default();
    println!(
        "purge 10 000 expired objects (stored in {:.1} s): {:.0} ms in {} batches, longest batch {:.0} ms \
         (unlinking 10 000 plain files: {:.0} ms; purge = {:.1}x)",
        fill.as_secs_f64(),
        total.as_secs_f64() * 1e3,
        batches.len(),
        longest.as_secs_f64() * 1e3,
        unlink.as_secs_f64() * 1e3,
        total.as_secs_f64() / unlink.as_secs_f64(),
    );
}
