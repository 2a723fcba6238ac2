//! DKR058 instruction-before-from: an instruction other than `ARG` before the first `FROM`.

use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR058",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    for instruction in &ctx.dockerfile.instructions {
        if instruction.stage.is_some() {
            break;
        }
        if matches!(instruction.keyword, Keyword::Arg | Keyword::From) {
            continue;
        }
        let keyword = ctx.file.slice(instruction.keyword_span);
        out.report(
            instruction.keyword_span,
            format!("{keyword} before the first FROM: only ARG may come before FROM"),
        );
    }
}
