//! The headless face of the one `seed-studio` binary: clap parsing and the verbs. With no
//! subcommand the binary opens the window instead (see `main.rs`). Every verb is an adapter over
//! [`crate::api`]; with `--json`, results and errors are JSON on stdout (errors as
//! `{ "code", "message" }`) and the exit status is non-zero on failure.

use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use serde::Serialize;

use crate::error::{Code, ErrorBody};
use crate::instance::DataDirLock;
use crate::providers::ProviderId;
use crate::secrets::Sensitive;
use crate::vault::master::KeySource;
use crate::{api, AppCore, Error};

mod keys;
use keys::keys;

/// Seed Studio: make and edit images with AI while your photos stay yours.
///
/// Run without a command to open the app. With a command it runs headless, for scripts and
/// scheduled jobs, on the same data as the app.
#[derive(Debug, Parser)]
#[command(name = "seed-studio", version, about, long_about)]
pub struct Cli {
    /// Keep all data in DIR instead of the platform's app-data folder.
    #[arg(long, global = true, value_name = "DIR", env = crate::paths::DATA_DIR_ENV)]
    pub data_dir: Option<PathBuf>,

    /// Print results and errors as JSON on stdout.
    #[arg(long, global = true)]
    pub json: bool,

    /// Read the vault passphrase from FILE (for `init`: protect the new vault with it instead of
    /// the OS keyring). One trailing newline is ignored.
    #[arg(long, global = true, value_name = "FILE", env = "SEED_STUDIO_PASSPHRASE_FILE")]
    pub passphrase_file: Option<PathBuf>,

    /// Without a command: start with the window hidden in the system tray (how the login item
    /// starts Seed Studio, so deletions happen on time).
    #[arg(long)]
    pub in_tray: bool,

