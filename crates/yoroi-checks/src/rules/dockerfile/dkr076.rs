//! DKR076 replace-bin-sh: `ln -sf /bin/bash /bin/sh` (or similar) replaces the shell of every later
//! `RUN` behind the reader's back; `SHELL` says it openly.

use super::stages::object;
use super::wrappers::effective;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR076",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(eff) = effective(command) else {
                continue;
            };
            if eff.program() != "ln" {
                continue;
            }
            let operands: Vec<&str> = eff
                .args
                .iter()
                .map(|w| w.text.as_str())
                .filter(|a| !a.starts_with('-'))
                .collect();
            if operands.len() != 2 || !matches!(operands[1], "/bin/sh" | "/usr/bin/sh") {
                continue;
            }
            let finding = out.report(
                eff.name.span,
                format!(
                    "`ln … {}` swaps the default shell; use `SHELL [\"{}\", \"-c\"]` instead",
                    operands[1], operands[0]
                ),
            );
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}
