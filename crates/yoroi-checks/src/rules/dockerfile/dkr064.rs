//! DKR064 copy-entire-filesystem: `COPY --from=stage / …` copies another stage's whole root
//! filesystem.

use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR064",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for instruction in &df.instructions {
        if instruction.keyword != Keyword::Copy {
            continue;
        }
        let Some(from) = instruction.flag("from").and_then(|f| f.value.as_deref()) else {
            continue;
        };
        let words = instruction.words(df.escape);
        let Some((_, sources)) = words.split_last() else {
            continue;
        };
        for source in sources {
            if matches!(source.text.as_str(), "/" | "/." | "/*" | "." | "./") {
                let finding = out.report(
                    source.span,
                    format!("COPY copies the entire filesystem of `{from}`; copy only the paths the image needs"),
                );
                if let Some(o) = object(df, instruction.stage) {
                    finding.object(o);
                }
            }
        }
    }
}
