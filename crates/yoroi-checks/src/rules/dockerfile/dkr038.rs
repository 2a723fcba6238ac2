//! DKR038 zypper-install-unpinned: `zypper install` of packages without a version.

use super::options::Line;
use super::packages::{ZYPPER, ZYPPER_INSTALLING, and_more, rpm_pinned, unpinned};
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR038",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(line) = Line::of(command, &["zypper"], &ZYPPER) else {
                continue;
            };
            if !line.is_any(ZYPPER_INSTALLING) {
                continue;
            }
            // `-t pattern`/`pattern:x` installs a pattern, not a package.
            if !line.values("type", Some('t')).is_empty() {
                continue;
            }
            let operands = line.operands().filter(|w| !w.text.contains(':'));
            let Some((word, count)) = unpinned(operands, rpm_pinned) else {
                continue;
            };
            let finding = out.report(
                word.span,
                format!(
                    "{} is installed without a version; pin it as `{}=<version>`",
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
