//! GHA008 uses-branch-ref: an action, reusable workflow or `docker://` image referenced by a
//! branch (`@main`, `@master`), by no ref at all or by `latest`: whatever is pushed there next
//! runs in this workflow. Where yoroi's tag table knows the action, the (unsafe) fix pins a
//! branch to the newest release's commit.

use super::pinning::{Pin, action_ref, all_uses, pin, pin_edit};
use super::pins::PINS;
use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA008",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for node in all_uses(ctx) {
        let Some(text) = node.as_str() else { continue };
        if text.contains("${{") {
            continue;
        }
        if let (Pin::Branch, r) = pin(text) {
            let to = if text.starts_with("docker://") {
                "an image digest"
            } else {
                "a full commit SHA"
            };
            let finding = out.report(
                node.span,
                format!("`{text}` follows a moving ref ({r}): pin it to {to}"),
            );
            if let Some((action, _)) = action_ref(text)
                && let Some((release, sha)) = PINS.newest_release(&action)
                && let Some(edit) = pin_edit(&ctx.file.text, node, sha, release)
            {
                let short = sha.get(..12).unwrap_or(sha);
                finding.fix(
                    format!("pin to {release} ({short}), the newest release in yoroi's tag table"),
                    vec![edit],
                );
            }
        }
    }
}
