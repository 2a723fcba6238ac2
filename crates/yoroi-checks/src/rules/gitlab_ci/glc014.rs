//! GLC014 build-arg-secret: `docker build --build-arg NAME=$SECRET` puts a credential into a
//! build argument, which the image's history records.

use super::{GitlabCtx, expanded_refs, secret_name};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GLC014",
    check: Check::Gitlab(check),
};

/// `--build-arg` values of a `docker build`/`buildx build`/`podman build`: (NAME, value word).
pub(crate) fn build_args(
    command: &yoroi_syntax::dockerfile::shell::Command,
) -> Vec<(String, &yoroi_syntax::dockerfile::shell::ShellWord)> {
    let Some(program) = command.program() else {
        return Vec::new();
    };
    let words: Vec<&str> = command.args().iter().map(|w| w.text.as_str()).collect();
    let build = match program {
        "docker" | "podman" | "buildah" => words
            .iter()
            .take(2)
            .any(|w| matches!(*w, "build" | "buildx" | "bud")),
        _ => false,
    };
    if !build {
        return Vec::new();
    }
    let args = command.args();
    let mut out = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let text = args[i].text.as_str();
        let value = if text == "--build-arg" {
            i += 1;
            args.get(i)
        } else if text.starts_with("--build-arg=") {
            Some(&args[i])
        } else {
            None
        };
        if let Some(word) = value {
            let body = word.text.trim_start_matches("--build-arg=");
            let body = body.trim_matches(|c| c == '"' || c == '\'');
            if let Some((name, _)) = body.split_once('=') {
                out.push((name.to_string(), word));
            }
        }
        i += 1;
    }
    out
}

fn check(ctx: &GitlabCtx<'_>, out: &mut Emitter<'_>) {
    for job in &ctx.ci.jobs {
        for line in &job.scripts {
            for command in &line.script.commands {
                for (name, word) in build_args(command) {
                    let value = word.text.split_once('=').map_or("", |(_, v)| v);
                    let secret = expanded_refs(value)
                        .into_iter()
                        .map(|(v, _, _)| v)
                        .find(|v| secret_name(v) || *v == "CI_JOB_TOKEN");
                    if let Some(var) = secret {
                        out.report(
                            word.span,
                            format!("build argument `{name}` carries `${var}`; build arguments are recorded in the image's history"),
                        )
                        .object(format!("job {}", job.name));
                    }
                }
            }
        }
    }
}
