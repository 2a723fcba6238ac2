//! YOR003 evaluation-incomplete: an expansion cap, the evaluation budget or a cycle between
//! locals left values unknown. Reported by the engine from the Terraform evaluator's diagnostics.

use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "YOR003",
    check: Check::Engine,
};
