//! DKR036 zypper-dist-upgrade: `zypper dist-upgrade` in a build.

use super::options::Line;
use super::packages::ZYPPER;
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR036",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(line) = Line::of(command, &["zypper"], &ZYPPER) else {
                continue;
            };
            let Some(sub) = line.subcommand().filter(|w| w.text == "dist-upgrade" || w.text == "dup")
            else {
                continue;
            };
            let finding = out.report(
                sub.span,
                format!(
                    "`zypper {}` can move the image to another distribution release; use `zypper update` or a newer base image",
                    sub.text
                ),
            );
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}
