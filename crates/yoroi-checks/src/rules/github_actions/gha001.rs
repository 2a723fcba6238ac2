//! GHA001 template-injection: an attacker-controlled value (an issue title, a pull request's
//! branch name, a comment) expanded by `${{ }}` into a script that runs it.

use super::{WorkflowCtx, path_text, sink};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_ghaexpr::Level;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA001",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    report(ctx, out, |l| l == Level::Attacker);
}

/// Reports every value of a level `wanted` accepts that an expression expands into a sink.
pub(crate) fn report(
    ctx: &WorkflowCtx<'_>,
    out: &mut Emitter<'_>,
    wanted: impl Fn(Level) -> bool,
) {
    for e in &ctx.workflow.expressions {
        let Ok(expr) = &e.expr else { continue };
        let Some(what) = sink(ctx, e) else { continue };
        for t in ctx.taint(e, expr) {
            if !wanted(t.level) {
                continue;
            }
            let who = match t.level {
                Level::Attacker => "attacker-controlled",
                Level::WriterOnly => "writer-controlled",
                Level::Unknown => "possibly untrusted",
            };
            let finding = out.report(
                e.file_span(t.span),
                format!(
                    "{who} `{}` is expanded into {what}, where it runs as code",
                    path_text(&t.path)
                ),
            );
            finding.label(e.span, "pass it through `env:` and quote the variable instead");
            if let Some(job) = e.job_id() {
                finding.object(format!("job {job}"));
            }
        }
    }
}
