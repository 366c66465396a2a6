//! IPC commands: each one a few lines adapting [`crate::api`] to Tauri. Sync bodies run off the
//! main thread (`async` attribute) because they touch the disk and the keyring.

use tauri::State;
use zeroize::Zeroizing;

use super::generation::{Generation, Outgoing};
use super::CoreState;
use crate::api::consent::ConsentStatus;
use crate::api::diagnostics::LogView;
use crate::api::generate::{EditRequest, GenerateRequest, Preview, PromptWarning};
use crate::api::idphoto::{IdPhotoOutcome, IdPhotoPreview, IdPhotoRequest};
use crate::api::lock::LockStatus;
use crate::api::objects::{GalleryFacets, GalleryQuery, ListFilter, ObjectSummary, Vault};
use crate::api::privacy::{EraseReport, ExportReport, Inventory, Selection, TaskDeletion, TaskDetails};
use crate::api::prompt_help::Suggestion;
use crate::api::retention::{PolicyPreview, RetentionInfo};
use crate::api::tasks::TaskSummary;
use crate::api::vault::VaultReport;
use crate::api::video::VideoRequest;
use crate::api::{self, doctor::DoctorReport, keys::ProviderKeyStatus};
use crate::config::Config;
use crate::error::ErrorBody;
use crate::index::LedgerEntry;
use crate::instance::DataDirLock;
use crate::providers::catalog::ModelSpec;
use crate::providers::ProviderId;
use crate::retention::{Policy, Window};
use crate::secrets::Sensitive;
use crate::AppCore;

#[tauri::command(async)]
pub fn doctor(state: State<'_, CoreState>) -> Result<DoctorReport, ErrorBody> {
    Ok(api::doctor::report(state.core()?, None))
}

#[tauri::command(async)]
pub fn settings_get(state: State<'_, CoreState>) -> Result<Config, ErrorBody> {
    Ok(api::settings::get(state.core()?))
}

#[tauri::command(async)]
pub fn settings_set(
    app: tauri::AppHandle,
    state: State<'_, CoreState>,
    config: Config,
) -> Result<Config, ErrorBody> {
    let saved = api::settings::set(state.core()?, config)?;
    super::watch_folder::restart(&app);
    super::background::apply_start_at_login(&app, saved.background.start_at_login)?;
    Ok(saved)
}

/// The OS's preferred languages (never fails: an empty list means "unknown").
#[tauri::command]
pub fn system_locales() -> Vec<String> {
    api::settings::system_locales()
}

#[tauri::command(async)]
pub fn provider_keys_list(state: State<'_, CoreState>) -> Result<Vec<ProviderKeyStatus>, ErrorBody> {
    Ok(api::keys::list(state.core()?)?)
}

#[tauri::command(async)]
pub fn provider_key_set(
    state: State<'_, CoreState>,
    provider: ProviderId,
    key: Sensitive<String>,
) -> Result<api::keys::KeyLocation, ErrorBody> {
    Ok(api::keys::set(state.core()?, provider, key)?)
}

#[tauri::command(async)]
pub fn provider_key_delete(state: State<'_, CoreState>, provider: ProviderId) -> Result<bool, ErrorBody> {
    Ok(api::keys::delete(state.core()?, provider)?)
}

// ----- the vault -----

/// Open the vault with the keyring key if it is not open yet (a passphrase vault answers
/// `locked` until `vault_unlock`).
pub(super) fn with_vault<T>(
    state: &CoreState,
    owner: &DataDirLock,
    f: impl FnOnce(&AppCore, &Vault) -> Result<T, crate::Error>,
) -> Result<T, ErrorBody> {
    let core = state.core()?;
    Ok(core.with_vault(|| api::objects::open_as_owner(core, None, owner), |v| f(core, v))?)
}

#[tauri::command(async)]
pub fn vault_status(state: State<'_, CoreState>) -> Result<VaultReport, ErrorBody> {
    Ok(api::vault::report(state.core()?, None))
}

#[tauri::command(async)]
pub fn vault_init(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    passphrase: Option<Sensitive<String>>,
) -> Result<VaultReport, ErrorBody> {
    let core = state.core()?;
    let report = api::vault::init(core, passphrase.clone())?;
    core.set_vault(api::objects::open_as_owner(core, passphrase.as_ref(), &owner)?);
    Ok(report)
}

