use time::macros::datetime;

use super::*;
use crate::tasks::TaskStatus;
use crate::vault::keys::MasterKey;

const NOW: OffsetDateTime = datetime!(2026-06-01 12:00 UTC);

fn key() -> DbKey {
    MasterKey::from_bytes([3; 32]).db_key()
}

fn row(b: u8, kind: ObjectKind, name: &str) -> ObjectRow {
    ObjectRow {
        id: ObjectId::from_bytes([b; 16]),
        kind,
        mime: "image/jpeg".into(),
        size: 1234,
        width: Some(640),
        height: Some(480),
        created_at: NOW - time::Duration::minutes(i64::from(100 - b)),
        expires_at: None,
        task_id: None,
        parent_id: None,
        file_name: Some(name.into()),
        wrapped_key: [b; WRAPPED_LEN],
        content_mac: Some([b; 32]),
        duration_ms: None,
    }
}

fn fresh() -> (tempfile::TempDir, Index) {
    let dir = tempfile::tempdir().unwrap();
    let index = Index::open(&dir.path().join("index.db"), &key()).unwrap();
    (dir, index)
}

#[test]
fn rows_round_trip_and_list_newest_first() {
    let (_dir, index) = fresh();
    let a = row(1, ObjectKind::Original, "beach.jpg");
    let b = row(2, ObjectKind::Output, "result.png");
    index.insert_object(&a).unwrap();
    index.insert_object(&b).unwrap();
    assert_eq!(index.object(a.id, NOW).unwrap(), Some(a.clone()));
    let all = index.list(&ListQuery::default(), NOW).unwrap();
    assert_eq!(all.iter().map(|r| r.id).collect::<Vec<_>>(), vec![b.id, a.id]);
    let outputs =
        index.list(&ListQuery { kind: Some(ObjectKind::Output), ..Default::default() }, NOW).unwrap();
    assert_eq!(outputs, vec![b]);
}

#[test]
fn expired_objects_are_never_returned_even_before_the_purge() {
    let (_dir, index) = fresh();
    let mut r = row(1, ObjectKind::Output, "old.png");
    r.expires_at = Some(NOW);
    index.insert_object(&r).unwrap();
    let before = NOW - time::Duration::seconds(1);
    assert!(index.object(r.id, before).unwrap().is_some());
    assert!(index.object(r.id, NOW).unwrap().is_none(), "expired at its deadline");
    assert!(index.list(&ListQuery::default(), NOW).unwrap().is_empty());
    let search = ListQuery { text: Some("old".into()), ..Default::default() };
    assert!(index.list(&search, NOW).unwrap().is_empty());
    assert_eq!(index.all_ids().unwrap().len(), 1, "the purge still sees it");
}

#[test]
fn search_matches_word_prefixes_in_names_and_tags_and_is_injection_proof() {
    let (_dir, index) = fresh();
    index.insert_object(&row(1, ObjectKind::Original, "passport-photo.jpg")).unwrap();
    index.insert_object(&row(2, ObjectKind::Original, "holiday.jpg")).unwrap();
    index.set_tags(ObjectId::from_bytes([2; 16]), &["sunset".into(), "greece".into()]).unwrap();
    let find = |q: &str| {
        index
            .list(&ListQuery { text: Some(q.into()), ..Default::default() }, NOW)
            .unwrap()
            .into_iter()
            .map(|r| r.id.as_bytes()[0])
            .collect::<Vec<_>>()
    };
    assert_eq!(find("pass"), vec![1]);
    assert_eq!(find("sun gree"), vec![2]);
    assert_eq!(find("jpg"), vec![2, 1]);
    assert!(find("nothing").is_empty());
    // FTS5 syntax in user input is just text.
    for hostile in ["\"", "a OR b", "NEAR(", "*", "col:x", "^x"] {
        let _ = find(hostile);
    }
}

#[test]
fn delete_removes_row_search_entry_and_tags_and_children_must_go_first() {
    let (_dir, index) = fresh();
    let parent = row(1, ObjectKind::Original, "secret-name.jpg");
    let mut thumb = row(2, ObjectKind::Thumbnail, "");
    thumb.parent_id = Some(parent.id);
    index.insert_object(&parent).unwrap();
    index.insert_object(&thumb).unwrap();
    index.set_tags(parent.id, &["private".into()]).unwrap();
    assert_eq!(index.children(parent.id).unwrap(), vec![thumb.id]);
    assert!(index.delete_objects(&[parent.id]).is_err(), "a thumbnail would be orphaned");
    assert_eq!(index.delete_objects(&[thumb.id, parent.id]).unwrap().total(), 2);
    assert!(index.all_ids().unwrap().is_empty());
    let search = ListQuery { text: Some("secret".into()), ..Default::default() };
    assert!(index.list(&search, NOW).unwrap().is_empty());
    let left: i64 = index.conn.query_row("SELECT count(*) FROM search", [], |r| r.get(0)).unwrap();
    assert_eq!(left, 0);
    let tags: i64 = index.conn.query_row("SELECT count(*) FROM tags", [], |r| r.get(0)).unwrap();
    assert_eq!(tags, 0);
}

