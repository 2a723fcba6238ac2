//! DKR013 maintainer-deprecated: the `MAINTAINER` instruction, replaced by a `maintainer` label.

use super::stages::object;
use crate::finding::{Edit, Emitter};
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR013",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for instruction in &df.instructions {
        if instruction.keyword != Keyword::Maintainer {
            continue;
        }
        let text = instruction.args.text.trim();
        let keyword = ctx.file.slice(instruction.keyword_span);
        let finding = out.report(
            instruction.keyword_span,
            format!("`{keyword}` is deprecated; use `LABEL maintainer=\"…\"` instead"),
        );
        if let Some(o) = object(df, instruction.stage) {
            finding.object(o);
        }
        if text.is_empty() {
            continue;
        }
        let escape = df.escape;
        let mut value = String::with_capacity(text.len() + 8);
        for c in text.chars() {
            if c == escape || c == '"' || c == '$' {
                value.push(escape);
            }
            value.push(c);
        }
        finding.fix(
            "replace with a maintainer label",
            vec![Edit {
                span: instruction.span,
                replacement: format!("LABEL maintainer=\"{value}\""),
            }],
        );
    }
}
