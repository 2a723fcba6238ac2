//! GHA011 credentials-in-artifact: a job checks out with persisted credentials and uploads the
//! workspace (or its `.git`) as an artifact: anyone who can download the artifact gets the
//! token.

use super::gha010::persists_credentials;
use super::{WorkflowCtx, action_name, input};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA011",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for job in &ctx.workflow.jobs {
        let Some(checkout) = job.steps.iter().position(persists_credentials) else {
            continue;
        };
        for step in &job.steps[checkout + 1..] {
            if action_name(step).as_deref() != Some("actions/upload-artifact") {
                continue;
            }
            let Some(path) = input(step, "path") else { continue };
            let Some(text) = path.as_str() else { continue };
            let whole = text.lines().map(str::trim).any(|l| {
                matches!(l, "." | "./" | "*" | "**" | "${{ github.workspace }}")
                    || l.ends_with(".git")
                    || l.contains("/.git/")
                    || l.starts_with(".git/")
            });
            if whole {
                let finding = out.report(
                    path.span,
                    "the workspace is uploaded as an artifact with the checkout's token in `.git/config`",
                );
                if let Some(uses) = &job.steps[checkout].uses {
                    finding.label(uses.span, "credentials persisted here");
                }
            }
        }
    }
}
