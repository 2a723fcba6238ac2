//! DKR014 workdir-relative: a relative `WORKDIR` before any absolute one in its stage chain, so
//! its meaning depends on the base image's working directory.

use super::stages::{object, walk_chain};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR014",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for stage in &df.stages {
        // An absolute (or unknown) WORKDIR came before in the chain.
        let mut anchored = false;
        walk_chain(df, stage, |current, instruction, scope| {
            if instruction.keyword != Keyword::Workdir {
                return;
            }
            let arg = instruction.args.trimmed();
            let written = arg.text.as_str();
            let path = unquote(written);
            let Some(resolved) = scope.resolve(path) else {
                anchored = true;
                return;
            };
            if is_absolute(&resolved) {
                anchored = true;
                return;
            }
            if anchored || current.index != stage.index || path.is_empty() {
                return;
            }
            let message = if resolved == path {
                format!(
                    "relative WORKDIR `{written}` depends on the base image's working directory"
                )
            } else {
                format!(
                    "relative WORKDIR `{written}` (= `{resolved}`) depends on the base image's working directory"
                )
            };
            let finding = out.report(arg.span(), message);
            if let Some(o) = object(df, instruction.stage) {
                finding.object(o);
            }
        });
    }
}

fn unquote(text: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = text.strip_prefix(q).and_then(|t| t.strip_suffix(q)) {
            return inner;
        }
    }
    text
}

/// `/x`, `\x`, `C:\x`, `C:/x`.
fn is_absolute(path: &str) -> bool {
    let bytes = path.as_bytes();
    path.starts_with('/')
        || path.starts_with('\\')
        || (bytes.len() >= 3
            && bytes[0].is_ascii_alphabetic()
            && bytes[1] == b':'
            && (bytes[2] == b'\\' || bytes[2] == b'/'))
}
