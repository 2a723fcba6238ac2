//! DKR086 copy-from-stage-index: `COPY --from=<number>` (or `RUN --mount=from=<number>`) names a
//! stage by its position instead of its name.

use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::{CopySource, Keyword};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR086",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for instruction in &df.instructions {
        let values: Vec<(&str, _)> = match instruction.keyword {
            Keyword::Copy => instruction
                .flag("from")
                .and_then(|f| Some((f.value.as_deref()?, f.span)))
                .into_iter()
                .collect(),
            Keyword::Run => instruction
                .flags
                .iter()
                .filter(|f| f.name.eq_ignore_ascii_case("mount"))
                .filter_map(|f| {
                    let value = f.value.as_deref()?;
                    let from = value
                        .split(',')
                        .find_map(|kv| kv.strip_prefix("from="))?;
                    Some((from, f.span))
                })
                .collect(),
            _ => continue,
        };
        for (value, span) in values {
            if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let Some(CopySource::Stage(index)) = df.copy_source(value) else {
                continue;
            };
            let Some(stage) = df.stages.get(index) else {
                continue;
            };
            let hint = match &stage.name {
                Some(name) => format!("write `--from={}`", name.text),
                None => "name that stage with `AS <name>` and use the name".to_string(),
            };
            let finding = out.report(
                span,
                format!("`from={value}` picks a stage by its position; {hint} so reordering stages cannot change what is copied"),
            );
            finding.label(stage.image.span, format!("stage {index}"));
            if let Some(o) = object(df, instruction.stage) {
                finding.object(o);
            }
        }
    }
}
