//! GHA039 known-compromised-action: a `uses:` ref that yoroi's embedded list knows to have run
//! malicious code (a commit an attacker pushed, or a tag an attacker moved).

use super::pinning::{action_ref, all_uses};
use super::pins::compromise;
use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA039",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for node in all_uses(ctx) {
        let Some(text) = node.as_str() else { continue };
        let Some((action, git_ref)) = action_ref(text) else {
            continue;
        };
        if let Some(known) = compromise(&action, git_ref) {
            out.report(
                node.span,
                format!(
                    "`{text}` is a known-compromised ref ({}): {}",
                    known.advisory, known.note
                ),
            );
        }
    }
}
