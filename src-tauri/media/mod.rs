//! Media that is not a still image: checking a downloaded video before it is stored.

pub mod mp4;
