//! What a task sent, shown next to its original: rebuilt on this device from the task's kept
//! references and parameters (the minimizer and the levels give the same bytes for the same
//! input) and checked against the ledger's SHA-256, so the copy shown is provably the one that
//! left. Nothing is stored: once retention deletes the references, only the ledger's record of
//! each part remains.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{edit, minimize_refs, with_vault, Params};
use crate::tasks::TaskKind;
use crate::{AppCore, Error};

/// One reference as it left.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SentCopy {
    /// The reference it was made from (an object id).
    pub original: String,
    /// Media type.
    pub mime: String,
    /// Pixel width.
    pub width: u32,
    /// Pixel height.
    pub height: u32,
    /// SHA-256 of the bytes.
    pub sha256: String,
    /// Whether the ledger records a part with this SHA-256 for the task: the copy is exactly
    /// what was sent. False when the settings that shape it (a provider's limits) changed since.
    pub in_ledger: bool,
    /// The bytes, base64.
    pub data: String,
}

/// A task's sent copies, or why there are none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SentCopies {
    /// One per reference (a region edit: the part, without its mask).
    pub copies: Vec<SentCopy>,
    /// The references are gone (deleted when the task ended, or by retention): the ledger
    /// keeps each part's size, levels and SHA-256.
    pub gone: bool,
}

/// Rebuild what image task `task_id` sent. Takes the vault's lock a step at a time.
pub fn sent_copies(core: &AppCore, task_id: &str) -> Result<SentCopies, Error> {
    let (task, inputs, ledger) = with_vault(core, |v| {
        let index = v.store().index();
        let task = index.task(task_id.trim())?.ok_or_else(|| Error::InvalidInput("no such task".into()))?;
        let now = core.clock().now();
        let mut inputs = Vec::new();
        for id in index.task_inputs(&task.id)? {
            inputs.push(index.object(id, now)?.map(|_| id));
        }
        let ledger = index.task_ledger(&task.id)?;
        Ok((task, inputs, ledger))
    })?;
    if !matches!(task.kind, TaskKind::Generate | TaskKind::Edit) {
        return Err(Error::InvalidInput("only an image task's references are rebuilt".into()));
    }
    let inputs: Option<Vec<_>> = inputs.into_iter().collect();
    let gone = SentCopies { copies: Vec::new(), gone: true };
    let Some(inputs) = inputs.filter(|i| !i.is_empty()) else { return Ok(gone) };
    let (provider, params) = Params::of(&task)?;
    let images = match params.region {
        Some(region) => edit::Job::load(core, &task.id, provider, &params.model, region)?.outgoing()?.0,
        None => with_vault(core, |v| minimize_refs(core, v, provider, &inputs, &params.refs))?
            .into_iter()
            .map(|(image, _)| image)
            .collect(),
    };
    let sent: Vec<&str> = ledger.iter().flat_map(|e| &e.parts).map(|p| p.sha256.as_str()).collect();
    let copies = images
        .iter()
        .filter(|image| !image.is_mask())
        .zip(&inputs)
        .map(|(image, original)| {
            use base64::Engine;
            let sha256 = image.sha256_hex();
            SentCopy {
                original: original.to_string(),
                mime: image.mime().into(),
                width: image.width(),
                height: image.height(),
                in_ledger: sent.contains(&sha256.as_str()),
                sha256,
                data: base64::engine::general_purpose::STANDARD.encode(image.bytes()),
            }
        })
        .collect();
    Ok(SentCopies { copies, gone: false })
}
