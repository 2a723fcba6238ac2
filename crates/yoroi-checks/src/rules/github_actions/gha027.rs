//! GHA027 unsafe-pr-checkout: `allow-unsafe-pr-checkout: true` turns off the checkout action's
//! refusal to fetch a fork's code in a privileged (`pull_request_target`, `workflow_run`)
//! workflow.

use super::{PRIVILEGED_PR_EVENTS, WorkflowCtx, action_name, input};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA027",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    let w = ctx.workflow;
    if !w.is_action && !w.triggered_by(PRIVILEGED_PR_EVENTS) {
        return;
    }
    for (job, _, step) in ctx.steps() {
        if action_name(step).as_deref() != Some("actions/checkout") {
            continue;
        }
        let Some(value) = input(step, "allow-unsafe-pr-checkout") else {
            continue;
        };
        let on = value.as_bool() == Some(true)
            || value.as_str().is_some_and(|s| s.eq_ignore_ascii_case("true"));
        if on {
            out.report(
                value.span,
                "the checkout is allowed to fetch a fork's code in a privileged workflow",
            )
            .object(format!("job {}", job.id));
        }
    }
}