#[test]
fn fts_secure_delete_is_on() {
    let (_dir, index) = fresh();
    let v: i64 = index
        .conn
        .query_row("SELECT v FROM search_config WHERE k = 'secure-delete'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, 1);
    let secure: i64 = index.conn.query_row("PRAGMA secure_delete", [], |r| r.get(0)).unwrap();
    assert_eq!(secure, 1);
}

#[test]
fn the_file_is_ciphertext_and_a_wrong_key_cannot_open_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("index.db");
    {
        let index = Index::open(&path, &key()).unwrap();
        index.insert_object(&row(1, ObjectKind::Original, "alice-passport-scan.jpg")).unwrap();
        index.checkpoint().unwrap();
    }
    for file in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(file.unwrap().path()).unwrap();
        assert!(!bytes.starts_with(b"SQLite format 3"));
        assert!(!bytes.windows(5).any(|w| w == b"alice"), "plaintext in the index files");
    }
    let wrong = MasterKey::from_bytes([4; 32]).db_key();
    assert!(matches!(Index::open(&path, &wrong), Err(IndexError::WrongKeyOrDamaged)));
    // The right key still works after a failed attempt, and migrations are not re-run.
    let index = Index::open(&path, &key()).unwrap();
    assert_eq!(index.all_ids().unwrap().len(), 1);
    let (sqlite, cipher) = index.versions().unwrap();
    assert!(sqlite.starts_with('3') && !cipher.is_empty(), "{sqlite} {cipher}");
}

#[test]
fn an_index_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("index.db");
    Index::open(&path, &key()).unwrap().conn.execute_batch("PRAGMA user_version = 99").unwrap();
    assert!(matches!(Index::open(&path, &key()), Err(IndexError::TooNew)));
}

#[test]
fn fts_query_quotes_every_word() {
    assert_eq!(fts_query("sun  gree"), "\"sun\"* \"gree\"*");
    assert_eq!(fts_query("\"a\" OR b*"), "\"a\"* \"OR\"* \"b\"*");
    assert_eq!(fts_query("--"), "");
}

#[test]
fn duplicates_are_found_by_keyed_hash_among_visible_objects_of_the_same_kind() {
    let (_dir, index) = fresh();
    let mut r = row(1, ObjectKind::Original, "a.jpg");
    r.expires_at = Some(NOW + time::Duration::hours(1));
    index.insert_object(&r).unwrap();
    assert_eq!(index.find_by_mac(ObjectKind::Original, &[1; 32], NOW).unwrap().map(|r| r.id), Some(r.id));
    assert!(index.find_by_mac(ObjectKind::Output, &[1; 32], NOW).unwrap().is_none());
    assert!(index.find_by_mac(ObjectKind::Original, &[2; 32], NOW).unwrap().is_none());
    assert!(index
        .find_by_mac(ObjectKind::Original, &[1; 32], NOW + time::Duration::hours(2))
        .unwrap()
        .is_none());
}

#[test]
fn rekey_moves_the_index_to_a_new_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("index.db");
    let new = MasterKey::from_bytes([9; 32]).db_key();
    {
        let index = Index::open(&path, &key()).unwrap();
        index.insert_object(&row(1, ObjectKind::Original, "a.jpg")).unwrap();
        index.rekey(&new).unwrap();
        assert_eq!(index.all_ids().unwrap().len(), 1, "still readable on the same connection");
    }
    assert!(
        matches!(Index::open(&path, &key()), Err(IndexError::WrongKeyOrDamaged)),
        "the old key no longer opens it"
    );
    assert_eq!(Index::open(&path, &new).unwrap().all_ids().unwrap().len(), 1);
}

#[test]
fn lists_sort_and_filter_by_date() {
    let (_dir, index) = fresh();
    // row(b) is created b minutes before NOW - 100 min + b, so higher b = newer.
    index.insert_object(&row(1, ObjectKind::Original, "zebra.jpg")).unwrap();
    index.insert_object(&row(2, ObjectKind::Original, "Apple.jpg")).unwrap();
    index.insert_object(&row(3, ObjectKind::Original, "mango.jpg")).unwrap();
    let ids =
        |q: ListQuery| index.list(&q, NOW).unwrap().iter().map(|r| r.id.as_bytes()[0]).collect::<Vec<_>>();
    assert_eq!(ids(ListQuery::default()), vec![3, 2, 1]);
    assert_eq!(ids(ListQuery { order: Order::Oldest, ..Default::default() }), vec![1, 2, 3]);
    assert_eq!(ids(ListQuery { order: Order::Name, ..Default::default() }), vec![2, 3, 1]);
    let since = NOW - time::Duration::minutes(98);
    assert_eq!(ids(ListQuery { since: Some(since), ..Default::default() }), vec![3, 2]);
}

