//! GHA010 checkout-persists-credentials: `actions/checkout` leaves the job's token in
//! `.git/config` unless told not to; every later step (and any artifact of the workspace) can
//! read it. An explicit `persist-credentials: true` is taken as intended.

use super::{WorkflowCtx, action_name, input};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::workflow::Step;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA010",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for (job, _, step) in ctx.steps() {
        // An explicit `persist-credentials: true` is a decision (the job pushes); the
        // default is what goes unnoticed.
        if persists_credentials(step)
            && input(step, "persist-credentials").is_none()
            && let Some(uses) = &step.uses
        {
            out.report(
                uses.span,
                "`actions/checkout` keeps the token in `.git/config`: set `persist-credentials: false`",
            )
            .object(format!("job {}", job.id));
        }
    }
}

/// A checkout that stores its credentials (the default).
pub(crate) fn persists_credentials(step: &Step) -> bool {
    action_name(step).as_deref() == Some("actions/checkout")
        && !input(step, "persist-credentials").is_some_and(|v| {
            v.as_bool() == Some(false) || v.as_str().is_some_and(|s| s.contains("${{"))
        })
}
