//! DKR106 useless-cat: `cat file | cmd`, where `cmd < file` (or `cmd file`) reads the same
//! data without an extra process and pipe.

use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR106",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            if command.program() != Some("cat")
                || !command.assignments.is_empty()
                || command.pipeline.is_none_or(|(_, position)| position != 0)
            {
                continue;
            }
            // Exactly one plain file operand: options (`-n`), stdin (`-`), several files or a
            // glob are real uses of cat.
            let [file] = command.args() else {
                continue;
            };
            if !file.literal || file.text.starts_with('-') || file.text.is_empty() {
                continue;
            }
            let Some(name) = command.argv.first() else {
                continue;
            };
            let finding = out.report(
                name.span,
                format!(
                    "`cat {}` only feeds the pipe: redirect the file into the next command (`< {}`) instead",
                    file.text, file.text
                ),
            );
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}
