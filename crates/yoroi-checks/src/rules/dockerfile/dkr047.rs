//! DKR047 reserved-stage-name: a stage named `scratch` or `context`.

use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR047",
    check: Check::Dockerfile(check),
};

/// Names BuildKit gives a meaning of its own: the empty image and the build context.
const RESERVED: [&str; 2] = ["scratch", "context"];

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    for stage in &ctx.dockerfile.stages {
        let Some(name) = &stage.name else { continue };
        if RESERVED.iter().any(|r| name.text.eq_ignore_ascii_case(r)) {
            out.report(
                name.span,
                format!(
                    "stage name `{}` is reserved: `FROM {}` and `--from={}` will not mean this stage",
                    name.text, name.text, name.text
                ),
            );
        }
    }
}
