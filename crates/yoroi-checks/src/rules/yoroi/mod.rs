//! yoroi's own diagnostics, reported by the engine.

crate::rules::register! { yor001, yor002, yor003 }
