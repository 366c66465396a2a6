//! Stars and boards on a real vault (SQLCipher index, sealed files).

use super::*;
use crate::api::objects::{self, ListFilter};
use crate::api::test_support::fixture;

fn listed(f: &crate::api::test_support::Fixture, filter: ListFilter) -> Vec<String> {
    objects::list(&f.core, &f.vault, &filter).unwrap().into_iter().map(|o| o.id).collect()
}

#[test]
fn an_image_on_two_boards_stays_when_a_board_goes_and_leaves_both_when_it_goes() {
    let f = fixture();
    let (a, b) = (f.import(1).to_string(), f.output(2).to_string());
    create_board(&f.core, &f.vault, "Trips").unwrap();
    create_board(&f.core, &f.vault, "  Best of  ").unwrap();
    assert_eq!(add_to_board(&f.core, &f.vault, "trips", &[a.clone(), b.clone()]).unwrap(), 2);
    assert_eq!(
        add_to_board(&f.core, &f.vault, "Best of", &[a.clone(), a.clone()]).unwrap(),
        1,
        "once per board"
    );

    let on_trips = listed(&f, ListFilter { board: Some("Trips".into()), ..Default::default() });
    assert_eq!(on_trips.len(), 2);
    let all = objects::list(&f.core, &f.vault, &ListFilter::default()).unwrap();
    let first = all.iter().find(|o| o.id == a).unwrap();
    assert_eq!(first.boards, vec!["Best of".to_string(), "Trips".to_string()]);
    let counts: Vec<(String, u64)> =
        boards(&f.core, &f.vault).unwrap().into_iter().map(|b| (b.name, b.count)).collect();
    assert_eq!(counts, vec![("Best of".into(), 1), ("Trips".into(), 2)]);

    delete_board(&f.vault, "TRIPS").unwrap();
    assert_eq!(listed(&f, ListFilter::default()).len(), 2, "deleting a board keeps its images");
    assert!(add_to_board(&f.core, &f.vault, "Trips", std::slice::from_ref(&b)).is_err(), "the board is gone");

    crate::api::privacy::delete(&f.core, &f.vault, std::slice::from_ref(&a)).unwrap();
    assert_eq!(boards(&f.core, &f.vault).unwrap()[0].count, 0, "a deleted image leaves its boards");
    assert!(f.vault.store().index().marks().unwrap().boards.is_empty());
}

#[test]
fn board_names_are_checked_unique_and_renamed() {
    let f = fixture();
    assert!(create_board(&f.core, &f.vault, "   ").is_err());
    assert!(create_board(&f.core, &f.vault, &"x".repeat(MAX_NAME + 1)).is_err());
    assert!(create_board(&f.core, &f.vault, "a\u{7}b").is_err());
    create_board(&f.core, &f.vault, "Logos").unwrap();
    create_board(&f.core, &f.vault, "Posters").unwrap();
    assert!(create_board(&f.core, &f.vault, "logos").is_err(), "names are unique in any case");
    assert!(rename_board(&f.core, &f.vault, "Logos", "POSTERS").is_err(), "taken");
    assert_eq!(rename_board(&f.core, &f.vault, "logos", "LOGOS").unwrap().name, "LOGOS", "a change of case");
    assert_eq!(rename_board(&f.core, &f.vault, "LOGOS", "Brand marks").unwrap().name, "Brand marks");
    assert!(rename_board(&f.core, &f.vault, "Logos", "Other").is_err(), "the old name is gone");
    assert!(board_exists(&f.vault, "nope").is_err());
}

#[test]
fn a_star_filters_the_gallery_and_keeps_nothing_longer() {
    let f = fixture();
    let (a, b) = (f.output(1).to_string(), f.output(2).to_string());
    let before = objects::list(&f.core, &f.vault, &ListFilter::default()).unwrap();
    assert_eq!(star(&f.core, &f.vault, std::slice::from_ref(&a), true).unwrap(), 1);
    assert_eq!(star(&f.core, &f.vault, std::slice::from_ref(&a), true).unwrap(), 0, "already starred");
    assert_eq!(listed(&f, ListFilter { starred: true, ..Default::default() }), vec![a.clone()]);
    let after = objects::list(&f.core, &f.vault, &ListFilter::default()).unwrap();
    for (x, y) in before.iter().zip(&after) {
        assert_eq!(x.expires_at, y.expires_at, "a star does not change a deadline");
    }
    assert!(after.iter().any(|o| o.id == a && o.starred) && after.iter().any(|o| o.id == b && !o.starred));
    assert!(star(&f.core, &f.vault, &["00".repeat(16)], true).is_err(), "an unknown image is named");

    // Past its deadline a starred image is gone like any other.
    f.clock.advance(time::Duration::days(31));
    assert!(listed(&f, ListFilter { starred: true, ..Default::default() }).is_empty());
    let refused = star(&f.core, &f.vault, &[b], false).unwrap_err();
    assert!(refused.to_string().contains("no such object"), "{refused}");
}

/// Every file under `dir`, recursively.
fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn a_board_name_never_reaches_the_disk_in_plaintext() {
    let f = fixture();
    let name = "Secret board 7f3a9c";
    create_board(&f.core, &f.vault, name).unwrap();
    add_to_board(&f.core, &f.vault, name, &[f.import(1).to_string()]).unwrap();
    rename_board(&f.core, &f.vault, name, "Renamed board 7f3a9c").unwrap();
    let needles: [&[u8]; 3] = [b"Secret board", b"Renamed board", b"7f3a9c"];
    let files = files_under(f.core.paths().data_dir());
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        for needle in needles {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle),
                "{} holds a board name",
                path.display()
            );
        }
    }
    assert!(files.iter().any(|p| p.ends_with("index.db")), "the index was read: {files:?}");
}
