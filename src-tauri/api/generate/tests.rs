//! Each reference its own levels, on a real vault: checked against the references, shown in
//! the preview per reference, and kept with the task for "use again" and retries.

use super::*;
use crate::api::test_support::fixture;

fn request(refs: Vec<String>, per_ref: Option<Vec<RefMinimize>>) -> GenerateRequest {
    GenerateRequest {
        provider: ProviderId::Gemini,
        prompt: "the two of them".into(),
        refs,
        model: None,
        size: None,
        count: 1,
        image_size: None,
        input_fidelity: None,
        minimize: None,
        subject_box: None,
        per_ref,
    }
}

#[test]
fn each_reference_keeps_its_own_levels_from_the_preview_to_use_again() {
    let f = fixture();
    crate::api::consent::grant(&f.core, &f.vault, ProviderId::Gemini).unwrap();
    let refs = vec![f.import(1).to_string(), f.import(2).to_string()];
    let hidden = RefMinimize { levels: vec![Level::Bystanders], subject_box: Some((0, 0, 40, 30)) };
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
