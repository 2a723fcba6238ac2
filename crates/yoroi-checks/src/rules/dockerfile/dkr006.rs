//! DKR006 apt-no-install-recommends: `apt-get install`/`apt install` that also pulls in every
//! recommended package.

use super::apt::{apt, disables_recommends_in_config};
use super::stages::{object, walk_chain};
use crate::finding::{Edit, Emitter};
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::Span;
use yoroi_syntax::dockerfile::{Form, Keyword};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR006",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for stage in &df.stages {
        // An apt configuration written earlier in the chain turns recommends off for the rest.
        let mut configured_off = false;
        walk_chain(df, stage, |current, instruction, scope| {
            if !matches!(instruction.keyword, Keyword::Run | Keyword::Copy) {
                return;
            }
            let text = ctx.file.slice(instruction.span);
            let own = current.index == stage.index;
            if own && instruction.keyword == Keyword::Run && !configured_off {
                let shell_ok = instruction.form == Form::Json || scope.posix_shell();
                if let Some(script) = instruction.script.as_ref().filter(|_| shell_ok) {
                    for command in &script.commands {
                        let Some(apt) = apt(command) else {
                            continue;
                        };
                        if !apt.is("install") || apt.recommends_off() || apt.installs_nothing() {
                            continue;
                        }
                        if apt.packages().next().is_none() && !apt.effective.via_xargs() {
                            continue;
                        }
                        // Configuration written earlier in the same RUN.
                        let before = ctx.file.slice(Span::new(
                            instruction.span.start(),
                            command.span.start().max(instruction.span.start()),
                        ));
                        if disables_recommends_in_config(before) {
                            continue;
                        }
                        let token = apt.token();
                        let finding = out.report(
                            token.span,
                            format!(
                                "`{} install` also installs every recommended package; add --no-install-recommends",
                                token.text
                            ),
                        );
                        if let Some(o) = object(df, instruction.stage) {
                            finding.object(o);
                        }
                        if let Some(install) = apt.subcommand() {
                            let raw = ctx.file.slice(install.span);
                            let json_item = instruction.form == Form::Json && !command.via_shell_c;
                            let insertion = match raw {
                                "\"install\"" if json_item => Some(", \"--no-install-recommends\""),
                                "install" | "\"install\"" | "'install'" if !json_item => {
                                    Some(" --no-install-recommends")
                                }
                                _ => None,
                            };
                            if let Some(insertion) = insertion {
                                finding.fix(
                                    "add --no-install-recommends",
                                    vec![Edit {
                                        span: Span::empty(install.span.end()),
                                        replacement: insertion.to_string(),
                                    }],
                                );
                            }
                        }
                    }
                }
            }
            configured_off |= disables_recommends_in_config(text);
        });
    }
}
