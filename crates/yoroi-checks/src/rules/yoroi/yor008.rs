//! YOR008 template-not-rendered: a Go- or Jinja-templated file (or some documents of a YAML
//! stream) that yoroi cannot judge before rendering. Reported by the engine, so that no file is
//! left out of a scan without a word.

use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "YOR008",
    check: Check::Engine,
};
