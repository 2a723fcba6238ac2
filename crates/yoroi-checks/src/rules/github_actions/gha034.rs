//! GHA034 undeclared-input: `inputs.<name>` where the workflow (its `workflow_dispatch` and
//! `workflow_call` triggers) or the action declares no such input. The value is always null.

use super::{WorkflowCtx, closest, references};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA034",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    let wf = ctx.workflow;
    let Some(declared) = declared(ctx) else { return };
    for r in references(ctx) {
        let keys = r.keys_lower();
        if keys.first().map(String::as_str) != Some("inputs") {
            continue;
        }
        let Some(name) = keys.get(1) else { continue };
        if declared.iter().any(|d| d.eq_ignore_ascii_case(name)) {
            continue;
        }
        let known: Vec<&str> = declared.iter().map(String::as_str).collect();
        let hint = closest(name, &known)
            .map(|k| format!(" (did you mean `{k}`?)"))
            .unwrap_or_default();
        let whose = if wf.is_action {
            "the action declares no input"
        } else if known.is_empty() {
            "the workflow declares no inputs (no `workflow_dispatch` or `workflow_call` inputs)"
        } else {
            "no `workflow_dispatch` or `workflow_call` input is named"
        };
        let message = if known.is_empty() && !wf.is_action {
            format!("`{}` is always null: {whose}", r.path)
        } else {
            format!("`{}` is always null: {whose} `{name}`{hint}", r.path)
        };
        out.report(r.span, message);
    }
}

/// The declared input names, or `None` when they cannot be known statically.
fn declared(ctx: &WorkflowCtx<'_>) -> Option<Vec<String>> {
    let root = &ctx.workflow.root;
    let mut names = Vec::new();
    if ctx.workflow.is_action {
        match root.get("inputs") {
            None => {}
            Some(i) if i.is_map() => names.extend(i.entries().map(|e| e.key.clone())),
            Some(_) => return None,
        }
        return Some(names);
    }
    let on = root.get("on").or_else(|| root.get("true"))?;
    if on.as_str().is_none() && !on.is_seq() && !on.is_map() {
        return None;
    }
    for event in ["workflow_dispatch", "workflow_call"] {
        let Some(trigger) = on.get(event) else { continue };
        match trigger.get("inputs") {
            None => {}
            Some(i) if i.is_map() => names.extend(i.entries().map(|e| e.key.clone())),
            Some(i) if i.is_null() => {}
            Some(_) => return None,
        }
    }
    Some(names)
}