    /// What to do; none opens the app.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The headless verbs.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Report the data folder, config, version, whether the OS keyring works, and the vault.
    Doctor,
    /// Create the encrypted vault in the data folder. Its key goes to the OS keyring, or with
    /// --passphrase-file into a passphrase-sealed key file (Argon2id).
    Init,
    /// Replace the vault's master key: data keys are re-wrapped, the index is re-encrypted, and
    /// the old key is deleted from the keyring. Close the app first.
    RotateKey,
    /// Import image files into the vault as originals (JPEG, PNG, WebP, GIF, TIFF, BMP).
    /// Originals are deleted 24 hours after import at the latest.
    Import {
        /// The files.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Delete each file once its copy in the vault has been read back and verified.
        #[arg(long)]
        delete_source: bool,
    },
    /// List the vault's images, newest first.
    List {
        /// Only objects whose file name, tags or prompt contain words starting like these.
        #[arg(long, value_name = "TEXT")]
        query: Option<String>,
        /// Only originals (imported) or only outputs (generated).
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
    },
    /// Write decrypted copies of objects into a folder.
    Export {
        /// Everything: every image, every task, the whole ledger.
        #[arg(long, conflicts_with_all = ["task", "ids"])]
        all: bool,
        /// One task: its references, results and ledger entries.
        #[arg(long, value_name = "TASK_ID", conflicts_with = "ids")]
        task: Option<String>,
        /// Chosen images (ids from `list`).
        #[arg(value_name = "OBJECT_ID", required_unless_present_any = ["all", "task"])]
        ids: Vec<String>,
        /// Where: a new folder, or with --zip a new .zip file (never overwritten).
        #[arg(long, value_name = "PATH")]
        to: PathBuf,
        /// Write one .zip file instead of a folder.
        #[arg(long)]
        zip: bool,
        /// Write an encrypted backup instead: the zip sealed with age under a passphrase read from
        /// standard input (or asked for without echo); restore it with `restore`.
        #[arg(long, conflicts_with = "zip")]
        encrypt: bool,
        /// Remove embedded metadata (EXIF, XMP, C2PA provenance) from the images.
        #[arg(long)]
        strip_metadata: bool,
    },
    /// Delete tasks (with their results, references, ledger entries) or single images. Keys are destroyed.
    Delete {
        /// Task ids (from `tasks`) or object ids (from `list`).
        #[arg(required = true, value_name = "TASK_ID_OR_OBJECT_ID")]
        ids: Vec<String>,
    },
    /// Restore an encrypted backup made by `export --all --encrypt` into this vault (passphrase from stdin).
    Restore {
        /// The backup file.
        file: PathBuf,
    },
    /// Show everything tied to a task: references, results, prompt, provider, ledger entries, deadlines.
    Show {
        /// The task id.
        task_id: String,
    },
    /// Destroy the master key and delete the vault, index, logs, settings, consents and API keys.
    EraseAll {
        /// Confirm: this cannot be undone.
        #[arg(long)]
        yes: bool,
    },
    /// Delete everything that has expired (for cron, systemd timers, launchd, Task Scheduler).
    Purge {
        /// Act as if it were this instant (RFC 3339, e.g. 2026-12-01T00:00:00Z).
        #[arg(long, value_name = "RFC3339")]
        now: Option<String>,
    },
    /// Generate an image with a cloud provider. References are minimized (metadata removed,
    /// downscaled) before they leave; a file reference is imported into the vault first.
    Generate {
        /// The provider.
        #[arg(long, value_enum)]
        provider: ProviderId,
        /// What to make.
        #[arg(long, value_name = "TEXT")]
        prompt: String,
        /// A reference: an image file or an object id from `list` (repeatable).
        #[arg(long = "ref", value_name = "FILE_OR_OBJECT_ID")]
        refs: Vec<String>,
        /// The model (default: the configured one).
        #[arg(long)]
        model: Option<String>,
        /// The output size: an aspect ratio (16:9) or pixels (1536x1024); default: the provider's.
        #[arg(long, value_name = "S")]
        size: Option<crate::providers::Size>,
        /// How many images (1 to 10).
        #[arg(long, value_name = "N", default_value_t = 1)]
        count: u8,
    },
    /// Grant, withdraw or list consent for a provider to receive your images.
    Consent {
        /// What to do.
        #[command(subcommand)]
        action: ConsentAction,
    },
    /// Show every request that left this computer: to whom, when, and exactly which images.
    Ledger,
    /// List the ID-photo specs (documents and their sizes).
    Specs,
    /// Make an ID photo on this device: import PHOTO, find the face, crop to the spec, replace the
    /// background, check compliance, store the results in the vault.
    Idphoto {
        /// The photo.
        photo: PathBuf,
        /// A spec id from `specs`, or a custom size such as 35x45mm.
        #[arg(long)]
        spec: String,
        /// white, blue, red, #RRGGBB, or keep (the photo's own background).
        #[arg(long, default_value = "white")]
        background: String,
        /// A print sheet too.
        #[arg(long, value_enum)]
        sheet: Option<SheetArg>,
        /// A digital file under N KB too (default: the spec's limit, if any).
        #[arg(long, value_name = "N")]
        max_kb: Option<u32>,
        /// Also write the photo here (.jpg or .png).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// List recent tasks (newest first) with their status and results.
    Tasks,
    /// Print a troubleshooting report: versions, what works, settings, recent warnings — no secrets, prompts or home paths.
    Diagnostics,
    /// Run a failed or cancelled generation again, as it was asked (its references must still be kept).
    Retry {
        /// The task id (from `tasks`).
        task_id: String,
    },
    /// Manage provider API keys (kept only in the OS keyring).
    Keys {
        /// What to do with keys.
        #[command(subcommand)]
        action: KeysAction,
    },
}

/// `--kind` values.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum KindArg {
    /// Imported reference photos.
    Original,
    /// Generated or edited images.
    Output,
}

/// `seed-studio keys ...`
#[derive(Debug, Subcommand)]
pub enum KeysAction {
    /// Show which providers have a key stored (never the keys).
    List,
    /// Store a provider's key, read from stdin (a terminal prompts without echo).
    Set {
        /// The provider.
        provider: ProviderId,
    },
    /// Remove a provider's key from the keyring.
    Delete {
        /// The provider.
        provider: ProviderId,
    },
}

