//! GHA024 long-lived-cloud-credentials: a cloud login action given a stored access key where
//! the provider accepts GitHub's OIDC token, which expires with the job.

use super::{WorkflowCtx, action_name, input};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA024",
    check: Check::Workflow(check),
};

/// (action, input that holds a long-lived credential)
const LOGINS: &[(&str, &str)] = &[
    ("aws-actions/configure-aws-credentials", "aws-secret-access-key"),
    ("azure/login", "creds"),
    ("google-github-actions/auth", "credentials_json"),
    ("pypa/gh-action-pypi-publish", "password"),
];

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for (job, _, step) in ctx.steps() {
        let Some(name) = action_name(step) else { continue };
        for (action, key) in LOGINS {
            if name == *action
                && let Some(value) = input(step, key)
            {
                out.report(
                    value.span,
                    format!("`{key}` passes a long-lived credential to `{action}`; use OIDC (`id-token: write`) instead"),
                )
                .object(format!("job {}", job.id));
            }
        }
    }
}
