//! DKR075 shell-not-json: `SHELL` written in shell form, which Docker refuses.

use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::{Form, Keyword};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR075",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for instruction in &df.instructions {
        if instruction.keyword != Keyword::Shell || instruction.form == Form::Json {
            continue;
        }
        let finding = out.report(
            instruction.keyword_span,
            "SHELL must be a JSON array such as `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]`: the build fails",
        );
        if let Some(o) = object(df, instruction.stage) {
            finding.object(o);
        }
    }
}
