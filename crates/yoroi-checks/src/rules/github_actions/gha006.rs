//! GHA006 permissions-write-all: `permissions: write-all` gives the job's token every scope.

use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA006",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    let w = ctx.workflow;
    let all = w
        .permissions
        .iter()
        .map(|p| ("the workflow", p))
        .chain(w.jobs.iter().filter_map(|j| j.permissions.as_ref().map(|p| (j.id.as_str(), p))));
    for (whose, (_, value)) in all {
        if value.as_str() == Some("write-all") {
            out.report(
                value.span,
                format!("`write-all` gives {} token every permission", if whose == "the workflow" { "every job's".to_string() } else { format!("job {whose}'s") }),
            );
        }
    }
}
