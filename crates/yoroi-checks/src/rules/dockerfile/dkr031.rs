//! DKR031 apk-add-unpinned: `apk add` of packages without a version constraint.

use super::options::Line;
use super::packages::{APK, and_more, unpinned};
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR031",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(line) = Line::of(command, &["apk"], &APK) else {
                continue;
            };
            if !line.is("add") {
                continue;
            }
            // `pkg=1.2-r0`, `pkg~1.2`, `pkg>1.2`, `pkg<2`.
            let Some((word, count)) = unpinned(line.operands(), |p| p.contains(['=', '~', '<', '>']))
            else {
                continue;
            };
            let finding = out.report(
                word.span,
                format!(
                    "{} is added without a version; pin it as `{}=<version>` or `{}~<major.minor>`",
                    and_more(word, count),
                    word.text,
                    word.text
                ),
            );
            finding.label(line.token().span, "added here");
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}
