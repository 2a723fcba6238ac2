//! DKR083 apt-dist-upgrade: `apt-get dist-upgrade` / `full-upgrade` in a build.

use super::apt::apt;
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR083",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(a) = apt(command) else {
                continue;
            };
            let Some(sub) = a
                .subcommand()
                .filter(|w| w.text == "dist-upgrade" || w.text == "full-upgrade")
            else {
                continue;
            };
            let finding = out.report(
                sub.span,
                format!(
                    "`{} {}` may remove or replace packages of the base image; use `upgrade` or a newer base image",
                    a.token().text,
                    sub.text
                ),
            );
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}
