use time::macros::datetime;

use super::*;
use crate::index::ObjectKind;
use crate::secrets::memory::MemoryStore;
use crate::vault::key_file::KdfParams;
use crate::vault::store::{NewObject, Store};

const NOW: time::OffsetDateTime = datetime!(2026-06-01 12:00 UTC);

struct Fixture {
    _dir: tempfile::TempDir,
    paths: Paths,
    secrets: MemoryStore,
}

fn vault_with_objects() -> (Fixture, Vec<crate::vault::ObjectId>) {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::resolve(Some(&dir.path().join("data"))).unwrap();
    paths.prepare().unwrap();
    let secrets = MemoryStore::default();
    let (mk, _) = master::create(&paths, &secrets, None, KdfParams::MIN).unwrap();
    let index = Index::open(&paths.index_file(), &mk.db_key()).unwrap();
    let kek = mk.key_wrap_key();
    index.insert_vault_key("dedupe", &kek.wrap_named(&[7; 32], "dedupe").unwrap()).unwrap();
    let store = Store::open(&paths.vault_dir(), index, kek).unwrap();
    let meta = || NewObject {
        kind: ObjectKind::Original,
        mime: "image/png".into(),
        width: None,
        height: None,
        expires_at: None,
        task_id: None,
        parent_id: None,
        file_name: Some("x.png".into()),
        content_mac: None,
        duration_ms: None,
    };
    let ids = (0..3).map(|i| store.put(meta(), format!("object {i}").as_bytes(), NOW).unwrap().id).collect();
    (Fixture { _dir: dir, paths, secrets }, ids)
}

/// Everything opens and decrypts with the key now in use, and only that key is in the keyring.
fn assert_settled_on(f: &Fixture, ids: &[crate::vault::ObjectId], version: u32) -> MasterKey {
    let unlocked = master::unlock(&f.paths, &f.secrets, None).unwrap();
    assert_eq!(unlocked.version, version);
    assert!(unlocked.next.is_none() && !unlocked.pending_without_key);
    assert_eq!(f.secrets.names().len(), 1, "old keys are deleted: {:?}", f.secrets.names());
    let mk = unlocked.key;
    let index = Index::open(&f.paths.index_file(), &mk.db_key()).unwrap();
    assert_eq!(index.wrap_version().unwrap(), version);
    let kek = mk.key_wrap_key();
    assert_eq!(*kek.unwrap_named(&index.vault_key("dedupe").unwrap().unwrap(), "dedupe").unwrap(), [7; 32]);
    let store = Store::open(&f.paths.vault_dir(), index, kek).unwrap();
    for (i, id) in ids.iter().enumerate() {
        assert_eq!(&store.read(*id, NOW).unwrap().1[..], format!("object {i}").as_bytes());
    }
    mk
}

#[test]
fn rotation_moves_everything_to_a_new_key_and_destroys_the_old_one() {
    let (f, ids) = vault_with_objects();
    let old = master::unlock(&f.paths, &f.secrets, None).unwrap().key;
    assert_eq!(master::begin_rotation(&f.paths, &f.secrets).unwrap(), 2);
    let new = finish(&f.paths, &f.secrets).unwrap();
    assert_ne!(new.as_bytes(), old.as_bytes());
    assert_settled_on(&f, &ids, 2);
    assert!(matches!(Index::open(&f.paths.index_file(), &old.db_key()), Err(IndexError::WrongKeyOrDamaged)));
    // And again: versions keep counting.
    master::begin_rotation(&f.paths, &f.secrets).unwrap();
    finish(&f.paths, &f.secrets).unwrap();
    assert_settled_on(&f, &ids, 3);
}

#[test]
fn a_crash_at_any_step_of_a_rotation_completes_on_the_next_open() {
    for step in [None, Some(REWRAPPED), Some(REKEYED), Some(master::NEW_KEY_CURRENT)] {
        let (f, ids) = vault_with_objects();
        master::begin_rotation(&f.paths, &f.secrets).unwrap();
        if let Some(step) = step {
            assert!(failpoint::crash_at(step, || finish(&f.paths, &f.secrets)), "{step} not reached");
        }
        // The next open (every open runs finish first) completes it.
        finish(&f.paths, &f.secrets).unwrap();
        assert_settled_on(&f, &ids, 2);
    }
}

#[test]
fn a_pending_rotation_whose_key_was_lost_is_cancelled_safely() {
    let (f, ids) = vault_with_objects();
    master::begin_rotation(&f.paths, &f.secrets).unwrap();
    let pending: Vec<String> = f.secrets.names().into_iter().filter(|n| n.ends_with(":v2")).collect();
    for name in pending {
        f.secrets.delete(&name).unwrap();
    }
    finish(&f.paths, &f.secrets).unwrap();
    assert_settled_on(&f, &ids, 1);
}
