//! How a `uses:` reference is pinned, shared by GHA008 and GHA009.

use super::{Uses, WorkflowCtx, is_full_sha, parse_uses};
use yoroi_syntax::Node;

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

/// Every `uses:` of the file (steps and reusable-workflow jobs).
pub(crate) fn all_uses<'a>(ctx: &WorkflowCtx<'a>) -> Vec<&'a Node> {
    let mut out = Vec::new();
    for job in &ctx.workflow.jobs {
        out.extend(job.uses.iter());
        out.extend(job.steps.iter().filter_map(|s| s.uses.as_ref()));
    }
    out
}

/// GitHub's own actions (`actions/*`, `github/*`): tags there are protected by GitHub's
/// release process, so a tag pin is accepted (as zizmor's default policy does).
pub(crate) fn first_party(text: &str) -> bool {
    match parse_uses(text) {
        Uses::Repo { owner, .. } => {
            let o = owner.to_ascii_lowercase();
            o == "actions" || o == "github"
        }
        _ => false,
    }
}
