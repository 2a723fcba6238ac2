//! GHA037 unknown-runner-label: `runs-on:` naming a GitHub-hosted runner that GitHub retired
//! (`ubuntu-20.04`, `windows-2019`) or a near miss of a hosted label (`ubuntu-lates`). The job
//! waits for a runner that never comes and is cancelled. Labels of self-hosted runners are never
//! judged: a label list holding `self-hosted`, a runner group, an expression or a label listed in
//! `[github-actions] runner-labels` is left alone, and so is anything that does not look like a
//! hosted label.

use super::{WorkflowCtx, edit_distance};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::{Node, Value};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA037",
    check: Check::Workflow(check),
};

/// GitHub-hosted runner labels in service (GitHub Docs, "GitHub-hosted runners", and the
/// runner-images repository).
const HOSTED: &[&str] = &[
    "ubuntu-latest",
    "ubuntu-24.04",
    "ubuntu-22.04",
    "ubuntu-24.04-arm",
    "ubuntu-22.04-arm",
    "ubuntu-slim",
    "windows-latest",
    "windows-2025",
    "windows-2022",
    "windows-11-arm",
    "macos-latest",
    "macos-26",
    "macos-15",
    "macos-14",
    "macos-15-intel",
    "macos-latest-large",
    "macos-26-large",
    "macos-15-large",
    "macos-14-large",
    "macos-latest-xlarge",
    "macos-26-xlarge",
    "macos-15-xlarge",
    "macos-14-xlarge",
];

/// Hosted labels GitHub has retired: jobs naming them no longer get a runner.
const RETIRED: &[&str] = &[
    "ubuntu-16.04",
    "ubuntu-18.04",
    "ubuntu-20.04",
    "windows-2016",
    "windows-2019",
    "macos-10.15",
    "macos-11",
    "macos-12",
    "macos-12-xl",
    "macos-13",
    "macos-13-large",
    "macos-13-xlarge",
];

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for job in &ctx.workflow.jobs {
        let Some(runs_on) = &job.runs_on else { continue };
        let labels: Vec<&Node> = match &runs_on.value {
            Value::Str(_) => vec![runs_on],
            Value::Seq(items) => items.iter().collect(),
            Value::Map(_) => {
                if runs_on.get("group").is_some() {
                    continue;
                }
                match runs_on.get("labels") {
                    Some(l) if l.is_seq() => l.items().collect(),
                    Some(l) => vec![l],
                    None => continue,
                }
            }
            _ => continue,
        };
        let texts: Vec<Option<&str>> = labels.iter().map(|n| n.as_str()).collect();
        if texts.iter().any(|t| {
            t.is_none_or(|s| s.contains("${{") || s.eq_ignore_ascii_case("self-hosted"))
        }) {
            continue;
        }
        for (node, text) in labels.iter().zip(texts.iter().flatten()) {
            if let Some(message) = judge(text, &ctx.options.runner_labels) {
                out.report(node.span, message);
            }
        }
    }
}

/// What is wrong with one label, if anything can be said for sure.
fn judge(label: &str, configured: &[String]) -> Option<String> {
    let lower = label.trim().to_ascii_lowercase();
    if HOSTED.contains(&lower.as_str()) || configured.iter().any(|c| c.eq_ignore_ascii_case(&lower))
    {
        return None;
    }
    if RETIRED.contains(&lower.as_str()) {
        return Some(format!(
            "GitHub retired the hosted runner `{label}`: the job is never picked up; move to a \
             current image (or list the label in `[github-actions] runner-labels` if it is your own runner)"
        ));
    }
    // A label shaped like a hosted one with a version number may be newer than this list.
    let versioned = ["ubuntu-", "windows-", "macos-"].iter().any(|p| {
        lower
            .strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    });
    if versioned {
        return None;
    }
    let near = HOSTED
        .iter()
        .map(|k| (edit_distance(&lower, k), *k))
        .filter(|(d, _)| (1..=2).contains(d))
        .min_by_key(|(d, _)| *d)?;
    Some(format!(
        "`{label}` is not a GitHub-hosted runner label (did you mean `{}`?): the job is never picked up",
        near.1
    ))
}

#[cfg(test)]
mod tests {
    use super::judge;

    #[test]
    fn labels() {
        let none: Vec<String> = Vec::new();
        assert!(judge("ubuntu-latest", &none).is_none());
        assert!(judge("ubuntu-26.04", &none).is_none());
        assert!(judge("linux-large", &none).is_none());
        assert!(judge("ubuntu-latest-16-cores", &none).is_none());
        assert!(judge("ubuntu-lates", &none).is_some());
        assert!(judge("ubuntu-20.04", &none).is_some());
        assert!(judge("ubuntu-20.04", &["Ubuntu-20.04".to_string()]).is_none());
    }
}
