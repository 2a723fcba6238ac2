//! GHA044 concurrency-limits: a workflow with no `concurrency:` that cancels superseded runs
//! lets every push start another full run beside the old ones: billed minutes an outsider can
//! multiply with pushes to a pull request, and races between runs that share artifacts or
//! deployments.

use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::Node;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA044",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    let workflow = ctx.workflow;
    if workflow.is_action || workflow.jobs.is_empty() {
        return;
    }
    // a reusable workflow runs under its caller's concurrency
    let names = workflow.trigger_names();
    if names.is_empty() || names.iter().all(|n| *n == "workflow_call") {
        return;
    }
    match workflow.root.get("concurrency") {
        Some(c) => {
            if let Some(false) = cancels(c) {
                let at = c.get("cancel-in-progress").map_or(c.span, |n| n.span);
                out.report(
                    at,
                    "runs of this workflow are never cancelled when a newer one starts",
                );
            }
        }
        None => {
            let every_job_limited = workflow
                .jobs
                .iter()
                .all(|j| j.node.get("concurrency").and_then(cancels) == Some(true));
            if !every_job_limited {
                let at = workflow.on_span.unwrap_or(workflow.root.span);
                out.report(
                    at,
                    "no `concurrency:` with `cancel-in-progress`: superseded runs keep running",
                );
            }
        }
    }
}

/// Whether a `concurrency:` value cancels runs in progress: `Some(false)` when it does not (a
/// bare group name, no `cancel-in-progress`, or `false`), `None` when unknown (an expression).
fn cancels(c: &Node) -> Option<bool> {
    if c.as_str().is_some() {
        return Some(false);
    }
    match c.get("cancel-in-progress") {
        None => Some(false),
        Some(v) => match (v.as_bool(), v.as_str()) {
            (Some(b), _) => Some(b),
            (None, Some(s)) if s.contains("${{") => None,
            (None, Some(s)) => Some(s.trim() == "true"),
            _ => None,
        },
    }
}
