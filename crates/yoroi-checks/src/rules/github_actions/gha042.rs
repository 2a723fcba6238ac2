//! GHA042 obfuscation: a `uses:` path with empty, `.` or `..` segments, or an expression that
//! only hides a constant (`format()` of literals, `fromJSON(toJSON(x))`). Both work, both defeat
//! a reviewer's reading and other checks that match on what is written.

use super::pinning::all_uses;
use super::{WorkflowCtx, every_expression, ungroup};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_ghaexpr::{Expr, ExprKind, Function};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA042",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for node in all_uses(ctx) {
        let Some(text) = node.as_str() else { continue };
        if text.starts_with("docker://") || text.contains("${{") {
            continue;
        }
        let path = text.split('@').next().unwrap_or(text);
        if redundant_segments(path) {
            out.report(
                node.span,
                format!("`{text}` has empty, `.` or `..` path segments: write the plain path"),
            );
        }
    }
    every_expression(ctx, |expr, span_of| {
        expr.walk(&mut |e| {
            if let Some(what) = obfuscated(e) {
                out.report(span_of(e.span), format!("{what}: write the value itself"));
            }
        });
    });
}

/// Whether a path has segments that can be removed without changing what it names: empty ones
/// (`a//b`), `.` (`a/./b`), and `..` after a named segment (`a/b/../c`). The `./` that starts a
/// local path and the `..` that leave the workspace (`./../action/init`) are needed.
fn redundant_segments(path: &str) -> bool {
    let rest = path.strip_prefix("./").unwrap_or(path);
    if rest.is_empty() {
        // `./`: the action at the repository's root
        return false;
    }
    let mut named_before = false;
    for segment in rest.split('/') {
        match segment {
            "" | "." => return true,
            ".." if named_before => return true,
            ".." => {}
            _ => named_before = true,
        }
    }
    false
}

fn obfuscated(e: &Expr) -> Option<&'static str> {
    let ExprKind::Call {
        function: Some(function),
        args,
        ..
    } = &e.kind
    else {
        return None;
    };
    match function {
        Function::Format
            if !args.is_empty()
                && args
                    .iter()
                    .all(|a| matches!(ungroup(a).kind, ExprKind::Literal(_))) =>
        {
            Some("`format()` of literals only is a constant")
        }
        Function::FromJson
            if args.len() == 1
                && matches!(
                    &ungroup(&args[0]).kind,
                    ExprKind::Call { function: Some(Function::ToJson), args, .. } if args.len() == 1
                ) =>
        {
            Some("`fromJSON(toJSON(…))` returns its argument unchanged")
        }
        _ => None,
    }
}
