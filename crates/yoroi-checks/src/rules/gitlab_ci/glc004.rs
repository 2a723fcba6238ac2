//! GLC004 include-component-unpinned: a CI/CD component included at a branch or `~latest`.

use super::GitlabCtx;
use super::glc003::tag_like;
use crate::finding::Emitter;
use crate::rules::github_actions::is_full_sha;
use crate::rules::{Check, RustRule};
use yoroi_syntax::gitlab::IncludeKind;

pub(crate) const RULE: RustRule = RustRule {
    id: "GLC004",
    check: Check::Gitlab(check),
};

fn check(ctx: &GitlabCtx<'_>, out: &mut Emitter<'_>) {
    for include in &ctx.ci.includes {
        if include.kind != IncludeKind::Component || include.location.contains("$[[") {
            continue;
        }
        let version = include.location.rsplit_once('@').map(|(_, v)| v);
        let why = match version {
            None => "has no version".to_string(),
            Some("~latest") => "follows `~latest`, the newest release".to_string(),
            Some(v) if is_full_sha(v) || tag_like(v) || v.contains('$') => continue,
            // `@1` / `@1.2` partial versions move within a major/minor line but are releases.
            Some(v) if v.chars().all(|c| c.is_ascii_digit()) => continue,
            Some(v) => format!("follows the branch `{v}`"),
        };
        out.report_in(
            &include.file,
            include.location_span,
            format!("component `{}` {why}", include.location),
        );
    }
}
