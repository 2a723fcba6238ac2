//! GLC007 script-pipe-to-shell: a `script:` line executes a download as it arrives.

use super::GitlabCtx;
use crate::finding::Emitter;
use crate::rules::dockerfile::pipe_to_shell;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GLC007",
    check: Check::Gitlab(check),
};

fn check(ctx: &GitlabCtx<'_>, out: &mut Emitter<'_>) {
    let ci = ctx.ci;
    let owners = ci
        .jobs
        .iter()
        .map(|j| (j.name.as_str(), &j.scripts))
        .chain(std::iter::once(("default", &ci.default_scripts)));
    for (name, lines) in owners {
        for line in lines {
            for hit in pipe_to_shell(&line.script.commands) {
                out.report_in(&line.file, hit.span, hit.message)
                    .label(hit.label.0, hit.label.1)
                    .object(format!("job {name}"));
            }
        }
    }
}
