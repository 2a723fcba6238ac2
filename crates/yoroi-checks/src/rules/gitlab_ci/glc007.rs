//! GLC007 script-pipe-to-shell: a `script:` line executes a download as it arrives.

use super::{GitlabCtx, script_owners};
use crate::finding::Emitter;
use crate::rules::dockerfile::pipe_to_shell;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GLC007",
    check: Check::Gitlab(check),
};

fn check(ctx: &GitlabCtx<'_>, out: &mut Emitter<'_>) {
    let ci = ctx.ci;
    for (_, name, lines) in script_owners(ci) {
        for line in lines {
            for hit in pipe_to_shell(&line.script.commands) {
                out.report_in(&line.file, hit.span, hit.message)
                    .label(hit.label.0, hit.label.1)
                    .object(format!("job {name}"));
            }
        }
    }
}
