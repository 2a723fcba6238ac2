//! YOR005: reported by the suppression pass (`crate::suppress`), after every rule has run.

use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "YOR005",
    check: Check::Engine,
};
