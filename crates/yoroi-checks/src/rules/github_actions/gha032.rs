//! GHA032 needs-unknown-job: `needs:` naming a job the workflow does not define, or jobs that
//! need each other in a cycle. GitHub rejects the workflow.

use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use std::collections::HashMap;
use yoroi_syntax::Node;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA032",
    check: Check::Workflow(check),
};

/// The literal `needs:` entries of a job (a string or a list of strings).
pub(crate) fn needs(job: &Node) -> Option<Vec<&Node>> {
    let needs = job.get("needs")?;
    if needs.as_str().is_some() {
        return Some(vec![needs]);
    }
    needs.is_seq().then(|| needs.items().collect())
}

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    let wf = ctx.workflow;
    if wf.is_action {
        return;
    }
    let index: HashMap<String, usize> = wf
        .jobs
        .iter()
        .enumerate()
        .map(|(i, j)| (j.id.to_ascii_lowercase(), i))
        .collect();
    // The edges, by job index; `None` for a name that is no job.
    let edges: Vec<Vec<(&Node, Option<usize>)>> = wf
        .jobs
        .iter()
        .map(|j| {
            needs(&j.node)
                .unwrap_or_default()
                .into_iter()
                .filter_map(|n| {
                    let name = n.as_str()?;
                    (!name.contains("${{"))
                        .then(|| (n, index.get(&name.to_ascii_lowercase()).copied()))
                })
                .collect()
        })
        .collect();
    for (i, job) in wf.jobs.iter().enumerate() {
        for (node, target) in &edges[i] {
            let name = node.as_str().unwrap_or("");
            match target {
                None => {
                    out.report(
                        node.span,
                        format!("job `{}` needs `{name}`, which is not a job of this workflow", job.id),
                    );
                }
                Some(t) if *t == i => {
                    out.report(node.span, format!("job `{}` needs itself", job.id));
                }
                Some(t) if reaches(&edges, *t, i) => {
                    out.report(
                        node.span,
                        format!(
                            "job `{}` needs `{name}`, which needs `{}` in turn: a cycle GitHub rejects",
                            job.id, job.id
                        ),
                    );
                }
                Some(_) => {}
            }
        }
    }
}

/// Whether job `from` needs job `to`, directly or through others.
fn reaches(edges: &[Vec<(&Node, Option<usize>)>], from: usize, to: usize) -> bool {
    let mut seen = vec![false; edges.len()];
    let mut stack = vec![from];
    while let Some(j) = stack.pop() {
        if j == to {
            return true;
        }
        if std::mem::replace(&mut seen[j], true) {
            continue;
        }
        stack.extend(edges[j].iter().filter_map(|(_, t)| *t));
    }
    false
}
