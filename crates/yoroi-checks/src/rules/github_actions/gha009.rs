//! GHA009 uses-not-pinned-to-sha: an action or `docker://` image pinned to a tag, which its
//! owner (or whoever takes over the account) can move; `[github-actions] tag-pins-allowed`
//! accepts tags for the repositories it lists. Where yoroi's tag table knows
//! the action, the fix pins to the commit: safe for a release tag (`v4.1.2`, the same code),
//! unsafe for a moving tag (`v4`), which is frozen at the release it points to.

use super::pinning::{Pin, action_ref, all_uses, pin, pin_edit};
use super::pins::{PINS, tag_version};
use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::options::uses_pattern_matches;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA009",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for node in all_uses(ctx) {
        let Some(text) = node.as_str() else { continue };
        if text.contains("${{") {
            continue;
        }
        let action = text.split('@').next().unwrap_or(text).trim();
        if ctx
            .options
            .tag_pins_allowed
            .iter()
            .any(|p| uses_pattern_matches(p, action))
        {
            continue;
        }
        if let (Pin::Tag, r) = pin(text) {
            let finding = out.report(
                node.span,
                format!("`{text}` is pinned to the tag `{r}`, not to a full commit SHA"),
            );
            let Some((release, sha, moving)) = pin_from_table(text) else {
                continue;
            };
            let Some(edit) = pin_edit(&ctx.file.text, node, sha, release) else {
                continue;
            };
            let short = sha.get(..12).unwrap_or(sha);
            if moving {
                finding.fix_unsafe(
                    format!("pin to {release} ({short}), the release `{r}` points to in yoroi's tag table"),
                    vec![edit],
                );
            } else {
                finding.fix(
                    format!("pin to the commit of {release} ({short}) from yoroi's tag table"),
                    vec![edit],
                );
            }
        }
    }
}

/// The release and commit to pin a tagged `uses:` to, and whether the tag was a moving one.
fn pin_from_table(text: &str) -> Option<(&'static str, &'static str, bool)> {
    let (action, tag) = action_ref(text)?;
    match tag_version(tag)?.len() {
        3 => PINS
            .commit(&action, tag)
            .and_then(|sha| PINS.release_under(&action, tag).filter(|r| r.1 == sha))
            .map(|(release, sha)| (release, sha, false)),
        _ => PINS
            .release_under(&action, tag)
            .map(|(release, sha)| (release, sha, true)),
    }
}
