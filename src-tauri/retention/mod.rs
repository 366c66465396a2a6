//! On-device retention: the policy (a pure function from an item's facts to its deadline), the
//! windows people configure, the log-file sweep, and the scheduler that deletes things on time
//! while the app runs. What is deleted and how (crypto-shredding) lives in [`crate::api::retention`].

pub mod logs;
pub mod policy;
pub mod scheduler;
pub mod window;

pub use policy::Policy;
pub use window::Window;
