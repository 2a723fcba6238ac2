//! GHA005 missing-permissions: no `permissions:` at the top of the workflow, and jobs that do
//! not set their own: their token gets the repository's default, often read-write on
//! everything.

use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::Span;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA005",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    let w = ctx.workflow;
    // A reusable workflow's token is its caller's: the caller sets the permissions.
    let called_only = !w.triggers.is_empty() && w.triggers.iter().all(|(t, _)| t == "workflow_call");
    if w.is_action || w.permissions.is_some() || w.jobs.is_empty() || called_only {
        return;
    }
    let open: Vec<&str> = w
        .jobs
        .iter()
        .filter(|j| j.permissions.is_none())
        .map(|j| j.id.as_str())
        .collect();
    if open.is_empty() {
        return;
    }
    let at = w.on_span.unwrap_or(Span::empty(0));
    let finding = out.report(
        at,
        format!(
            "no top-level `permissions:`, and {} job{} ({}) set none: the token gets the repository's default permissions",
            open.len(),
            if open.len() == 1 { "" } else { "s" },
            open.join(", ")
        ),
    );
    for job in w.jobs.iter().filter(|j| j.permissions.is_none()).take(5) {
        finding.label(job.id_span, "no `permissions:`");
    }
}
