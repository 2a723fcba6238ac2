//! GHA031 unknown-workflow-key: a key GitHub does not know at the workflow, job or step level,
//! or an event name it does not know under `on:`. GitHub rejects the whole file (`run-on:`
//! for `runs-on:`), so the workflow never runs.

use super::{WorkflowCtx, closest};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::{Node, Value};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA031",
    check: Check::Workflow(check),
};

const WORKFLOW_KEYS: &[&str] = &[
    "name",
    "run-name",
    "on",
    "permissions",
    "env",
    "defaults",
    "concurrency",
    "jobs",
];

const JOB_KEYS: &[&str] = &[
    "name",
    "permissions",
    "needs",
    "if",
    "runs-on",
    "environment",
    "concurrency",
    "outputs",
    "env",
    "defaults",
    "steps",
    "timeout-minutes",
    "strategy",
    "continue-on-error",
    "container",
    "services",
    "uses",
    "with",
    "secrets",
    "snapshot",
];

const STEP_KEYS: &[&str] = &[
    "id",
    "if",
    "name",
    "uses",
    "run",
    "working-directory",
    "shell",
    "with",
    "env",
    "continue-on-error",
    "timeout-minutes",
];

/// The events a workflow can be triggered by (GitHub Docs, "Events that trigger workflows").
pub(crate) const EVENTS: &[&str] = &[
    "branch_protection_rule",
    "check_run",
    "check_suite",
    "create",
    "delete",
    "deployment",
    "deployment_status",
    "discussion",
    "discussion_comment",
    "fork",
    "gollum",
    "image_version",
    "issue_comment",
    "issues",
    "label",
    "merge_group",
    "milestone",
    "page_build",
    "project",
    "project_card",
    "project_column",
    "public",
    "pull_request",
    "pull_request_comment",
    "pull_request_review",
    "pull_request_review_comment",
    "pull_request_target",
    "push",
    "registry_package",
    "release",
    "repository_dispatch",
    "schedule",
    "status",
    "watch",
    "workflow_call",
    "workflow_dispatch",
    "workflow_run",
];

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    let wf = ctx.workflow;
    if wf.is_action || !wf.root.is_map() || wf.root.get("jobs").is_none() {
        return;
    }
    for e in wf.root.entries() {
        // `on` read as the YAML 1.1 boolean `true`.
        if e.key != "true" {
            unknown(&e.key, e.key_span, WORKFLOW_KEYS, "workflow", out);
        }
    }
    if let Some(on) = wf.root.get("on").or_else(|| wf.root.get("true")) {
        match &on.value {
            Value::Map(entries) => {
                for e in entries {
                    unknown(&e.key, e.key_span, EVENTS, "event", out);
                }
            }
            Value::Seq(items) => {
                for item in items {
                    if let Some(s) = item.as_str() {
                        unknown(s, item.span, EVENTS, "event", out);
                    }
                }
            }
            Value::Str(s) => unknown(s, on.span, EVENTS, "event", out),
            _ => {}
        }
    }
    for job in &wf.jobs {
        keys(&job.node, JOB_KEYS, "job", out);
        for step in &job.steps {
            keys(&step.node, STEP_KEYS, "step", out);
        }
    }
}

fn keys(node: &Node, known: &[&str], level: &str, out: &mut Emitter<'_>) {
    for e in node.entries() {
        unknown(&e.key, e.key_span, known, level, out);
    }
}

fn unknown(
    key: &str,
    span: yoroi_syntax::Span,
    known: &[&str],
    level: &str,
    out: &mut Emitter<'_>,
) {
    // Keys are matched as GitHub writes them; a different case is left alone rather than guessed.
    if key.contains("${{") || known.iter().any(|k| k.eq_ignore_ascii_case(key)) {
        return;
    }
    let what = if level == "event" {
        format!("unknown event `{key}`")
    } else {
        format!("unknown {level} key `{key}`")
    };
    let message = match closest(key, known) {
        Some(k) => format!("{what} (did you mean `{k}`?): GitHub rejects the workflow"),
        None => format!("{what}: GitHub rejects the workflow"),
    };
    out.report(span, message);
}
