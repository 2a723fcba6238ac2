//! GHA029 untrusted-artifact-exec: a `workflow_run` workflow downloads an artifact of the run
//! that triggered it — possibly a fork pull request's — and then runs code from the workspace
//! (`./script.sh`, `make`, `npm`, `bash x.sh`), with the repository's secrets and write token.

use super::{WorkflowCtx, action_name, input};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::workflow::Step;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA029",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    if !ctx.workflow.triggered_by(&["workflow_run"]) {
        return;
    }
    for job in &ctx.workflow.jobs {
        for (i, step) in job.steps.iter().enumerate() {
            if !downloads_triggering_run(step) {
                continue;
            }
            let Some(run) = job.steps[i + 1..].iter().find_map(executes_workspace) else {
                continue;
            };
            let Some(uses) = &step.uses else { continue };
            out.report(
                uses.span,
                "an artifact of the triggering run (which a fork pull request controls) is downloaded into a privileged job that then runs code from the workspace",
            )
            .label(run.node.span, "runs code from the workspace, where the artifact was unpacked")
            .object(format!("job {}", job.id));
        }
    }
}

/// The command of a later step that runs code from the workspace: a path (`./deploy.sh`),
/// a script given to an interpreter, `source`, or a tool that runs what the workspace
/// defines (`make`, `npm`, `yarn`, `pnpm`, `npx`). Reading the artifact as data does not count.
fn executes_workspace(step: &Step) -> Option<&yoroi_syntax::workflow::Run> {
    let run = step.run.as_ref()?;
    let script = run.script.as_ref()?;
    let local = |w: &str| w.starts_with("./") || w.starts_with("../");
    script
        .commands
        .iter()
        .any(|c| {
            let Some(program) = c.program() else {
                return false;
            };
            let name = c.name().unwrap_or("");
            if local(name) || matches!(program, "source" | "." | "make" | "npm" | "npx" | "yarn" | "pnpm") {
                return true;
            }
            matches!(program, "sh" | "bash" | "python" | "python3" | "node" | "perl" | "ruby")
                && c.args()
                    .iter()
                    .find(|a| !a.text.starts_with('-'))
                    .is_some_and(|a| {
                        local(&a.text)
                            || [".sh", ".py", ".js", ".mjs", ".pl", ".rb"]
                                .iter()
                                .any(|ext| a.text.ends_with(ext))
                    })
        })
        .then_some(run)
}

/// A download of the triggering run's artifacts.
fn downloads_triggering_run(step: &Step) -> bool {
    match action_name(step).as_deref() {
        Some("actions/download-artifact") => input(step, "run-id")
            .and_then(|v| v.as_str())
            .is_some_and(|s| s.contains("workflow_run")),
        Some("dawidd6/action-download-artifact") => true,
        _ => false,
    }
}
