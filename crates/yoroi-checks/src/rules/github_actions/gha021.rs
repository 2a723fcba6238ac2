//! GHA021 unsound-contains: `contains('refs/heads/main refs/heads/dev', github.ref)` is a
//! substring test, true for `refs/heads/ma` as well.

use super::{WorkflowCtx, conditions};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_ghaexpr::unsound_contains;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA021",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for (_, condition, map) in conditions(ctx) {
        let Some(expr) = condition.expr() else { continue };
        for c in unsound_contains(expr) {
            out.report(
                map.span(c.span.start, c.span.end),
                format!(
                    "`contains('{}', …)` tests for a substring; use `fromJSON('[…]')` for membership",
                    c.haystack
                ),
            );
        }
    }
}
