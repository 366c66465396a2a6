//! What leaves the device, and how: the minimizer re-draws references from pixels for the
//! provider's limits, and the gate is the one place that hands bytes to an HTTP client —
//! after checking consent and offline mode, and recording each request in the ledger.

pub mod gate;
pub mod http;
pub mod levels;
pub mod minimize;
