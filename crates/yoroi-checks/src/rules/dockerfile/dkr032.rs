//! DKR032 yum-missing-yes: `yum` commands that would wait for a confirmation. DKR077 runs the same
//! check for `dnf`/`dnf5`/`tdnf`.

use super::options::{Line, insert_after};
use super::packages::{RPM, RPM_CHANGING, YUM};
use super::stages::object;
use crate::finding::{Edit, Emitter};
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR032",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    report_missing_yes(ctx, out, YUM);
}

/// Reports changing subcommands of `programs` without `-y`. microdnf assumes yes by default,
/// so no rule passes it.
pub(super) fn report_missing_yes(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>, programs: &[&str]) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(line) = Line::of(command, programs, &RPM) else {
                continue;
            };
            let fed = command.pipeline.is_some_and(|(_, position)| position > 0);
            if fed || !line.is_any(RPM_CHANGING) {
                continue;
            }
            let yes = line.has_short('y', &RPM)
                || line.has_long("assumeyes")
                || line.has_long("assume-yes")
                || line
                    .values("setopt", None)
                    .iter()
                    .any(|v| v.eq_ignore_ascii_case("assumeyes=1") || v.eq_ignore_ascii_case("assumeyes=true"));
            if yes || line.has_long("assumeno") {
                continue;
            }
            let Some(sub) = line.subcommand() else {
                continue;
            };
            let token = line.token();
            let finding = out.report(
                token.span,
                format!(
                    "`{} {}` without `-y` waits for a confirmation that never comes in a build",
                    token.text, sub.text
                ),
            );
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
            if let Some((span, replacement)) =
                insert_after(ctx.file, run.instruction, command, sub, "-y")
            {
                finding.fix("add -y", vec![Edit { span, replacement }]);
            }
        }
    }
}
