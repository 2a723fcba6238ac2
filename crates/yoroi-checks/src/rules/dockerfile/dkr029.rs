//! DKR029 apt-missing-yes: an `apt-get` command that would stop at "Do you want to continue?".

use super::apt::{PROMPTING, apt, assumes_yes_in_config};
use super::options::insert_after;
use super::stages::{object, walk_chain};
use crate::finding::{Edit, Emitter};
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::Span;
use yoroi_syntax::dockerfile::{Form, Keyword};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR029",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for stage in &df.stages {
        // An apt configuration written earlier in the chain answers yes for the rest.
        let mut configured = false;
        walk_chain(df, stage, |current, instruction, scope| {
            if !matches!(instruction.keyword, Keyword::Run | Keyword::Copy) {
                return;
            }
            let own = current.index == stage.index;
            let shell_ok = instruction.form == Form::Json || scope.posix_shell();
            if own && instruction.keyword == Keyword::Run && !configured && shell_ok {
                for command in instruction.script.iter().flat_map(|s| &s.commands) {
                    let Some(apt) = apt(command) else {
                        continue;
                    };
                    // `yes | apt-get …` answers on stdin.
                    let fed = command.pipeline.is_some_and(|(_, position)| position > 0);
                    if fed
                        || !apt.is_any(PROMPTING)
                        || apt.assumes_yes()
                        || apt.installs_nothing()
                    {
                        continue;
                    }
                    let before = ctx.file.slice(Span::new(
                        instruction.span.start(),
                        command.span.start().max(instruction.span.start()),
                    ));
                    if assumes_yes_in_config(before) {
                        continue;
                    }
                    let Some(sub) = apt.subcommand() else {
                        continue;
                    };
                    let token = apt.token();
                    let finding = out.report(
                        token.span,
                        format!(
                            "`{} {}` without `-y` waits for a confirmation that never comes in a build",
                            token.text, sub.text
                        ),
                    );
                    if let Some(o) = object(df, instruction.stage) {
                        finding.object(o);
                    }
                    if let Some((span, replacement)) =
                        insert_after(ctx.file, instruction, command, sub, "-y")
                    {
                        finding.fix("add -y", vec![Edit { span, replacement }]);
                    }
                }
            }
            configured |= assumes_yes_in_config(ctx.file.slice(instruction.span));
        });
    }
}
