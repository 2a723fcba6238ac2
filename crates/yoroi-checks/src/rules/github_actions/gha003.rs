//! GHA003 untrusted-checkout-exec: a `pull_request_target` or `workflow_run` workflow checks
//! out the pull request's code and then runs something from the workspace, with the base
//! repository's secrets and write token.

use super::{PRIVILEGED_PR_EVENTS, WorkflowCtx, action_name, input};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::workflow::Step;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA003",
    check: Check::Workflow(check),
};

/// Expressions and refs naming the pull request's head.
const HEAD_REFS: &[&str] = &[
    "github.event.pull_request.head.sha",
    "github.event.pull_request.head.ref",
    "github.event.pull_request.head.repo.full_name",
    "github.head_ref",
    "github.event.workflow_run.head_sha",
    "github.event.workflow_run.head_branch",
    "github.event.workflow_run.head_repository.full_name",
    "refs/pull/",
];

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    if !ctx.workflow.triggered_by(PRIVILEGED_PR_EVENTS) {
        return;
    }
    for job in &ctx.workflow.jobs {
        for (i, step) in job.steps.iter().enumerate() {
            let Some(head) = checks_out_head(step) else {
                continue;
            };
            let Some(exec) = job.steps[i + 1..].iter().find(|s| executes(s)) else {
                continue;
            };
            let finding = out.report(
                head,
                "the pull request's code is checked out in a privileged workflow and then executed",
            );
            if let Some(at) = exec.run.as_ref().map(|r| r.node.span).or(exec.uses.as_ref().map(|u| u.span)) {
                finding.label(at, "runs code from the checked-out tree");
            }
            finding.object(format!("job {}", job.id));
        }
    }
}

/// The span of `ref:` / `repository:` when a checkout fetches the pull request's head.
fn checks_out_head(step: &Step) -> Option<yoroi_syntax::Span> {
    if action_name(step).as_deref() != Some("actions/checkout") {
        return None;
    }
    ["ref", "repository"].into_iter().find_map(|key| {
        let node = input(step, key)?;
        let text = node.as_str()?.to_ascii_lowercase().replace(' ', "");
        HEAD_REFS
            .iter()
            .any(|r| text.contains(r))
            .then_some(node.span)
    })
}

/// A step that runs code from the workspace: a script, or a local action.
fn executes(step: &Step) -> bool {
    step.run.is_some()
        || step
            .uses
            .as_ref()
            .and_then(|u| u.as_str())
            .is_some_and(|u| u.starts_with("./"))
}
