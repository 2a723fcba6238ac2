//! YOR002 module-not-analysed: a Terraform module from a registry or git source, or a compose
//! `include:` of a Git repository or OCI artifact, which yoroi does not download. Reported by
//! the engine from the Terraform evaluator's and the compose loader's diagnostics.

use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "YOR002",
    check: Check::Engine,
};
