//! GLC003 include-project-unpinned: `include: project:` without `ref:` or with a branch as
//! `ref:` runs whatever that branch holds today.

use super::GitlabCtx;
use crate::finding::Emitter;
use crate::rules::github_actions::is_full_sha;
use crate::rules::{Check, RustRule};
use yoroi_syntax::gitlab::IncludeKind;

pub(crate) const RULE: RustRule = RustRule {
    id: "GLC003",
    check: Check::Gitlab(check),
};

/// A ref that names a release (`v1.2.3`, `1.4`) rather than a branch.
pub(crate) fn tag_like(r: &str) -> bool {
    let t = r.trim_start_matches('v');
    t.starts_with(|c: char| c.is_ascii_digit()) && t.contains('.')
}

/// An abbreviated commit SHA: 7 to 39 hexadecimal digits, at least one of them a decimal digit (a
/// name made of the letters a–f only, such as `facade`, reads as a branch).
fn is_short_sha(r: &str) -> bool {
    (7..40).contains(&r.len())
        && r.bytes().all(|b| b.is_ascii_hexdigit())
        && r.bytes().any(|b| b.is_ascii_digit())
}

fn check(ctx: &GitlabCtx<'_>, out: &mut Emitter<'_>) {
    for include in &ctx.ci.includes {
        if include.kind != IncludeKind::Project {
            continue;
        }
        match &include.git_ref {
            None => {
                out.report_in(
                    &include.file,
                    include.location_span,
                    format!(
                        "project include `{}` has no `ref:`: it follows the project's default branch",
                        include.location
                    ),
                );
            }
            Some((r, span)) if r.contains('$') || is_full_sha(r) || tag_like(r) => {
                let _ = span;
            }
            Some((r, span)) if is_short_sha(r) => {
                out.report_in(
                    &include.file,
                    *span,
                    format!(
                        "project include `{}` names the abbreviated commit `{r}`: a branch or tag of that name, which anyone who can push may create, takes precedence; write the full 40-character SHA",
                        include.location
                    ),
                );
            }
            Some((r, span)) => {
                out.report_in(
                    &include.file,
                    *span,
                    format!(
                        "project include `{}` follows the branch `{r}`: every push to it changes this pipeline",
                        include.location
                    ),
                );
            }
        }
    }
}
