//! DKR061 pipe-without-pipefail: a `RUN` with a pipeline while the shell does not run with
//! `pipefail`, so a failing first command (a download) is hidden by the last one.

use super::stages::{each_instruction, object};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::shell::Command;
use yoroi_syntax::dockerfile::{Form, Keyword};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR061",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    each_instruction(df, |_, instruction, scope| {
        if instruction.keyword != Keyword::Run {
            return;
        }
        if instruction.form == Form::Shell && !scope.posix_shell() {
            return;
        }
        let Some(script) = &instruction.script else {
            return;
        };
        // The stage's `SHELL` runs shell-form bodies; an exec form runs its argv directly.
        let stage_pipefail = instruction.form == Form::Shell
            && scope
                .shell_argv()
                .is_some_and(|argv| sets_pipefail(argv.iter().map(String::as_str)));
        for (index, source) in script.sources.iter().enumerate() {
            // `sh -c '…'` is a new process: the outer `set -o pipefail` does not reach it, only
            // its own options (`bash -o pipefail -c`) or a `set` inside the body do.
            let launched = sets_pipefail(source.launcher.iter().map(String::as_str));
            let mut pipefail = launched || (source.parent.is_none() && stage_pipefail);
            let mut commands: Vec<&Command> =
                script.commands.iter().filter(|c| c.source == index).collect();
            // Source order; substitutions `$(a | b)` inherit the options set before them.
            commands.sort_by_key(|c| c.span.start());
            for command in commands {
                if !command.in_substitution
                    && command.name() == Some("set")
                    && sets_pipefail(command.args().iter().map(|w| w.text.as_str()))
                {
                    pipefail = true;
                }
                if pipefail {
                    continue;
                }
                // `echo "$sum *file" | sha256sum -c -`: a producer that cannot fail has nothing
                // for pipefail to catch.
                let cannot_fail = matches!(command.program(), Some("echo" | "printf" | "true"));
                if command.pipeline.is_some_and(|(_, position)| position == 0) && !cannot_fail {
                    let finding = out.report(
                        command.span,
                        "pipeline without `pipefail`: only the last command's failure fails the build",
                    );
                    if let Some(o) = object(df, instruction.stage) {
                        finding.object(o);
                    }
                    return;
                }
            }
        }
    });
}

/// `-o pipefail`, `-eo pipefail`, `-euxo pipefail`, `-opipefail`.
fn sets_pipefail<'a>(args: impl Iterator<Item = &'a str>) -> bool {
    let args: Vec<&str> = args.collect();
    args.iter().enumerate().any(|(i, a)| {
        *a == "-opipefail"
            || (a.starts_with('-')
                && !a.starts_with("--")
                && a.ends_with('o')
                && args.get(i + 1) == Some(&"pipefail"))
    })
}
