//! yoroi's own diagnostics, reported by the engine.

crate::rules::register! { yor001, yor002, yor003, yor004, yor005, yor006, yor007, yor008, yor009 }
