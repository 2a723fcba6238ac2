//! DKR049 from-as-casing: `FROM image as name` where `AS` is cased differently from `FROM`.

use crate::finding::{Edit, Emitter};
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR049",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for stage in &df.stages {
        let Some(from) = df.instructions.get(stage.from) else {
            continue;
        };
        if from.keyword != Keyword::From {
            continue;
        }
        let words = from.args.words(df.escape);
        let Some(as_word) = words.get(1).filter(|w| w.text.eq_ignore_ascii_case("as")) else {
            continue;
        };
        let from_text = ctx.file.slice(from.keyword_span);
        let expected = if from_text == from_text.to_lowercase() {
            "as"
        } else {
            "AS"
        };
        if as_word.text == expected {
            continue;
        }
        out.report(
            as_word.span,
            format!(
                "`{}` does not match the casing of `{from_text}`; write `{expected}`",
                as_word.text
            ),
        )
        .fix(
            format!("write `{expected}`"),
            vec![Edit {
                span: as_word.span,
                replacement: expected.to_string(),
            }],
        );
    }
}
