//! GHA047 self-repository: `uses: ./path` loads whatever is at that path in the runner's
//! workspace when the step runs, which an earlier step may have replaced; `uses: $/path` reads
//! the action from the workflow's own commit and counts as pinned for GitHub's pinning policy.

use super::WorkflowCtx;
use super::pinning::all_uses;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA047",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for node in all_uses(ctx) {
        let Some(text) = node.as_str() else { continue };
        // `./../x` reads a checkout beside the workspace, which `$/` cannot name
        if let Some(rest) = text.strip_prefix("./")
            && !rest.starts_with("../")
        {
            out.report(
                node.span,
                format!(
                    "`{text}` is read from the workspace at run time; `$/{rest}` reads it from this commit"
                ),
            );
        }
    }
}
