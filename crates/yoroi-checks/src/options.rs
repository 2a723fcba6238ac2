//! Settings that some rules take from the project's configuration (`[images]` and
//! `[dockerfile.labels]` in `.yoroi.toml`). They describe an organisation's own policy, which no
//! file states: which registries images may come from, which labels an image must carry. A rule
//! that reads a setting is silent while the setting is not given.

use yoroi_syntax::dockerfile::image_parts;

/// What the configuration tells the rules that need it. The default (nothing configured) keeps
/// those rules silent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleOptions {
    /// `[images] allowed-registries`: registry hosts, optionally with a path prefix
    /// (`registry.k8s.io`, `ghcr.io/acme`, `*.azurecr.io`). Empty: not checked.
    pub allowed_registries: Vec<String>,
    /// `[dockerfile.labels] required`: labels every image must set. Empty: not checked.
    pub required_labels: Vec<String>,
    /// `[dockerfile.labels] allowed`: labels that may be set besides the required ones.
    pub allowed_labels: Vec<String>,
    /// `[dockerfile.labels] strict`: report labels that are neither required nor allowed.
    pub strict_labels: bool,
    /// `[github-actions] runner-labels`: labels of the organisation's own runners, accepted in
    /// `runs-on:` (GHA037).
    pub runner_labels: Vec<String>,
    /// `[github-actions] allowed-uses`: repository patterns (`actions/*`, `github/codeql-action`)
    /// that `uses:` may name; any other repository action is reported (GHA052). Empty: not checked.
    pub allowed_uses: Vec<String>,
    /// `[github-actions] denied-uses`: repository patterns that `uses:` may not name (GHA052).
    pub denied_uses: Vec<String>,
    /// `[github-actions] tag-pins-allowed`: repository patterns whose actions may be pinned to a
    /// tag instead of a commit SHA (GHA009). Empty: every action must be pinned to a commit.
    pub tag_pins_allowed: Vec<String>,
    /// `[github-actions] dependabot-cooldown-days`: the shortest `cooldown.default-days` a
    /// Dependabot update may set (GHA054); `None`: [`DEFAULT_COOLDOWN_DAYS`].
    pub dependabot_cooldown_days: Option<u32>,
}

/// GHA054's threshold when the project sets none: a week, as zizmor's `dependabot-cooldown`.
pub const DEFAULT_COOLDOWN_DAYS: u32 = 7;

/// The largest cooldown Dependabot accepts, in days.
pub const MAX_COOLDOWN_DAYS: u32 = 90;

impl RuleOptions {
    /// The settings the catalog's examples run with (documented in docs/rule-format.md).
    pub fn examples() -> RuleOptions {
        RuleOptions {
            allowed_registries: vec![
                "registry.example.com".into(),
                "ghcr.io/acme".into(),
                "docker.io/library".into(),
                "*.dkr.ecr.eu-west-1.amazonaws.com".into(),
            ],
            required_labels: vec![
                "org.opencontainers.image.source".into(),
                "org.opencontainers.image.licenses".into(),
            ],
            allowed_labels: vec!["org.opencontainers.image.description".into()],
            strict_labels: true,
            runner_labels: vec!["ubuntu-20.04-gpu".into()],
            allowed_uses: Vec::new(),
            denied_uses: vec!["untrusted-org/*".into()],
            tag_pins_allowed: vec!["trusted-org/*".into()],
            dependabot_cooldown_days: None,
        }
    }

    /// The shortest `cooldown.default-days` GHA054 accepts.
    pub fn cooldown_days(&self) -> u32 {
        self.dependabot_cooldown_days
            .unwrap_or(DEFAULT_COOLDOWN_DAYS)
    }

    /// Whether labels are checked against a schema at all.
    pub fn has_label_schema(&self) -> bool {
        !self.required_labels.is_empty() || (self.strict_labels && !self.allowed_labels.is_empty())
    }

