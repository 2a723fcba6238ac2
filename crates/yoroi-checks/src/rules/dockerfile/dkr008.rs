//! DKR008 sudo-in-run: a `RUN` that runs `sudo` (not one that installs or configures it).

use super::stages::object;
use super::wrappers::{basename, effective};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::shell::ShellWord;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR008",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        let mut tokens: Vec<&ShellWord> = run
            .script
            .commands
            .iter()
            .filter_map(|command| {
                // `sudo …`, and `sudo` behind another wrapper (`env A=1 sudo …`).
                let first = command.argv.first()?;
                if first.literal && basename(&first.text) == "sudo" {
                    return Some(first);
                }
                effective(command)?
                    .wrappers
                    .into_iter()
                    .find(|w| basename(&w.text) == "sudo")
            })
            .collect();
        tokens.sort_by_key(|w| w.span.start());
        tokens.dedup_by_key(|w| w.span.start());
        let Some((first, rest)) = tokens.split_first() else {
            continue;
        };
        let finding = out.report(
            first.span,
            "RUN uses `sudo`; put the privileged steps under `USER root` instead",
        );
        for other in rest {
            finding.label(other.span, "`sudo` again");
        }
        if let Some(o) = object(df, run.instruction.stage) {
            finding.object(o);
        }
    }
}
