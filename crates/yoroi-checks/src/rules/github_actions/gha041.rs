//! GHA041 unsound-ternary: `cond && X || Y` picks `Y` whenever `X` is falsy, so with a literal
//! `''`, `0`, `false` or `null` as `X` the "then" value can never be chosen.

use super::{WorkflowCtx, every_expression, ungroup};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_ghaexpr::{Expr, ExprKind, Literal, LogicalOp};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA041",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    every_expression(ctx, |expr, span_of| {
        expr.walk(&mut |e| {
            let ExprKind::Logical {
                op: LogicalOp::Or,
                args,
            } = &e.kind
            else {
                return;
            };
            let Some(first) = args.first().map(ungroup) else {
                return;
            };
            if let ExprKind::Logical {
                op: LogicalOp::And,
                args: and,
            } = &first.kind
                && and.len() >= 2
                && let Some(value) = and.last().and_then(|v| falsy(ungroup(v)))
            {
                out.report(
                    span_of(e.span),
                    format!(
                        "`… && {value} || …` never yields {value}: the fallback wins even when the condition holds; use `case(…)`"
                    ),
                );
            }
        });
    });
}

/// The literal as written, when it is falsy.
fn falsy(e: &Expr) -> Option<&'static str> {
    match &e.kind {
        ExprKind::Literal(Literal::String(s)) if s.is_empty() => Some("''"),
        ExprKind::Literal(Literal::Number(n)) if *n == 0.0 => Some("0"),
        ExprKind::Literal(Literal::Bool(false)) => Some("false"),
        ExprKind::Literal(Literal::Null) => Some("null"),
        _ => None,
    }
}
