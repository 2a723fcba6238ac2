//! YOR007 time-budget-exceeded: rules stopped running on a file that took longer than the
//! per-file time budget. Reported by the engine.

use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "YOR007",
    check: Check::Engine,
};
