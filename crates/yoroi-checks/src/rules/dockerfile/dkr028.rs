//! DKR028 apt-install-unpinned: `apt-get install` of repository packages without `=version`.

use super::apt::apt;
use super::packages::{and_more, unpinned};
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR028",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(apt) = apt(command) else {
                continue;
            };
            if !apt.is("install") || apt.installs_nothing() {
                continue;
            }
            // `pkg=1.2-3` pins a version, `pkg/bookworm-backports` a release.
            let Some((word, count)) = unpinned(apt.packages(), |p| p.contains(['=', '/'])) else {
                continue;
            };
            let finding = out.report(
                word.span,
                format!(
                    "{} is installed without a version; pin it as `{}=<version>`",
                    and_more(word, count),
                    word.text
                ),
            );
            finding.label(apt.token().span, "installed here");
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}
