//! GLC006 image-without-digest: an image pinned by tag only; the tag can be moved.

use super::GitlabCtx;
use crate::finding::Emitter;
use crate::rules::github_actions::pinning::{Pin, image_pin};
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GLC006",
    check: Check::Gitlab(check),
};

fn check(ctx: &GitlabCtx<'_>, out: &mut Emitter<'_>) {
    for (owner, job, image) in ctx.images() {
        let Some(text) = image.as_str() else { continue };
        if text.contains('$') || text.trim().is_empty() {
            continue;
        }
        if let (Pin::Tag, tag) = image_pin(text) {
            let finding = out.report_in(
                ctx.file_of(image),
                image.span,
                format!("image `{text}` is pinned by the tag `{tag}` only, not by digest"),
            );
            finding.object(owner);
            ctx.name_users(finding, job);
        }
    }
}
