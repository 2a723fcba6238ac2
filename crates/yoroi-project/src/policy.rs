//! A config's per-finding decisions: severity overrides, `[[paths]]` excludes and rule
//! disables, and (when several configs apply to one run) their `[rules]` selections.

use crate::ProjectError;
use crate::config::Config;
use std::path::{Path, PathBuf};

/// A config's settings that decide, per finding, whether and how it is reported.
pub struct FindingPolicy {
    /// Rule selectors from `[rules]`, applied here only when several configs are in play (with
    /// one config they already decided which rules ran).
    enable: Vec<String>,
    disable: Vec<String>,
    excludes: Vec<globset::GlobMatcher>,
    disables: Vec<(globset::GlobMatcher, Vec<String>)>,
    severity: Vec<(String, yoroi_checks::Severity)>,
    /// Rules named with `--rule`: the config does not switch them off.
    explicit: Vec<String>,
}

impl FindingPolicy {
    pub fn new(
        config: &Config,
        with_rule_selection: bool,
        explicit: &[String],
    ) -> Result<FindingPolicy, ProjectError> {
        let base = config
            .source
            .as_ref()
            .and_then(|p| p.parent().map(PathBuf::from))
            .unwrap_or_default();
        let glob = |pattern: &str| -> Result<globset::GlobMatcher, ProjectError> {
            Ok(globset::Glob::new(&path_glob(&base, pattern))
                .map_err(|e| ProjectError::Invalid(format!("[[paths]] path = \"{pattern}\": {e}")))?
                .compile_matcher())
        };
        let mut policy = FindingPolicy {
            enable: Vec::new(),
            disable: Vec::new(),
            excludes: Vec::new(),
            disables: Vec::new(),
            severity: config
                .rules
                .severity
                .iter()
                .filter_map(|(k, v)| Some((k.clone(), yoroi_checks::Severity::parse(v)?)))
                .collect(),
            explicit: explicit.to_vec(),
        };
        if with_rule_selection {
            policy.enable = config.rules.enable.clone();
            policy.disable = config.rules.disable.clone();
        }
        for rule in &config.paths {
            if rule.exclude {
                policy.excludes.push(glob(&rule.path)?);
            }
            if !rule.disable.is_empty() {
                policy
                    .disables
                    .push((glob(&rule.path)?, rule.disable.clone()));
            }
        }
        Ok(policy)
    }

    /// Whether the finding is reported; adjusts its severity.
    pub fn keep(&self, f: &mut yoroi_checks::Finding) -> bool {
        let path = f.file.display_path();
        let selects = |list: &[String]| list.iter().any(|r| crate::config::selects(r, &f.rule));
        let explicit = selects(&self.explicit);
        if (!explicit && !self.enable.is_empty() && !selects(&self.enable))
            || (!explicit && selects(&self.disable))
            || self.excludes.iter().any(|g| g.is_match(&path))
            || self
                .disables
                .iter()
                .any(|(g, rules)| g.is_match(&path) && selects(rules))
        {
            return false;
        }
        let meta = &f.rule.meta;
        if let Some((_, severity)) = self
            .severity
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(&meta.id) || *k == meta.name)
        {
            f.severity = *severity;
        }
        true
    }
}

/// A config glob, relative to the config file's directory, as discovery matches paths.
pub fn path_glob(base: &Path, pattern: &str) -> String {
    if base.as_os_str().is_empty() || base == std::path::Path::new(".") {
        pattern.to_string()
    } else {
        format!("{}/{pattern}", base.display())
    }
}
