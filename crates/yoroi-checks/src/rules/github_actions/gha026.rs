//! GHA026 secret-in-run: a secret expanded by `${{ }}` into the text of a `run:` script, instead
//! of being passed as an environment variable.

use super::{WorkflowCtx, sink};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_ghaexpr::{Segment, reads};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA026",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for e in &ctx.workflow.expressions {
        let Ok(expr) = &e.expr else { continue };
        if sink(ctx, e).is_none() || e.key() != "run" {
            continue;
        }
        for (path, span) in reads(expr) {
            let is_secret = matches!(path.segments.first(), Some(Segment::Key(k)) if k.eq_ignore_ascii_case("secrets"));
            let name = match path.segments.get(1) {
                Some(Segment::Key(k)) => k.as_str(),
                _ => continue,
            };
            // The job's own token is short-lived and scoped; it is not a stored secret.
            if !is_secret || name.eq_ignore_ascii_case("GITHUB_TOKEN") {
                continue;
            }
            out.report(
                e.file_span(span),
                format!("`secrets.{name}` is written into the script's text; pass it through `env:`"),
            );
        }
    }
}