    /// Whether a label key is part of the configured schema (case-insensitive, as Docker
    /// label keys are usually compared by people).
    pub fn label_in_schema(&self, key: &str) -> bool {
        self.required_labels
            .iter()
            .chain(&self.allowed_labels)
            .any(|l| l.eq_ignore_ascii_case(key))
    }

    /// Whether an image reference comes from an allowed registry: `None` when no registry list
    /// is configured or the reference cannot be judged (empty, or holding a variable).
    pub fn registry_allowed(&self, reference: &str) -> Option<bool> {
        if self.allowed_registries.is_empty() {
            return None;
        }
        let repository = normalized_repository(reference)?;
        Some(
            self.allowed_registries
                .iter()
                .any(|entry| registry_entry_matches(entry, &repository)),
        )
    }
}

/// Whether `uses:` naming the repository action `owner/repo[/path]` is forbidden by the
/// `allowed-uses` / `denied-uses` lists: `None` when neither is configured.
pub fn uses_forbidden(options: &RuleOptions, action: &str) -> Option<bool> {
    if !options.allowed_uses.is_empty() {
        return Some(
            !options
                .allowed_uses
                .iter()
                .any(|p| uses_pattern_matches(p, action)),
        );
    }
    if !options.denied_uses.is_empty() {
        return Some(
            options
                .denied_uses
                .iter()
                .any(|p| uses_pattern_matches(p, action)),
        );
    }
    None
}

/// A repository pattern (`owner/repo`, `owner/*`, `owner/repo/path`, `*` within a segment)
/// against `owner/repo[/path]`, segment by segment, without regard to case. A pattern shorter
/// than the action covers the paths below it (`github/codeql-action` covers
/// `github/codeql-action/init`).
pub fn uses_pattern_matches(pattern: &str, action: &str) -> bool {
    let pattern = pattern.trim().trim_end_matches('/').to_ascii_lowercase();
    let action = action.to_ascii_lowercase();
    let pattern: Vec<&str> = pattern.split('/').collect();
    let action: Vec<&str> = action.split('/').collect();
    pattern.len() <= action.len() && pattern.iter().zip(&action).all(|(p, a)| glob_segment(p, a))
}

/// `*` matches any run of characters within one segment.
fn glob_segment(pattern: &str, text: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == text,
        Some((head, tail)) => {
            let Some(rest) = text.strip_prefix(head) else {
                return false;
            };
            (0..=rest.len())
                .filter(|&i| rest.is_char_boundary(i))
                .any(|i| glob_segment(tail, &rest[i..]))
        }
    }
}

/// Checks an `allowed-uses` / `denied-uses` entry; the error says what is wrong with it.
pub fn validate_uses_pattern(entry: &str) -> Result<(), String> {
    let trimmed = entry.trim().trim_end_matches('/');
    let segments: Vec<&str> = trimmed.split('/').collect();
    if segments.len() < 2 || segments.iter().any(|s| s.is_empty()) {
        return Err(format!(
            "`{entry}` is not a repository pattern (`owner/repo`, `owner/*`, `owner/repo/path`)"
        ));
    }
    if trimmed.contains('@') || trimmed.starts_with("docker:") || trimmed.starts_with('.') {
        return Err(format!(
            "`{entry}`: patterns name repositories, without `@ref`, `docker://` or local paths"
        ));
    }
    Ok(())
}

/// Checks an `allowed-registries` entry; the error says what is wrong with it.
pub fn validate_registry_entry(entry: &str) -> Result<(), String> {
    let trimmed = entry.trim();
    if trimmed.is_empty() || trimmed == "/" {
        return Err("an empty registry".into());
    }
    if trimmed.contains(char::is_whitespace) {
        return Err(format!("`{entry}` contains a space"));
    }
    if trimmed.contains('@') {
        return Err(format!(
            "`{entry}` holds a digest: give a registry host and optional path, not an image"
        ));
    }
    let last = trimmed.trim_end_matches('/');
    if last.contains('/') && last.rsplit('/').next().is_some_and(|c| c.contains(':')) {
        return Err(format!(
            "`{entry}` holds a tag: give a registry host and optional path, not an image"
        ));
    }
    let host = last.split('/').next().unwrap_or("");
    let wildcard_ok = match host.strip_prefix("*.") {
        Some(domain) => !domain.contains('*'),
        None => !host.contains('*'),
    };
    if !wildcard_ok {
        return Err(format!(
            "`{entry}`: a wildcard is only allowed as the first label of the host (`*.example.com`)"
        ));
    }
    if last[host.len()..].contains('*') {
        return Err(format!(
            "`{entry}`: wildcards are only allowed in the host (`*.example.com`)"
        ));
    }
    Ok(())
}

