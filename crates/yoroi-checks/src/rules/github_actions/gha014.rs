//! GHA014 insecure-commands: `ACTIONS_ALLOW_UNSECURE_COMMANDS` re-enables the `set-env` and
//! `add-path` workflow commands, so anything a step prints can set variables of later steps.

use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::{Node, Value};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA014",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    let w = ctx.workflow;
    let envs = w
        .env
        .iter()
        .chain(w.jobs.iter().flat_map(|j| {
            j.env
                .iter()
                .chain(j.steps.iter().filter_map(|s| s.env.as_ref()))
        }));
    for env in envs {
        for entry in env.entries() {
            if entry.key == "ACTIONS_ALLOW_UNSECURE_COMMANDS" && truthy(&entry.value) {
                out.report(
                    entry.key_span.cover(entry.value.span),
                    "`ACTIONS_ALLOW_UNSECURE_COMMANDS` lets any output line set environment variables and the PATH",
                );
            }
        }
    }
}

fn truthy(node: &Node) -> bool {
    match &node.value {
        Value::Bool(b) => *b,
        Value::Str(s) => s.eq_ignore_ascii_case("true"),
        Value::Int(i) => *i != 0,
        _ => false,
    }
}
