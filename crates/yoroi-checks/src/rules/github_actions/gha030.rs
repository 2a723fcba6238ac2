//! GHA030 invalid-expression: a `${{ }}` (or a bare `if:` condition) GitHub cannot parse: an
//! unknown function or context, a wrong argument count, a double-quoted string, an unclosed
//! `${{`. GitHub rejects the workflow, or the step, when it reaches it.

use super::{WorkflowCtx, conditions};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_ghaexpr::Condition;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA030",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for e in &ctx.workflow.expressions {
        if let Err(error) = &e.expr {
            out.report(
                e.file_span(error.span),
                format!("invalid expression: {error}"),
            );
        }
    }
    // A condition without `${{ }}` is an expression too.
    for (_, condition, map) in conditions(ctx) {
        if let Condition::Bare(embedded) = &condition
            && let Err(error) = &embedded.expr
        {
            out.report(
                map.span(error.span.start, error.span.end),
                format!("invalid condition: {error}"),
            );
        }
    }
}
