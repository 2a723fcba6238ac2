//! DKR035 zypper-non-interactive-missing: `zypper` commands that would wait for an answer.

use super::options::{Line, insert_after};
use super::packages::{ZYPPER, ZYPPER_CHANGING};
use super::stages::object;
use crate::finding::{Edit, Emitter};
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR035",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(line) = Line::of(command, &["zypper"], &ZYPPER) else {
                continue;
            };
            let fed = command.pipeline.is_some_and(|(_, position)| position > 0);
            if fed || !line.is_any(ZYPPER_CHANGING) {
                continue;
            }
            // Global `-n`/`--non-interactive` (before the subcommand: after it, `-n` is
            // `--name`), or the command's own `-y`/`--no-confirm`.
            let global = line.global_options().any(|w| {
                w.text == "--non-interactive"
                    || w.text.strip_prefix('-').is_some_and(|c| {
                        !c.starts_with('-')
                            && c.chars()
                                .take_while(|l| !ZYPPER.short_value.contains(*l))
                                .any(|l| l == 'n')
                    })
            });
            let own = line.options().any(|w| {
                w.text == "--no-confirm"
                    || w.text.strip_prefix('-').is_some_and(|c| {
                        !c.starts_with('-') && c.contains('y')
                    })
            });
            if global || own {
                continue;
            }
            let token = line.token();
            let sub = line.subcommand().map(|w| w.text.as_str()).unwrap_or_default();
            let finding = out.report(
                token.span,
                format!(
                    "`{} {sub}` without `--non-interactive` waits for an answer that never comes in a build",
                    token.text
                ),
            );
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
            if let Some((span, replacement)) =
                insert_after(ctx.file, run.instruction, command, token, "--non-interactive")
            {
                finding.fix("add --non-interactive", vec![Edit { span, replacement }]);
            }
        }
    }
}
