//! GHA061 build-arg-secret: a secret passed to `docker build` as `--build-arg`, or in
//! `docker/build-push-action`'s `build-args:`; build arguments are recorded in the image.

use super::{WorkflowCtx, action_name, input};
use crate::finding::Emitter;
use crate::rules::gitlab_ci::build_args;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA061",
    check: Check::Workflow(check),
};

fn carries_secret(raw: &str) -> bool {
    let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    compact.contains("${{secrets.") || compact.contains("${{secrets[")
}

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for (job, _, step) in ctx.steps() {
        if let Some(script) = step.run.as_ref().and_then(|r| r.script.as_ref()) {
            for command in &script.commands {
                for (name, word) in build_args(command) {
                    if carries_secret(ctx.file.slice(word.span)) {
                        out.report(
                            word.span,
                            format!("build argument `{name}` carries a secret; build arguments are recorded in the image's history"),
                        )
                        .object(format!("job {}", job.id));
                    }
                }
            }
        }
        if action_name(step).as_deref() == Some("docker/build-push-action")
            && let Some(args) = input(step, "build-args")
            && let Some(text) = args.as_str()
        {
            for line in text.lines() {
                if carries_secret(line) {
                    let name = line.split('=').next().unwrap_or("").trim();
                    out.report(
                        args.span,
                        format!("build argument `{name}` carries a secret; build arguments are recorded in the image's history (use `secrets:`)"),
                    )
                    .object(format!("job {}", job.id));
                }
            }
        }
    }
}