/// `host/path` of an image reference without tag or digest, lower-cased host, with Docker
/// Hub's implicit host and `library/` namespace made explicit (`nginx` →
/// `docker.io/library/nginx`). `None` when the reference holds a variable or is empty.
pub fn normalized_repository(reference: &str) -> Option<String> {
    let reference = reference.trim();
    if reference.is_empty() || reference.contains('$') || reference.contains("{{") {
        return None;
    }
    let name = image_parts(reference).name;
    if name.is_empty() {
        return None;
    }
    let (first, rest) = match name.split_once('/') {
        Some((first, rest)) => (first, Some(rest)),
        None => (name, None),
    };
    let is_host = |c: &str| c.contains('.') || c.contains(':') || c == "localhost";
    let (host, path) = match rest {
        Some(rest) if is_host(first) => (first.to_ascii_lowercase(), rest.to_string()),
        Some(_) => ("docker.io".to_string(), name.to_string()),
        None => ("docker.io".to_string(), format!("library/{name}")),
    };
    let host = match host.as_str() {
        "index.docker.io" | "registry-1.docker.io" | "registry.hub.docker.com" => {
            "docker.io".to_string()
        }
        _ => host,
    };
    if host == "docker.io" && !path.contains('/') {
        return Some(format!("docker.io/library/{path}"));
    }
    Some(format!("{host}/{path}"))
}

