//! Tasks: units of work (generating, editing, making an ID photo) whose every state change is
//! recorded in the index, so the queue survives a restart and retention knows when the
//! originals a task used may go.

mod cancel;
pub mod queue;
mod status;

pub use cancel::CancelToken;
pub use status::{TaskKind, TaskStatus};