#[tauri::command(async)]
pub fn vault_unlock(
    app: tauri::AppHandle,
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    passphrase: Sensitive<String>,
) -> Result<VaultReport, ErrorBody> {
    let core = state.core()?;
    core.set_vault(api::objects::open_as_owner(core, Some(&passphrase), &owner)?);
    super::generation::resume_queued(&app);
    Ok(api::vault::report_open(core))
}

#[tauri::command(async)]
pub fn objects_list(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    query: GalleryQuery,
) -> Result<Vec<ObjectSummary>, ErrorBody> {
    let filter = ListFilter::try_from(query)?;
    with_vault(&state, &owner, |core, v| api::objects::list(core, v, &filter))
}

#[tauri::command(async)]
pub fn objects_facets(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
) -> Result<GalleryFacets, ErrorBody> {
    with_vault(&state, &owner, api::objects::facets)
}

/// One file per call, its bytes as the raw request body and its name (URI-encoded) in the
/// `x-file-name` header: no paths cross IPC, and the UI shows progress between calls.
#[tauri::command(async)]
pub fn object_import(
    app: tauri::AppHandle,
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    request: tauri::ipc::Request<'_>,
) -> Result<ObjectSummary, ErrorBody> {
    let tauri::ipc::InvokeBody::Raw(bytes) = request.body() else {
        return Err(crate::Error::InvalidInput("send the file's bytes as the request body".into()).into());
    };
    let name = request
        .headers()
        .get("x-file-name")
        .and_then(|v| v.to_str().ok())
        .map(percent_decode)
        .unwrap_or_else(|| "image".into());
    let imported = with_vault(&state, &owner, |core, v| api::objects::import_bytes(core, v, &name, bytes))?;
    super::background::wake(&app);
    Ok(imported)
}

#[tauri::command(async)]
pub fn objects_delete(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    ids: Vec<String>,
) -> Result<usize, ErrorBody> {
    let ids = api::objects::parse_ids(&ids)?;
    with_vault(&state, &owner, |_, v| api::objects::delete(v, &ids))
}

// ----- retention -----

#[tauri::command(async)]
pub fn retention_get(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
) -> Result<RetentionInfo, ErrorBody> {
    with_vault(&state, &owner, api::retention::info)
}

#[tauri::command(async)]
pub fn retention_preview(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    policy: Policy,
) -> Result<PolicyPreview, ErrorBody> {
    with_vault(&state, &owner, |core, v| api::retention::preview(core, v, &policy, core.clock().now()))
}

#[tauri::command(async)]
pub fn retention_apply(
    app: tauri::AppHandle,
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    policy: Policy,
) -> Result<RetentionInfo, ErrorBody> {
    let info = with_vault(&state, &owner, |core, v| {
        api::retention::apply(core, v, policy)?;
        api::retention::info(core, v)
    })?;
    super::background::wake(&app);
    Ok(info)
}

#[tauri::command(async)]
pub fn object_keep_longer(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    id: String,
    by: Window,
) -> Result<String, ErrorBody> {
    let id = api::objects::parse_ids(&[id])?.remove(0);
    with_vault(&state, &owner, |core, v| api::retention::extend(core, v, id, by))
}

// ----- generation, tasks, consent -----

/// A preview and the id to send it by.
#[derive(serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct PreviewReply {
    /// Pass to `generate_send`; its images are served at `thumb://localhost/preview/<id>/<n>`.
    pub preview_id: String,
    /// What will leave.
    pub preview: Preview,
}

#[tauri::command(async)]
pub fn generate_preview(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    generation: State<'_, Generation>,
    request: GenerateRequest,
) -> Result<PreviewReply, ErrorBody> {
    let (preview, images) = with_vault(&state, &owner, |core, v| api::generate::preview(core, v, &request))?;
    let preview_id = generation.hold(Outgoing::Generate(request), images);
    Ok(PreviewReply { preview_id, preview })
}

/// What image task `task_id` sent, rebuilt on the device and checked against the ledger.
#[tauri::command(async)]
pub fn task_sent(
    state: State<'_, CoreState>,
    task_id: String,
) -> Result<api::generate::SentCopies, ErrorBody> {
    Ok(api::generate::sent_copies(state.core()?, &task_id)?)
}

