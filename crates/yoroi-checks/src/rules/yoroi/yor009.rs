//! YOR009 render-incomplete: a Helm chart that could not be rendered as `helm template` would (a
//! dependency not vendored, `required`/`fail`, a schema violation, a template error), or a
//! kustomization (or a part of it: a remote base, `helmCharts`, a missing file) that could not be
//! built as `kustomize build` would. Reported by the scan at the line that asks for it, so that
//! no chart or overlay is left out without a word.

use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "YOR009",
    check: Check::Engine,
};
