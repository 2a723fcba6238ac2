//! YOR006 internal-error: a rule or parser panicked on a file. Reported by the engine (a guard
//! around every rule call) and by the CLI (a guard around each file's parse and evaluation).

use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "YOR006",
    check: Check::Engine,
};
