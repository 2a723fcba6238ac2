//! DKR115 required-label-missing: the final stage, with the stages it is built `FROM`, sets none
//! of some labels listed in `[dockerfile.labels] required` of `.yoroi.toml`. Silent without that
//! setting. Labels of the base image are not known and do not count: they describe the base.

use super::labels::labels;
use super::stages::{chain, object};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR115",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let required = &ctx.options.required_labels;
    if required.is_empty() {
        return;
    }
    let df = ctx.dockerfile;
    let Some(last) = df.final_stage() else {
        return;
    };
    let stages: Vec<usize> = chain(df, last).iter().map(|s| s.index).collect();
    let set = labels(df);
    let missing: Vec<&str> = required
        .iter()
        .filter(|name| {
            !set.iter().any(|l| {
                l.instruction.stage.is_some_and(|s| stages.contains(&s))
                    && l.key.eq_ignore_ascii_case(name)
            })
        })
        .map(String::as_str)
        .collect();
    if missing.is_empty() {
        return;
    }
    let list = missing
        .iter()
        .map(|m| format!("`{m}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let noun = if missing.len() == 1 { "label" } else { "labels" };
    let finding = out.report(
        last.image.span,
        format!("the image does not set the required {noun} {list}"),
    );
    if let Some(o) = object(df, Some(last.index)) {
        finding.object(o);
    }
}