/// `--sheet`: a paper size or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SheetArg {
    /// No sheet.
    None,
    /// 4×6 inches.
    #[value(name = "4x6")]
    In4x6,
    /// 10×15 cm.
    #[value(name = "10x15")]
    Cm10x15,
    /// 5×7 inches.
    #[value(name = "5x7")]
    In5x7,
    /// A4.
    A4,
    /// A6.
    A6,
}

impl SheetArg {
    fn sheet(self) -> Option<crate::idphoto::output::Sheet> {
        use crate::idphoto::output::Sheet;
        match self {
            SheetArg::None => None,
            SheetArg::In4x6 => Some(Sheet::In4x6),
            SheetArg::Cm10x15 => Some(Sheet::Cm10x15),
            SheetArg::In5x7 => Some(Sheet::In5x7),
            SheetArg::A4 => Some(Sheet::A4),
            SheetArg::A6 => Some(Sheet::A6),
        }
    }
}

/// `seed-studio consent ...`
#[derive(Debug, Subcommand)]
pub enum ConsentAction {
    /// Allow a provider to receive prompts and minimized references.
    Grant {
        /// The provider.
        provider: ProviderId,
    },
    /// Stop sending anything to a provider.
    Withdraw {
        /// The provider.
        provider: ProviderId,
    },
    /// Show each provider's consent.
    List,
}

impl Command {
    fn verb(&self) -> &'static str {
        match self {
            Command::Generate { .. } => "generate",
            Command::Consent { action: ConsentAction::Grant { .. } } => "consent grant",
            Command::Consent { action: ConsentAction::Withdraw { .. } } => "consent withdraw",
            Command::Consent { action: ConsentAction::List } => "consent list",
            Command::Ledger => "ledger",
            Command::Tasks => "tasks",
            Command::Specs => "specs",
            Command::Idphoto { .. } => "idphoto",
            Command::Diagnostics => "diagnostics",
            Command::Retry { .. } => "retry",
            Command::Doctor => "doctor",
            Command::Init => "init",
            Command::RotateKey => "rotate-key",
            Command::Purge { .. } => "purge",
            Command::Import { .. } => "import",
            Command::List { .. } => "list",
            Command::Export { .. } => "export",
            Command::Delete { .. } => "delete",
            Command::Show { .. } => "show",
            Command::Restore { .. } => "restore",
            Command::EraseAll { .. } => "erase-all",
            Command::Keys { action: KeysAction::List } => "keys list",
            Command::Keys { action: KeysAction::Set { .. } } => "keys set",
            Command::Keys { action: KeysAction::Delete { .. } } => "keys delete",
        }
    }
}

/// Parse the process arguments. Usage errors exit here (status 2), as JSON under `--json`.
pub fn parse() -> Cli {
    match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if e.use_stderr() && std::env::args_os().any(|a| a == "--json") => {
            let rendered = e.render().to_string();
            let message = rendered.lines().next().unwrap_or_default().trim_start_matches("error: ");
            print_json(&ErrorBody { code: Code::InvalidInput, message: message.to_string() });
            std::process::exit(2);
        }
        Err(e) => e.exit(),
    }
}

/// Run one headless verb to completion.
pub fn run(cli: Cli) -> ExitCode {
    let Cli { data_dir, json, passphrase_file, command, .. } = cli;
    let Some(command) = command else { return ExitCode::from(2) };
    let result = AppCore::start_for_user(data_dir.as_deref()).and_then(|started| {
        let core = started.core?;
        tracing::info!(verb = command.verb(), "command started");
        let passphrase = passphrase_file.as_deref().map(read_passphrase_file).transpose()?;
        let owner = take_data_folder(&core, &command, json)?;
        let outcome = execute(&core, json, passphrase, command, owner.as_ref());
        if let Err(e) = &outcome {
            // The code only: some messages name the user's files, and logs never do.
            tracing::warn!(code = ?crate::error::HasCode::code(e), "command failed");
        }
        outcome
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Error::Reported) => ExitCode::FAILURE,
        Err(e) => {
            let body = ErrorBody::from(e);
            if json {
                print_json(&body);
            } else {
                let _ = writeln!(io::stderr(), "error: {}", body.message);
            }
            ExitCode::FAILURE
        }
    }
}

