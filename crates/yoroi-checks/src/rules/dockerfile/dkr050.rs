//! DKR050 copy-from-unknown-stage: `COPY --from=x` where `x` is neither an earlier stage nor an
//! image reference.

use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::{CopySource, Keyword};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR050",
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
        let message = match df.copy_source(value) {
            Some(CopySource::Stage(i)) if i > current => format!(
                "`--from={value}` names a stage defined later in the file; a stage can only copy from earlier ones"
            ),
            Some(CopySource::MissingIndex(_)) => format!(
                "`--from={value}`: there is no stage with index {value} (the file has {} stages)",
                df.stages.len()
            ),
            // A bare word that names no stage is most likely a typo of a stage name; it would be
            // pulled from Docker Hub as `{value}:latest`. Image references have a tag, a digest
            // or a registry path.
            Some(CopySource::Image(name))
                if !name.contains([':', '/', '@', '.']) && !name.is_empty() =>
            {
                format!(
                    "`--from={value}` names no stage of this file; it would be pulled as the image `{name}:latest`"
                )
            }
            _ => continue,
        };
        let finding = out.report(flag.span, message);
        if let Some(o) = object(df, instruction.stage) {
            finding.object(o);
        }
    }
}
