//! GHA049 misfeature: features of GitHub Actions that work but should not be used:
//! `actions/setup-python`'s `pip-install` input, the Windows `cmd` shell, and a `shell:` that is
//! neither a shell GitHub knows nor a custom command template.

use super::{WorkflowCtx, action_name};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::Node;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA049",
    check: Check::Workflow(check),
};

/// The shells `shell:` accepts by name.
const KNOWN_SHELLS: &[&str] = &["bash", "pwsh", "python", "sh", "cmd", "powershell"];

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    let defaults = std::iter::once((ctx.workflow.root.at("defaults.run.shell"), None)).chain(
        ctx.workflow
            .jobs
            .iter()
            .map(|j| (j.node.at("defaults.run.shell"), Some(j.id.as_str()))),
    );
    for (node, job) in defaults {
        if let Some(node) = node {
            judge_shell(node, job, out);
        }
    }
    for (job, _, step) in ctx.steps() {
        if let Some(node) = step.node.get("shell") {
            judge_shell(node, Some(&job.id), out);
        }
        if action_name(step).as_deref() == Some("actions/setup-python")
            && let Some(entry) = step.with.as_ref().and_then(|w| w.entry("pip-install"))
        {
            out.report(
                entry.key_span,
                "`pip-install` installs packages into the runner's global Python environment; create a virtual environment and install into it in a `run:` step",
            )
            .object(format!("job {}", job.id));
        }
    }
}

fn judge_shell(node: &Node, job: Option<&str>, out: &mut Emitter<'_>) {
    let Some(text) = node.as_str() else { return };
    // a shell chosen at run time (`${{ matrix.shell }}`) is unknown
    if text.contains("${{") {
        return;
    }
    let program = text.split_whitespace().next().unwrap_or("");
    let base = program
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(program)
        .to_ascii_lowercase();
    let message = if base == "cmd" || base == "cmd.exe" {
        format!(
            "`shell: {text}` runs the step with the Windows CMD shell, whose quoting and expansion no tool can read reliably; use `pwsh` or `bash`"
        )
    } else if !text.contains("{0}") && !KNOWN_SHELLS.contains(&text.trim()) {
        format!(
            "`shell: {text}` is not a shell GitHub knows (bash, pwsh, python, sh, cmd, powershell) nor a command template with `{{0}}`"
        )
    } else {
        return;
    };
    let finding = out.report(node.span, message);
    if let Some(job) = job {
        finding.object(format!("job {job}"));
    }
}
