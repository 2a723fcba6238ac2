//! DKR010 apt-update-alone: a `RUN` that runs `apt-get update` but installs nothing with APT,
//! leaving a cached layer of package lists that later installs would use stale.

use super::apt::{INSTALLING, apt};
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR010",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        let mut update = None;
        let mut installs = false;
        for command in &run.script.commands {
            let Some(apt) = apt(command) else {
                continue;
            };
            if apt.is("update") {
                let token = apt.token();
                if update.is_none_or(|w: &yoroi_syntax::dockerfile::shell::ShellWord| {
                    token.span.start() < w.span.start()
                }) {
                    update = Some(token);
                }
            } else if apt.is_any(INSTALLING) {
                installs = true;
            }
        }
        let Some(update) = update.filter(|_| !installs) else {
            continue;
        };
        let finding = out.report(
            update.span,
            format!(
                "`{} update` runs without an install in the same RUN, so its cached layer will serve stale package lists",
                update.text
            ),
        );
        if let Some(o) = object(df, run.instruction.stage) {
            finding.object(o);
        }
    }
}
