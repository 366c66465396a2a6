//! The headless face of the one `seed-studio` binary. With no subcommand the binary opens the
//! window instead (see `main.rs`). Every verb is an adapter over [`crate::api`], one file per
//! group of verbs; with `--json`, results and errors are JSON on stdout (errors as
//! `{ "code", "message" }`) and the exit status is non-zero on failure.

use std::io::{self, IsTerminal, Read, Write};
use std::process::ExitCode;

use clap::Parser;

use crate::codes::{Code, ErrorBody};
use crate::instance::{DataDirLock, InstanceError};
use crate::providers::ProviderId;
use crate::secrets::Sensitive;
use crate::{AppCore, Error};

mod args;
mod context;
mod generate;
mod hints;
mod idphoto;
mod keys;
mod objects;
mod organise;
mod output;
mod privacy;
mod prompt_help;
mod vault;

pub use args::{
    BoardAction, Cli, Command, ConsentAction, KeysAction, KindArg, PromptAction, PromptsAction, SheetArg,
};
use context::Ctx;

/// Parse the process arguments. Usage errors exit here (status 2), as JSON under `--json`.
pub fn parse() -> Cli {
    match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if e.use_stderr() && std::env::args_os().any(|a| a == "--json") => {
            let rendered = e.render().to_string();
            let message = rendered.lines().next().unwrap_or_default().trim_start_matches("error: ");
            output::print_json(&ErrorBody { code: Code::InvalidInput, message: message.to_string() });
            std::process::exit(2);
        }
        Err(e) => e.exit(),
    }
}

/// Run one headless verb to completion.
pub fn run(cli: Cli) -> ExitCode {
    let Cli { data_dir, json, passphrase_file, command, .. } = cli;
    let Some(command) = command else { return ExitCode::from(2) };
    let context =
        hints::Context { provider: command.provider(), passphrase_given: passphrase_file.is_some() };
    let result = AppCore::start_for_user(data_dir.as_deref()).and_then(|started| {
        let core = started.core?;
        tracing::info!(verb = command.verb(), "command started");
        let passphrase = passphrase_file.as_deref().map(read_passphrase_file).transpose()?;
        let owner = take_data_folder(&core, &command, json)?;
        let outcome = dispatch(&Ctx::new(&core, json, passphrase, owner.as_ref()), command);
        if let Err(e) = &outcome {
            // The code only: some messages name the user's files, and logs never do.
            tracing::warn!(code = ?crate::codes::HasCode::code(e), "command failed");
        }
        outcome
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Error::Reported) => ExitCode::FAILURE,
        Err(e) => {
            let body = hints::with_hint(ErrorBody::from(e), &context);
            if json {
                output::print_json(&body);
            } else {
                let _ = writeln!(io::stderr(), "error: {}", body.message);
            }
            ExitCode::FAILURE
        }
    }
}

impl Command {
    /// The provider a command is about, for hints.
    fn provider(&self) -> Option<ProviderId> {
        match self {
            Command::Generate { provider, .. }
            | Command::Edit { provider, .. }
            | Command::PreviewEgress { provider, .. }
            | Command::Consent {
                action: ConsentAction::Grant { provider } | ConsentAction::Withdraw { provider },
            }
            | Command::Prompt {
                action: PromptAction::Improve { provider, .. } | PromptAction::Describe { provider, .. },
            }
            | Command::Keys { action: KeysAction::Set { provider } | KeysAction::Delete { provider } } => {
                Some(*provider)
            }
            _ => None,
        }
    }

