//! GHA054 dependabot-cooldown: a Dependabot update that proposes new releases sooner than the
//! project's minimum age (`[github-actions] dependabot-cooldown-days`, a week by default):
//! no `cooldown:`, a `cooldown:` without `default-days`, or `default-days` below the minimum.

use super::DependabotCtx;
use crate::finding::Emitter;
use crate::fix::Scalar;
use crate::rules::{Check, RustRule};
use yoroi_syntax::Span;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA054",
    check: Check::Dependabot(check),
};

fn check(ctx: &DependabotCtx<'_>, out: &mut Emitter<'_>) {
    let minimum = ctx.options.cooldown_days();
    for update in &ctx.config.updates {
        // a cooldown delays version updates only; without them the entry opens security
        // updates alone, which must not wait
        if update.version_updates_disabled() {
            continue;
        }
        let update_name = update.describe();
        let (at, message) = match (&update.cooldown, update.cooldown_default_days()) {
            (None, _) => (
                update.anchor(),
                format!(
                    "{update_name} has no `cooldown`: a release is proposed as soon as it is \
                     published, before a compromised one can be noticed and pulled"
                ),
            ),
            (Some(cooldown), None) => (
                cooldown.key_span,
                format!(
                    "the `cooldown` of {update_name} sets no `default-days`: releases not \
                     covered by a semver-specific delay are proposed without waiting {minimum} days"
                ),
            ),
            (Some(_), Some(days)) => {
                // a value that is not a whole number is Dependabot's to reject, not ours to guess
                let Some(n) = days.value.as_i64() else {
                    continue;
                };
                if n >= i64::from(minimum) {
                    continue;
                }
                (
                    Span::new(days.key_span.start(), days.value.span.end()),
                    format!(
                        "{update_name} waits {n} day{} before proposing a release; \
                         the project's minimum is {minimum}",
                        if n == 1 { "" } else { "s" }
                    ),
                )
            }
        };
        let finding = out.report(at, message);
        if let Some(edits) = crate::fix::set_yaml(
            ctx.file,
            &update.node,
            &["cooldown", "default-days"],
            Scalar::Int(i64::from(minimum)),
        ) {
            finding.fix(format!("set `cooldown.default-days` to {minimum}"), edits);
        }
    }
}
