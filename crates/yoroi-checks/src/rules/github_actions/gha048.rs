//! GHA048 typosquat-uses: `uses:` names an action one or two letters away from a widely used
//! one (`actions/chekout`, `action/checkout`). Such names are registered to catch typos, and
//! whatever their owner pushes runs with the job's token and secrets.

use super::pinning::all_uses;
use super::{Uses, WorkflowCtx, edit_distance, parse_uses};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA048",
    check: Check::Workflow(check),
};

/// Widely used actions (lower-case `owner/repo`), the names typosquats imitate.
const POPULAR: &[&str] = &[
    "actions/checkout",
    "actions/cache",
    "actions/setup-node",
    "actions/setup-python",
    "actions/setup-go",
    "actions/setup-java",
    "actions/setup-dotnet",
    "actions/upload-artifact",
    "actions/download-artifact",
    "actions/github-script",
    "actions/labeler",
    "actions/stale",
    "actions/create-release",
    "actions/upload-release-asset",
    "actions/configure-pages",
    "actions/upload-pages-artifact",
    "actions/deploy-pages",
    "actions/attest-build-provenance",
    "actions/dependency-review-action",
    "actions/create-github-app-token",
    "github/codeql-action",
    "docker/login-action",
    "docker/build-push-action",
    "docker/metadata-action",
    "docker/setup-buildx-action",
    "docker/setup-qemu-action",
    "aws-actions/configure-aws-credentials",
    "aws-actions/amazon-ecr-login",
    "azure/login",
    "azure/setup-helm",
    "azure/setup-kubectl",
    "google-github-actions/auth",
    "google-github-actions/setup-gcloud",
    "hashicorp/setup-terraform",
    "ruby/setup-ruby",
    "dtolnay/rust-toolchain",
    "swatinem/rust-cache",
    "pnpm/action-setup",
    "codecov/codecov-action",
    "softprops/action-gh-release",
    "peter-evans/create-pull-request",
    "golangci/golangci-lint-action",
    "goreleaser/goreleaser-action",
    "sigstore/cosign-installer",
    "anchore/sbom-action",
    "aquasecurity/trivy-action",
    "step-security/harden-runner",
    "ossf/scorecard-action",
    "peaceiris/actions-gh-pages",
    "jamesives/github-pages-deploy-action",
    "slackapi/slack-github-action",
];

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for node in all_uses(ctx) {
        let Some(text) = node.as_str() else { continue };
        let Uses::Repo { owner, repo, .. } = parse_uses(text) else {
            continue;
        };
        let name = format!("{owner}/{repo}").to_ascii_lowercase();
        if let Some(real) = imitated(&name) {
            out.report(
                node.span,
                format!("`{owner}/{repo}` is one or two letters away from `{real}`: check the name"),
            );
        }
    }
}

/// The popular action `name` is a near miss of, if any.
fn imitated(name: &str) -> Option<&'static str> {
    if POPULAR.contains(&name) {
        return None;
    }
    let limit = if name.len() <= 14 { 1 } else { 2 };
    POPULAR
        .iter()
        .map(|p| (edit_distance(name, p), *p))
        .filter(|(d, _)| (1..=limit).contains(d))
        .min_by_key(|(d, _)| *d)
        .map(|(_, p)| p)
}

#[cfg(test)]
mod tests {
    use super::imitated;

    #[test]
    fn near_misses_of_popular_actions_and_nothing_else() {
        assert_eq!(imitated("actions/chekout"), Some("actions/checkout"));
        assert_eq!(imitated("action/checkout"), Some("actions/checkout"));
        assert_eq!(imitated("actions/checkout"), None);
        assert_eq!(imitated("docker/setup-buildx-actoin"), Some("docker/setup-buildx-action"));
        // real, distinct actions are never near misses of each other
        for a in super::POPULAR {
            assert_eq!(imitated(a), None, "{a}");
        }
        assert_eq!(imitated("acme/deploy"), None);
        assert_eq!(imitated("actions/setup-ruby"), None);
    }
}
