//! DKR044 gem-install-unpinned: `gem install name` without a version.

use super::options::Line;
use super::packages::{GEM, and_more, unpinned};
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR044",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(line) = Line::of(command, &["gem"], &GEM) else {
                continue;
            };
            if !line.is_any(&["install", "i"]) || !line.values("version", Some('v')).is_empty() {
                continue;
            }
            // `name:1.2.3`, `name:'>= 1'`.
            let Some((word, count)) = unpinned(line.operands(), |g| g.contains(':')) else {
                continue;
            };
            let finding = out.report(
                word.span,
                format!(
                    "{} is installed without a version; pin it with `-v <version>` or `{}:<version>`",
                    and_more(word, count),
                    word.text
                ),
            );
            finding.label(line.token().span, "installed here");
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}
