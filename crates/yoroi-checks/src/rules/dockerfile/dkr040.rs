//! DKR040 pip-install-unpinned: `pip install name` without an exact version.

use super::packages::{and_more, pip, unpinned};
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR040",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(line) = pip(command) else {
                continue;
            };
            if !line.is("install") {
                continue;
            }
            // A constraints file or hash checking pins every requirement.
            if !line.values("constraint", Some('c')).is_empty() || line.has_long("require-hashes")
            {
                continue;
            }
            let Some((word, count)) = unpinned(line.operands(), is_pinned) else {
                continue;
            };
            let finding = out.report(
                word.span,
                format!(
                    "{} is installed without an exact version; pin it as `{}==<version>`",
                    and_more(word, count),
                    requirement_name(&word.text)
                ),
            );
            finding.label(line.token().span, "installed here");
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}

/// `==` and `===` pin; `~=` and a range with an upper bound (`<`) keep to one release line; a
/// direct reference (`name @ url`) names one artifact.
fn is_pinned(requirement: &str) -> bool {
    requirement.contains("==")
        || requirement.contains("~=")
        || requirement.contains('<')
        || requirement.contains('@')
}

/// The distribution name of a requirement (`Django>=4` → `Django`).
fn requirement_name(requirement: &str) -> &str {
    let end = requirement
        .find(['=', '<', '>', '~', '!', '[', ';', ' '])
        .unwrap_or(requirement.len());
    &requirement[..end]
}
