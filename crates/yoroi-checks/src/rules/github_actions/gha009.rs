//! GHA009 uses-not-pinned-to-sha: a third-party action or `docker://` image pinned to a tag,
//! which its owner (or whoever takes over the account) can move.

use super::WorkflowCtx;
use super::pinning::{Pin, all_uses, first_party, pin};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA009",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for node in all_uses(ctx) {
        let Some(text) = node.as_str() else { continue };
        if text.contains("${{") || first_party(text) {
            continue;
        }
        if let (Pin::Tag, r) = pin(text) {
            out.report(
                node.span,
                format!("`{text}` is pinned to the tag `{r}`, not to a full commit SHA"),
            );
        }
    }
}
