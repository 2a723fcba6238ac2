//! GHA012 secrets-inherit: a reusable workflow called with `secrets: inherit` receives every
//! secret of the caller, whatever it needs.

use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA012",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for job in &ctx.workflow.jobs {
        if let Some(span) = job.secrets_inherit {
            out.report(
                span,
                "every secret of this repository is passed to the called workflow",
            )
            .object(format!("job {}", job.id));
        }
    }
}
