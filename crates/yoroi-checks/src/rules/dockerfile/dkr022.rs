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
        // The sticky bit protects entries of a directory, but `--chmod` also applies the mode to
        // every copied file, where `1777` is plain world-writable.
        if bits(mode).is_some_and(|b| b.other_write) {
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
            // The sticky bit (`1777`, as on /tmp) keeps users from deleting each other's files in
            // a directory: fine for `mkdir -m`, `install -d` and a plain `chmod` of a directory.
            // A recursive `chmod -R 1777` or `install -m 1777 file` makes files world-writable.
            let recursive = m.tool == "chmod"
                && command.args().iter().any(|a| {
                    a.text == "--recursive"
                        || (a.text.starts_with('-')
                            && !a.text.starts_with("--")
                            && a.text[1..].chars().all(|c| c.is_ascii_alphabetic())
                            && a.text.contains('R'))
                });
            // `mkdir -p /go/src /go/bin && chmod -R 1777 /go` (the official golang image): a
            // tree the same RUN just created holds directories only.
            let fresh_tree = || {
                let made: Vec<&str> = run
                    .script
                    .commands
                    .iter()
                    .filter(|c| c.program() == Some("mkdir"))
                    .flat_map(|c| c.args().iter())
                    .filter(|a| !a.text.starts_with('-'))
                    .map(|a| a.text.trim_end_matches('/'))
                    .collect();
                !m.targets.is_empty()
                    && m.targets.iter().all(|t| {
                        let t = t.text.trim_end_matches('/');
                        made.iter()
                            .any(|d| *d == t || d.strip_prefix(t).is_some_and(|r| r.starts_with('/')))
                    })
            };
            let sticky_ok = match m.tool {
                "chmod" => !recursive || fresh_tree(),
                _ => m.creates_directories,
            };
            if !bits(mode).is_some_and(|b| b.other_write && !(b.sticky && sticky_ok)) {
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
