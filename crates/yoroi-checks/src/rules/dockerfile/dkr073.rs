//! DKR073 env-refers-to-same-statement: `ENV A=1 B=$A`, where `$A` is expanded before the
//! statement runs and so does not see the `A` set next to it.

use super::stages::{declarations, object};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::{Keyword, references};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR073",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for instruction in &df.instructions {
        if instruction.keyword != Keyword::Env {
            continue;
        }
        let decls = declarations(instruction, df.escape);
        for (i, decl) in decls.iter().enumerate() {
            let Some(value) = &decl.value else { continue };
            for r in references(value, df.escape) {
                // `ENV PATH=/x:$PATH` reads its own previous value: intended.
                if r.name == decl.key {
                    continue;
                }
                let Some(earlier) = decls[..i].iter().find(|d| d.key == r.name) else {
                    continue;
                };
                let finding = out.report(
                    decl.key_span,
                    format!(
                        "`{}` uses `${}` from the same ENV, where it still has its previous value",
                        decl.key, r.name
                    ),
                );
                finding.label(earlier.key_span, "set in the same instruction");
                if let Some(o) = object(df, instruction.stage) {
                    finding.object(o);
                }
                break;
            }
        }
    }
}
