//! DKR054 expose-host-mapping: `EXPOSE 8080:80` or `EXPOSE 127.0.0.1:80`; an image cannot choose
//! host ports or addresses.

use super::expose::split;
use super::stages::{each_instruction, object};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR054",
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
            if let Some(spec) = resolved.split_whitespace().find(|s| split(s).mapping.is_some()) {
                let finding = out.report(
                    word.span,
                    format!(
                        "EXPOSE `{}` maps a host address or port; EXPOSE only documents the container port `{}`",
                        word.text,
                        split(spec).ports
                    ),
                );
                if let Some(o) = object(df, instruction.stage) {
                    finding.object(o);
                }
            }
        }
    });
}
