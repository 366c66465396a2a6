//! A real vault for the use-case tests: a fresh data folder, an SQLCipher index, sealed files,
//! an in-memory keyring, and a clock the tests move.

use std::sync::Arc;

use time::macros::datetime;
use time::OffsetDateTime;

use crate::api::objects::{self, Vault};
use crate::clock::{Clock, FixedClock};
use crate::index::ObjectKind;
use crate::paths::Paths;
use crate::retention::policy::{self, Item};
use crate::secrets::memory::MemoryStore;
use crate::vault::store::NewObject;
use crate::vault::ObjectId;
use crate::AppCore;

pub const T0: OffsetDateTime = datetime!(2026-04-01 08:00 UTC);

pub struct Fixture {
    pub _dir: tempfile::TempDir,
    pub clock: Arc<FixedClock>,
    pub core: AppCore,
    pub vault: Vault,
}

pub fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::resolve(Some(&dir.path().join("data"))).unwrap();
    let clock = Arc::new(FixedClock::new(T0));
    let core = AppCore::open(paths, clock.clone(), Arc::new(MemoryStore::default())).unwrap();
    crate::api::vault::init(&core, None).unwrap();
    let vault = objects::open(&core, None).unwrap();
    Fixture { _dir: dir, clock, core, vault }
}

/// A Gemini request for `prompt` with `refs`, everything else as the window's defaults.
pub fn request(prompt: &str, refs: Vec<String>) -> crate::api::generate::GenerateRequest {
    crate::api::generate::GenerateRequest {
        provider: crate::providers::ProviderId::Gemini,
        prompt: prompt.into(),
        refs,
        model: None,
        size: None,
        count: 1,
        image_size: None,
        input_fidelity: None,
        minimize: None,
        subject_box: None,
        per_ref: None,
    }
}

pub fn png(seed: u8) -> Vec<u8> {
    let img = image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8 ^ seed, y as u8, seed]));
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img).write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

impl Fixture {
    pub fn import(&self, seed: u8) -> ObjectId {
        let summary = objects::import_bytes(&self.core, &self.vault, "ref.png", &png(seed)).unwrap();
        summary.id.parse().unwrap()
    }

    pub fn output(&self, seed: u8) -> ObjectId {
        let policy = self.core.config().retention;
        let now = self.clock.now();
        let meta = NewObject {
            kind: ObjectKind::Output,
            mime: "image/png".into(),
            width: Some(64),
            height: Some(48),
            expires_at: Some(policy::deadline(&Item::Output { created_at: now, kept_until: None }, &policy)),
            task_id: None,
            parent_id: None,
            file_name: Some("made.png".into()),
            content_mac: None,
            duration_ms: None,
        };
        self.vault.store().put(meta, &png(seed), now).unwrap().id
    }

    pub fn visible(&self, id: ObjectId) -> bool {
        self.vault.store().index().object(id, self.clock.now()).unwrap().is_some()
    }

    pub fn stored_files(&self) -> usize {
        std::fs::read_dir(self.core.paths().vault_dir().join("objects")).unwrap().count()
    }
}
