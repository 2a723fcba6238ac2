//! DKR034 yum-install-unpinned: `yum` installs without a package version. DKR079 (dnf) and DKR081
//! (microdnf) run the same check.

use super::options::Line;
use super::packages::{RPM, RPM_INSTALLING, YUM, and_more, rpm_pinned, unpinned};
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR034",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    report_unpinned(ctx, out, YUM);
}

/// Reports installs by `programs` whose operands have no version.
pub(super) fn report_unpinned(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>, programs: &[&str]) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(line) = Line::of(command, programs, &RPM) else {
                continue;
            };
            if !line.is_any(RPM_INSTALLING) {
                continue;
            }
            // `@group` and `@module:stream` are not single packages.
            let operands = line.operands().filter(|w| !w.text.starts_with('@'));
            let Some((word, count)) = unpinned(operands, rpm_pinned) else {
                continue;
            };
            let finding = out.report(
                word.span,
                format!(
                    "{} is installed without a version; pin it as `{}-<version>`",
                    and_more(word, count),
                    word.text
                ),
            );
            finding.label(line.token().span, "installed here");
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}
