//! DKR063 redundant-target-platform: `FROM --platform=$TARGETPLATFORM`, which is the default.

use crate::finding::{Edit, Emitter};
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::Span;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR063",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for stage in &df.stages {
        let Some(from) = df.instructions.get(stage.from) else {
            continue;
        };
        let Some(flag) = from.flag("platform") else {
            continue;
        };
        let value = flag.value.as_deref().unwrap_or("");
        if !matches!(value, "$TARGETPLATFORM" | "${TARGETPLATFORM}") {
            continue;
        }
        // Remove the flag and the whitespace after it when it sits on the FROM line.
        let text = &ctx.file.text;
        let after = text[flag.span.end()..]
            .chars()
            .take_while(|c| *c == ' ' || *c == '\t')
            .map(char::len_utf8)
            .sum::<usize>();
        out.report(
            flag.span,
            format!("`--platform={value}` is redundant: FROM already uses the target platform"),
        )
        .fix(
            "remove the flag",
            vec![Edit {
                span: Span::new(flag.span.start(), flag.span.end() + after),
                replacement: String::new(),
            }],
        );
    }
}
