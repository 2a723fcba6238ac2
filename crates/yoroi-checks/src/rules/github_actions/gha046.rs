//! GHA046 secrets-outside-env: a job that reads repository or organisation secrets without an
//! `environment:` gets them on every run its triggers allow; environment secrets are released
//! only to jobs that pass the environment's protection rules (reviewers, branches).

use super::{WorkflowCtx, references};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA046",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    if ctx.workflow.is_action {
        return;
    }
    for r in references(ctx) {
        let Some(job) = r.job else { continue };
        // a reusable-workflow call cannot name an environment
        if job.uses.is_some() || job.node.get("environment").is_some() {
            continue;
        }
        let keys = r.keys_lower();
        if keys.first().map(String::as_str) != Some("secrets") {
            continue;
        }
        let Some(name) = keys.get(1) else { continue };
        if name == "github_token" {
            continue;
        }
        out.report(
            r.span,
            format!(
                "job `{}` reads `secrets.{}` without an `environment:`; the secret is not behind protection rules",
                job.id,
                name.to_ascii_uppercase()
            ),
        )
        .object(format!("job {}", job.id));
    }
}
