//! DKR068 onbuild-forbidden-trigger: `ONBUILD FROM`, `ONBUILD ONBUILD`, `ONBUILD MAINTAINER`,
//! which Docker refuses when the trigger fires in a downstream build.

use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR068",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for instruction in &df.instructions {
        let Some(trigger) = &instruction.trigger else {
            continue;
        };
        if !matches!(
            trigger.keyword,
            Keyword::From | Keyword::Onbuild | Keyword::Maintainer
        ) {
            continue;
        }
        let name = ctx.file.slice(trigger.keyword_span);
        let finding = out.report(
            trigger.keyword_span,
            format!("`ONBUILD {name}` is not allowed: builds that use this image will fail"),
        );
        if let Some(o) = object(df, instruction.stage) {
            finding.object(o);
        }
    }
}
