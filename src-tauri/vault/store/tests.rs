use time::macros::datetime;

use super::*;
use crate::vault::keys::MasterKey;

const NOW: OffsetDateTime = datetime!(2026-06-01 12:00 UTC);

struct Vault {
    dir: tempfile::TempDir,
    mk: MasterKey,
}

impl Vault {
    fn new() -> Vault {
        Vault { dir: tempfile::tempdir().unwrap(), mk: MasterKey::random().unwrap() }
    }

    /// (Re)open the store, as the app does at start.
    fn open(&self) -> Store {
        let index = Index::open(&self.dir.path().join("index.db"), &self.mk.db_key()).unwrap();
        Store::open(&self.dir.path().join("vault"), index, self.mk.key_wrap_key()).unwrap()
    }

    fn files(&self, sub: &str) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(self.dir.path().join("vault").join(sub))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

fn meta(kind: ObjectKind) -> NewObject {
    NewObject {
        kind,
        mime: "image/png".into(),
        width: Some(2),
        height: Some(2),
        expires_at: None,
        task_id: None,
        parent_id: None,
        file_name: Some("family-photo.png".into()),
        content_mac: None,
        duration_ms: None,
    }
}

/// rows == files, nothing in tmp, every row decrypts.
fn assert_consistent(vault: &Vault, store: &Store) {
    let mut rows: Vec<String> = store.index().all_ids().unwrap().iter().map(ToString::to_string).collect();
    rows.sort();
    assert_eq!(rows, vault.files("objects"), "rows and files differ");
    assert!(vault.files("tmp").is_empty(), "temp files left");
    for id in store.index().all_ids().unwrap() {
        store.read(id, NOW).unwrap();
    }
}

fn crash<T>(point: &'static str, f: impl FnOnce() -> T) {
    assert!(failpoint::crash_at(point, f), "the failpoint {point:?} was not reached");
}

#[test]
fn put_then_read_returns_the_bytes_and_the_file_holds_no_plaintext() {
    let vault = Vault::new();
    let store = vault.open();
    let plain = b"\x89PNG a very private picture".repeat(1000);
    let row = store.put(meta(ObjectKind::Original), &plain, NOW).unwrap();
    let (read_row, bytes) = store.read(row.id, NOW).unwrap();
    assert_eq!(read_row, row);
    assert_eq!(&bytes[..], &plain[..]);
    let sealed = fs::read(vault.dir.path().join("vault/objects").join(row.id.to_string())).unwrap();
    assert!(!sealed.windows(7).any(|w| w == b"private"));
    assert!(!sealed.starts_with(b"\x89PNG"));
    assert_consistent(&vault, &store);
}

#[test]
fn a_tampered_or_missing_file_is_an_integrity_error() {
    let vault = Vault::new();
    let store = vault.open();
    let row = store.put(meta(ObjectKind::Output), b"result", NOW).unwrap();
    let path = vault.dir.path().join("vault/objects").join(row.id.to_string());
    let mut bytes = fs::read(&path).unwrap();
    bytes[60] ^= 1;
    fs::write(&path, &bytes).unwrap();
    assert!(matches!(store.read(row.id, NOW), Err(StoreError::Format(FormatError::Integrity))));
    fs::remove_file(&path).unwrap();
    assert!(matches!(store.read(row.id, NOW), Err(StoreError::Format(FormatError::Integrity))));
}

#[test]
fn delete_takes_thumbnails_with_it_and_nothing_can_be_read_after() {
    let vault = Vault::new();
    let store = vault.open();
    let image = store.put(meta(ObjectKind::Original), b"image", NOW).unwrap();
    let mut thumb_meta = meta(ObjectKind::Thumbnail);
    thumb_meta.parent_id = Some(image.id);
    let thumb = store.put(thumb_meta, b"thumb", NOW).unwrap();
    let other = store.put(meta(ObjectKind::Original), b"other", NOW).unwrap();
    assert_eq!(store.delete(&[image.id]).unwrap().total(), 2);
    assert!(matches!(store.read(image.id, NOW), Err(StoreError::NotFound)));
    assert!(matches!(store.read(thumb.id, NOW), Err(StoreError::NotFound)));
    assert_eq!(vault.files("objects"), vec![other.id.to_string()]);
    assert_consistent(&vault, &store);
}

#[test]
fn expired_objects_cannot_be_read() {
    let vault = Vault::new();
    let store = vault.open();
    let mut m = meta(ObjectKind::Original);
    m.expires_at = Some(NOW + time::Duration::hours(24));
    let row = store.put(m, b"x", NOW).unwrap();
    assert!(store.read(row.id, NOW + time::Duration::hours(23)).is_ok());
    assert!(matches!(store.read(row.id, NOW + time::Duration::hours(24)), Err(StoreError::NotFound)));
}

#[test]
fn a_crash_at_any_step_of_put_leaves_a_consistent_vault_after_restart() {
    for step in [PUT_SEALED, PUT_RENAMED] {
        let vault = Vault::new();
        let survivor = {
            let store = vault.open();
            let survivor = store.put(meta(ObjectKind::Original), b"kept", NOW).unwrap();
            crash(step, || store.put(meta(ObjectKind::Original), b"lost in a crash", NOW));
            survivor
        };
        let store = vault.open();
        let report = store.collect_garbage().unwrap();
        let expected = match step {
            PUT_SEALED => GcReport { temp_files: 1, orphans: 0 },
            _ => GcReport { temp_files: 0, orphans: 1 },
        };
        assert_eq!(report, expected, "{step:?}");
        assert_consistent(&vault, &store);
        assert_eq!(&store.read(survivor.id, NOW).unwrap().1[..], b"kept");
        assert_eq!(store.collect_garbage().unwrap(), GcReport::default(), "a second pass finds nothing");
    }
}

#[test]
fn a_crash_during_delete_still_deletes() {
    let vault = Vault::new();
    let victim = {
        let store = vault.open();
        let victim = store.put(meta(ObjectKind::Original), b"delete me", NOW).unwrap();
        crash(DELETE_ROWS_GONE, || store.delete(&[victim.id]));
        victim
    };
    let store = vault.open();
    // The key went with the row: the object is unreadable before the file is even removed.
    assert!(matches!(store.read(victim.id, NOW), Err(StoreError::NotFound)));
    assert_eq!(store.collect_garbage().unwrap(), GcReport { temp_files: 0, orphans: 1 });
    assert_consistent(&vault, &store);
}

#[test]
fn an_image_and_its_thumbnail_are_stored_together_or_not_at_all() {
    let vault = Vault::new();
    {
        let store = vault.open();
        crash(PUT_RENAMED, || {
            store.put_with_thumbnail(
                meta(ObjectKind::Original),
                b"image",
                meta(ObjectKind::Thumbnail),
                b"thumb",
                NOW,
            )
        });
    }
    let store = vault.open();
    assert_eq!(store.collect_garbage().unwrap(), GcReport { temp_files: 0, orphans: 2 });
    assert!(store.index().all_ids().unwrap().is_empty());
    let (image, thumb) = store
        .put_with_thumbnail(meta(ObjectKind::Original), b"image", meta(ObjectKind::Thumbnail), b"thumb", NOW)
        .unwrap();
    assert_eq!(thumb.parent_id, Some(image.id));
    assert_eq!(store.index().thumbnail_of(image.id).unwrap(), Some(thumb.id));
    assert_consistent(&vault, &store);
}
