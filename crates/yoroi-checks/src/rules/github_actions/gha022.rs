//! GHA022 condition-always-true: an `if:` with text outside `${{ }}` (`${{ a }} && b`, or a
//! `|` block's trailing newline) is a non-empty string, so it is always true.

use super::{WorkflowCtx, conditions};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA022",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for (node, condition, _) in conditions(ctx) {
        if condition.always_true_string() {
            out.report(
                node.span,
                "this condition is a string with text outside `${{ }}`, so it is always true",
            );
        }
    }
}
