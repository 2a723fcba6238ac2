//! DKR059 undefined-arg-in-from: a `FROM` that uses a variable no global `ARG` declares.

use super::vars::AUTOMATIC_PLATFORM_ARGS;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use std::collections::HashSet;
use yoroi_syntax::dockerfile::{Keyword, references};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR059",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    let mut declared: HashSet<String> = HashSet::new();
    for instruction in &df.instructions {
        match instruction.keyword {
            Keyword::Arg if instruction.stage.is_none() => {
                for word in instruction.args.words(df.escape) {
                    let name = word.text.split('=').next().unwrap_or("");
                    declared.insert(name.to_string());
                }
            }
            Keyword::From => {
                // Only the image and the `--platform` value are expanded.
                let mut texts: Vec<(String, yoroi_syntax::Span)> = Vec::new();
                if let Some(image) = instruction.args.words(df.escape).first() {
                    texts.push((image.text.clone(), image.span));
                }
                if let Some(flag) = instruction.flag("platform")
                    && let Some(v) = &flag.value
                {
                    texts.push((v.clone(), flag.span));
                }
                for (text, span) in texts {
                    for r in references(&text, df.escape) {
                        if declared.contains(&r.name)
                            || AUTOMATIC_PLATFORM_ARGS.contains(&r.name.as_str())
                            || r.handles_unset
                        {
                            continue;
                        }
                        out.report(
                            span,
                            format!(
                                "FROM uses `${}`, which no ARG before the first FROM declares",
                                r.name
                            ),
                        );
                    }
                }
            }
            _ => {}
        }
    }
}
