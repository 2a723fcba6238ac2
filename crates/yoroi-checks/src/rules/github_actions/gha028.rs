//! GHA028 github-app-token-unscoped: `actions/create-github-app-token` without `permission-*`
//! inputs mints a token with every permission of the app's installation.

use super::{WorkflowCtx, action_name};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA028",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for (job, _, step) in ctx.steps() {
        if action_name(step).as_deref() != Some("actions/create-github-app-token") {
            continue;
        }
        let scoped = step
            .with
            .as_ref()
            .is_some_and(|w| w.entries().any(|e| e.key.starts_with("permission-")));
        if scoped {
            continue;
        }
        if let Some(uses) = &step.uses {
            out.report(
                uses.span,
                "the app token gets every permission of the installation: add `permission-*` inputs",
            )
            .object(format!("job {}", job.id));
        }
    }
}
