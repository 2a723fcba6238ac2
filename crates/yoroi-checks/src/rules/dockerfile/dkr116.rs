//! DKR116 label-not-in-schema: with `[dockerfile.labels] strict = true` in `.yoroi.toml`, a
//! `LABEL` key that is neither `required` nor `allowed` there. Silent without a strict schema.

use super::labels::labels;
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR116",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let options = ctx.options;
    if !options.strict_labels || !options.has_label_schema() {
        return;
    }
    let df = ctx.dockerfile;
    for label in labels(df) {
        // A key built from a variable cannot be compared.
        if label.key.contains('$') || options.label_in_schema(&label.key) {
            continue;
        }
        let finding = out.report(
            label.key_span,
            format!("label `{}` is not in the project's label schema", label.key),
        );
        if let Some(o) = object(df, label.instruction.stage) {
            finding.object(o);
        }
    }
}
