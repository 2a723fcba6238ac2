//! DKR072 copy-relative-dest-without-workdir: `COPY`/`ADD` to a relative destination while the
//! stage has not set a `WORKDIR`, so the files land wherever the base image's directory is.

use super::stages::{object, walk_chain};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR072",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    // Each stage's chain, root first: a WORKDIR anywhere before counts.
    for stage in &df.stages {
        let mut seen = false;
        walk_chain(df, stage, |current, instruction, scope| {
            if instruction.keyword == Keyword::Workdir {
                seen = true;
                return;
            }
            if current.index != stage.index
                || seen
                || !matches!(instruction.keyword, Keyword::Copy | Keyword::Add)
            {
                return;
            }
            let words = instruction.words(df.escape);
            if words.len() < 2 {
                return;
            }
            let Some(dest) = words.last() else { return };
            let Some(resolved) = scope.resolve(&dest.text) else {
                return;
            };
            let absolute = resolved.starts_with(['/', '\\'])
                || resolved.as_bytes().get(1) == Some(&b':')
                || resolved.is_empty();
            if absolute {
                return;
            }
            let keyword = ctx.file.slice(instruction.keyword_span);
            let finding = out.report(
                dest.span,
                format!(
                    "{keyword} to the relative path `{}` before any WORKDIR: the destination depends on the base image",
                    dest.text
                ),
            );
            if let Some(o) = object(df, instruction.stage) {
                finding.object(o);
            }
        });
    }
}
