//! GHA040 unredacted-secrets: `fromJSON(secrets.X).field` reads a part of a secret; the runner
//! masks only whole secret values in the logs, so the part is printed in clear.

use super::{WorkflowCtx, every_expression};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_ghaexpr::{Context, Expr, ExprKind, Function};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA040",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    every_expression(ctx, |expr, span_of| {
        expr.walk(&mut |e| {
            if let ExprKind::Access { base, steps } = &e.kind
                && !steps.is_empty()
                && let Some(secret) = parsed_secret(base)
            {
                out.report(
                    span_of(e.span),
                    format!(
                        "a field of the secret `{secret}` read through `fromJSON`: the runner does not mask it in the logs"
                    ),
                );
            }
        });
    });
}

/// `fromJSON(secrets.NAME)` (possibly in parentheses): the secret's name.
fn parsed_secret(e: &Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Group(inner) => parsed_secret(inner),
        ExprKind::Call {
            function: Some(Function::FromJson),
            args,
            ..
        } if args.len() == 1 => match &args[0].kind {
            ExprKind::Access { base, steps } => match (&base.kind, steps.first()) {
                (
                    ExprKind::Context {
                        context: Some(Context::Secrets),
                        ..
                    },
                    Some(yoroi_ghaexpr::Step::Property { name, .. }),
                ) if steps.len() == 1 => Some(name.clone()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}
