//! GHA015 hardcoded-container-credentials: a registry password written into `container:` or
//! `services:` credentials instead of coming from a secret.

use super::{WorkflowCtx, is_expression};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::Node;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA015",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for job in &ctx.workflow.jobs {
        let mut containers: Vec<(String, &Node)> = Vec::new();
        if let Some(c) = &job.container {
            containers.push(("container".to_string(), c));
        }
        if let Some(services) = &job.services {
            for entry in services.entries() {
                containers.push((format!("service {}", entry.key), &entry.value));
            }
        }
        for (what, node) in containers {
            let Some(password) = node.at("credentials.password") else {
                continue;
            };
            if is_expression(password) || password.as_str().is_none_or(str::is_empty) {
                continue;
            }
            out.report(
                password.span,
                format!("the registry password of the {what} is written in the workflow"),
            )
            .redact(password.span)
            .object(format!("job {}", job.id));
        }
    }
}
