//! Retention on a real vault (SQLCipher index, sealed files) with an in-memory keyring and a
//! clock the tests move.

use time::Duration;

use super::*;
use crate::api::test_support::{fixture, Fixture, T0};
use crate::api::{objects, tasks};
use crate::clock::Clock;
use crate::secrets::Sensitive;
use crate::tasks::{TaskKind, TaskStatus};

#[test]
fn an_original_goes_the_moment_its_last_task_ends_file_and_key() {
    let f = fixture();
    let original = f.import(1);
    let other = f.import(2);
    assert_eq!(f.stored_files(), 4, "two images with their thumbnails");
    let first =
        tasks::create(&f.core, &f.vault, TaskKind::Edit, Some("gemini"), None, &[original], None).unwrap();
    let second =
        tasks::create(&f.core, &f.vault, TaskKind::Edit, Some("openai"), None, &[original], None).unwrap();
    f.clock.advance(Duration::minutes(3));
    tasks::transition(&f.core, &f.vault, &first, TaskStatus::Succeeded, None).unwrap();
    assert!(f.visible(original), "still needed by the second task");
    tasks::transition(&f.core, &f.vault, &second, TaskStatus::Failed, Some("provider error")).unwrap();
    assert!(f.visible(original), "kept for a retry of the failed task");
    tasks::transition(&f.core, &f.vault, &second, TaskStatus::Cancelled, Some("discarded")).unwrap();
    assert!(!f.visible(original), "gone as soon as the last task was given up");
    assert_eq!(f.stored_files(), 2, "its file and its thumbnail's are destroyed with the transition");
    assert_eq!(purge(&f.core, &f.vault, f.clock.now()).unwrap().deleted.total(), 0, "nothing left to purge");
    let left = f.vault.store().index().all_ids().unwrap();
    assert!(!left.contains(&original), "its row, and so its wrapped key, is gone");
    assert!(left.contains(&other), "an unrelated original stays");
}

#[test]
fn a_queued_task_keeps_an_original_only_until_the_24_hour_limit() {
    let f = fixture();
    let original = f.import(1);
    tasks::create(&f.core, &f.vault, TaskKind::Generate, Some("gemini"), None, &[original], None).unwrap();
    f.clock.advance(Duration::hours(24) - Duration::seconds(1));
    assert!(f.visible(original));
    f.clock.advance(Duration::seconds(1));
    assert!(!f.visible(original));
    assert_eq!(purge(&f.core, &f.vault, f.clock.now()).unwrap().deleted.originals, 1);
}

#[test]
fn tasks_cut_off_by_a_stop_fail_as_interrupted_and_queued_ones_wait() {
    let f = fixture();
    let original = f.import(1);
    let running =
        tasks::create(&f.core, &f.vault, TaskKind::Edit, Some("gemini"), None, &[original], None).unwrap();
    let queued = tasks::create(&f.core, &f.vault, TaskKind::Edit, Some("gemini"), None, &[], None).unwrap();
    tasks::transition(&f.core, &f.vault, &running, TaskStatus::Sending, None).unwrap();
    assert_eq!(tasks::recover_interrupted(&f.core, &f.vault).unwrap(), 1);
    let index = f.vault.store().index();
    let row = index.task(&running).unwrap().unwrap();
    assert_eq!(row.status, TaskStatus::Failed);
    assert!(row.reason.as_deref().is_some_and(|r| r.starts_with("interrupted")));
    let history: Vec<_> = index.task_events(&running).unwrap().into_iter().map(|(s, _)| s).collect();
    assert_eq!(history, [TaskStatus::Queued, TaskStatus::Sending, TaskStatus::Failed]);
    assert_eq!(index.task(&queued).unwrap().unwrap().status, TaskStatus::Queued);
    assert!(f.visible(original), "its original stays for a retry, within the 24 hours");
    f.clock.advance(Duration::hours(24));
    assert!(!f.visible(original), "but not a second past the hard limit");
}

#[test]
fn task_ids_are_time_ordered_uuid_v7() {
    let a = tasks::new_task_id(T0);
    let b = tasks::new_task_id(T0 + Duration::milliseconds(5));
    assert_eq!(uuid::Uuid::parse_str(&a).unwrap().get_version_num(), 7);
    assert!(a < b, "{a} then {b}");
}

