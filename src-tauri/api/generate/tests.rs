//! Each reference its own levels, on a real vault: checked against the references, shown in
//! the preview per reference, and kept with the task for "use again" and retries.

use super::*;
use crate::api::test_support::fixture;
use crate::clock::Clock;

fn request(refs: Vec<String>, per_ref: Option<Vec<RefMinimize>>) -> GenerateRequest {
    GenerateRequest { per_ref, ..crate::api::test_support::request("the two of them", refs) }
}

#[test]
fn each_reference_keeps_its_own_levels_from_the_preview_to_use_again() {
    let f = fixture();
    crate::api::consent::grant(&f.core, &f.vault, ProviderId::Gemini).unwrap();
    let refs = vec![f.import(1).to_string(), f.import(2).to_string()];
    let hidden = RefMinimize {
        levels: vec![Level::Bystanders],
        subject_box: Some((0, 0, 40, 30)),
        ..Default::default()
    };
    let per_ref = vec![hidden.clone(), RefMinimize::default()];

    // One choice for two references is refused before anything is minimized.
    let short = request(refs.clone(), Some(vec![hidden.clone()]));
    assert!(matches!(preview(&f.core, &f.vault, &short), Err(Error::InvalidInput(_))));

    let asked = request(refs.clone(), Some(per_ref.clone()));
    let (shown, _) = preview(&f.core, &f.vault, &asked).unwrap();
    let levels: Vec<_> = shown.images.iter().map(|i| i.levels.as_ref().unwrap().levels.clone()).collect();
    assert_eq!(levels, [vec![Level::Metadata, Level::Bystanders], vec![Level::Metadata]]);

    let task = submit(&f.core, &f.vault, &asked).unwrap();
    let again = reuse(&f.core, &f.vault, &task).unwrap();
    assert_eq!(again.request.refs, refs);
    assert_eq!(again.request.per_ref, Some(per_ref), "kept with the task, in order");
}

#[test]
fn what_a_task_sent_is_rebuilt_byte_for_byte_until_its_references_go() {
    let f = fixture();
    crate::api::consent::grant(&f.core, &f.vault, ProviderId::Gemini).unwrap();
    let original = f.import(3);
    let hidden = RefMinimize { levels: vec![Level::Bystanders], ..Default::default() };
    let asked = request(vec![original.to_string()], Some(vec![hidden]));
    let (shown, images) = preview(&f.core, &f.vault, &asked).unwrap();
    let task = submit(&f.core, &f.vault, &asked).unwrap();
    // What the gate records when it sends these images for the task.
    let part = &images[0];
    let entry = LedgerEntry {
        task_id: Some(task.clone()),
        provider: "gemini".into(),
        host: "generativelanguage.googleapis.com".into(),
        time: String::new(),
        prompt_chars: 15,
        prompt_sha256: None,
        parts: vec![crate::index::LedgerPart {
            sha256: part.sha256_hex(),
            bytes: part.bytes().len(),
            width: part.width(),
            height: part.height(),
            mime: part.mime().into(),
            crop: None,
            mask: false,
            minimization: part.levels().to_vec(),
        }],
        status: Some(500),
        method: "POST".into(),
        received: None,
    };
    f.vault.store().index().append(&entry, f.clock.now()).unwrap();

    // The core's own open vault, as in the window.
    let crate::api::test_support::Fixture { _dir, core, vault, .. } = f;
    core.set_vault(vault);
    let rebuilt = sent_copies(&core, &task).unwrap();
    assert!(!rebuilt.gone);
    let copy = &rebuilt.copies[0];
    assert_eq!(
        (copy.original.as_str(), copy.sha256.as_str()),
        (original.to_string().as_str(), shown.images[0].sha256.as_str())
    );
    assert!(copy.in_ledger, "the same bytes as were sent");
    use base64::Engine;
    let bytes = base64::engine::general_purpose::STANDARD.decode(&copy.data).unwrap();
    assert_eq!(image::load_from_memory(&bytes).unwrap().width(), copy.width);

    // Once the reference is deleted only the ledger's record is left.
    core.with_open_vault_or_locked(|v| crate::api::objects::delete(v, &[original])).unwrap();
    let after = sent_copies(&core, &task).unwrap();
    assert!(after.gone && after.copies.is_empty());
}
