//! GLC005 unpinned-image: an `image:` or `services:` entry with no tag or `latest`.

use super::GitlabCtx;
use crate::finding::Emitter;
use crate::rules::github_actions::pinning::{Pin, image_pin};
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GLC005",
    check: Check::Gitlab(check),
};

fn check(ctx: &GitlabCtx<'_>, out: &mut Emitter<'_>) {
    for (owner, job, image) in ctx.images() {
        let Some(text) = image.as_str() else { continue };
        if text.contains('$') || text.trim().is_empty() {
            continue;
        }
        if let (Pin::Branch, r) = image_pin(text) {
            let finding = out.report_in(
                ctx.file_of(image),
                image.span,
                format!("image `{text}` is not pinned ({r})"),
            );
            finding.object(owner);
            ctx.name_users(finding, job);
        }
    }
}
