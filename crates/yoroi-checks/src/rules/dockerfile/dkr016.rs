//! DKR016 multiple-cmd-or-entrypoint: a `CMD`, `ENTRYPOINT` or `HEALTHCHECK` that a later one of
//! the same kind in the same stage silently replaces.

use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR016",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for stage in &df.stages {
        let instructions = df.stage_instructions(stage);
        for kind in [Keyword::Cmd, Keyword::Entrypoint, Keyword::Healthcheck] {
            let of_kind: Vec<_> = instructions.iter().filter(|i| i.keyword == kind).collect();
            let Some((last, earlier)) = of_kind.split_last() else {
                continue;
            };
            for instruction in earlier {
                let name = kind.as_str();
                let finding = out.report(
                    instruction.keyword_span,
                    format!(
                        "this {name} has no effect: a later {name} in the same stage replaces it"
                    ),
                );
                finding.label(last.keyword_span, format!("the {name} that takes effect"));
                if let Some(o) = object(df, instruction.stage) {
                    finding.object(o);
                }
            }
        }
    }
}
