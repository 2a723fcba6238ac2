//! GHA004 dangerous-trigger: `pull_request_target` and `workflow_run` run with the base
//! repository's secrets and a write token on events anyone can cause.

use super::{PRIVILEGED_PR_EVENTS, WorkflowCtx};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA004",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for (name, span) in &ctx.workflow.triggers {
        if PRIVILEGED_PR_EVENTS.contains(&name.as_str()) {
            out.report(
                *span,
                format!("`{name}` runs with the repository's secrets on events outsiders can trigger"),
            );
        }
    }
}
