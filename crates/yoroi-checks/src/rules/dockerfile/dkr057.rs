//! DKR057 copy-dest-missing-slash: `COPY a b /dest` — several sources need a destination
//! directory written with a trailing `/`.

use super::stages::{each_instruction, object};
use crate::finding::{Edit, Emitter};
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::Span;
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR057",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    each_instruction(df, |_, instruction, scope| {
        if !matches!(instruction.keyword, Keyword::Copy | Keyword::Add) {
            return;
        }
        let words = instruction.words(df.escape);
        if words.len() < 3 {
            return;
        }
        let Some(dest) = words.last() else { return };
        let Some(resolved) = scope.resolve(&dest.text) else {
            return;
        };
        if resolved.ends_with('/') || resolved.ends_with('\\') || matches!(resolved.as_str(), "." | "..") {
            return;
        }
        let keyword = ctx.file.slice(instruction.keyword_span);
        let finding = out.report(
            dest.span,
            format!(
                "{keyword} with {} sources needs a directory destination ending in `/`: `{}/`",
                words.len() - 1,
                dest.text
            ),
        );
        if let Some(o) = object(df, instruction.stage) {
            finding.object(o);
        }
        if ctx.file.slice(dest.span) == dest.text {
            finding.fix(
                "add a trailing `/`",
                vec![Edit {
                    span: Span::empty(dest.span.end()),
                    replacement: "/".into(),
                }],
            );
        }
    });
}
