//! DKR082 wget-and-curl: the final image's `RUN`s use both `curl` and `wget`, two tools for one
//! job.

use super::stages::{final_chain, object};
use super::wrappers::effective;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::shell::ShellWord;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR082",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    let shipped = final_chain(df);
    // The first use of each tool: (name word, stage of the RUN).
    let mut curl: Option<(&ShellWord, Option<usize>)> = None;
    let mut wget: Option<(&ShellWord, Option<usize>)> = None;
    for run in ctx.runs() {
        if !shipped.contains(&run.stage.index) {
            continue;
        }
        for command in &run.script.commands {
            let Some(e) = effective(command) else {
                continue;
            };
            let slot = match e.program() {
                "curl" => &mut curl,
                "wget" => &mut wget,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some((e.name, run.instruction.stage));
            }
        }
    }
    let (Some(c), Some(w)) = (curl, wget) else {
        return;
    };
    // Report the tool that came second, where the image starts needing both.
    let (second, first) = if c.0.span.start() > w.0.span.start() {
        (c, w)
    } else {
        (w, c)
    };
    let finding = out.report(
        second.0.span,
        format!(
            "`{}` is used here although the image already downloads with `{}`; use one of them",
            second.0.text, first.0.text
        ),
    );
    finding.label(first.0.span, format!("`{}` is used here", first.0.text));
    if let Some(o) = object(df, second.1) {
        finding.object(o);
    }
}
