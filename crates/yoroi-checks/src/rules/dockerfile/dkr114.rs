//! DKR114 registry-not-allowed: a `FROM` (or `COPY --from=`) image comes from a registry outside
//! `[images] allowed-registries` of `.yoroi.toml`. Silent without that setting; stage names,
//! `scratch` and references holding unknown variables are never reported.

use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::{CopySource, Keyword};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR114",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let options = ctx.options;
    if options.allowed_registries.is_empty() {
        return;
    }
    let df = ctx.dockerfile;
    let allowed = options.allowed_registries.join(", ");
    for stage in &df.stages {
        if stage.parent_stage.is_some() || stage.image.is_scratch() {
            continue;
        }
        let Some(reference) = stage.image.effective() else {
            continue;
        };
        if options.registry_allowed(reference) != Some(false) {
            continue;
        }
        let finding = out.report(
            stage.image.span,
            format!("base image `{reference}` is not from an allowed registry ({allowed})"),
        );
        if let Some(o) = object(df, Some(stage.index)) {
            finding.object(o);
        }
    }
    for instruction in &df.instructions {
        if !matches!(instruction.keyword, Keyword::Copy | Keyword::Add) {
            continue;
        }
        let Some(flag) = instruction.flag("from") else {
            continue;
        };
        let Some(value) = flag.value.as_deref() else {
            continue;
        };
        let Some(CopySource::Image(reference)) = df.copy_source(value) else {
            continue;
        };
        if reference.eq_ignore_ascii_case("scratch")
            || options.registry_allowed(&reference) != Some(false)
        {
            continue;
        }
        let finding = out.report(
            flag.span,
            format!("`COPY --from` image `{reference}` is not from an allowed registry ({allowed})"),
        );
        if let Some(o) = object(df, instruction.stage) {
            finding.object(o);
        }
    }
}
