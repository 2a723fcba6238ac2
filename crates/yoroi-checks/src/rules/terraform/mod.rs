//! Rust rules of the terraform domain.

crate::rules::register! {}
