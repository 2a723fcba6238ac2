//! DKR099 cmd-ignored-by-shell-entrypoint: the final image's `ENTRYPOINT` is in shell form, so its
//! `CMD` is never passed to it.

use super::stages::{object, walk_chain};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::{Form, Instruction, Keyword};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR099",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    let Some(last) = df.final_stage() else {
        return;
    };
    let mut entrypoint: Option<&Instruction> = None;
    let mut cmd: Option<&Instruction> = None;
    walk_chain(df, last, |_, instruction, _| match instruction.keyword {
        Keyword::Entrypoint => entrypoint = Some(instruction),
        Keyword::Cmd => cmd = Some(instruction),
        _ => {}
    });
    let (Some(entrypoint), Some(cmd)) = (entrypoint, cmd) else {
        return;
    };
    if entrypoint.form != Form::Shell || entrypoint.args.text.trim().is_empty() {
        return;
    }
    // `CMD []` clears the command on purpose.
    if cmd.form == Form::Json && cmd.json.is_empty() {
        return;
    }
    let finding = out.report(
        cmd.keyword_span,
        "this CMD is ignored: the ENTRYPOINT is in shell form, which runs `/bin/sh -c` with its own text and drops CMD's arguments",
    );
    finding.label(entrypoint.keyword_span, "shell-form ENTRYPOINT");
    if let Some(o) = object(df, cmd.stage) {
        finding.object(o);
    }
}