    fn verb(&self) -> &'static str {
        match self {
            Command::Generate { .. } => "generate",
            Command::Models { .. } => "models",
            Command::PreviewEgress { .. } => "preview-egress",
            Command::Edit { .. } => "edit",
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
            Command::Star { .. } => "star",
            Command::Unstar { .. } => "unstar",
            Command::Board { action } => match action {
                BoardAction::Create { .. } => "board create",
                BoardAction::Rename { .. } => "board rename",
                BoardAction::Delete { .. } => "board delete",
                BoardAction::Add { .. } => "board add",
                BoardAction::Remove { .. } => "board remove",
                BoardAction::List => "board list",
            },
            Command::Prompts { action } => match action {
                PromptsAction::Save { .. } => "prompts save",
                PromptsAction::List { .. } => "prompts list",
                PromptsAction::Delete { .. } => "prompts delete",
                PromptsAction::History { .. } => "prompts history",
            },
            Command::Prompt { action: PromptAction::Improve { .. } } => "prompt improve",
            Command::Prompt { action: PromptAction::Describe { .. } } => "prompt describe",
            Command::Again { .. } => "again",
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

/// Each verb to its group.
fn dispatch(ctx: &Ctx<'_>, command: Command) -> Result<(), Error> {
    match command {
        Command::Doctor => vault::doctor(ctx),
        Command::Init => vault::init(ctx)?,
        Command::RotateKey => vault::rotate_key(ctx)?,
        Command::Purge { now } => vault::purge(ctx, now)?,
        Command::Diagnostics => vault::diagnostics(ctx),
        Command::Import { files, delete_source } => objects::import(ctx, &files, delete_source)?,
        Command::List { query, kind, starred, board } => objects::list(ctx, query, kind, starred, board)?,
        Command::Star { ids } => organise::star(ctx, &ids, true)?,
        Command::Unstar { ids } => organise::star(ctx, &ids, false)?,
        Command::Board { action } => organise::board(ctx, action)?,
        Command::Prompts { action } => organise::prompts(ctx, action)?,
        Command::Prompt { action } => prompt_help::prompt(ctx, action)?,
        Command::Again { task_id } => generate::again(ctx, &task_id)?,
        Command::Delete { ids } => objects::delete(ctx, &ids)?,
        Command::Show { task_id } => objects::show(ctx, &task_id)?,
        Command::Export { all, task, ids, to, zip, encrypt, strip_metadata } => {
            privacy::export(ctx, privacy::ExportArgs { all, task, ids, to, zip, encrypt, strip_metadata })?
        }
        Command::Restore { file } => privacy::restore(ctx, &file)?,
        Command::EraseAll { yes } => privacy::erase_all(ctx, yes)?,
        Command::Generate {
            provider,
            prompt,
            refs,
            model,
            size,
            count,
            image_size,
            input_fidelity,
            minimize,
            subject_box,
            video,
            first_frame,
            last_frame,
            duration,
            aspect,
            mode,
            sound,
        } => {
            if !video {
                let request = crate::api::generate::GenerateRequest {
                    provider,
                    prompt,
                    refs,
                    model,
                    size,
                    count,
                    image_size,
                    input_fidelity: input_fidelity.then_some(true),
                    minimize: (!minimize.is_empty()).then_some(minimize),
                    subject_box,
                    per_ref: None,
                };
                return generate::generate(ctx, request);
            }
            let image_only = !refs.is_empty()
                || size.is_some()
                || count != 1
                || image_size.is_some()
                || input_fidelity
                || !minimize.is_empty()
                || subject_box.is_some();
            if image_only {
                return Err(Error::InvalidInput(
                    "--ref, --size, --count, --image-size, --input-fidelity, --minimize and --subject-box are for images; a video takes --first-frame, --last-frame, --duration, --aspect, --mode and --sound".into(),
                ));
            }
            let request = crate::api::video::VideoRequest {
                provider,
                prompt,
                first_frame,
                last_frame,
                model,
                duration,
                aspect,
                mode,
                sound: sound.then_some(true),
            };
            generate::video(ctx, request)?
        }
        Command::Edit { image, mask, prompt, provider, margin, whole_image, model, minimize } => {
            generate::edit(
                ctx,
                &mask,
                crate::api::generate::EditRequest {
                    image,
                    provider,
                    prompt,
                    model,
                    margin: Some(margin),
                    whole_image,
                    count: 1,
                    minimize: Some(minimize),
                },
            )?
        }
        Command::Retry { task_id } => generate::retry(ctx, &task_id)?,
        Command::Tasks => generate::tasks(ctx)?,
        Command::Models { provider, video: false } => generate::models(ctx, provider),
        Command::Models { provider, video: true } => generate::video_models(ctx, provider),
        Command::PreviewEgress { provider, refs, minimize, subject_box, out } => {
            generate::preview_egress(ctx, provider, &refs, minimize, subject_box, &out)?
        }
        Command::Consent { action } => generate::consent(ctx, action)?,
        Command::Ledger => generate::ledger(ctx)?,
        Command::Specs => idphoto::specs(ctx),
        Command::Idphoto { photo, spec, background, sheet, max_kb, out } => {
            idphoto::idphoto(ctx, idphoto::IdPhotoArgs { photo, spec, background, sheet, max_kb, out })?
        }
        Command::Keys { action } => keys::keys(ctx, action)?,
    }
    Ok(())
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
            Err(InstanceError::WindowOpen) => Ok(None),
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
