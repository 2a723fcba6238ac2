//! GHA045 undocumented-permissions: each permission a workflow grants beyond reading the code
//! should say why, on its line; the reason is what lets a reviewer tell whether it is still
//! needed, and keeps scopes from being copied along unread.

use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::Node;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA045",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    let blocks = ctx
        .workflow
        .permissions
        .iter()
        .chain(ctx.workflow.jobs.iter().filter_map(|j| j.permissions.as_ref()));
    for (_, node) in blocks {
        check_block(ctx, node, out);
    }
}

fn check_block(ctx: &WorkflowCtx<'_>, block: &Node, out: &mut Emitter<'_>) {
    let text = &ctx.file.text;
    for entry in block.entries() {
        let Some(level) = entry.value.as_str() else {
            continue;
        };
        // reading the code and taking a scope away need no reason
        if level == "none" || (entry.key == "contents" && level == "read") {
            continue;
        }
        if commented(text, entry.key_span.start as usize) {
            continue;
        }
        out.report(
            entry.key_span,
            format!(
                "`{}: {level}` has no comment saying why this workflow needs it",
                entry.key
            ),
        );
    }
}

/// Whether the line at `offset` ends with a comment, or the line above is a comment, that says
/// something (a directive to a tool, `# yoroi:ignore …`, `# zizmor: ignore[…]`, is not a reason).
fn commented(text: &str, offset: usize) -> bool {
    if offset > text.len() || !text.is_char_boundary(offset) {
        return false;
    }
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    if let Some(at) = text[offset..end].find(" #") {
        return is_reason(&text[offset + at + 2..end]);
    }
    let Some(prev_end) = start.checked_sub(1) else {
        return false;
    };
    let prev_start = text[..prev_end].rfind('\n').map_or(0, |i| i + 1);
    text[prev_start..prev_end]
        .trim_start()
        .strip_prefix('#')
        .is_some_and(is_reason)
}

/// Comment text that explains rather than directs a tool.
fn is_reason(comment: &str) -> bool {
    const DIRECTIVES: [&str; 5] = ["yoroi:", "expect:", "zizmor:", "checkov:", "noqa"];
    let comment = comment.trim();
    !comment.is_empty() && !DIRECTIVES.iter().any(|d| comment.starts_with(d))
}
