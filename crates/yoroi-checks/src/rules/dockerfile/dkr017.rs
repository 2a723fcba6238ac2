//! DKR017 base-image-not-pinned-by-digest: a `FROM` image with a version tag but no digest.
//! Untagged and `latest` references are DKR002's.

use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::image_parts;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR017",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for stage in &df.stages {
        let image = &stage.image;
        let Some(reference) = image.effective().map(str::trim) else {
            continue;
        };
        if reference.is_empty() || image.is_scratch() || stage.parent_stage.is_some() {
            continue;
        }
        let names_stage = df.stages[..stage.index].iter().any(|s| {
            s.name
                .as_ref()
                .is_some_and(|n| n.text.eq_ignore_ascii_case(reference))
        });
        if names_stage {
            continue;
        }
        let parts = image_parts(reference);
        if parts.digest.is_some() || parts.tag.is_none_or(|t| t == "latest") {
            continue;
        }
        let finding = out.report(
            image.span,
            format!(
                "base image `{reference}` is pinned by tag only; the tag can be moved to different content, add `@sha256:<digest>`"
            ),
        );
        if let Some(o) = object(df, Some(stage.index)) {
            finding.object(o);
        }
    }
}
