//! GHA013 secrets-overexposed: `toJSON(secrets)` or `secrets[<computed>]` sends every secret of
//! the repository to the runner, where any step can read them.

use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_ghaexpr::{SecretsUse, secrets_uses};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA013",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for e in &ctx.workflow.expressions {
        let Ok(expr) = &e.expr else { continue };
        for (span, what) in secrets_uses(expr) {
            let message = match what {
                SecretsUse::Whole => "the whole `secrets` context is expanded: every secret reaches the runner",
                SecretsUse::Dynamic => "a secret chosen at run time: every secret is sent to the runner",
            };
            out.report(e.file_span(span), message);
        }
    }
}