/// The people in reference `id` found on the device, for choosing the subject.
#[tauri::command(async)]
pub fn subject_candidates(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    id: String,
) -> Result<api::generate::SubjectCandidates, ErrorBody> {
    with_vault(&state, &owner, |core, v| api::generate::subject_candidates(core, v, &id))
}

/// Preview a region edit: the part that would leave (and OpenAI's mask), held for
/// `generate_send`. `mask` is the painted mask as base64 PNG, the image's size or a smaller
/// copy of its shape.
#[tauri::command(async)]
pub fn edit_preview(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    generation: State<'_, Generation>,
    request: EditRequest,
    mask: String,
) -> Result<PreviewReply, ErrorBody> {
    use base64::Engine;
    let mask = base64::engine::general_purpose::STANDARD
        .decode(mask.trim())
        .map(Zeroizing::new)
        .map_err(|_| crate::Error::InvalidInput("the mask did not arrive whole; paint it again".into()))?;
    let (preview, images) =
        with_vault(&state, &owner, |core, v| api::generate::preview_edit(core, v, &request, &mask))?;
    let preview_id = generation.hold(Outgoing::Edit(request, mask), images);
    Ok(PreviewReply { preview_id, preview })
}

#[tauri::command(async)]
pub fn generate_send(
    app: tauri::AppHandle,
    preview_id: Option<String>,
    request: Option<GenerateRequest>,
) -> Result<String, ErrorBody> {
    super::generation::send(&app, preview_id.as_deref(), request)
}

/// Preview a video: its frames exactly as they would leave (minimized, checked against the
/// provider's frame limits), held for `video_send`.
#[tauri::command(async)]
pub fn video_preview(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    generation: State<'_, Generation>,
    request: VideoRequest,
) -> Result<VideoPreviewReply, ErrorBody> {
    let (preview, frames) = with_vault(&state, &owner, |core, v| api::video::preview(core, v, &request))?;
    let preview_id = generation.hold(Outgoing::Video(request), frames.into_images());
    Ok(VideoPreviewReply { preview_id, preview })
}

/// A video preview and the id to send it by.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct VideoPreviewReply {
    /// Give this to `video_send`.
    pub preview_id: String,
    /// What will leave.
    pub preview: api::video::VideoPreview,
}

/// Send a previewed video (or, for a provider whose preview the user skips, a request).
#[tauri::command(async)]
pub fn video_send(
    app: tauri::AppHandle,
    preview_id: Option<String>,
    request: Option<VideoRequest>,
) -> Result<String, ErrorBody> {
    super::generation::send_video(&app, preview_id.as_deref(), request)
}

/// The video models and what each accepts.
#[tauri::command(async)]
pub fn video_models() -> Vec<crate::providers::video::catalog::VideoModel> {
    api::video::models()
}

#[tauri::command(async)]
pub fn generate_discard_preview(generation: State<'_, Generation>, preview_id: String) {
    generation.drop_preview(&preview_id);
}

/// The model catalog with the user's own models (what each accepts), or one provider's.
#[tauri::command(async)]
pub fn models_list(
    state: State<'_, CoreState>,
    provider: Option<ProviderId>,
) -> Result<Vec<ModelSpec>, ErrorBody> {
    Ok(api::models::list(state.core()?, provider))
}

/// Prompt help: the provider's text model rewrites `text` (only the text leaves, ledgered).
#[tauri::command(async)]
pub fn prompt_improve(
    state: State<'_, CoreState>,
    provider: ProviderId,
    text: String,
) -> Result<Suggestion, ErrorBody> {
    Ok(api::prompt_help::improve(state.core()?, provider, &text)?)
}

/// Prompt help: the prompt that would recreate image `id` (one minimized image leaves, ledgered).
#[tauri::command(async)]
pub fn prompt_describe(
    state: State<'_, CoreState>,
    provider: ProviderId,
    id: String,
) -> Result<Suggestion, ErrorBody> {
    Ok(api::prompt_help::describe(state.core()?, provider, &id)?)
}

#[tauri::command(async)]
pub fn prompt_check(prompt: String) -> Vec<PromptWarning> {
    api::generate::check_prompt(&prompt)
}

#[tauri::command(async)]
pub fn tasks_list(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    limit: usize,
) -> Result<Vec<TaskSummary>, ErrorBody> {
    with_vault(&state, &owner, |core, v| api::tasks::list(core, v, limit.min(1000)))
}