/// How long a command waits for another command that holds the data folder.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(120);

/// Every verb that reads or writes the vault holds the data folder for its whole run (see
/// `instance`); `doctor` and `specs` only look, and `diagnostics` reads the vault only if the
/// folder is free right now.
fn take_data_folder(core: &AppCore, command: &Command, json: bool) -> Result<Option<DataDirLock>, Error> {
    match command {
        Command::Doctor | Command::Specs => Ok(None),
        Command::Diagnostics => Ok(DataDirLock::acquire(core.paths()).ok()),
        // Keys live in the keyring first: with the window open they are still listed, set and
        // deleted there (the window holds the vault, so a key sealed in it is left to the window).
        Command::Keys { .. } => match DataDirLock::acquire_for_command(core.paths(), LOCK_WAIT, || {}) {
            Ok(lock) => Ok(Some(lock)),
            Err(crate::instance::InstanceError::WindowOpen) => Ok(None),
            Err(e) => Err(e.into()),
        },
        _ => Ok(Some(DataDirLock::acquire_for_command(core.paths(), LOCK_WAIT, || {
            if !json {
                let _ =
                    writeln!(io::stderr(), "waiting for another seed-studio command using this data folder…");
            }
        })?)),
    }
}

/// The data folder this command holds.
fn held(owner: Option<&DataDirLock>) -> Result<&DataDirLock, Error> {
    owner.ok_or(Error::Instance(crate::instance::InstanceError::AlreadyRunning))
}

