//! GHA060 deploy-on-untrusted-trigger: a job of a workflow run by `pull_request_target`,
//! `workflow_run` or `issue_comment` changes deployed infrastructure.

use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::rules::gitlab_ci::deploy_command;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA060",
    check: Check::Workflow(check),
};

const UNTRUSTED: &[&str] = &["pull_request_target", "workflow_run", "issue_comment"];

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    let w = ctx.workflow;
    let Some((event, at)) = w
        .triggers
        .iter()
        .find(|(t, _)| UNTRUSTED.contains(&t.as_str()))
    else {
        return;
    };
    for (job, _, step) in ctx.steps() {
        let Some(script) = step.run.as_ref().and_then(|r| r.script.as_ref()) else {
            continue;
        };
        for command in &script.commands {
            if let Some(what) = deploy_command(command) {
                out.report(
                    command.span,
                    format!("`{what}` runs in a workflow triggered by `{event}`, which outsiders can start: a deployment should not follow from their event"),
                )
                .label(*at, "untrusted trigger")
                .object(format!("job {}", job.id));
            }
        }
    }
}
