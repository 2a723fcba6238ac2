//! GHA033 undefined-reference: `needs.<job>` naming a job the current job does not need,
//! `needs.<job>.outputs.<name>` naming an output that job does not declare, or `steps.<id>`
//! naming no step of the job (or a later one). GitHub evaluates them to null, silently.

use super::gha032::needs;
use super::{WorkflowCtx, references};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::workflow::Job;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA033",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for r in references(ctx) {
        let Some(job) = r.job else { continue };
        let keys = r.keys_lower();
        match keys.first().map(String::as_str) {
            Some("needs") if !ctx.workflow.is_action => {
                let Some(name) = keys.get(1) else { continue };
                // `jobs.<id>.outputs` of a reusable workflow's `on.workflow_call.outputs` use
                // `jobs`, not `needs`; only a job's own keys see `needs`.
                if r.keys.first().map(String::as_str) != Some("jobs") {
                    continue;
                }
                let Some(listed) = needs(&job.node) else {
                    out.report(
                        r.span,
                        format!(
                            "`{}` reads `needs.{name}`, but job `{}` has no `needs:`",
                            r.path, job.id
                        ),
                    );
                    continue;
                };
                if listed.iter().any(|n| n.as_str().is_none_or(|s| s.contains("${{"))) {
                    continue;
                }
                if !listed
                    .iter()
                    .any(|n| n.as_str().is_some_and(|s| s.eq_ignore_ascii_case(name)))
                {
                    out.report(
                        r.span,
                        format!(
                            "`{}` reads job `{name}`, which job `{}` does not list in `needs:`",
                            r.path, job.id
                        ),
                    );
                    continue;
                }
                if keys.get(2).map(String::as_str) == Some("outputs")
                    && let Some(output) = keys.get(3)
                    && let Some(target) = ctx
                        .workflow
                        .jobs
                        .iter()
                        .find(|j| j.id.eq_ignore_ascii_case(name))
                    && let Some(declared) = declared_outputs(target)
                    && !declared.iter().any(|d| d.eq_ignore_ascii_case(output))
                {
                    out.report(
                        r.span,
                        format!("`{}`: job `{name}` declares no output `{output}`", r.path),
                    );
                }
            }
            Some("steps") => {
                let Some(id) = keys.get(1) else { continue };
                let ids: Vec<Option<&str>> = job
                    .steps
                    .iter()
                    .map(|s| s.node.get("id").and_then(|n| n.as_str()))
                    .collect();
                // A step whose id is not a plain string might be the one named.
                if job.steps.iter().any(|s| {
                    s.node
                        .get("id")
                        .is_some_and(|n| n.as_str().is_none_or(|t| t.contains("${{")))
                }) {
                    continue;
                }
                let position = ids
                    .iter()
                    .position(|i| i.is_some_and(|s| s.eq_ignore_ascii_case(id)));
                match (position, r.step) {
                    (None, _) => {
                        let whose = if ctx.workflow.is_action {
                            "this action".to_string()
                        } else {
                            format!("job `{}`", job.id)
                        };
                        out.report(
                            r.span,
                            format!("`{}`: {whose} has no step with id `{id}`", r.path),
                        );
                    }
                    (Some(p), Some(current)) if p >= current => {
                        let when = if p == current { "is this step" } else { "runs after this step" };
                        out.report(
                            r.span,
                            format!("`{}`: step `{id}` {when}, so its values are not set yet", r.path),
                        );
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
}

/// The output names a job declares, when they are statically known (a literal `outputs:`
/// mapping, or none at all on a job that runs steps).
fn declared_outputs(job: &Job) -> Option<Vec<&str>> {
    if job.uses.is_some() {
        return None;
    }
    match job.node.get("outputs") {
        None => Some(Vec::new()),
        Some(o) if o.is_map() => Some(o.entries().map(|e| e.key.as_str()).collect()),
        Some(_) => None,
    }
}