fn execute(
    core: &AppCore,
    json: bool,
    passphrase: Option<Sensitive<String>>,
    command: Command,
    owner: Option<&DataDirLock>,
) -> Result<(), Error> {
    match command {
        Command::Doctor => {
            let report = api::doctor::report(core, passphrase.as_ref());
            if json {
                print_json(&report);
            } else {
                print_doctor(&report);
            }
        }
        Command::Init => {
            let report = api::vault::init(core, passphrase)?;
            if json {
                print_json(&report);
            } else {
                let place = match report.key_source {
                    Some(KeySource::Passphrase) => "a key file sealed with your passphrase".to_string(),
                    _ => format!("the {}", core.secrets().backend()),
                };
                print_line(&format!("Created the vault. Its key is in {place}."));
            }
        }
        Command::Purge { now } => {
            let now = match now {
                Some(text) => {
                    time::OffsetDateTime::parse(&text, &time::format_description::well_known::Rfc3339)
                        .map_err(|_| {
                            Error::InvalidInput(
                                "--now must be an RFC 3339 time, e.g. 2026-12-01T00:00:00Z".into(),
                            )
                        })?
                }
                None => core.clock().now(),
            };
            let vault = api::objects::open_with(core, passphrase.as_ref(), held(owner)?)?;
            let report = api::retention::purge(core, &vault, now)?;
            if json {
                print_json(&report);
            } else if report.deleted.total() == 0 {
                print_line("Nothing has expired.");
            } else {
                print_line(&format!("Deleted {}.", report.deleted));
            }
        }
        Command::RotateKey => {
            let report = api::vault::rotate_key(core, held(owner)?)?;
            if json {
                print_json(&report);
            } else {
                print_line("The vault now uses a new master key; the old one is deleted from the keyring.");
            }
        }
        Command::Import { files, delete_source } => {
            let vault = api::objects::open_with(core, passphrase.as_ref(), held(owner)?)?;
            let mut imported = Vec::new();
            for (n, file) in files.iter().enumerate() {
                if !json {
                    let name = crate::import::display_name(file);
                    let _ = writeln!(io::stderr(), "[{}/{}] {name}", n + 1, files.len());
                }
                match api::objects::import_watched(core, &vault, file, delete_source) {
                    Ok(item) => imported.push(item),
                    Err(e) if json => {
                        // Scripts still learn what went in before the failure.
                        let body = ErrorBody::from(e);
                        print_json(
                            &serde_json::json!({ "code": body.code, "message": body.message, "imported": imported }),
                        );
                        return Err(Error::Reported);
                    }
                    Err(e) => {
                        for item in &imported {
                            print_line(&format!("imported {}", item.id));
                        }
                        return Err(e);
                    }
                }
            }
            if json {
                print_json(&imported);
            } else {
                for item in &imported {
                    let size = format!("{}x{}", item.width.unwrap_or(0), item.height.unwrap_or(0));
                    let dup = if item.duplicate { "  (already in the vault)" } else { "" };
                    print_line(&format!(
                        "{}  {:<10} {:<11} {}{dup}",
                        item.id,
                        item.mime,
                        size,
                        item.file_name.as_deref().unwrap_or("")
                    ));
                }
            }
        }
        Command::List { query, kind } => {
            let vault = api::objects::open_with(core, passphrase.as_ref(), held(owner)?)?;
            let kind = kind.map(|k| match k {
                KindArg::Original => crate::index::ObjectKind::Original,
                KindArg::Output => crate::index::ObjectKind::Output,
            });
            let filter = api::objects::ListFilter { text: query, kind, ..Default::default() };
            let items = api::objects::list(core, &vault, &filter)?;
            if json {
                print_json(&items);
            } else if items.is_empty() {
                print_line("The vault has no images (that match).");
            } else {
                for i in items {
                    let expires = i.expires_at.as_deref().unwrap_or("kept");
                    print_line(&format!(
                        "{}  {:<8} {:<10} {}  expires {expires}  {}",
                        i.id,
                        i.kind,
                        i.mime,
                        i.created_at,
                        i.file_name.as_deref().unwrap_or("")
                    ));
                }
            }
        }
        Command::Export { all, task, ids, to, zip, encrypt, strip_metadata } => {
            let selection = match (all, task) {
                (true, _) => api::privacy::Selection::All,
                (false, Some(task)) => api::privacy::Selection::Task(task),
                (false, None) => api::privacy::Selection::Objects(ids),
            };
            let format = if encrypt {
                let secret = read_secret("Backup passphrase: ")?;
                crate::export::Format::Age(Sensitive::new(
                    secret.expose().trim_end_matches(['\r', '\n']).to_string(),
                ))
            } else if zip {
                crate::export::Format::Zip
            } else {
                crate::export::Format::Folder
            };
            core.set_vault(api::objects::open_with(core, passphrase.as_ref(), held(owner)?)?);
            let request = api::privacy::ExportRequest { selection, to, format, strip_metadata };
            let report = api::privacy::export(core, &request, &crate::tasks::CancelToken::default(), &|p| {
                if !json && p.total > 0 {
                    eprint!("\rExporting {} of {}…", p.done, p.total);
                }
            })?;
            if json {
                print_json(&report);
            } else {
                eprintln!();
                print_line(&format!(
                    "Exported {} image(s) and manifest.json to {}",
                    report.files, report.path
                ));
            }
        }
        Command::Restore { file } => {
            let secret = read_secret("Backup passphrase: ")?;
            let secret = Sensitive::new(secret.expose().trim_end_matches(['\r', '\n']).to_string());
            core.set_vault(api::objects::open_with(core, passphrase.as_ref(), held(owner)?)?);
            let cancel = crate::tasks::CancelToken::default();
            let report = api::privacy::restore_backup(core, &file, &secret, &cancel, &|p| {
                if !json && p.total > 0 {
                    eprint!("\rRestoring {} of {}…", p.done, p.total);
                }
            })?;
            if json {
                print_json(&report);
            } else {
                eprintln!();
                print_line(&format!(
                    "Restored {} original(s), {} result(s) and {} task(s); {} image(s) were already in the vault.",
                    report.originals, report.outputs, report.tasks, report.duplicates
                ));
            }
        }
        Command::Show { task_id } => {
            let vault = api::objects::open_with(core, passphrase.as_ref(), held(owner)?)?;
            let details = api::privacy::show(core, &vault, &task_id)?;
            if json {
                print_json(&details);
            } else {
                let t = &details.task;
                print_line(&format!("Task {} ({}), {}", t.task_id, t.kind.as_str(), t.status.as_str()));
                print_line(&format!("Provider: {}", t.provider.as_deref().unwrap_or("this device")));
                print_line(&format!("Prompt: {}", t.prompt.as_deref().unwrap_or("")));
                for (label, list) in [("Reference", &details.inputs), ("Result", &details.outputs)] {
                    for o in list {
                        print_line(&format!(
                            "{label}: {} {} deleted at {}",
                            o.id,
                            o.file_name.as_deref().unwrap_or(""),
                            o.expires_at.as_deref().unwrap_or("never")
                        ));
                    }
                }
                for e in &details.ledger {
                    print_line(&format!("Sent: {} to {} ({} image(s))", e.time, e.host, e.parts.len()));
                }
            }
        }
        Command::EraseAll { yes } => {
            if !yes {
                return Err(Error::InvalidInput(
                    "erase-all destroys the vault, its key, logs, settings and API keys for good; run it with --yes".into(),
                ));
            }
            let owner = held(owner)?;
            let report = api::privacy::erase_all(core, owner)?;
            if json {
                print_json(&report);
            } else {
                print_line(&format!(
                    "Erased: master key ({} keyring entr(ies)), {} file(s), {} API key(s). Seed Studio starts as new.",
                    report.master_keys, report.files, report.api_keys
                ));
            }
        }
        Command::Delete { ids } => {
            // Task ids are UUIDs (with dashes); object ids are 32 hex digits.
            let (task_ids, object_ids): (Vec<String>, Vec<String>) =
                ids.into_iter().partition(|i| i.contains('-'));
            let object_ids = api::objects::parse_ids(&object_ids)?;
            let vault = api::objects::open_with(core, passphrase.as_ref(), held(owner)?)?;
            for task in &task_ids {
                api::tasks::get(core, &vault, task)?; // all exist, or nothing is deleted
            }
            let mut removed =
                if object_ids.is_empty() { 0 } else { api::objects::delete(&vault, &object_ids)? };
            let mut ledger_entries = 0;
            for task in &task_ids {
                let gone = api::privacy::delete_task(core, &vault, task)?;
                removed += gone.objects;
                ledger_entries += gone.ledger_entries;
            }
            if json {
                print_json(
                    &serde_json::json!({ "deleted": removed, "tasks": task_ids.len(), "ledger_entries": ledger_entries }),
                );
            } else {
                print_line(&format!(
                    "Deleted {} task(s), {removed} object(s) (thumbnails included; their keys are destroyed) and {ledger_entries} ledger entr(ies).",
                    task_ids.len()
                ));
            }
        }
        Command::Generate { provider, prompt, refs, model, size, count } => {
            core.set_vault(api::objects::open_with(core, passphrase.as_ref(), held(owner)?)?);
            // Refuse what can be refused before any `--ref` file is imported into the vault.
            let mut request = api::generate::GenerateRequest { provider, prompt, refs, model, size, count };
            api::generate::precheck(core, &request)?;
            for warning in api::generate::check_prompt(&request.prompt) {
                eprintln!("warning: {}", warning.message);
            }
            if let Some(note) = api::generate::fitted_size(core, &request).and_then(|f| f.note) {
                eprintln!("note: {note}");
            }
            let mut ids = Vec::new();
            for r in &request.refs {
                // An object id, or a file to import first (as an original, under retention).
                let id = match r.parse::<crate::vault::ObjectId>() {
                    Ok(id) => id.to_string(),
                    Err(_) => core.with_open_vault_or_locked(|v| {
                        Ok(api::objects::import_file(core, v, std::path::Path::new(r))?.id)
                    })?,
                };
                ids.push(id);
            }
            request.refs = ids;
            let outcome = api::generate::generate(core, &request)?;
            if json {
                print_json(&outcome);
            } else {
                print_line(&format!(
                    "Task {} succeeded: {} image(s).",
                    outcome.task_id,
                    outcome.outputs.len()
                ));
                for id in &outcome.outputs {
                    print_line(id);
                }
            }
        }
        Command::Consent { action } => {
            let vault = api::objects::open_with(core, passphrase.as_ref(), held(owner)?)?;
            let statuses = match action {
                ConsentAction::Grant { provider } => vec![api::consent::grant(core, &vault, provider)?],
                ConsentAction::Withdraw { provider } => vec![api::consent::withdraw(core, &vault, provider)?],
                ConsentAction::List => api::consent::list(&vault)?,
            };
            if json {
                print_json(&statuses);
            } else {
                for c in statuses {
                    let state = if c.granted { "granted" } else { "not granted" };
                    print_line(&format!("{}: {state}", c.provider));
                }
            }
        }
        Command::Diagnostics => {
            if let Ok(vault) = api::objects::open_with(core, passphrase.as_ref(), held(owner)?) {
                core.set_vault(vault);
            }
            let report = api::diagnostics::report(core);
            if json {
                print_json(&serde_json::json!({ "report": report }));
            } else {
                print_line(report.trim_end());
            }
        }
        Command::Specs => {
            let specs = crate::idphoto::spec::catalog();
            if json {
                let list: Vec<_> = specs
                    .iter()
                    .map(|s| serde_json::json!({ "id": s.id, "name": format!("{} — {}", s.country, s.document), "width_mm": s.width_mm, "height_mm": s.height_mm }))
                    .collect();
                print_json(&list);
            } else {
                for s in specs {
                    print_line(&format!(
                        "{:<16} {} — {} ({} × {} mm)",
                        s.id, s.country, s.document, s.width_mm, s.height_mm
                    ));
                }
            }
        }
        Command::Idphoto { photo, spec, background, sheet, max_kb, out } => {
            let background = if background.trim().eq_ignore_ascii_case("keep") {
                crate::idphoto::compose::Background::Keep
            } else {
                crate::idphoto::compose::Background::Colour(
                    crate::idphoto::spec::parse_colour(&background).ok_or_else(|| {
                        Error::InvalidInput("--background is white, blue, red, #RRGGBB or keep".into())
                    })?,
                )
            };
            api::idphoto::find_spec(&spec)?;
            let vault = api::objects::open_with(core, passphrase.as_ref(), held(owner)?)?;
            let imported = api::objects::import_file(core, &vault, &photo)?;
            let id = imported.id.parse().map_err(|_| Error::InvalidInput("bad object id".into()))?;
            let request = api::idphoto::IdPhotoRequest {
                spec,
                background,
                adjust: crate::idphoto::compose::Adjust::default(),
                auto_light: false,
                sheet: sheet.and_then(SheetArg::sheet),
                cut_lines: true,
                max_kb,
            };
            let (outcome, made) = api::idphoto::make(core, &vault, id, &request)?;
            if let Some(out) = out {
                let png = out.extension().is_some_and(|e| e.eq_ignore_ascii_case("png"));
                let bytes = if png {
                    crate::idphoto::output::png(&made.image, outcome.dpi)
                } else {
                    crate::idphoto::output::jpeg(&made.image, 95, outcome.dpi)
                };
                crate::atomic_file::write(&out, &bytes)
                    .map_err(|_| Error::InvalidInput("--out cannot be written".into()))?;
            }
            if json {
                print_json(&outcome);
            } else {
                print_line(&format!(
                    "Made a {}×{} photo at {} dpi (task {}).",
                    outcome.width, outcome.height, outcome.dpi, outcome.task_id
                ));
                for c in &outcome.checks {
                    print_line(&format!("  {:?}: {}", c.status, c.message));
                }
            }
        }
        Command::Tasks => {
            let vault = api::objects::open_with(core, passphrase.as_ref(), held(owner)?)?;
            let tasks = api::tasks::list(core, &vault, 1000)?;
            if json {
                print_json(&tasks);
            } else if tasks.is_empty() {
                print_line("No tasks yet.");
            } else {
                for t in tasks {
                    print_line(&format!(
                        "{} {} {} {} result(s){}",
                        t.task_id,
                        t.status.as_str(),
                        t.provider.as_deref().unwrap_or("local"),
                        t.outputs.len(),
                        t.reason.map(|r| format!(" — {r}")).unwrap_or_default()
                    ));
                }
            }
        }
        Command::Retry { task_id } => {
            let vault = api::objects::open_with(core, passphrase.as_ref(), held(owner)?)?;
            let task = api::tasks::get(core, &vault, &task_id)?;
            if let Some(p) = task
                .provider
                .as_deref()
                .and_then(|p| <ProviderId as clap::ValueEnum>::from_str(p, false).ok())
            {
                api::generate::check_allowed(core, &vault, p)?;
            }
            api::tasks::retry(core, &vault, &task_id)?;
            core.set_vault(vault);
            let outcome =
                api::generate::run(core, &task_id, None, &crate::tasks::CancelToken::default(), &|_| {})?;
            if json {
                print_json(&outcome);
            } else {
                print_line(&format!(
                    "Task {} {}: {} image(s).",
                    outcome.task_id,
                    outcome.status.as_str(),
                    outcome.outputs.len()
                ));
            }
        }
        Command::Ledger => {
            let vault = api::objects::open_with(core, passphrase.as_ref(), held(owner)?)?;
            let entries = api::consent::ledger(&vault)?;
            if json {
                print_json(&entries);
            } else if entries.is_empty() {
                print_line("Nothing has left this computer.");
            } else {
                for e in entries {
                    let status = e.status.map_or("no answer".to_string(), |s| format!("HTTP {s}"));
                    print_line(&format!(
                        "{} {} {} {} image(s), {} prompt characters, {status}",
                        e.time,
                        e.provider,
                        e.host,
                        e.parts.len(),
                        e.prompt_chars
                    ));
                }
            }
        }
        Command::Keys { action } => keys(core, json, passphrase.as_ref(), owner, action)?,
    }
    Ok(())
}

