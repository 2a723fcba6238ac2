//! DKR018 setuid-setgid-bit: a build step that sets the setuid or setgid bit (`chmod u+s`,
//! `chmod 4755`, `install -m 4755`, `COPY --chmod=4755`).

use super::modes::{bits, chmod_flag, mode_text, mode_use};
use super::stages::{each_instruction, object};
use super::wrappers::effective;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;
use yoroi_syntax::dockerfile::shell::Script;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR018",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    each_instruction(df, |_, instruction, _| {
        if !matches!(instruction.keyword, Keyword::Copy | Keyword::Add) {
            return;
        }
        let Some((span, mode)) = chmod_flag(instruction) else {
            return;
        };
        let Some(b) = bits(mode) else {
            return;
        };
        if b.setuid || b.setgid {
            let finding = out.report(
                span,
                format!(
                    "`--chmod={mode}` sets the {} bit on the copied files",
                    if b.setuid { "setuid" } else { "setgid" }
                ),
            );
            if let Some(o) = object(df, instruction.stage) {
                finding.object(o);
            }
        }
    });
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(m) = mode_use(command) else {
                continue;
            };
            let mode = mode_text(m.mode);
            let Some(b) = bits(mode) else {
                continue;
            };
            // setgid on a directory only makes new files inherit its group.
            let directory = m.creates_directories
                || m
                    .targets
                    .iter()
                    .all(|t| t.text.ends_with('/') || created_dir(run.script, &t.text));
            let what = if b.setuid {
                "setuid"
            } else if b.setgid && !directory {
                "setgid"
            } else {
                continue;
            };
            let finding = out.report(
                m.mode.span,
                format!(
                    "`{} {mode}` sets the {what} bit, so the program runs with its owner's privileges",
                    m.tool
                ),
            );
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}

/// `mkdir … path` somewhere in the same script.
fn created_dir(script: &Script, path: &str) -> bool {
    let path = path.trim_end_matches('/');
    script.commands.iter().any(|c| {
        effective(c).is_some_and(|e| {
            e.program() == "mkdir" && e.args.iter().any(|a| a.text.trim_end_matches('/') == path)
        })
    })
}
