//! GHA020 spoofable-bot-condition: `if: github.actor == 'dependabot[bot]'` trusts whoever did
//! the latest activity, which need not be the bot that opened the pull request.

use super::{WorkflowCtx, conditions};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_ghaexpr::spoofable_actor_checks;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA020",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for (_, condition, map) in conditions(ctx) {
        let Some(expr) = condition.expr() else { continue };
        for c in spoofable_actor_checks(expr) {
            if !c.grants {
                continue;
            }
            out.report(
                map.span(c.span.start, c.span.end),
                format!(
                    "`{}` is compared with `{}`: the actor can be someone else than the bot; check `github.event.pull_request.user.login`",
                    c.path, c.bot
                ),
            );
        }
    }
}
