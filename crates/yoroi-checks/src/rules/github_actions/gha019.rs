//! GHA019 self-hosted-runner-on-pull-request: a job of a workflow that pull requests trigger
//! runs on a self-hosted runner, so a fork's code runs on a machine that outlives the job.

use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::{Node, Value};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA019",
    check: Check::Workflow(check),
};

const PR_EVENTS: &[&str] = &[
    "pull_request",
    "pull_request_target",
    "pull_request_review",
    "pull_request_review_comment",
];

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    if !ctx.workflow.triggered_by(PR_EVENTS) {
        return;
    }
    for job in &ctx.workflow.jobs {
        let Some(runs_on) = &job.runs_on else { continue };
        if let Some(label) = self_hosted(runs_on) {
            out.report(
                label.span,
                "a self-hosted runner runs this job on pull requests, which may come from forks",
            )
            .object(format!("job {}", job.id));
        }
    }
}

fn self_hosted(node: &Node) -> Option<&Node> {
    match &node.value {
        Value::Str(s) if s.eq_ignore_ascii_case("self-hosted") => Some(node),
        Value::Seq(items) => items.iter().find_map(self_hosted),
        Value::Map(_) => node.get("labels").and_then(self_hosted),
        _ => None,
    }
}