/// Stop a task: a running or waiting one through the queue (its request is aborted), any
/// other unfinished or failed one by recording it as cancelled.
#[tauri::command(async)]
pub fn task_cancel(
    app: tauri::AppHandle,
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    generation: State<'_, Generation>,
    task_id: String,
) -> Result<(), ErrorBody> {
    if !generation.cancel(&task_id) {
        with_vault(&state, &owner, |core, v| api::tasks::discard(core, v, &task_id))?;
        super::background::wake(&app);
    }
    Ok(())
}

#[tauri::command(async)]
pub fn task_retry(
    app: tauri::AppHandle,
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    task_id: String,
) -> Result<TaskSummary, ErrorBody> {
    let task = with_vault(&state, &owner, |core, v| api::tasks::retry(core, v, &task_id))?;
    if let Some(p) = task.provider {
        super::generation::spawn(&app, task.task_id.clone(), p, None);
    }
    Ok(task)
}

#[tauri::command(async)]
pub fn consent_list(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
) -> Result<Vec<ConsentStatus>, ErrorBody> {
    with_vault(&state, &owner, |_, v| api::consent::list(v))
}

#[tauri::command(async)]
pub fn consent_grant(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    provider: ProviderId,
) -> Result<ConsentStatus, ErrorBody> {
    with_vault(&state, &owner, |core, v| api::consent::grant(core, v, provider))
}

#[tauri::command(async)]
pub fn consent_withdraw(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    provider: ProviderId,
) -> Result<ConsentStatus, ErrorBody> {
    with_vault(&state, &owner, |core, v| api::consent::withdraw(core, v, provider))
}

#[tauri::command(async)]
pub fn ledger_list(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
) -> Result<Vec<LedgerEntry>, ErrorBody> {
    with_vault(&state, &owner, |_, v| api::consent::ledger(v))
}

// ----- privacy and user rights -----

#[tauri::command(async)]
pub fn privacy_inventory(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
) -> Result<Inventory, ErrorBody> {
    with_vault(&state, &owner, api::privacy::inventory)
}

#[tauri::command(async)]
pub fn task_show(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    task_id: String,
) -> Result<TaskDetails, ErrorBody> {
    with_vault(&state, &owner, |core, v| api::privacy::show(core, v, &task_id))
}

#[tauri::command(async)]
pub fn task_delete(
    app: tauri::AppHandle,
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    task_id: String,
) -> Result<TaskDeletion, ErrorBody> {
    let gone = with_vault(&state, &owner, |core, v| api::privacy::delete_task(core, v, &task_id))?;
    super::background::wake(&app);
    Ok(gone)
}

/// Export into `~/Pictures/Seed Studio exports/`, or where the user picks in a native dialog
/// when `choose` (progress: `export-progress` events).
#[tauri::command(async)]
pub fn export_start(
    app: tauri::AppHandle,
    selection: Selection,
    zip: bool,
    strip_metadata: bool,
    choose: bool,
) -> Result<ExportReport, ErrorBody> {
    let shape = if zip { super::privacy::Shape::Zip } else { super::privacy::Shape::Folder };
    super::privacy::export(&app, selection, shape, strip_metadata, choose)
}

/// An encrypted backup of everything (age, with `passphrase`), where the user picks in a native
/// dialog (progress: `export-progress` events).
#[tauri::command(async)]
pub fn backup_start(app: tauri::AppHandle, passphrase: String) -> Result<ExportReport, ErrorBody> {
    let passphrase = crate::secrets::Sensitive::new(passphrase);
    super::privacy::export(&app, Selection::All, super::privacy::Shape::Backup(passphrase), false, true)
}

/// Restore a backup the user picks in a native dialog (progress: `export-progress` events).
#[tauri::command(async)]
pub fn restore_start(
    app: tauri::AppHandle,
    passphrase: String,
) -> Result<api::privacy::RestoreReport, ErrorBody> {
    let restored = super::privacy::restore(&app, crate::secrets::Sensitive::new(passphrase))?;
    super::background::wake(&app);
    Ok(restored)
}

#[tauri::command(async)]
pub fn export_cancel(exports: State<'_, super::privacy::Exports>) -> bool {
    exports.cancel()
}

