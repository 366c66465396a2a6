//! What every verb runs with: the core, how to print, the passphrase, and the data folder it
//! holds. The one vault-opening policy of the CLI lives here.

use std::io::Write;

use super::output::{print_json, print_line, Report};
use crate::api::objects::Vault;
use crate::api::privacy::ExportProgress;
use crate::instance::{DataDirLock, InstanceError};
use crate::secrets::Sensitive;
use crate::{api, AppCore, Error};

/// One verb's surroundings.
pub(super) struct Ctx<'a> {
    /// The core.
    pub core: &'a AppCore,
    /// `--json`.
    pub json: bool,
    /// From `--passphrase-file`.
    pub passphrase: Option<Sensitive<String>>,
    /// The data folder this command holds (see `take_data_folder`).
    owner: Option<&'a DataDirLock>,
}

impl<'a> Ctx<'a> {
    pub fn new(
        core: &'a AppCore,
        json: bool,
        passphrase: Option<Sensitive<String>>,
        owner: Option<&'a DataDirLock>,
    ) -> Ctx<'a> {
        Ctx { core, json, passphrase, owner }
    }

    /// The data folder this command holds; verbs that write need it.
    pub fn owner(&self) -> Result<&'a DataDirLock, Error> {
        self.owner.ok_or(Error::Instance(InstanceError::AlreadyRunning))
    }

    /// Whether this command holds the data folder (some verbs read the vault only if so).
    pub fn holds_folder(&self) -> bool {
        self.owner.is_some()
    }

    /// Unlock and open the vault, under the data folder this command holds: the keyring's key
    /// or the `--passphrase-file` passphrase, collecting what interrupted writes left.
    pub fn vault(&self) -> Result<Vault, Error> {
        api::objects::open_with(self.core, self.passphrase.as_ref(), self.owner()?)
    }

    /// Open the vault into the core, for use cases that take the vault's lock step by step
    /// (a generation, an export, a restore).
    pub fn open_in_core(&self) -> Result<(), Error> {
        self.core.set_vault(self.vault()?);
        Ok(())
    }

    /// A token that Ctrl-C (or SIGTERM) flips, for a task this command runs: the task stops
    /// cleanly and is recorded as cancelled (a video job is cancelled at its provider where it
    /// can be). A second Ctrl-C quits at once.
    pub fn interruptible(&self) -> crate::tasks::CancelToken {
        static TOKEN: std::sync::OnceLock<crate::tasks::CancelToken> = std::sync::OnceLock::new();
        TOKEN
            .get_or_init(|| {
                let token = crate::tasks::CancelToken::default();
                let flip = token.clone();
                let handled = ctrlc::set_handler(move || {
                    if flip.is_cancelled() {
                        std::process::exit(130);
                    }
                    eprintln!("cancelling… (press Ctrl-C again to quit at once)");
                    flip.cancel();
                });
                if let Err(e) = handled {
                    tracing::warn!(error = %e, "Ctrl-C cannot cancel tasks in this terminal");
                }
                token
            })
            .clone()
    }

    /// Print a report: JSON under `--json`, its lines for people otherwise.
    pub fn emit<R: Report + ?Sized>(&self, report: &R) {
        if self.json {
            print_json(report);
        } else {
            for line in report.human() {
                print_line(&line);
            }
        }
    }

    /// A note for people on stderr (a warning, a hint); nothing under `--json`.
    pub fn note(&self, line: &str) {
        if !self.json {
            let _ = writeln!(std::io::stderr(), "{line}");
        }
    }

    /// Progress of a long verb on stderr as `Exporting 3 of 10…`; nothing under `--json`.
    pub fn progress<'p>(&'p self, doing: &'p str) -> impl Fn(&ExportProgress) + 'p {
        move |p: &ExportProgress| {
            if !self.json && p.total > 0 {
                eprint!("\r{doing} {} of {}…", p.done, p.total);
                if p.done == p.total {
                    eprintln!();
                }
            }
        }
    }
}