/// The passphrase in `path`, without one trailing newline.
fn read_passphrase_file(path: &std::path::Path) -> Result<Sensitive<String>, Error> {
    let mut text = std::fs::read_to_string(path)
        .map_err(|_| Error::InvalidInput("the passphrase file cannot be read".into()))?;
    if text.ends_with('\n') {
        text.pop();
        if text.ends_with('\r') {
            text.pop();
        }
    }
    Ok(Sensitive::new(text))
}

/// A secret from a terminal (no echo) or from piped stdin.
fn read_secret(prompt: &str) -> Result<Sensitive<String>, Error> {
    let unreadable = |_| Error::InvalidInput("the key could not be read from standard input".into());
    if io::stdin().is_terminal() {
        rpassword::prompt_password(prompt).map(Sensitive::new).map_err(unreadable)
    } else {
        let mut text = String::new();
        io::stdin().take(64 * 1024).read_to_string(&mut text).map_err(unreadable)?;
        Ok(Sensitive::new(text))
    }
}

fn print_doctor(r: &api::doctor::DoctorReport) {
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
    let lines = [
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
    ];
    for line in lines {
        print_line(&line);
    }
}

fn print_json<T: Serialize>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => print_line(&text),
        Err(_) => print_line(r#"{"code":"internal","message":"the result could not be encoded"}"#),
    }
}

/// stdout may be a closed pipe (`| head`); that is not worth a panic.
fn print_line(line: &str) {
    let _ = writeln!(io::stdout().lock(), "{line}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn global_flags_work_after_the_verb() {
        let cli = Cli::try_parse_from(["seed-studio", "doctor", "--json", "--data-dir", "/tmp/x"]).unwrap();
        assert!(cli.json);
        assert_eq!(cli.data_dir.as_deref(), Some(std::path::Path::new("/tmp/x")));
        assert!(matches!(cli.command, Some(Command::Doctor)));
    }

    #[test]
    fn no_verb_means_open_the_window() {
        let cli = Cli::try_parse_from(["seed-studio", "--data-dir", "/tmp/x"]).unwrap();
        assert!(cli.command.is_none());
    }

    #[test]
    fn unknown_provider_is_a_usage_error() {
        assert!(Cli::try_parse_from(["seed-studio", "keys", "set", "acme"]).is_err());
    }
}