#[test]
fn a_shorter_window_is_previewed_then_applied_and_purged() {
    let f = fixture();
    let old = f.output(1);
    f.clock.advance(Duration::days(10));
    let fresh = f.output(2);
    f.clock.advance(Duration::days(1));
    let week = Policy { outputs: Window::days(7), ..Policy::default() };
    let preview = preview(&f.core, &f.vault, &week, f.clock.now()).unwrap();
    assert_eq!(preview.deleted_now, Deleted { outputs: 1, ..Deleted::default() });
    assert!(f.visible(old), "a preview changes nothing");
    assert_eq!(f.core.config().retention, Policy::default());
    apply(&f.core, &f.vault, week).unwrap();
    assert_eq!(f.core.config().retention, week, "saved");
    assert!(!f.visible(old) && f.visible(fresh));
    assert_eq!(purge(&f.core, &f.vault, f.clock.now()).unwrap().deleted.outputs, 1);
    let bad = Policy { originals: Window::hours(48), ..Policy::default() };
    let err = apply(&f.core, &f.vault, bad).unwrap_err();
    assert!(err.to_string().contains("retention.originals"), "{err}");
    assert_eq!(f.core.config().retention, week, "an invalid change changes nothing");
}

#[test]
fn an_output_can_be_kept_longer_up_to_the_limit_and_an_original_cannot() {
    let f = fixture();
    let out = f.output(1);
    let original = f.import(2);
    let err = extend(&f.core, &f.vault, original, Window::days(1)).unwrap_err();
    assert!(err.to_string().contains("only generated images"), "{err}");
    let at = extend(&f.core, &f.vault, out, Window::days(30)).unwrap();
    assert_eq!(at, rfc3339(T0 + Duration::days(60)));
    f.clock.advance(Duration::days(45));
    assert!(f.visible(out), "kept past its normal 30 days");
    let capped = extend(&f.core, &f.vault, out, Window::days(3000)).unwrap();
    assert_eq!(capped, rfc3339(T0 + Duration::days(365)), "capped at outputs_max");
    let err = extend(&f.core, &f.vault, out, Window::days(1)).unwrap_err();
    assert!(err.to_string().contains("already kept as long as allowed"), "{err}");
}

#[test]
fn the_next_deletion_names_when_and_what() {
    let f = fixture();
    assert_eq!(next_deletion(&f.vault, T0).unwrap(), None);
    f.import(1);
    f.output(2);
    let next = next_deletion(&f.vault, T0).unwrap().unwrap();
    assert_eq!(next.at, rfc3339(T0 + Duration::hours(24)));
    assert_eq!(next.objects, KindCounts { originals: 1, outputs: 0, thumbnails: 1 });
}

#[test]
fn sweeping_the_window_s_vault_goes_batch_by_batch_and_skips_a_closed_vault() {
    let f = fixture();
    let ids: Vec<_> = (0..3).map(|i| f.import(i)).collect();
    f.clock.advance(Duration::days(2));
    // Not open in the core: nothing can be read, so nothing is deleted (caught up at unlock).
    assert_eq!(sweep(&f.core, f.clock.now()).unwrap().deleted.total(), 0);
    let Fixture { _dir, clock, core, vault } = f;
    core.set_vault(vault);
    let report = sweep(&core, clock.now()).unwrap();
    assert_eq!((report.deleted.originals, report.deleted.thumbnails), (3, 3));
    let left = core.with_open_vault(|v| Ok(v.store().index().all_ids()?)).unwrap().unwrap();
    assert!(ids.iter().all(|id| !left.contains(id)));
}

#[test]
fn while_the_app_is_locked_nothing_opens_yet_retention_still_deletes_on_time() {
    let f = fixture();
    let original = f.import(1);
    let Fixture { _dir, clock, core, vault } = f;
    core.set_vault(vault);
    assert!(crate::api::lock::lock(&core).is_err(), "no way to unlock yet: refused");
    crate::api::lock::set_passphrase(&core, &Sensitive::new("lock me please".into())).unwrap();
    crate::api::lock::lock(&core).unwrap();
    // The window's process holds the data folder throughout.
    let owner = crate::instance::DataDirLock::acquire(core.paths()).unwrap();
    assert!(core.is_locked());
    let refused = core.with_vault(|| objects::open(&core, None), |_| Ok(())).unwrap_err();
    assert_eq!(crate::error::ErrorBody::from(&refused).code, crate::Code::AppLocked);
    assert!(core.with_open_vault(|_| Ok(())).is_none(), "the vault (and its keys) are gone from memory");

    // The original's 24 hours pass while locked: the sweep still deletes it.
    clock.advance(Duration::hours(24));
    let report = sweep(&core, clock.now()).unwrap();
    assert_eq!(report.deleted.originals, 1);
    assert!(core.is_locked() && core.with_open_vault(|_| Ok(())).is_none(), "and the app stays locked");

    let wrong =
        crate::api::lock::unlock(&core, &owner, &Sensitive::new("lock me PLEASE".into())).unwrap_err();
    assert_eq!(crate::error::ErrorBody::from(&wrong).code, crate::Code::Locked);
    assert!(core.is_locked());
    crate::api::lock::unlock(&core, &owner, &Sensitive::new("lock me please".into())).unwrap();
    assert!(!core.is_locked());
    let gone =
        core.with_open_vault(|v| Ok(v.store().index().object(original, clock.now())?)).unwrap().unwrap();
    assert!(gone.is_none());
}
