//! GLC010 dind-without-tls: a Docker-in-Docker service whose daemon listens without TLS
//! (`DOCKER_TLS_CERTDIR: ""`, or `DOCKER_HOST` on port 2375).

use super::GitlabCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::gitlab::Lookup;

pub(crate) const RULE: RustRule = RustRule {
    id: "GLC010",
    check: Check::Gitlab(check),
};

fn check(ctx: &GitlabCtx<'_>, out: &mut Emitter<'_>) {
    let ci = ctx.ci;
    for job in ci.runnable() {
        let Lookup::Found(services) = ci.lookup(job, "services") else {
            continue;
        };
        let dind = services.items().any(|s| {
            s.get("name")
                .unwrap_or(s)
                .as_str()
                .is_some_and(|n| n.contains("docker") && n.contains("dind"))
        });
        if !dind {
            continue;
        }
        for (name, node) in ci.variables_of(job) {
            let Some((value, span)) = yoroi_syntax::gitlab::variable_value(node) else {
                continue;
            };
            let plain = match name {
                "DOCKER_TLS_CERTDIR" => value.trim().is_empty(),
                "DOCKER_HOST" => value.contains(":2375"),
                _ => false,
            };
            if plain {
                out.report_in(
                    ctx.file_of(node),
                    span,
                    format!("`{name}` makes the Docker-in-Docker daemon accept unauthenticated, unencrypted connections"),
                )
                .label_in(&job.file, job.name_span, "job using the docker:dind service")
                .object(format!("job {}", job.name));
            }
        }
    }
}
