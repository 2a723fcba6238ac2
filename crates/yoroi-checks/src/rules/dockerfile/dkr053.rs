//! DKR053 expose-proto-casing: `EXPOSE 53/UDP`; the protocol should be lower-case.

use super::expose::split;
use super::stages::object;
use crate::finding::{Edit, Emitter};
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::Span;
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR053",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for instruction in &df.instructions {
        if instruction.keyword != Keyword::Expose {
            continue;
        }
        for word in instruction.args.words(df.escape) {
            let Some(proto) = split(&word.text).proto else {
                continue;
            };
            if proto == proto.to_lowercase() || proto.contains('$') {
                continue;
            }
            let raw = ctx.file.slice(word.span);
            let finding = out.report(
                word.span,
                format!("protocol `{proto}` in EXPOSE `{}` should be lower-case", word.text),
            );
            if let Some(o) = object(df, instruction.stage) {
                finding.object(o);
            }
            // Only when the word is written plainly (no quotes) can the protocol be edited in place.
            if raw == word.text {
                let start = word.span.end() - proto.len();
                finding.fix(
                    format!("write `{}`", proto.to_lowercase()),
                    vec![Edit {
                        span: Span::new(start, word.span.end()),
                        replacement: proto.to_lowercase(),
                    }],
                );
            }
        }
    }
}
