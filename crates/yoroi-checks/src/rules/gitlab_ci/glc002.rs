//! GLC002 include-remote: `include: remote:` (or a URL) pulls configuration that can change at
//! any time, without `integrity:`.

use super::GitlabCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::gitlab::IncludeKind;

pub(crate) const RULE: RustRule = RustRule {
    id: "GLC002",
    check: Check::Gitlab(check),
};

fn check(ctx: &GitlabCtx<'_>, out: &mut Emitter<'_>) {
    for include in &ctx.ci.includes {
        if include.kind != IncludeKind::Remote || include.node.get("integrity").is_some() {
            continue;
        }
        out.report_in(
            &include.file,
            include.location_span,
            format!(
                "remote include `{}` is fetched at every pipeline run and may change without review",
                include.location
            ),
        );
    }
}
