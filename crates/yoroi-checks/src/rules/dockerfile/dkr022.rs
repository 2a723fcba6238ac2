//! DKR022 world-writable-permissions: `chmod 777`, `chmod o+w`, `install -m 666`,
//! `COPY --chmod=777`: files anyone in the container can modify.

use super::cache::removes_dir;
use super::modes::{bits, chmod_flag, mode_text, mode_use};
use super::stages::{each_instruction, object};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR022",
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
        // The sticky bit (`1777`, as on /tmp) keeps users from deleting each other's files.
        if bits(mode).is_some_and(|b| b.other_write && !b.sticky) {
            let finding = out.report(
                span,
                format!("`--chmod={mode}` makes the copied files writable by every user"),
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
            if !bits(mode).is_some_and(|b| b.other_write && !b.sticky) {
                continue;
            }
            // A temporary directory deleted again in the same RUN never reaches the layer.
            if !m.targets.is_empty() && m.targets.iter().all(|t| removes_dir(run.script, &t.text)) {
                continue;
            }
            let finding = out.report(
                m.mode.span,
                format!(
                    "`{} {mode}` makes {} writable by every user in the container",
                    m.tool,
                    match m.targets.as_slice() {
                        [one] => format!("`{}`", one.text),
                        _ => "these paths".to_string(),
                    }
                ),
            );
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}
