//! GHA023 cache-poisoning: a release workflow restores a cache that any pull request's
//! workflow can write, so a poisoned dependency or build output can end up in the release.

use super::{WorkflowCtx, action_name, input};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::workflow::Step;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA023",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    if !publishes(ctx) {
        return;
    }
    for (job, _, step) in ctx.steps() {
        if let Some(why) = uses_cache(step)
            && let Some(uses) = &step.uses
        {
            out.report(
                uses.span,
                format!("{why} in a release workflow: a poisoned cache can reach the release"),
            )
            .object(format!("job {}", job.id));
        }
    }
}

/// Triggered by a release or by tag pushes only.
fn publishes(ctx: &WorkflowCtx<'_>) -> bool {
    let w = ctx.workflow;
    if w.triggered_by(&["release"]) {
        return true;
    }
    let Some(on) = w.root.get("on").or_else(|| w.root.get("true")) else {
        return false;
    };
    on.get("push")
        .is_some_and(|p| p.get("tags").is_some() && p.get("branches").is_none())
        && w.triggers.len() == 1
}

/// Why a step restores a cache, when it does.
fn uses_cache(step: &Step) -> Option<&'static str> {
    let name = action_name(step)?;
    let enabled = |key: &str| {
        input(step, key).is_some_and(|v| match v.as_bool() {
            Some(b) => b,
            None => v.as_str().is_some_and(|s| !s.is_empty() && s != "false"),
        })
    };
    match name.as_str() {
        "actions/cache" => Some("`actions/cache` restores a cache"),
        "swatinem/rust-cache" => Some("`Swatinem/rust-cache` restores a cache"),
        "actions/setup-node" | "actions/setup-python" | "actions/setup-java" if enabled("cache") => {
            Some("the setup action's `cache:` restores a cache")
        }
        "actions/setup-go" if input(step, "cache").is_none_or(|v| v.as_bool() != Some(false)) => {
            Some("`actions/setup-go` restores a cache by default")
        }
        "astral-sh/setup-uv" if enabled("enable-cache") => {
            Some("`astral-sh/setup-uv` restores a cache")
        }
        _ => None,
    }
}
