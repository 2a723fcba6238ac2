//! GLC014 build-arg-secret: `docker build --build-arg NAME=$SECRET` puts a credential into a
//! build argument, which the image's history records.

use super::{GitlabCtx, build_args, expanded_refs, secret_name};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GLC014",
    check: Check::Gitlab(check),
};

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
                        out.report_in(
                            &line.file,
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
