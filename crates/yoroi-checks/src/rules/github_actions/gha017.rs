//! GHA017 github-env-injection: an attacker-controlled value written to `GITHUB_ENV` or
//! `GITHUB_PATH`: it can set `LD_PRELOAD`, `BASH_ENV`, `NODE_OPTIONS` or the PATH of every
//! later step.

use super::{WorkflowCtx, path_text};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_ghaexpr::Level;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA017",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for e in &ctx.workflow.expressions {
        let Ok(expr) = &e.expr else { continue };
        if e.key() != "run" {
            continue;
        }
        let Some((_, step)) = ctx.step_of(e) else { continue };
        let Some(run) = &step.run else { continue };
        // The logical line (continuations joined) that holds the expression.
        let text = ctx.file.text.as_str();
        let Some(line) = logical_line(text, e.span.start(), run.node.span) else {
            continue;
        };
        let target = if line.contains("GITHUB_ENV") {
            "GITHUB_ENV"
        } else if line.contains("GITHUB_PATH") {
            "GITHUB_PATH"
        } else {
            continue;
        };
        for t in ctx.taint(e, expr) {
            if t.level != Level::Attacker {
                continue;
            }
            out.report(
                e.file_span(t.span),
                format!(
                    "attacker-controlled `{}` is written to `{target}`, which sets the environment of every later step",
                    path_text(&t.path)
                ),
            );
        }
    }
}

/// The text of the line holding `at`, extended over `\` continuations, inside `within`.
fn logical_line(text: &str, at: usize, within: yoroi_syntax::Span) -> Option<&str> {
    let body = text.get(within.range())?;
    let rel = at.checked_sub(within.start())?;
    let mut start = body[..rel].rfind('\n').map_or(0, |i| i + 1);
    while start > 1 && body[..start - 1].ends_with('\\') {
        start = body[..start - 1].rfind('\n').map_or(0, |i| i + 1);
    }
    let mut end = body[rel..].find('\n').map_or(body.len(), |i| rel + i);
    while body[..end].ends_with('\\') && end < body.len() {
        end = body[end + 1..].find('\n').map_or(body.len(), |i| end + 1 + i);
    }
    body.get(start..end)
}
