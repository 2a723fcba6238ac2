//! GHA002 template-injection-indirect: a value whose author the workflow does not fix (a step
//! output, a matrix entry, an input of a reusable workflow or action, a branch name a writer
//! chose) expanded by `${{ }}` into a script.

use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_ghaexpr::Level;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA002",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    super::gha001::report(ctx, out, |l| l != Level::Attacker);
}
