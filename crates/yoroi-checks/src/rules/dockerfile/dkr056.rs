//! DKR056 cd-instead-of-workdir: a `RUN` that starts by changing into an absolute directory,
//! which is what `WORKDIR` is for.

use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR056",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        let Some(first) = run.script.commands.first() else {
            continue;
        };
        if first.in_substitution || first.via_shell_c || first.pipeline.is_some() {
            continue;
        }
        if first.name() != Some("cd") || run.script.commands.len() < 2 {
            continue;
        }
        let Some(dir) = first.args().first() else {
            continue;
        };
        if !dir.literal || !dir.text.starts_with('/') {
            continue;
        }
        // A subshell or `pushd`-style return later in the RUN means the directory change is
        // meant to be temporary.
        if run
            .script
            .commands
            .iter()
            .skip(1)
            .any(|c| c.name() == Some("cd"))
        {
            continue;
        }
        let finding = out.report(
            first.span,
            format!(
                "`cd {}` at the start of RUN: use `WORKDIR {}` so later instructions see the same directory",
                dir.text, dir.text
            ),
        );
        if let Some(o) = object(df, run.instruction.stage) {
            finding.object(o);
        }
    }
}
