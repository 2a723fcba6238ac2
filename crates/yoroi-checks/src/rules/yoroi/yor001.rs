//! YOR001 parse-error: a file yoroi could not read or parse. Reported by the engine from each
//! parser's errors, so that one broken file never hides the findings of the others.

use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "YOR001",
    check: Check::Engine,
};
