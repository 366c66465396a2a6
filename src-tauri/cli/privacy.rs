//! `export`, `restore`, `erase-all`: the user's rights to take their data away and to erase it.

use std::path::{Path, PathBuf};

use super::context::Ctx;
use super::output::With;
use super::read_secret;
use crate::api::privacy::{ExportRequest, Selection};
use crate::export::Format;
use crate::secrets::Sensitive;
use crate::tasks::CancelToken;
use crate::{api, Error};

/// What `export` was asked for, as parsed.
pub(super) struct ExportArgs {
    pub all: bool,
    pub task: Option<String>,
    pub ids: Vec<String>,
    pub to: PathBuf,
    pub zip: bool,
    pub encrypt: bool,
    pub strip_metadata: bool,
}

pub(super) fn export(ctx: &Ctx<'_>, args: ExportArgs) -> Result<(), Error> {
    let selection = match (args.all, args.task) {
        (true, _) => Selection::All,
        (false, Some(task)) => Selection::Task(task),
        (false, None) => Selection::Objects(args.ids),
    };
    let format = if args.encrypt {
        Format::Age(backup_passphrase()?)
    } else if args.zip {
        Format::Zip
    } else {
        Format::Folder
    };
    ctx.open_in_core()?;
    let request = ExportRequest { selection, to: args.to, format, strip_metadata: args.strip_metadata };
    let report =
        api::privacy::export(ctx.core, &request, &CancelToken::default(), &ctx.progress("Exporting"))?;
    let line = format!("Exported {} image(s) and manifest.json to {}", report.files, report.path);
    ctx.emit(&With(&report, vec![line]));
    Ok(())
}

pub(super) fn restore(ctx: &Ctx<'_>, file: &Path) -> Result<(), Error> {
    let secret = backup_passphrase()?;
    ctx.open_in_core()?;
    let report = api::privacy::restore_backup(
        ctx.core,
        file,
        &secret,
        &CancelToken::default(),
        &ctx.progress("Restoring"),
    )?;
    let line = format!(
        "Restored {} original(s), {} result(s) and {} task(s); {} image(s) were already in the vault.",
        report.originals, report.outputs, report.tasks, report.duplicates
    );
    ctx.emit(&With(&report, vec![line]));
    Ok(())
}

pub(super) fn erase_all(ctx: &Ctx<'_>, yes: bool) -> Result<(), Error> {
    if !yes {
        return Err(Error::InvalidInput(
            "erase-all destroys the vault, its key, logs, settings and API keys for good; run it with --yes"
                .into(),
        ));
    }
    let report = api::privacy::erase_all(ctx.core, ctx.owner()?)?;
    let line = format!(
        "Erased: master key ({} keyring entr(ies)), {} file(s), {} API key(s). Seed Studio starts as new.",
        report.master_keys, report.files, report.api_keys
    );
    ctx.emit(&With(&report, vec![line]));
    Ok(())
}

/// A backup's passphrase from a terminal (no echo) or standard input, without its line end.
fn backup_passphrase() -> Result<Sensitive<String>, Error> {
    let secret = read_secret("Backup passphrase: ")?;
    Ok(Sensitive::new(secret.expose().trim_end_matches(['\r', '\n']).to_string()))
}
