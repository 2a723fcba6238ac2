//! GLC011 deploy-on-merge-request: a job that runs for merge requests changes deployed
//! infrastructure (`kubectl apply`, `helm upgrade`, `terraform apply -auto-approve` …).

use super::{GitlabCtx, deploy_command, merge_request_trigger};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GLC011",
    check: Check::Gitlab(check),
};

fn check(ctx: &GitlabCtx<'_>, out: &mut Emitter<'_>) {
    let ci = ctx.ci;
    for job in ci.runnable() {
        let Some(trigger) = merge_request_trigger(ci, job) else {
            continue;
        };
        for line in ci.script_lines_of(job) {
            for command in &line.script.commands {
                if let Some(what) = deploy_command(command) {
                    out.report_in(
                        &line.file,
                        command.span,
                        format!("`{what}` runs in job `{}`, which runs for merge requests: the merge request's code deploys with the job's credentials", job.name),
                    )
                    .label_in(ctx.file_of(trigger), trigger.span, "runs for merge requests")
                    .object(format!("job {}", job.name));
                }
            }
        }
    }
}
