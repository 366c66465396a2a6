//! IPC commands: each one a few lines adapting [`crate::api`] to Tauri. Sync bodies run off the
//! main thread (`async` attribute) because they touch the disk and the keyring.

use tauri::State;

use super::CoreState;
use crate::api::{self, doctor::DoctorReport, keys::ProviderKeyStatus};
use crate::config::Config;
use crate::error::ErrorBody;
use crate::providers::ProviderId;
use crate::secrets::Sensitive;

#[tauri::command(async)]
pub fn doctor(state: State<'_, CoreState>) -> Result<DoctorReport, ErrorBody> {
    Ok(api::doctor::report(state.core()?, None))
}

#[tauri::command(async)]
pub fn settings_get(state: State<'_, CoreState>) -> Result<Config, ErrorBody> {
    Ok(api::settings::get(state.core()?))
}

#[tauri::command(async)]
pub fn settings_set(state: State<'_, CoreState>, config: Config) -> Result<Config, ErrorBody> {
    Ok(api::settings::set(state.core()?, config)?)
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
) -> Result<(), ErrorBody> {
    Ok(api::keys::set(state.core()?, provider, key)?)
}

#[tauri::command(async)]
pub fn provider_key_delete(state: State<'_, CoreState>, provider: ProviderId) -> Result<bool, ErrorBody> {
    Ok(api::keys::delete(state.core()?, provider)?)
}