/// Erase everything; `confirm` must be the word the window asked the user to type.
#[tauri::command(async)]
pub fn erase_all(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    generation: State<'_, Generation>,
    confirm: String,
) -> Result<EraseReport, ErrorBody> {
    if confirm.trim() != "ERASE" {
        return Err(crate::Error::InvalidInput("type ERASE to confirm".into()).into());
    }
    // Nothing may still be sending what is about to be erased.
    generation.stop_all();
    Ok(api::privacy::erase_all(state.core()?, &owner)?)
}

// ----- ID photos -----

#[tauri::command(async)]
pub fn idphoto_specs() -> Vec<crate::idphoto::spec::Spec> {
    api::idphoto::specs()
}

/// Load the models now (the first photo is then quick).
#[tauri::command(async)]
pub fn idphoto_warm_up() -> Result<(), ErrorBody> {
    crate::idphoto::models::warm_up().map_err(|e| ErrorBody::from(&crate::Error::from(e)))
}

/// A preview: the photo as base64 PNG (shown through a blob: URL), its geometry and report.
#[derive(serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct IdPhotoPreviewReply {
    /// The PNG, base64.
    pub png_base64: String,
    /// Geometry, report, spec.
    pub preview: IdPhotoPreview,
}

#[tauri::command(async)]
pub fn idphoto_preview(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    photo: String,
    request: IdPhotoRequest,
) -> Result<IdPhotoPreviewReply, ErrorBody> {
    let id = api::objects::parse_ids(&[photo])?.remove(0);
    let (png, preview) = with_vault(&state, &owner, |core, v| api::idphoto::preview(core, v, id, &request))?;
    use base64::Engine;
    Ok(IdPhotoPreviewReply { png_base64: base64::engine::general_purpose::STANDARD.encode(png), preview })
}

#[tauri::command(async)]
pub fn idphoto_make(
    app: tauri::AppHandle,
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    photo: String,
    request: IdPhotoRequest,
) -> Result<IdPhotoOutcome, ErrorBody> {
    let id = api::objects::parse_ids(&[photo])?.remove(0);
    let (outcome, _) = with_vault(&state, &owner, |core, v| api::idphoto::make(core, v, id, &request))?;
    super::background::wake(&app);
    Ok(outcome)
}

// ----- troubleshooting -----

#[tauri::command(async)]
pub fn logs_recent(state: State<'_, CoreState>) -> Result<LogView, ErrorBody> {
    Ok(api::diagnostics::recent_log(state.core()?))
}

#[tauri::command(async)]
pub fn diagnostics_report(state: State<'_, CoreState>) -> Result<String, ErrorBody> {
    Ok(api::diagnostics::report(state.core()?))
}

// ----- the app lock -----

#[tauri::command(async)]
pub fn lock_status(state: State<'_, CoreState>) -> Result<LockStatus, ErrorBody> {
    Ok(api::lock::status(state.core()?))
}

/// Lock now: running tasks are cancelled first (they could not record their end while locked).
#[tauri::command(async)]
pub fn app_lock(
    state: State<'_, CoreState>,
    generation: State<'_, Generation>,
) -> Result<LockStatus, ErrorBody> {
    let core = state.core()?;
    generation.stop_all();
    Ok(api::lock::lock(core)?)
}

#[tauri::command(async)]
pub fn app_unlock(
    app: tauri::AppHandle,
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    passphrase: Sensitive<String>,
) -> Result<LockStatus, ErrorBody> {
    let status = api::lock::unlock(state.core()?, &owner, &passphrase)?;
    super::generation::resume_queued(&app);
    super::background::wake(&app);
    Ok(status)
}

#[tauri::command(async)]
pub fn lock_passphrase_set(
    state: State<'_, CoreState>,
    passphrase: Sensitive<String>,
) -> Result<LockStatus, ErrorBody> {
    Ok(api::lock::set_passphrase(state.core()?, &passphrase)?)
}

#[tauri::command(async)]
pub fn lock_passphrase_clear(state: State<'_, CoreState>) -> Result<LockStatus, ErrorBody> {
    Ok(api::lock::clear_passphrase(state.core()?)?)
}

/// `encodeURIComponent` undone (file names may hold any character).
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            if let Some(b) = s.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn percent_decoding_undoes_encode_uri_component() {
        assert_eq!(super::percent_decode("caf%C3%A9%20photo%2F1.jpg"), "café photo/1.jpg");
        assert_eq!(super::percent_decode("100%"), "100%");
        assert_eq!(super::percent_decode("a%zzb"), "a%zzb");
    }
}
