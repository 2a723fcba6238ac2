//! How a `uses:` reference is pinned, shared by GHA008 and GHA009.

use super::{Uses, WorkflowCtx, is_full_sha, parse_uses};
use crate::finding::Edit;
use yoroi_syntax::{Node, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pin {
    /// A full commit SHA, an image digest, or a local path.
    Immutable,
    /// A tag (or a short SHA): can be moved by the action's owner.
    Tag,
    /// A branch, no ref at all, or `latest`: changes with every push.
    Branch,
}

/// Branch names treated as moving refs.
const BRANCHES: &[&str] = &[
    "main", "master", "develop", "dev", "trunk", "next", "head", "latest", "stable", "nightly",
    "release", "canary",
];

/// The pin of one reference, and the ref text to show.
pub(crate) fn pin(text: &str) -> (Pin, String) {
    match parse_uses(text) {
        Uses::Local => (Pin::Immutable, String::new()),
        Uses::Docker { image } => image_pin(image),
        Uses::Repo { git_ref, .. } => match git_ref {
            None => (Pin::Branch, "no ref".to_string()),
            Some(r) if is_full_sha(r) => (Pin::Immutable, r.to_string()),
            Some(r) => {
                let lower = r.to_ascii_lowercase();
                let versionish = lower
                    .trim_start_matches('v')
                    .starts_with(|c: char| c.is_ascii_digit())
                    || (r.len() >= 7 && r.bytes().all(|b| b.is_ascii_hexdigit()));
                if !BRANCHES.contains(&lower.as_str()) && versionish {
                    (Pin::Tag, r.to_string())
                } else {
                    (Pin::Branch, r.to_string())
                }
            }
        },
    }
}

/// The pin of a container image reference.
pub(crate) fn image_pin(image: &str) -> (Pin, String) {
    if image.contains("@sha256:") {
        return (Pin::Immutable, String::new());
    }
    let last = image.rsplit('/').next().unwrap_or(image);
    match last.split_once(':') {
        Some((_, tag)) if tag != "latest" => (Pin::Tag, tag.to_string()),
        Some(_) => (Pin::Branch, "latest".to_string()),
        None => (Pin::Branch, "no tag".to_string()),
    }
}

/// `owner/repo` and the ref of a `uses:` of an action or reusable workflow that names a ref.
pub(crate) fn action_ref(text: &str) -> Option<(String, &str)> {
    match parse_uses(text) {
        Uses::Repo {
            owner,
            repo,
            git_ref: Some(git_ref),
        } => Some((format!("{owner}/{repo}"), git_ref)),
        _ => None,
    }
}

/// Every `uses:` of the file (steps and reusable-workflow jobs).
pub(crate) fn all_uses<'a>(ctx: &WorkflowCtx<'a>) -> Vec<&'a Node> {
    let mut out = Vec::new();
    for job in &ctx.workflow.jobs {
        out.extend(job.uses.iter());
        out.extend(job.steps.iter().filter_map(|s| s.uses.as_ref()));
    }
    out
}

/// Replaces the ref of a `uses:` scalar by `sha` and adds `# release` after it. Declines a
/// scalar whose text is not its value (escapes, folded lines) or that shares its line with
/// more than a comment (a flow mapping), where a comment cannot go.
pub(crate) fn pin_edit(source: &str, node: &Node, sha: &str, release: &str) -> Option<Edit> {
    let value = node.as_str()?;
    let raw = source.get(node.span.start()..node.span.end())?;
    let quote = match raw.as_bytes().first() {
        Some(q @ (b'"' | b'\'')) => Some(*q as char),
        _ => None,
    };
    let inner = match quote {
        Some(q) => raw.strip_prefix(q)?.strip_suffix(q)?,
        None => raw,
    };
    if inner != value || value.contains('\n') {
        return None;
    }
    let rest = source.get(node.span.end()..)?;
    let rest = rest.split('\n').next().unwrap_or("").trim();
    if !(rest.is_empty() || rest.starts_with('#')) {
        return None;
    }
    let at = inner.rfind('@')?;
    let start = node.span.start() + usize::from(quote.is_some()) + at + 1;
    let close = quote.map(String::from).unwrap_or_default();
    Some(Edit {
        span: Span::new(start, node.span.end()),
        replacement: format!("{sha}{close} # {release}"),
    })
}
