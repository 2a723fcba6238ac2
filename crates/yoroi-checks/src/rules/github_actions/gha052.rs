//! GHA052 forbidden-uses: a `uses:` naming a repository action that the project's
//! `[github-actions] allowed-uses` does not list, or that its `denied-uses` lists. Silent while
//! neither list is set.

use super::pinning::all_uses;
use super::{Uses, WorkflowCtx, parse_uses};
use crate::finding::Emitter;
use crate::options::uses_forbidden;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA052",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    let allow_list = !ctx.options.allowed_uses.is_empty();
    for node in all_uses(ctx) {
        let Some(text) = node.as_str() else { continue };
        // a reference chosen at run time is unknown
        if text.contains("${{") {
            continue;
        }
        let Uses::Repo { .. } = parse_uses(text) else {
            continue;
        };
        let action = text.split('@').next().unwrap_or(text).trim();
        if uses_forbidden(ctx.options, action) != Some(true) {
            continue;
        }
        let why = if allow_list {
            "is not in `[github-actions] allowed-uses`"
        } else {
            "matches `[github-actions] denied-uses`"
        };
        out.report(
            node.span,
            format!("`{action}` {why}; the project's policy forbids it"),
        );
    }
}
