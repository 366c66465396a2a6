//! The prompt library and history on a real vault: saved, searched, used, expired, erased.

use super::*;
use crate::api::generate;
use crate::api::test_support::{fixture, Fixture};
use crate::clock::Clock;
use crate::providers::ProviderId;

fn submit(f: &Fixture, prompt: &str) -> String {
    crate::api::consent::grant(&f.core, &f.vault, ProviderId::Gemini).unwrap();
    let request = crate::api::test_support::request(prompt, Vec::new());
    generate::submit(&f.core, &f.vault, &request).unwrap()
}

#[test]
fn saved_prompts_keep_placeholders_and_are_found_as_you_type() {
    let f = fixture();
    save(&f.core, &f.vault, "Figure", "A {figureStyle} of the subject on a {base}").unwrap();
    save(&f.core, &f.vault, "Product shot", "The product on 100% white_paper").unwrap();
    let all = list(&f.vault, None).unwrap();
    assert_eq!(all.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Figure", "Product shot"]);
    assert_eq!(all[0].text, "A {figureStyle} of the subject on a {base}");
    let names = |q: &str| list(&f.vault, Some(q)).unwrap().into_iter().map(|p| p.name).collect::<Vec<_>>();
    assert_eq!(names("figu"), ["Figure"]);
    assert_eq!(names("SUBJECT"), ["Figure"], "text too, any case");
    assert_eq!(names("100%"), ["Product shot"], "wildcards are literal");
    assert!(names("%").len() == 1 && names("_p").len() == 1);
    assert!(names("nothing like it").is_empty());

    save(&f.core, &f.vault, "figure", "replaced").unwrap();
    assert_eq!(list(&f.vault, Some("replaced")).unwrap().len(), 1, "same name, any case: replaced");
    assert!(save(&f.core, &f.vault, " ", "text").is_err() && save(&f.core, &f.vault, "name", "  ").is_err());
    delete(&f.vault, "FIGURE").unwrap();
    assert!(delete(&f.vault, "Figure").is_err(), "gone, and said so");
    assert_eq!(list(&f.vault, None).unwrap().len(), 1);
}

#[test]
fn every_queued_task_adds_its_prompt_to_the_history_which_expires_and_can_be_deleted() {
    let f = fixture();
    submit(&f, "a red fox in snow");
    f.clock.advance(time::Duration::hours(1));
    submit(&f, "a lighthouse at dusk");
    f.clock.advance(time::Duration::minutes(1));
    submit(&f, "a red fox in snow");
    let texts = || history(&f.core, &f.vault).unwrap().into_iter().map(|h| h.text).collect::<Vec<_>>();
    assert_eq!(texts(), ["a red fox in snow", "a lighthouse at dusk"], "latest use first, once each");
    let (saved, used) =
        f.vault.store().index().prompt_counts(history_cutoff(&f.core, f.clock.now())).unwrap();
    assert_eq!((saved, used), (0, 2));

    let lighthouse = history(&f.core, &f.vault).unwrap()[1].id;
    delete_history_entry(&f.vault, lighthouse).unwrap();
    assert!(delete_history_entry(&f.vault, lighthouse).is_err());
    assert_eq!(texts(), ["a red fox in snow"]);

    // Past the outputs window from its last use, an entry is neither shown nor kept.
    submit(&f, "a kite over the dunes");
    f.clock.advance(core_window(&f) + time::Duration::minutes(30));
    assert_eq!(texts(), Vec::<String>::new(), "never shown once past its window");
    let report = crate::api::retention::purge(&f.core, &f.vault, f.clock.now()).unwrap();
    assert_eq!(report.deleted.prompt_history, 2);

    submit(&f, "one more");
    assert_eq!(clear_history(&f.vault).unwrap(), 1);
    assert!(texts().is_empty());
}

fn core_window(f: &Fixture) -> time::Duration {
    f.core.config().retention.outputs.duration()
}
