//! DKR011 missing-healthcheck: no stage of the final image's chain declares a `HEALTHCHECK`
//! (`HEALTHCHECK NONE` counts as a declaration).

use super::stages::{chain, object, root_image};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR011",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    let Some(last) = df.final_stage() else {
        return;
    };
    let root = root_image(df, last);
    // An unknown base might be scratch; scratch images have nothing to run a check with.
    if root.effective().is_none_or(|r| r.trim().is_empty()) || root.is_scratch() {
        return;
    }
    let declared = chain(df, last).iter().any(|stage| {
        df.stage_instructions(stage)
            .iter()
            .any(|i| i.keyword == Keyword::Healthcheck)
    });
    if declared {
        return;
    }
    let message = match &last.name {
        Some(name) => format!("the final stage `{}` has no HEALTHCHECK", name.text),
        None => "the final stage has no HEALTHCHECK".to_string(),
    };
    let finding = out.report(last.image.span, message);
    if let Some(o) = object(df, Some(last.index)) {
        finding.object(o);
    }
}
