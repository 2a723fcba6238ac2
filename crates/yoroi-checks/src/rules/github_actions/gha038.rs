//! GHA038 ref-version-mismatch: `uses: owner/repo@<sha> # vX.Y.Z` where yoroi's tag table says
//! that tag points to another commit. Only actions and tags the table knows are judged.

use super::pinning::{action_ref, all_uses};
use super::pins::{PINS, tag_version};
use super::{WorkflowCtx, is_full_sha};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::Span;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA038",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    let source = ctx.file.text.as_str();
    for node in all_uses(ctx) {
        let Some(text) = node.as_str() else { continue };
        let Some((action, sha)) = action_ref(text) else {
            continue;
        };
        if !is_full_sha(sha) {
            continue;
        }
        let Some((span, tag)) = version_comment(source, node.span.end()) else {
            continue;
        };
        let Some(points_to) = PINS.commit(&action, &tag) else {
            continue;
        };
        let Some(tags_of_sha) = PINS.tags_of(&action, sha) else {
            continue;
        };
        let Some(wanted) = tag_version(&tag) else { continue };
        let agrees = if wanted.len() == 3 {
            points_to.eq_ignore_ascii_case(sha)
        } else {
            // A moving tag (`# v4`) names a series: any release of it agrees, and a commit
            // the table does not know may be one of its releases.
            points_to.eq_ignore_ascii_case(sha)
                || tags_of_sha.is_empty()
                || tags_of_sha
                    .iter()
                    .any(|t| tag_version(t).is_some_and(|v| v.starts_with(&wanted)))
        };
        if agrees {
            continue;
        }
        let short = &sha[..12.min(sha.len())];
        let actual = match tags_of_sha.iter().max_by_key(|t| tag_version(t)) {
            Some(t) => format!("`{short}` is {t}"),
            None => format!("`{short}` is not a release in yoroi's tag table"),
        };
        out.report(
            span,
            format!(
                "the comment says `{tag}` but {action}@{tag} points to `{}` and {actual}",
                &points_to[..12.min(points_to.len())]
            ),
        );
    }
}

/// The version a comment after a `uses:` value names (`# v4.1.2`, `#v4`, `# tag=v4.1.2`,
/// `# 4.1.2`), and the span of that version text.
fn version_comment(source: &str, end: usize) -> Option<(Span, String)> {
    let rest = source.get(end..)?;
    let line = rest.split('\n').next().unwrap_or("");
    let hash = line.find('#')?;
    if !line[..hash].trim().is_empty() {
        return None;
    }
    let comment = &line[hash + 1..];
    let lead = comment.len() - comment.trim_start().len();
    let body = &comment[lead..];
    let skip = ["tag=", "tag:", "pin @", "pin@", "@"]
        .iter()
        .find_map(|p| body.strip_prefix(p).map(|_| p.len()))
        .unwrap_or(0);
    let word = body[skip..]
        .split(|c: char| c.is_whitespace() || c == ',' || c == ')')
        .next()?;
    let tag = if word.starts_with('v') {
        word.to_string()
    } else {
        format!("v{word}")
    };
    tag_version(&tag)?;
    let start = end + hash + 1 + lead + skip;
    Some((Span::new(start, start + word.len()), tag))
}
