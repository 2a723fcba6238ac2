//! GHA053 dependabot-execution: a Dependabot update that lets the package manager run code from
//! the dependencies it resolves (`insecure-external-code-execution: allow`), with the update's
//! credentials at hand.

use super::DependabotCtx;
use crate::finding::Emitter;
use crate::fix::Scalar;
use crate::rules::{Check, RustRule};
use yoroi_syntax::Span;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA053",
    check: Check::Dependabot(check),
};

fn check(ctx: &DependabotCtx<'_>, out: &mut Emitter<'_>) {
    for update in &ctx.config.updates {
        let Some(entry) = &update.code_execution else {
            continue;
        };
        if entry.value.as_str() != Some("allow") {
            continue;
        }
        let update_name = update.describe();
        let at = Span::new(entry.key_span.start(), entry.value.span.end());
        let finding = out.report(
            at,
            format!(
                "`insecure-external-code-execution: allow` lets {update_name} run code \
                 from the dependencies it resolves, with the update's registry credentials"
            ),
        );
        if update.ecosystem.is_some() {
            finding.label(update.anchor(), "the update");
        }
        if let Some(edits) =
            crate::fix::set_yaml(ctx.file, &update.node, &[entry.key.as_str()], Scalar::Str("deny".into()))
        {
            finding.fix("set `insecure-external-code-execution` to `deny`", edits);
        }
    }
}
