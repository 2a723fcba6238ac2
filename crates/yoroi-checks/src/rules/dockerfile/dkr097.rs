//! DKR097 user-name-without-passwd: a user *name* in `USER` or `--chown` of a stage built from
//! `scratch` that never receives an `/etc/passwd`, so the name cannot be resolved.

use super::add::sources;
use super::stages::{chain, object, walk_chain};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::{Instruction, Keyword};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR097",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for stage in &df.stages {
        let stages = chain(df, stage);
        if !stages.first().is_some_and(|root| root.image.is_scratch()) {
            continue;
        }
        // Once something may have written /etc/passwd, names can resolve.
        let mut passwd = false;
        walk_chain(df, stage, |current, instruction, scope| {
            if passwd {
                return;
            }
            let candidate = match instruction.keyword {
                Keyword::Copy | Keyword::Add => {
                    if may_write_passwd(instruction, df.escape) {
                        passwd = true;
                        return;
                    }
                    instruction
                        .flag("chown")
                        .and_then(|f| Some((f.value.clone()?, f.span)))
                }
                Keyword::User => {
                    let arg = instruction.args.trimmed();
                    Some((arg.text.clone(), arg.span()))
                }
                _ => None,
            };
            let Some((written, span)) = candidate else {
                return;
            };
            // Each stage reports its own instructions; ancestors report theirs.
            if current.index != stage.index {
                return;
            }
            let Some(resolved) = scope.resolve(&written) else {
                return;
            };
            let name = resolved.split(':').next().unwrap_or("").trim();
            if name.is_empty() || name == "root" || name.bytes().all(|b| b.is_ascii_digit()) {
                return;
            }
            let what = if instruction.keyword == Keyword::User {
                "the container cannot start"
            } else {
                "the build fails"
            };
            let finding = out.report(
                span,
                format!(
                    "user `{name}` cannot be resolved: this stage starts from scratch and has no /etc/passwd, so {what}; use a numeric UID"
                ),
            );
            if let Some(o) = object(df, instruction.stage) {
                finding.object(o);
            }
        });
    }
}

/// A `COPY`/`ADD` that may bring an `/etc/passwd`: into `/`, `/etc` or `/etc/passwd`, or with a
/// source that names a passwd file or an `etc` directory (`COPY --from=build /etc/passwd /etc/`).
/// Unresolved destinations count, so the rule stays quiet when in doubt.
fn may_write_passwd(instruction: &Instruction, escape: char) -> bool {
    let words = instruction.words(escape);
    let Some(dest) = words.last() else {
        return false;
    };
    let dest = dest.text.trim_end_matches('/');
    if dest.is_empty() || dest == "/etc" || dest == "/etc/passwd" || dest.contains('$') {
        return true;
    }
    sources(instruction, escape)
        .iter()
        .any(|s| s.text.contains("passwd") || s.text.contains("etc") || s.text.contains('$'))
}
