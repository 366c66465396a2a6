//! `keys list | set | delete`: provider API keys. Where the keyring cannot be reached, a key is
//! sealed in the vault, so the vault is opened first when it can be (a passphrase vault needs
//! `--passphrase-file`).

use serde::Serialize;

use super::context::Ctx;
use super::output::With;
use super::{read_secret, KeysAction};
use crate::api::keys::KeyLocation;
use crate::providers::ProviderId;
use crate::{api, Error};

/// `keys set --json`.
#[derive(Serialize)]
struct Stored {
    provider: ProviderId,
    stored: bool,
    location: KeyLocation,
}

/// `keys delete --json`.
#[derive(Serialize)]
struct Deleted {
    provider: ProviderId,
    deleted: bool,
}

pub(super) fn keys(ctx: &Ctx<'_>, action: KeysAction) -> Result<(), Error> {
    let core = ctx.core;
    // A vault that cannot be opened (none yet, no passphrase given, the window has it) only
    // means keys cannot be sealed in it; the keyring and the environment still answer.
    if ctx.holds_folder() {
        if let Ok(vault) = ctx.vault() {
            core.set_vault(vault);
        }
    }
    match action {
        KeysAction::List => {
            let keys = api::keys::list(core)?;
            let lines = keys
                .iter()
                .map(|k| {
                    let state = match k.location {
                        Some(KeyLocation::Keyring) => "stored in the keyring",
                        Some(KeyLocation::Vault) => "sealed in the vault",
                        Some(KeyLocation::Environment) => "from the environment",
                        None => "not set",
                    };
                    format!("{:<10} {:<28} {state}", k.provider.as_str(), k.display_name)
                })
                .collect();
            ctx.emit(&With(&keys, lines));
        }
        KeysAction::Set { provider } => {
            let ask = match provider {
                crate::providers::ProviderId::Kling => {
                    "Kling access key and secret key, as ACCESS_KEY:SECRET_KEY: ".to_string()
                }
                p => format!("API key for {}: ", p.display_name()),
            };
            let key = read_secret(&ask)?;
            let location = api::keys::set(core, provider, key)?;
            let place = match location {
                KeyLocation::Vault => "sealed in the vault (the keyring cannot be reached)".to_string(),
                _ => format!("in the {}", core.secrets().backend()),
            };
            let line = format!("Stored the {} key {place}.", provider.display_name());
            ctx.emit(&With(&Stored { provider, stored: true, location }, vec![line]));
        }
        KeysAction::Delete { provider } => {
            let deleted = api::keys::delete(core, provider)?;
            let line = if deleted {
                format!("Deleted the {} key.", provider.display_name())
            } else {
                format!("No {} key was stored.", provider.display_name())
            };
            ctx.emit(&With(&Deleted { provider, deleted }, vec![line]));
        }
    }
    Ok(())
}
