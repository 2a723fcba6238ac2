//! GHA036 duplicate-step-id: two steps of one job with the same `id:`. GitHub rejects the
//! workflow (or the action).

use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA036",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for job in &ctx.workflow.jobs {
        let mut seen: Vec<(String, yoroi_syntax::Span)> = Vec::new();
        for step in &job.steps {
            let Some(node) = step.node.get("id") else { continue };
            let Some(id) = node.as_str() else { continue };
            if id.contains("${{") {
                continue;
            }
            let key = id.to_ascii_lowercase();
            if let Some((_, first)) = seen.iter().find(|(k, _)| *k == key) {
                let first = *first;
                out.report(node.span, format!("step id `{id}` is used twice in this job"))
                    .label(first, "first used here");
            } else {
                seen.push((key, node.span));
            }
        }
    }
}
