//! IPC commands for organising: stars, boards, the prompt library and history, use again.

use tauri::State;

use super::commands::with_vault;
use super::CoreState;
use crate::api::generate::Reuse;
use crate::api::organise::{self, BoardSummary, Changed};
use crate::api::prompts::{self, HistoryEntry, PromptEntry};
use crate::error::ErrorBody;
use crate::instance::DataDirLock;

#[tauri::command(async)]
pub fn objects_star(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    ids: Vec<String>,
    starred: bool,
) -> Result<Changed, ErrorBody> {
    with_vault(&state, &owner, |core, v| Ok(Changed { changed: organise::star(core, v, &ids, starred)? }))
}

#[tauri::command(async)]
pub fn boards_list(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
) -> Result<Vec<BoardSummary>, ErrorBody> {
    with_vault(&state, &owner, organise::boards)
}

#[tauri::command(async)]
pub fn board_create(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    name: String,
) -> Result<BoardSummary, ErrorBody> {
    with_vault(&state, &owner, |core, v| organise::create_board(core, v, &name))
}

#[tauri::command(async)]
pub fn board_rename(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    old: String,
    new: String,
) -> Result<BoardSummary, ErrorBody> {
    with_vault(&state, &owner, |core, v| organise::rename_board(core, v, &old, &new))
}

#[tauri::command(async)]
pub fn board_delete(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    name: String,
) -> Result<(), ErrorBody> {
    with_vault(&state, &owner, |_, v| organise::delete_board(v, &name))
}

#[tauri::command(async)]
pub fn board_add(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    name: String,
    ids: Vec<String>,
) -> Result<Changed, ErrorBody> {
    with_vault(&state, &owner, |core, v| {
        Ok(Changed { changed: organise::add_to_board(core, v, &name, &ids)? })
    })
}

#[tauri::command(async)]
pub fn board_remove(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    name: String,
    ids: Vec<String>,
) -> Result<Changed, ErrorBody> {
    with_vault(&state, &owner, |_, v| Ok(Changed { changed: organise::remove_from_board(v, &name, &ids)? }))
}

#[tauri::command(async)]
pub fn prompts_list(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    query: Option<String>,
) -> Result<Vec<PromptEntry>, ErrorBody> {
    with_vault(&state, &owner, |_, v| prompts::list(v, query.as_deref()))
}

#[tauri::command(async)]
pub fn prompt_save(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    name: String,
    text: String,
) -> Result<PromptEntry, ErrorBody> {
    with_vault(&state, &owner, |core, v| prompts::save(core, v, &name, &text))
}

#[tauri::command(async)]
pub fn prompt_delete(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    name: String,
) -> Result<(), ErrorBody> {
    with_vault(&state, &owner, |_, v| prompts::delete(v, &name))
}

#[tauri::command(async)]
pub fn prompt_history(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
) -> Result<Vec<HistoryEntry>, ErrorBody> {
    with_vault(&state, &owner, prompts::history)
}

#[tauri::command(async)]
pub fn prompt_history_delete(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    id: i64,
) -> Result<(), ErrorBody> {
    with_vault(&state, &owner, |_, v| prompts::delete_history_entry(v, id))
}

#[tauri::command(async)]
pub fn prompt_history_clear(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
) -> Result<Changed, ErrorBody> {
    with_vault(&state, &owner, |_, v| Ok(Changed { changed: prompts::clear_history(v)? }))
}

#[tauri::command(async)]
pub fn task_reuse(
    state: State<'_, CoreState>,
    owner: State<'_, DataDirLock>,
    task_id: String,
) -> Result<Reuse, ErrorBody> {
    with_vault(&state, &owner, |core, v| crate::api::generate::reuse(core, v, &task_id))
}
