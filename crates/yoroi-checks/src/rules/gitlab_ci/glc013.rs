//! GLC013 merge-request-job-identity: a job that runs for merge requests requests an OIDC
//! token (`id_tokens:`) or external secrets (`secrets:`), which the merge request's code can use.

use super::{GitlabCtx, merge_request_trigger};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::gitlab::Lookup;

pub(crate) const RULE: RustRule = RustRule {
    id: "GLC013",
    check: Check::Gitlab(check),
};

fn check(ctx: &GitlabCtx<'_>, out: &mut Emitter<'_>) {
    let ci = ctx.ci;
    for job in ci.runnable() {
        let Some(trigger) = merge_request_trigger(ci, job) else {
            continue;
        };
        for key in ["id_tokens", "secrets"] {
            if let Lookup::Found(node) = ci.lookup(job, key) {
                let what = if key == "id_tokens" {
                    "an OIDC token"
                } else {
                    "external secrets"
                };
                // The job's own key, else the value it inherits, where each is written.
                let span = job.node.entry(key).map_or(node.span, |e| e.key_span);
                out.report_in(
                    ctx.file_of(node),
                    span,
                    format!("job `{}` runs for merge requests and receives {what}: the merge request's code can use them", job.name),
                )
                .label_in(ctx.file_of(trigger), trigger.span, "runs for merge requests")
                .object(format!("job {}", job.name));
            }
        }
    }
}
