//! YOR004: reported by the suppression pass (`crate::suppress`), after every rule has run.

use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "YOR004",
    check: Check::Engine,
};
