//! DKR051 copy-from-own-stage: `COPY --from=x` inside stage `x` itself.

use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::{CopySource, Keyword};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR051",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for instruction in &df.instructions {
        if instruction.keyword != Keyword::Copy {
            continue;
        }
        let (Some(flag), Some(current)) = (instruction.flag("from"), instruction.stage) else {
            continue;
        };
        let Some(value) = flag.value.as_deref() else {
            continue;
        };
        if df.copy_source(value) == Some(CopySource::Stage(current)) {
            let finding = out.report(
                flag.span,
                format!("`--from={value}` names the stage this COPY is in; a stage cannot copy from itself"),
            );
            if let Some(o) = object(df, instruction.stage) {
                finding.object(o);
            }
        }
    }
}