/// Whether a configured entry (`host`, `host/path`, `*.domain`) admits a normalised repository:
/// the host must be equal (or a subdomain, for `*.`), and the path a whole-component prefix.
fn registry_entry_matches(entry: &str, repository: &str) -> bool {
    let entry = entry.trim().trim_end_matches('/');
    let (entry_host, entry_path) = match entry.split_once('/') {
        Some((h, p)) => (h, Some(p)),
        None => (entry, None),
    };
    let entry_host = match entry_host.to_ascii_lowercase().as_str() {
        "index.docker.io" | "registry-1.docker.io" | "registry.hub.docker.com" => {
            "docker.io".to_string()
        }
        h => h.to_string(),
    };
    let (host, path) = repository.split_once('/').unwrap_or((repository, ""));
    let host_ok = match entry_host.strip_prefix("*.") {
        Some(domain) => host.len() > domain.len() + 1 && host.ends_with(&format!(".{domain}")),
        None => host == entry_host,
    };
    if !host_ok {
        return false;
    }
    match entry_path {
        None | Some("") => true,
        Some(prefix) => path == prefix || path.starts_with(&format!("{prefix}/")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allowed(list: &[&str], image: &str) -> Option<bool> {
        RuleOptions {
            allowed_registries: list.iter().map(|s| s.to_string()).collect(),
            ..RuleOptions::default()
        }
        .registry_allowed(image)
    }

    #[test]
    fn uses_patterns() {
        assert!(uses_pattern_matches("actions/*", "actions/checkout"));
        assert!(uses_pattern_matches("actions/*", "actions/cache/save"));
        assert!(uses_pattern_matches(
            "github/codeql-action",
            "GitHub/CodeQL-Action/init"
        ));
        assert!(uses_pattern_matches(
            "github/codeql-action/*",
            "github/codeql-action/init"
        ));
        assert!(uses_pattern_matches("acme/deploy-*", "acme/deploy-prod"));
        assert!(!uses_pattern_matches("acme/deploy-*", "acme/build"));
        assert!(!uses_pattern_matches("actions/checkout", "actions/cache"));
        assert!(!uses_pattern_matches(
            "github/codeql-action/init",
            "github/codeql-action"
        ));
        let allow = RuleOptions {
            allowed_uses: vec!["actions/*".into()],
            ..RuleOptions::default()
        };
        assert_eq!(uses_forbidden(&allow, "actions/checkout"), Some(false));
        assert_eq!(uses_forbidden(&allow, "evil/checkout"), Some(true));
        assert_eq!(
            uses_forbidden(&RuleOptions::default(), "evil/checkout"),
            None
        );
        assert!(validate_uses_pattern("actions/*").is_ok());
        assert!(validate_uses_pattern("actions").is_err());
        assert!(validate_uses_pattern("actions/checkout@v4").is_err());
    }

    #[test]
    fn docker_hub_names_are_normalised() {
        let n = |s| normalized_repository(s).unwrap();
        assert_eq!(n("nginx"), "docker.io/library/nginx");
        assert_eq!(n("nginx:1.25@sha256:abc"), "docker.io/library/nginx");
        assert_eq!(n("bitnami/redis:7"), "docker.io/bitnami/redis");
        assert_eq!(
            n("index.docker.io/library/nginx"),
            "docker.io/library/nginx"
        );
        assert_eq!(n("docker.io/nginx"), "docker.io/library/nginx");
        assert_eq!(n("Registry.K8S.io/pause:3.9"), "registry.k8s.io/pause");
        assert_eq!(n("localhost:5000/app"), "localhost:5000/app");
        assert_eq!(normalized_repository("${BASE}"), None);
        assert_eq!(normalized_repository(""), None);
    }

    #[test]
    fn registries_compare_by_host_and_whole_path_components() {
        let list = ["ghcr.io/acme", "registry.k8s.io", "docker.io/library"];
        assert_eq!(allowed(&list, "ghcr.io/acme/api:1"), Some(true));
        assert_eq!(allowed(&list, "ghcr.io/acme-fork/api:1"), Some(false));
        assert_eq!(allowed(&list, "ghcr.io/other/api"), Some(false));
        assert_eq!(allowed(&list, "registry.k8s.io/pause:3.9"), Some(true));
        assert_eq!(allowed(&list, "registry.k8s.io.evil.io/pause"), Some(false));
        assert_eq!(allowed(&list, "nginx:1.25"), Some(true));
        assert_eq!(allowed(&list, "bitnami/redis"), Some(false));
        assert_eq!(allowed(&list, "$IMAGE"), None);
        assert_eq!(allowed(&[], "evil.io/x"), None);
        assert_eq!(allowed(&["docker.io"], "bitnami/redis"), Some(true));
        assert_eq!(allowed(&["ghcr.io/acme/"], "ghcr.io/acme/api"), Some(true));
    }

    #[test]
    fn host_wildcards_match_subdomains_only() {
        let list = ["*.azurecr.io"];
        assert_eq!(allowed(&list, "acme.azurecr.io/api:1"), Some(true));
        assert_eq!(allowed(&list, "azurecr.io/api"), Some(false));
        assert_eq!(allowed(&list, "acme.azurecr.io.evil.io/api"), Some(false));
    }

    #[test]
    fn registry_entries_are_validated() {
        assert!(validate_registry_entry("ghcr.io/acme").is_ok());
        assert!(validate_registry_entry("*.azurecr.io").is_ok());
        assert!(validate_registry_entry("localhost:5000").is_ok());
        assert!(validate_registry_entry("").is_err());
        assert!(validate_registry_entry("ghcr.io/acme/api:1.0").is_err());
        assert!(validate_registry_entry("ghcr.io/acme/api@sha256:abc").is_err());
        assert!(validate_registry_entry("ghcr.*.io").is_err());
        assert!(validate_registry_entry("ghcr.io/*").is_err());
    }
}

/// The rules that read these settings, end to end: silent without them, firing with them; and
/// admission policies, whose patterns describe pods, never judged as workloads.
#[cfg(test)]
mod rule_tests {
    use super::RuleOptions;
    use crate::catalog::Catalog;
    use crate::engine::{Engine, Selection, parse_file};
    use std::sync::Arc;
    use yoroi_syntax::{FileKind, SourceFile};

    fn ids(only: &[&str], options: Option<RuleOptions>, path: &str, text: &str) -> Vec<String> {
        let catalog = Arc::new(Catalog::builtin().expect("catalog"));
        let selection = Selection {
            only: only.iter().map(|s| s.to_string()).collect(),
            ..Selection::default()
        };
        let mut engine = Engine::new(catalog, &selection).expect("engine");
        if let Some(options) = options {
            engine.set_options(options);
        }
        let kind = if path.ends_with(".yaml") {
            FileKind::Yaml
        } else {
            FileKind::Dockerfile
        };
        let document = parse_file(SourceFile::new(path, kind, text.to_string()));
        let mut out: Vec<String> = engine
            .check(&document)
            .iter()
            .map(|f| f.rule_id().to_string())
            .collect();
        out.sort();
        out
    }

    const DOCKERFILE: &str = "FROM quay.io/evil/base:1 AS build\n\
        FROM build AS test\n\
        FROM nginx:1.27\n\
        COPY --from=build /a /a\n\
        COPY --from=quay.io/evil/tools:1 /b /b\n\
        LABEL org.opencontainers.image.source=https://example.com maintainer=me\n";

    const POD: &str = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  \
        initContainers: [{name: i, image: busybox:1.36}]\n  \
        containers: [{name: c, image: quay.io/evil/app:1}, {name: d, image: ghcr.io/acme/app:1}]\n";

    #[test]
    fn rules_with_settings_are_silent_without_them() {
        let rules = ["DKR114", "DKR115", "DKR116", "K8S237"];
        assert!(ids(&rules, None, "Dockerfile", DOCKERFILE).is_empty());
        assert!(ids(&rules, None, "pod.yaml", POD).is_empty());
        assert!(
            ids(
                &rules,
                Some(RuleOptions::default()),
                "Dockerfile",
                DOCKERFILE
            )
            .is_empty()
        );
    }

    #[test]
    fn rules_with_settings_fire_with_them() {
        let options = RuleOptions::examples();
        assert_eq!(
            ids(&["DKR114"], Some(options.clone()), "Dockerfile", DOCKERFILE),
            ["DKR114", "DKR114"],
            "the quay.io base and the quay.io COPY --from; not the stage, not docker.io/library"
        );
        assert_eq!(
            ids(&["DKR115"], Some(options.clone()), "Dockerfile", DOCKERFILE),
            ["DKR115"],
            "licenses is missing (one finding for all missing labels)"
        );
        assert_eq!(
            ids(&["DKR116"], Some(options.clone()), "Dockerfile", DOCKERFILE),
            ["DKR116"],
            "maintainer is outside the schema"
        );
        let lax = RuleOptions {
            strict_labels: false,
            ..options.clone()
        };
        assert!(ids(&["DKR116"], Some(lax), "Dockerfile", DOCKERFILE).is_empty());
        assert_eq!(
            ids(&["K8S237"], Some(options), "pod.yaml", POD),
            ["K8S237"],
            "only quay.io; busybox is docker.io/library, ghcr.io/acme is allowed"
        );
    }

    /// A Kyverno policy and a Gatekeeper template describe forbidden pods in their patterns,
    /// mutations, generated resources and Rego; none of it is a workload.
    #[test]
    fn admission_policies_are_never_judged_as_workloads() {
        let text = include_str!("../../../testdata/policy/kyverno-pod-security.yaml");
        let fired = ids(&[], Some(RuleOptions::examples()), "policy.yaml", text);
        let workload: Vec<&String> = fired
            .iter()
            .filter(|id| {
                !matches!(
                    id.as_str(),
                    "K8S230" | "K8S231" | "K8S232" | "K8S233" | "K8S234" | "K8S235" | "K8S236"
                )
            })
            .collect();
        assert!(workload.is_empty(), "{fired:?}");
    }
}
