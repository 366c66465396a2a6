//! `doctor`, `init`, `rotate-key`, `purge`, `diagnostics`: the vault itself and its health.

use serde::Serialize;

use super::context::Ctx;
use super::output::With;
use crate::api::doctor::DoctorReport;
use crate::vault::master::KeySource;
use crate::{api, Error};

pub(super) fn doctor(ctx: &Ctx<'_>) {
    let report = api::doctor::report(ctx.core, ctx.passphrase.as_ref());
    ctx.emit(&With(&report, doctor_lines(&report)));
}

pub(super) fn init(ctx: &Ctx<'_>) -> Result<(), Error> {
    let report = api::vault::init(ctx.core, ctx.passphrase.clone())?;
    let place = match report.key_source {
        Some(KeySource::Passphrase) => "a key file sealed with your passphrase".to_string(),
        _ => format!("the {}", ctx.core.secrets().backend()),
    };
    ctx.emit(&With(&report, vec![format!("Created the vault. Its key is in {place}.")]));
    Ok(())
}

pub(super) fn rotate_key(ctx: &Ctx<'_>) -> Result<(), Error> {
    let report = api::vault::rotate_key(ctx.core, ctx.owner()?)?;
    let line = "The vault now uses a new master key; the old one is deleted from the keyring.";
    ctx.emit(&With(&report, vec![line.into()]));
    Ok(())
}

pub(super) fn purge(ctx: &Ctx<'_>, now: Option<time::OffsetDateTime>) -> Result<(), Error> {
    let now = now.unwrap_or_else(|| ctx.core.clock().now());
    let report = api::retention::purge(ctx.core, &ctx.vault()?, now)?;
    let line = if report.deleted.total() == 0 {
        "Nothing has expired.".to_string()
    } else {
        format!("Deleted {}.", report.deleted)
    };
    ctx.emit(&With(&report, vec![line]));
    Ok(())
}

/// `diagnostics --json`: `{ "report": "..." }`.
#[derive(Serialize)]
struct Diagnostics {
    report: String,
}

pub(super) fn diagnostics(ctx: &Ctx<'_>) {
    // The vault's part of the report only when this command could take the data folder.
    if ctx.holds_folder() {
        if let Ok(vault) = ctx.vault() {
            ctx.core.set_vault(vault);
        }
    }
    let report = Diagnostics { report: api::diagnostics::report(ctx.core) };
    let lines = vec![report.report.trim_end().to_string()];
    ctx.emit(&With(&report, lines));
}

fn doctor_lines(r: &DoctorReport) -> Vec<String> {
    let config_note = if r.config_exists { "" } else { " (not created yet: defaults apply)" };
    let keyring = match (&r.keyring.reachable, &r.keyring.detail) {
        (true, _) => format!("{}: reachable", r.keyring.backend),
        (false, Some(d)) => format!("{}: NOT reachable ({d})", r.keyring.backend),
        (false, None) => format!("{}: NOT reachable", r.keyring.backend),
    };
    let index = if r.index_exists { r.index_file.clone() } else { "not created yet".to_string() };
    let v = &r.vault;
    let vault = match (v.key_source, v.state.as_str()) {
        (None, _) => "none yet (create one with `seed-studio init`)".to_string(),
        (Some(source), state) => {
            let source = if source == KeySource::Keyring { "key in the keyring" } else { "passphrase" };
            format!("{source}, {state}{}", v.detail.as_deref().map(|d| format!(" ({d})")).unwrap_or_default())
        }
    };
    vec![
        format!("Seed Studio {} ({})", r.app_version, r.platform),
        format!("data dir     {}", r.data_dir),
        format!("config file  {}{config_note}", r.config_file),
        format!("logs         {}", r.logs_dir),
        format!("keyring      {keyring}"),
        format!("index        {index}"),
        format!("vault        {vault}"),
        format!(
            "ciphers      objects: {}; index: SQLCipher {} (SQLite {})",
            v.object_cipher, v.sqlcipher_version, v.sqlite_version
        ),
    ]
}
