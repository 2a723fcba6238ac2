//! DKR041 npm-install-unpinned: `npm install name` (or `yarn add`, `pnpm add`) without a version.

use super::options::Line;
use super::packages::{NPM, NPM_INSTALLING, YARN, and_more, unpinned};
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR041",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(line) = Line::of(command, &["npm", "pnpm"], &NPM)
                .or_else(|| Line::of(command, &["yarn"], &YARN))
            else {
                continue;
            };
            let operands: Vec<_> = match line.program() {
                "npm" if line.is_any(NPM_INSTALLING) => line.operands().collect(),
                "pnpm" if line.is_any(&["add", "install", "i"]) => line.operands().collect(),
                // `yarn add x`, `yarn global add x`.
                "yarn" if line.is("add") => line.operands().collect(),
                "yarn" if line.is("global") => line.operands().skip(1).collect(),
                _ => continue,
            };
            let Some((word, count)) = unpinned(operands.into_iter(), |spec| {
                is_pinned(spec) || is_source(spec)
            }) else {
                continue;
            };
            let finding = out.report(
                word.span,
                format!(
                    "{} is installed without a version; pin it as `{}@<version>`",
                    and_more(word, count),
                    package_name(&word.text)
                ),
            );
            finding.label(line.token().span, "installed here");
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}

/// `name@1.2.3`, `@scope/name@^1`: a version or range after the name (not `latest`, `next`
/// or `*`, which move).
fn is_pinned(spec: &str) -> bool {
    let name_end = if let Some(scoped) = spec.strip_prefix('@') {
        scoped.find('@').map(|i| i + 1)
    } else {
        spec.find('@')
    };
    let Some(at) = name_end else {
        return false;
    };
    let version = &spec[at + 1..];
    !version.is_empty() && !matches!(version, "latest" | "next" | "*" | "x")
}

/// A git, GitHub (`user/repo`), alias (`npm:`) or file source rather than a registry name.
fn is_source(spec: &str) -> bool {
    let scoped = spec.starts_with('@');
    spec.contains(':') || (!scoped && spec.contains('/'))
}

fn package_name(spec: &str) -> &str {
    match spec.strip_prefix('@').and_then(|s| s.find('@')) {
        Some(i) => &spec[..=i],
        None if !spec.starts_with('@') => spec.split('@').next().unwrap_or(spec),
        None => spec,
    }
}
