//! Rust rules of the kubernetes domain.

crate::rules::register! {}