#[test]
fn objects_filter_by_their_tasks_provider_and_status() {
    let (_dir, index) = fresh();
    let task = |id, provider| NewTask {
        id,
        kind: crate::tasks::TaskKind::Generate,
        provider: Some(provider),
        prompt: None,
        inputs: &[],
        params: None,
    };
    index.insert_task(&task("t1", "gemini"), NOW).unwrap();
    index.insert_task(&task("t2", "openai"), NOW).unwrap();
    index.set_task_status("t1", TaskStatus::Succeeded, None, NOW).unwrap();
    index.set_task_status("t2", TaskStatus::Failed, Some("provider said no"), NOW).unwrap();
    for (b, t) in [(1u8, "t1"), (2, "t2")] {
        let mut r = row(b, ObjectKind::Output, "out.png");
        r.task_id = Some(t.into());
        index.insert_object(&r).unwrap();
    }
    index.insert_object(&row(3, ObjectKind::Original, "ref.jpg")).unwrap();
    let ids =
        |q: ListQuery| index.list(&q, NOW).unwrap().iter().map(|r| r.id.as_bytes()[0]).collect::<Vec<_>>();
    assert_eq!(ids(ListQuery { provider: Some("gemini".into()), ..Default::default() }), vec![1]);
    assert_eq!(ids(ListQuery { task_status: Some("failed".into()), ..Default::default() }), vec![2]);
    assert_eq!(ids(ListQuery::default()).len(), 3);
    let facets = index.facets(NOW).unwrap();
    assert_eq!(facets.providers, vec!["gemini", "openai"]);
    assert_eq!(facets.task_statuses, vec!["failed", "succeeded"]);
    // A status change is an update, not a second task.
    index.set_task_status("t2", TaskStatus::Succeeded, None, NOW).unwrap();
    assert_eq!(index.facets(NOW).unwrap().task_statuses, vec!["succeeded"]);
}

#[test]
fn plain_sqlite_without_the_key_sees_not_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("index.db");
    Index::open(&path, &key()).unwrap().insert_object(&row(1, ObjectKind::Original, "a.jpg")).unwrap();
    let plain = rusqlite::Connection::open(&path).unwrap();
    let err = plain.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)).unwrap_err();
    assert_eq!(err.sqlite_error_code(), Some(rusqlite::ErrorCode::NotADatabase), "{err}");
}

#[test]
fn expired_lists_due_parents_oldest_first_and_leaves_children_to_them() {
    let (_dir, index) = fresh();
    let mut a = row(1, ObjectKind::Original, "a.jpg");
    a.expires_at = Some(NOW - time::Duration::hours(2));
    let mut b = row(2, ObjectKind::Original, "b.jpg");
    b.expires_at = Some(NOW - time::Duration::hours(1));
    let mut c = row(3, ObjectKind::Output, "c.png");
    c.expires_at = Some(NOW + time::Duration::hours(1));
    let mut thumb = row(4, ObjectKind::Thumbnail, "");
    thumb.expires_at = a.expires_at;
    thumb.parent_id = Some(a.id);
    for r in [&a, &b, &c, &thumb] {
        index.insert_object(r).unwrap();
    }
    assert_eq!(index.expired(NOW, 10).unwrap(), vec![a.id, b.id]);
    assert_eq!(index.expired(NOW, 1).unwrap(), vec![a.id], "batches");
    assert!(index.expired(NOW - time::Duration::hours(3), 10).unwrap().is_empty());
}

#[test]
fn a_row_with_a_time_out_of_range_is_read_at_the_end_of_the_range_not_refused() {
    // A restore once let year 10 000 in: listing, exporting and deleting must still work.
    let (_dir, index) = fresh();
    let a = row(1, ObjectKind::Original, "beach.jpg");
    index.insert_object(&a).unwrap();
    index.conn.execute("UPDATE objects SET created_at = 4611686018427387903", []).unwrap();
    let listed = index.list(&ListQuery::default(), NOW).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].created_at, time::PrimitiveDateTime::MAX.assume_utc());
    assert_eq!(index.delete_objects(&[a.id]).unwrap().total(), 1);
}
