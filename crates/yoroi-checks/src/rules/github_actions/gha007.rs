//! GHA007 workflow-write-permission: a write scope granted at the top of the workflow reaches
//! every job, including those that only build or test.

use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA007",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    let w = ctx.workflow;
    let Some((_, permissions)) = &w.permissions else {
        return;
    };
    // With one job, workflow- and job-level permissions are the same thing.
    let inheriting = w.jobs.iter().filter(|j| j.permissions.is_none()).count();
    if w.jobs.len() < 2 || inheriting == 0 {
        return;
    }
    for entry in permissions.entries() {
        if entry.value.as_str() == Some("write") {
            out.report(
                entry.key_span,
                format!(
                    "`{}: write` at workflow level reaches {inheriting} job{} that set no permissions of their own",
                    entry.key,
                    if inheriting == 1 { "" } else { "s" }
                ),
            );
        }
    }
}
