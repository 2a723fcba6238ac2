//! DKR052 expose-invalid-port: an `EXPOSE` port that is not a number in 0-65535, or a reversed
//! range.

use super::expose::{port_problem, split};
use super::stages::{each_instruction, object};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR052",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    each_instruction(df, |_, instruction, scope| {
        if instruction.keyword != Keyword::Expose {
            return;
        }
        for word in instruction.args.words(df.escape) {
            let Some(resolved) = scope.resolve(&word.text) else {
                continue;
            };
            for spec in resolved.split_whitespace() {
                let Some(problem) = port_problem(split(spec).ports) else {
                    continue;
                };
                let finding = out.report(
                    word.span,
                    format!("EXPOSE `{}`: {problem}", word.text),
                );
                if let Some(o) = object(df, instruction.stage) {
                    finding.object(o);
                }
                break;
            }
        }
    });
}
