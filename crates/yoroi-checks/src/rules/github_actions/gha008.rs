//! GHA008 uses-branch-ref: an action, reusable workflow or `docker://` image referenced by a
//! branch (`@main`, `@master`), by no ref at all or by `latest`: whatever is pushed there next
//! runs in this workflow.

use super::WorkflowCtx;
use super::pinning::{Pin, all_uses, pin};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA008",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for node in all_uses(ctx) {
        let Some(text) = node.as_str() else { continue };
        if text.contains("${{") {
            continue;
        }
        if let (Pin::Branch, r) = pin(text) {
            let to = if text.starts_with("docker://") {
                "an image digest"
            } else {
                "a full commit SHA"
            };
            out.report(
                node.span,
                format!("`{text}` follows a moving ref ({r}): pin it to {to}"),
            );
        }
    }
}
