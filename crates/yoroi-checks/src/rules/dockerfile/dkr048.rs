//! DKR048 stage-name-casing: a stage name with upper-case letters.

use crate::finding::{Edit, Emitter};
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR048",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    for stage in &ctx.dockerfile.stages {
        let Some(name) = &stage.name else { continue };
        if !name.text.chars().any(|c| c.is_uppercase()) || name.text.contains('$') {
            continue;
        }
        let lower = name.text.to_lowercase();
        // References compare case-insensitively, so renaming only the definition is enough.
        out.report(
            name.span,
            format!("stage name `{}` should be lower-case", name.text),
        )
        .fix(
            format!("rename the stage to `{lower}`"),
            vec![Edit {
                span: name.span,
                replacement: lower,
            }],
        );
    }
}
