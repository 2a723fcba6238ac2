//! GHA051 superfluous-actions: a third-party action whose whole job a tool of GitHub's runner
//! images already does (`gh`, `git`, `docker`, `jq`, `rustup`).

use super::{WorkflowCtx, action_name};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA051",
    check: Check::Workflow(check),
};

/// Actions (lower-case `owner/repo`) and the runner tool that replaces each.
const REPLACEMENTS: &[(&str, &str)] = &[
    ("ncipollo/release-action", "`gh release create`"),
    ("softprops/action-gh-release", "`gh release create`"),
    ("elgohr/github-release-action", "`gh release create`"),
    (
        "svenstaro/upload-release-action",
        "`gh release create` and `gh release upload`",
    ),
    ("peter-evans/create-pull-request", "`gh pr create`"),
    (
        "peter-evans/create-or-update-comment",
        "`gh pr comment` or `gh issue comment`",
    ),
    ("dacbd/create-issue-action", "`gh issue create`"),
    (
        "actions-ecosystem/action-add-labels",
        "`gh issue edit --add-label` or `gh pr edit --add-label`",
    ),
    (
        "actions-ecosystem/action-remove-labels",
        "`gh issue edit --remove-label` or `gh pr edit --remove-label`",
    ),
    ("addnab/docker-run-action", "`docker run`"),
    ("sergeysova/jq-action", "`jq`"),
    ("dtolnay/rust-toolchain", "`rustup toolchain install`"),
    (
        "stefanzweifel/git-auto-commit-action",
        "`git add`, `git commit` and `git push`",
    ),
    ("endbug/add-and-commit", "`git add`, `git commit` and `git push`"),
];

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for (job, _, step) in ctx.steps() {
        let (Some(name), Some(uses)) = (action_name(step), step.uses.as_ref()) else {
            continue;
        };
        if let Some((_, replacement)) = REPLACEMENTS.iter().find(|(a, _)| *a == name) {
            out.report(
                uses.span,
                format!(
                    "`{name}` can be replaced by {replacement}, already on GitHub's runners; a `run:` step drops a third-party dependency"
                ),
            )
            .object(format!("job {}", job.id));
        }
    }
}
