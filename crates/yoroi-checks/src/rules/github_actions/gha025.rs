//! GHA025 netcat-reverse-shell: `nc`/`ncat`/`netcat` told to execute a program for a remote
//! address: a shell handed to whoever listens there.

use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA025",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for (job, _, step) in ctx.steps() {
        let Some(script) = step.run.as_ref().and_then(|r| r.script.as_ref()) else {
            continue;
        };
        for command in &script.commands {
            let Some(program) = command.program() else { continue };
            if !matches!(program, "nc" | "ncat" | "netcat") {
                continue;
            }
            let args = command.args();
            let exec = args.iter().any(|a| {
                let t = a.text.as_str();
                t == "--exec"
                    || t == "--sh-exec"
                    || t.starts_with("--exec=")
                    || t.starts_with("--sh-exec=")
                    || (t.starts_with('-')
                        && !t.starts_with("--")
                        && t.contains(['e', 'c']))
            });
            let remote = args.iter().any(|a| is_ip(&a.text));
            if exec && remote {
                out.report(
                    command.span,
                    format!("`{program}` executes a program for a remote address: a reverse shell"),
                )
                .object(format!("job {}", job.id));
            }
        }
    }
}

fn is_ip(text: &str) -> bool {
    let parts: Vec<&str> = text.split('.').collect();
    parts.len() == 4 && parts.iter().all(|p| !p.is_empty() && p.len() <= 3 && p.parse::<u8>().is_ok())
}
