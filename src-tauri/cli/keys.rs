//! `keys list | set | delete`: provider API keys. Where the keyring cannot be reached, a key is
//! sealed in the vault, so the vault is opened first when it can be (a passphrase vault needs
//! `--passphrase-file`).

use super::{print_json, print_line, read_secret, KeysAction};
use crate::api::keys::KeyLocation;
use crate::instance::DataDirLock;
use crate::secrets::Sensitive;
use crate::{api, AppCore, Error};

pub(super) fn keys(
    core: &AppCore,
    json: bool,
    passphrase: Option<&Sensitive<String>>,
    owner: Option<&DataDirLock>,
    action: KeysAction,
) -> Result<(), Error> {
    // A vault that cannot be opened (none yet, no passphrase given, the window has it) only
    // means keys cannot be sealed in it; the keyring and the environment still answer.
    if let Some(vault) = owner.and_then(|owner| api::objects::open_with(core, passphrase, owner).ok()) {
        core.set_vault(vault);
    }
    match action {
        KeysAction::List => {
            let keys = api::keys::list(core)?;
            if json {
                print_json(&keys);
            } else {
                for k in keys {
                    let state = match k.location {
                        Some(KeyLocation::Keyring) => "stored in the keyring",
                        Some(KeyLocation::Vault) => "sealed in the vault",
                        Some(KeyLocation::Environment) => "from the environment",
                        None => "not set",
                    };
                    print_line(&format!("{:<10} {:<28} {state}", k.provider.as_str(), k.display_name));
                }
            }
        }
        KeysAction::Set { provider } => {
            let key = read_secret(&format!("API key for {}: ", provider.display_name()))?;
            let location = api::keys::set(core, provider, key)?;
            if json {
                print_json(
                    &serde_json::json!({ "provider": provider, "stored": true, "location": location }),
                );
            } else {
                let place = match location {
                    KeyLocation::Vault => "sealed in the vault (the keyring cannot be reached)".to_string(),
                    _ => format!("in the {}", core.secrets().backend()),
                };
                print_line(&format!("Stored the {} key {place}.", provider.display_name()));
            }
        }
        KeysAction::Delete { provider } => {
            let deleted = api::keys::delete(core, provider)?;
            if json {
                print_json(&serde_json::json!({ "provider": provider, "deleted": deleted }));
            } else if deleted {
                print_line(&format!("Deleted the {} key.", provider.display_name()));
            } else {
                print_line(&format!("No {} key was stored.", provider.display_name()));
            }
        }
    }
    Ok(())
}
