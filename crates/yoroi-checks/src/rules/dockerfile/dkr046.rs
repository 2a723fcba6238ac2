//! DKR046 duplicate-stage-name: two `FROM … AS name` with the same name (case-insensitive).

use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR046",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for (i, stage) in df.stages.iter().enumerate() {
        let Some(name) = &stage.name else { continue };
        let first = df.stages[..i].iter().find_map(|s| {
            s.name
                .as_ref()
                .filter(|n| n.text.eq_ignore_ascii_case(&name.text))
        });
        if let Some(first) = first {
            out.report(
                name.span,
                format!(
                    "stage name `{}` is already used by an earlier stage; names must be unique",
                    name.text
                ),
            )
            .label(first.span, "first defined here")
            .object(format!("stage {}", name.text));
        }
    }
}
