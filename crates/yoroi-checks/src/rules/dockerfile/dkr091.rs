//! DKR091 label-empty-value: a `LABEL` whose value is written empty.

use super::labels::labels;
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR091",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for label in labels(df) {
        // Only a value written empty: `LABEL version=$VERSION` is filled at build time.
        if label.value.as_deref().is_none_or(|v| !v.trim().is_empty()) {
            continue;
        }
        let finding = out.report(
            label.key_span,
            format!("label `{}` has an empty value", label.key),
        );
        if let Some(o) = object(df, label.instruction.stage) {
            finding.object(o);
        }
    }
}
