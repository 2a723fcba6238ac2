//! GHA018 run-pipe-to-shell: a `run:` script executes a download as it arrives (`curl … | sh`).

use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::rules::dockerfile::pipe_to_shell;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA018",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for (job, _, step) in ctx.steps() {
        let Some(script) = step.run.as_ref().and_then(|r| r.script.as_ref()) else {
            continue;
        };
        for hit in pipe_to_shell(&script.commands) {
            out.report(hit.span, hit.message)
                .label(hit.label.0, hit.label.1)
                .object(format!("job {}", job.id));
        }
    }
}
