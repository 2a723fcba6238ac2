//! YOR002 module-not-analysed: a module from a registry or git source, which yoroi does not
//! download. Reported by the engine from the Terraform evaluator's diagnostics.

use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "YOR002",
    check: Check::Engine,
};
