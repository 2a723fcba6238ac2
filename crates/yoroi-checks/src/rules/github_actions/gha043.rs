//! GHA043 anonymous-definition: a workflow or action without `name:` shows in the Actions UI
//! and in required-check settings under its file path, so a reviewer cannot tell what ran.

use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA043",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    let root = &ctx.workflow.root;
    if !root.is_map() || root.get("name").is_some() {
        return;
    }
    // the nearest existing place: the first key of the document
    let Some(first) = root.entries().next() else {
        return;
    };
    let what = if ctx.workflow.is_action {
        "action"
    } else {
        "workflow"
    };
    out.report(
        first.key_span,
        format!("this {what} has no `name:`; it is shown by its file path"),
    );
}
