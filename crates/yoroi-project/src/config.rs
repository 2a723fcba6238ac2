//! `.yoroi.toml`: the project's settings, found by walking up from the first scanned path (or
//! given with `--config`). Command-line flags override it. Unknown keys and bad values are errors
//! that name the file, the line and what was expected.

use crate::ProjectError;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const FILE_NAME: &str = ".yoroi.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Exit 1 at or above this severity.
    pub fail_on: Option<String>,
    pub soft_fail: Option<bool>,
    /// Run only rules at or above this severity.
    pub severity: Option<String>,
    /// Output formats, as `--format` takes them.
    #[serde(default)]
    pub format: Vec<String>,
    /// Extra rule folders, relative to the config file.
    #[serde(default)]
    pub checks_dirs: Vec<PathBuf>,
    pub strict_unknown: Option<bool>,
    /// Suppressions without `reason="…"` do not suppress (and are reported).
    pub require_suppression_reason: Option<bool>,
    #[serde(default)]
    pub profiles: Vec<String>,
    #[serde(default)]
    pub rules: Rules,
    #[serde(default)]
    pub paths: Vec<PathRule>,
    #[serde(default)]
    pub terraform: Terraform,
    #[serde(default)]
    pub kubernetes: Kubernetes,
    /// `[helm]`: the values sets charts are rendered with.
    #[serde(default)]
    pub helm: Helm,
    /// `[images]`: which registries images may come from (DKR114, K8S237).
    #[serde(default)]
    pub images: Images,
    /// `[dockerfile]`: the label schema (DKR115, DKR116).
    #[serde(default)]
    pub dockerfile: DockerfileSettings,
    /// `[github-actions]`: the runner labels of the organisation's own runners (GHA037).
    #[serde(default)]
    pub github_actions: GithubActions,
    #[serde(default)]
    pub limits: Limits,
    /// Where the file was read from (not a key).
    #[serde(skip)]
    pub source: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Rules {
    /// Only these rules: ids, names, globs (`K8S0*`) or `category:NAME`.
    #[serde(default)]
    pub enable: Vec<String>,
    /// Never these rules, in the same forms.
    #[serde(default)]
    pub disable: Vec<String>,
    /// Severity overrides by id or name.
    #[serde(default)]
    pub severity: BTreeMap<String, String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PathRule {
    /// A glob relative to the config file (`legacy/**`, `**/*.Dockerfile`).
    pub path: String,
    /// Do not scan matching files at all.
    #[serde(default)]
    pub exclude: bool,
    /// Rules not reported for matching files.
    #[serde(default)]
    pub disable: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Terraform {
    #[serde(default)]
    pub var_files: Vec<PathBuf>,
    pub max_instances: Option<usize>,
}

/// `[limits]`: the hard limits that keep hostile or huge input cheap.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Limits {
    /// Bytes, or a string with a unit (`"5MB"`).
    pub max_file_size: Option<Size>,
    pub max_yaml_aliases: Option<usize>,
    pub max_depth: Option<usize>,
    pub max_eval_steps: Option<u64>,
    /// Seconds; 0 turns the budget off.
    pub file_time_budget: Option<Seconds>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Size {
    Bytes(u64),
    Text(String),
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(untagged)]
pub enum Seconds {
    Whole(u64),
    Fraction(f64),
}

impl Seconds {
    pub fn get(self) -> f64 {
        match self {
            Seconds::Whole(s) => s as f64,
            Seconds::Fraction(s) => s,
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Kubernetes {
    /// `Kind=dotted.path` mappings for custom resources.
    #[serde(default)]
    pub pod_spec_paths: Vec<String>,
}

/// `[helm]`
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Helm {
    /// `[[helm.charts]]`: values sets and release settings per chart directory.
    #[serde(default)]
    pub charts: Vec<HelmChart>,
}

/// One `[[helm.charts]]` entry.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct HelmChart {
    /// The chart directory (relative to the working directory).
    pub path: PathBuf,
    /// Values files (relative to the chart directory), applied in order as one values set.
    #[serde(default)]
    pub values: Vec<PathBuf>,
    /// `key=value` assignments, as `--set`, in the same set.
    #[serde(default)]
    pub set: Vec<String>,
    /// Each `ci/*.yaml` of the chart is a values set of its own.
    #[serde(default)]
    pub ci_values: bool,
    pub release_name: Option<String>,
    pub namespace: Option<String>,
    pub kube_version: Option<String>,
}

/// `[images]`
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Images {
    /// Registry hosts with an optional path prefix (`registry.k8s.io`, `ghcr.io/acme`,
    /// `*.azurecr.io`); Docker Hub names are compared as `docker.io/library/nginx`.
    #[serde(default)]
    pub allowed_registries: Vec<String>,
}

/// `[github-actions]`
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct GithubActions {
    /// Labels of self-hosted or larger runners that `runs-on:` may name besides GitHub's
    /// hosted ones.
    #[serde(default)]
    pub runner_labels: Vec<String>,
    /// Repository patterns `uses:` may name; everything else is reported (GHA052).
    #[serde(default)]
    pub allowed_uses: Vec<String>,
    /// Repository patterns `uses:` may not name (GHA052).
    #[serde(default)]
    pub denied_uses: Vec<String>,
    /// Repository patterns whose actions may be pinned to a tag rather than a commit (GHA009).
    #[serde(default)]
    pub tag_pins_allowed: Vec<String>,
    /// The shortest `cooldown.default-days` a Dependabot update may set (GHA054).
    #[serde(default)]
    pub dependabot_cooldown_days: Option<u32>,
}

/// `[dockerfile]`
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct DockerfileSettings {
    #[serde(default)]
    pub labels: LabelSchema,
}

/// `[dockerfile.labels]`
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LabelSchema {
    /// Labels every image must set.
    #[serde(default)]
    pub required: Vec<String>,
    /// Labels that may be set besides the required ones (used with `strict`).
    #[serde(default)]
    pub allowed: Vec<String>,
    /// Report labels that are neither required nor allowed.
    #[serde(default)]
    pub strict: bool,
}

impl Config {
    /// The settings the rules that take some run with.
    pub fn rule_options(&self) -> yoroi_checks::RuleOptions {
        let labels = &self.dockerfile.labels;
        yoroi_checks::RuleOptions {
            allowed_registries: self
                .images
                .allowed_registries
                .iter()
                .map(|r| r.trim().to_string())
                .collect(),
            required_labels: labels.required.clone(),
            allowed_labels: labels.allowed.clone(),
            strict_labels: labels.strict,
            runner_labels: self
                .github_actions
                .runner_labels
                .iter()
                .map(|l| l.trim().to_string())
                .collect(),
            allowed_uses: self.github_actions.allowed_uses.clone(),
            denied_uses: self.github_actions.denied_uses.clone(),
            tag_pins_allowed: self.github_actions.tag_pins_allowed.clone(),
            dependabot_cooldown_days: self.github_actions.dependabot_cooldown_days,
        }
    }
}

/// The config to use: `--config FILE`, else the nearest `.yoroi.toml` above `start`.
pub fn load(explicit: Option<&Path>, start: &Path) -> Result<Config, ProjectError> {
    let path = match explicit {
        Some(p) => Some(p.to_path_buf()),
        None => find(start),
    };
    let Some(path) = path else {
        return Ok(Config::default());
    };
    let text = std::fs::read_to_string(&path)
        .map_err(|e| ProjectError::Invalid(format!("{}: {e}", path.display())))?;
    let mut config = parse(&text, &path)?;
    config.source = Some(path);
    Ok(config)
}

pub fn find(start: &Path) -> Option<PathBuf> {
    let start = std::fs::canonicalize(start).ok()?;
    let mut dir = if start.is_file() {
        start.parent()?.to_path_buf()
    } else {
        start
    };
    loop {
        let candidate = dir.join(FILE_NAME);
        if candidate.is_file() {
            // Report it relative to the working directory when possible.
            let cwd = std::env::current_dir().ok();
            return Some(
                cwd.and_then(|c| candidate.strip_prefix(&c).ok().map(Path::to_path_buf))
                    .unwrap_or(candidate),
            );
        }
        if !dir.pop() {
            return None;
        }
    }
}

/// Parses and validates a config; errors carry `file:line:column`.
pub fn parse(text: &str, path: &Path) -> Result<Config, ProjectError> {
    let config: Config = toml::from_str(text).map_err(|e| {
        let location = e.span().map_or(String::new(), |span| {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!(":{line}:{column}")
        });
        ProjectError::Invalid(format!(
            "{}{location}: {}",
            path.display(),
            e.message().trim()
        ))
    })?;
    let bad = |what: String| ProjectError::Invalid(format!("{}: {what}", path.display()));
    for (key, value) in [("fail-on", &config.fail_on), ("severity", &config.severity)] {
        if let Some(v) = value
            && yoroi_checks::Severity::parse(v).is_none()
        {
            return Err(bad(format!(
                "`{key} = \"{v}\"`: expected one of critical, high, medium, low, info"
            )));
        }
    }
    if let Some(Size::Text(size)) = &config.limits.max_file_size {
        crate::files::parse_size(size)
            .map_err(|e| bad(format!("`[limits] max-file-size`: {e}")))?;
    }
    if let Some(seconds) = config.limits.file_time_budget
        && !(seconds.get().is_finite() && seconds.get() >= 0.0)
    {
        return Err(bad(
            "`[limits] file-time-budget`: expected a number of seconds, 0 or more".into(),
        ));
    }
    for entry in &config.images.allowed_registries {
        yoroi_checks::options::validate_registry_entry(entry)
            .map_err(|e| bad(format!("`[images] allowed-registries`: {e}")))?;
    }
    let actions = &config.github_actions;
    if !actions.allowed_uses.is_empty() && !actions.denied_uses.is_empty() {
        return Err(bad(
            "`[github-actions]`: set `allowed-uses` or `denied-uses`, not both".into(),
        ));
    }
    if let Some(days) = actions.dependabot_cooldown_days
        && !(1..=yoroi_checks::options::MAX_COOLDOWN_DAYS).contains(&days)
    {
        return Err(bad(format!(
            "`[github-actions] dependabot-cooldown-days`: expected 1 to {} days (Dependabot's range), got {days}",
            yoroi_checks::options::MAX_COOLDOWN_DAYS
        )));
    }
    for (key, list) in [
        ("allowed-uses", &actions.allowed_uses),
        ("denied-uses", &actions.denied_uses),
        ("tag-pins-allowed", &actions.tag_pins_allowed),
    ] {
        for entry in list {
            yoroi_checks::options::validate_uses_pattern(entry)
                .map_err(|e| bad(format!("`[github-actions] {key}`: {e}")))?;
        }
    }
    let labels = &config.dockerfile.labels;
    for (key, list) in [("required", &labels.required), ("allowed", &labels.allowed)] {
        if let Some(label) = list
            .iter()
            .find(|l| l.trim().is_empty() || l.contains(char::is_whitespace))
        {
            return Err(bad(format!(
                "`[dockerfile.labels] {key}`: `{label}` is not a label key"
            )));
        }
    }
    if labels.strict && labels.required.is_empty() && labels.allowed.is_empty() {
        return Err(bad(
            "`[dockerfile.labels] strict = true` needs `required` or `allowed` labels".into(),
        ));
    }
    for (rule, severity) in &config.rules.severity {
        if yoroi_checks::Severity::parse(severity).is_none() {
            return Err(bad(format!(
                "`[rules.severity] {rule} = \"{severity}\"`: expected one of critical, high, medium, low, info"
            )));
        }
    }
    Ok(config)
}

/// Whether a rule matches a selector: id, name, glob on the id or name, or `category:NAME`.
pub fn selects(selector: &str, rule: &yoroi_checks::Rule) -> bool {
    let meta = &rule.meta;
    if let Some(category) = selector.strip_prefix("category:") {
        return serde_json::to_value(meta.category)
            .ok()
            .and_then(|v| v.as_str().map(|c| c == category))
            .unwrap_or(false);
    }
    if selector.contains(['*', '?', '[']) {
        return globset::Glob::new(selector).is_ok_and(|g| {
            let m = g.compile_matcher();
            m.is_match(&meta.id) || m.is_match(&meta.name)
        });
    }
    selector.eq_ignore_ascii_case(&meta.id) || selector == meta.name
}

/// The ids of the catalog's rules that any of the selectors match, in catalog order.
pub fn rule_ids(catalog: &yoroi_checks::Catalog, selectors: &[String]) -> Vec<String> {
    catalog
        .rules
        .iter()
        .filter(|r| selectors.iter().any(|s| selects(s, r)))
        .map(|r| r.meta.id.clone())
        .collect()
}

/// A commented starter file for `yoroi init`.
pub const STARTER: &str = r#"# yoroi configuration. Command-line flags override these settings.
# Found by walking up from the scanned path; `--config FILE` points at another one.

# Exit 1 when a finding is at or above this severity (critical, high, medium, low, info).
fail-on = "low"

# Report everything but always exit 0 unless yoroi itself fails.
# soft-fail = false

# Run only rules at or above this severity.
# severity = "low"

# Output formats, as `--format` takes them: human, json, sarif, junit, checkstyle, gitlab,
# github, markdown; `FORMAT=FILE` writes to a file.
# format = ["human", "sarif=yoroi.sarif"]

# Extra rule folders (same format as yoroi's own checks/), relative to this file.
# checks-dirs = ["policies"]

# Suppressions must say why: `# yoroi:ignore RULE reason="…"`.
# require-suppression-reason = true

# Report, as info, where an unknown Terraform value kept a rule from deciding.
# strict-unknown = false

[rules]
# Rules by id, name, glob (`K8S05*`) or `category:NAME`.
# enable = []            # only these
# disable = ["missing-healthcheck", "category:reliability"]

[rules.severity]
# DKR017 = "low"

# Per-path settings; globs are relative to this file.
# [[paths]]
# path = "legacy/**"
# exclude = true
#
# [[paths]]
# path = "infra/sandbox/**"
# disable = ["AWS005"]

[terraform]
# var-files = ["env/prod.tfvars"]
# max-instances = 10000

[kubernetes]
# Where custom resources keep their pod template.
# pod-spec-paths = ["Workflow=spec.templates.0.container"]

[images]
# Registries images may come from (FROM, COPY --from, Kubernetes containers): a host with an
# optional path prefix, compared by whole path components; `*.example.com` takes subdomains.
# Docker Hub names count as `docker.io/library/nginx` and `docker.io/bitnami/redis`.
# Without this list the registry rules (DKR114, K8S237) stay silent.
# allowed-registries = ["registry.k8s.io", "ghcr.io/acme", "docker.io/library"]

[dockerfile.labels]
# Labels every image must set (DKR115), and with strict = true, the only labels it may set
# besides `allowed` (DKR116). Without them these rules stay silent.
# required = ["org.opencontainers.image.source", "org.opencontainers.image.licenses"]
# allowed = ["org.opencontainers.image.description"]
# strict = false

[github-actions]
# Labels of your own runners (self-hosted, larger runners) that `runs-on:` may name; a label
# that looks like a GitHub-hosted one but is not is reported (GHA037) unless listed here.
# runner-labels = ["ubuntu-20.04-gpu", "linux-large"]
# Repository patterns (`owner/repo`, `owner/*`, `owner/repo/path`) that `uses:` may name, or may
# not name (GHA052, silent without them; set one of the two).
# allowed-uses = ["actions/*", "github/codeql-action"]
# denied-uses = ["untrusted-org/*"]
# Repository patterns whose actions may stay on a tag (`@v4`) instead of a commit SHA (GHA009
# reports every other tag pin, GitHub's own `actions/*` included).
# tag-pins-allowed = ["actions/*", "github/*"]
# The shortest `cooldown.default-days` a Dependabot update may set (GHA054; a week by default).
# dependabot-cooldown-days = 7

[limits]
# Hard limits; each one reached is reported on the file where it was hit.
# max-file-size = "5MB"        # larger files are reported (YOR001), not read
# max-yaml-aliases = 100000    # nodes YAML alias expansion may create per document
# max-depth = 256              # deepest YAML nesting
# max-eval-steps = 20000000    # expression evaluations per Terraform root module
# file-time-budget = 30        # seconds per file or root module (YOR007); 0 turns it off
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_file_parses() {
        let config = parse(STARTER, Path::new(".yoroi.toml")).unwrap();
        assert_eq!(config.fail_on.as_deref(), Some("low"));
    }

    #[test]
    fn unknown_keys_name_the_line_and_the_expected_keys() {
        let err = parse(
            "fail-on = \"low\"\nfial-on = \"high\"\n",
            Path::new("x.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("x.toml:2:1:"), "{err}");
        assert!(err.contains("fail-on"), "{err}");
        let err = parse("fail-on = \"severe\"\n", Path::new("x.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("expected one of critical"), "{err}");
    }

    #[test]
    fn image_and_label_settings_become_rule_options() {
        let text = "[images]\nallowed-registries = [\"ghcr.io/acme\", \"*.azurecr.io\"]\n\
                    [dockerfile.labels]\nrequired = [\"org.opencontainers.image.source\"]\n\
                    allowed = [\"maintainer\"]\nstrict = true\n";
        let options = parse(text, Path::new("x.toml")).unwrap().rule_options();
        assert_eq!(options.allowed_registries, ["ghcr.io/acme", "*.azurecr.io"]);
        assert_eq!(options.required_labels, ["org.opencontainers.image.source"]);
        assert_eq!(options.allowed_labels, ["maintainer"]);
        assert!(options.strict_labels);
        let none = parse("", Path::new("x.toml")).unwrap().rule_options();
        assert_eq!(none, yoroi_checks::RuleOptions::default());
    }

    #[test]
    fn image_and_label_settings_are_validated() {
        let err = |text: &str| parse(text, Path::new("x.toml")).unwrap_err().to_string();
        let e = err("[images]\nallowed-registry = [\"ghcr.io\"]\n");
        assert!(e.contains("allowed-registries"), "{e}");
        let e = err("[images]\nallowed-registries = [\"ghcr.io/acme/api:1.0\"]\n");
        assert!(e.contains("holds a tag"), "{e}");
        let e = err("[dockerfile.labels]\nstrict = true\n");
        assert!(e.contains("needs `required` or `allowed`"), "{e}");
        let e = err("[dockerfile.labels]\nrequird = [\"a\"]\n");
        assert!(e.contains("required"), "{e}");
        let e = err("[dockerfile]\nlabel = {}\n");
        assert!(e.contains("labels"), "{e}");
    }
}
