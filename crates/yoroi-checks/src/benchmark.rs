//! Compliance benchmarks: the controls of a benchmark (CIS Docker, CIS Kubernetes, the Pod
//! Security Standards, the CIS cloud foundations) and which rules judge each one.
//!
//! A benchmark is a YAML file in `checks/benchmarks/`. Its controls list every recommendation,
//! including the manual ones, so that a compliance view never hides what a file scan cannot
//! decide. A rule belongs to a control when one of its `references` cites the control (`<cite>
//! <id>`, e.g. `CIS Kubernetes 5.2.2`), or when the control lists it under `rules:` (used for
//! rules that cite an older version of the same recommendation).

use crate::catalog::{Catalog, Rule};
use serde::Deserialize;
use std::sync::Arc;

/// The benchmarks shipped in the binary, in the order `--benchmark` lists them.
const EMBEDDED: &[(&str, &str)] = &[
    (
        "cis-docker",
        include_str!("../../../checks/benchmarks/cis-docker.yaml"),
    ),
    (
        "cis-kubernetes",
        include_str!("../../../checks/benchmarks/cis-kubernetes.yaml"),
    ),
    (
        "pss-baseline",
        include_str!("../../../checks/benchmarks/pss-baseline.yaml"),
    ),
    (
        "pss-restricted",
        include_str!("../../../checks/benchmarks/pss-restricted.yaml"),
    ),
    (
        "cis-aws",
        include_str!("../../../checks/benchmarks/cis-aws.yaml"),
    ),
    (
        "cis-azure",
        include_str!("../../../checks/benchmarks/cis-azure.yaml"),
    ),
    (
        "cis-gcp",
        include_str!("../../../checks/benchmarks/cis-gcp.yaml"),
    ),
];

/// What must have been scanned for an automated control to count as passed rather than not
/// applicable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    Dockerfile,
    Kubernetes,
    Compose,
    Aws,
    Azure,
    Gcp,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Dockerfile => "Dockerfiles",
            Scope::Kubernetes => "Kubernetes objects",
            Scope::Compose => "Compose services",
            Scope::Aws => "AWS Terraform resources",
            Scope::Azure => "Azure Terraform resources",
            Scope::Gcp => "Google Cloud Terraform resources",
        }
    }
}

/// How the benchmark itself classifies a control.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Assessment {
    Automated,
    Manual,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: String,
    /// Why a whole section is outside what files show (host, daemon, account settings).
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Control {
    pub id: String,
    pub section: String,
    pub title: String,
    pub assessment: Assessment,
    /// Rules that judge this control without citing it in this benchmark's words.
    #[serde(default)]
    pub rules: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
    /// Overrides the benchmark's scope (CIS Docker's runtime controls are judged on
    /// Kubernetes objects and ECS task definitions).
    #[serde(default)]
    pub scope: Option<Vec<Scope>>,
    /// The citation prefixes of the benchmark that defines the control (an included
    /// benchmark keeps its own, so restricted `Seccomp` is not baseline `Seccomp`).
    #[serde(skip)]
    pub cite: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Benchmark {
    pub id: String,
    pub title: String,
    pub version: String,
    /// Reference prefixes that cite this benchmark (`CIS Kubernetes`); each control keeps a
    /// copy, see [`Control::cite`].
    pub cite: Vec<String>,
    pub scope: Vec<Scope>,
    /// Another benchmark whose controls this one includes (restricted includes baseline).
    #[serde(default)]
    pub includes: Option<String>,
    pub sections: Vec<Section>,
    pub controls: Vec<Control>,
    /// Sections a file scan cannot judge at all, listed so the view says so.
    #[serde(default)]
    pub out_of_scope: Vec<Section>,
}

/// Why the embedded benchmarks could not be read (a bug in `checks/benchmarks/`).
#[derive(Debug, thiserror::Error)]
#[error("checks/benchmarks/{name}.yaml: {message}")]
pub struct BenchmarkError {
    pub name: String,
    pub message: String,
}

/// The names `--benchmark` accepts.
pub fn names() -> Vec<&'static str> {
    EMBEDDED.iter().map(|(name, _)| *name).collect()
}

/// Loads one built-in benchmark, with the controls of the benchmark it includes first.
pub fn builtin(name: &str) -> Result<Option<Benchmark>, BenchmarkError> {
    let Some((_, text)) = EMBEDDED.iter().find(|(n, _)| *n == name) else {
        return Ok(None);
    };
    let mut benchmark: Benchmark = serde_saphyr::from_str(text).map_err(|e| BenchmarkError {
        name: name.to_string(),
        message: e.to_string(),
    })?;
    for control in &mut benchmark.controls {
        control.cite = benchmark.cite.clone();
    }
    if let Some(base) = benchmark.includes.clone() {
        let base = builtin(&base)?.ok_or_else(|| BenchmarkError {
            name: name.to_string(),
            message: format!("includes unknown benchmark `{base}`"),
        })?;
        let mut sections = base.sections;
        sections.append(&mut benchmark.sections);
        benchmark.sections = sections;
        let mut controls = base.controls;
        controls.append(&mut benchmark.controls);
        benchmark.controls = controls;
    }
    Ok(Some(benchmark))
}

/// Whether `reference` cites control `id` under one of the prefixes: the id must be followed by
/// the end, a space, a comma or a parenthesis, so `5.1.1` does not claim `5.1.10`.
fn cites(reference: &str, prefixes: &[String], id: &str) -> bool {
    prefixes.iter().any(|prefix| {
        reference
            .strip_prefix(prefix.as_str())
            .and_then(|rest| rest.strip_prefix(' '))
            .and_then(|rest| rest.strip_prefix(id))
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ',', '(', ';', ':']))
    })
}

impl Benchmark {
    /// The rules that judge a control: those citing it, and those it lists.
    pub fn rules_for(&self, control: &Control, catalog: &Catalog) -> Vec<Arc<Rule>> {
        let mut rules: Vec<Arc<Rule>> = catalog
            .rules
            .iter()
            .filter(|rule| {
                control.rules.iter().any(|id| *id == rule.meta.id)
                    || rule
                        .meta
                        .references
                        .iter()
                        .any(|r| cites(r, &control.cite, &control.id))
            })
            .cloned()
            .collect();
        rules.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
        rules
    }

    /// Every rule that judges some control: what `--benchmark` runs.
    pub fn rule_ids(&self, catalog: &Catalog) -> Vec<String> {
        let mut ids: Vec<String> = self
            .controls
            .iter()
            .flat_map(|c| self.rules_for(c, catalog))
            .map(|r| r.meta.id.clone())
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    pub fn scope_of<'a>(&'a self, control: &'a Control) -> &'a [Scope] {
        control.scope.as_deref().unwrap_or(&self.scope)
    }

    pub fn section_title(&self, id: &str) -> &str {
        self.sections
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.title.as_str())
            .unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citation_needs_a_boundary_after_the_id() {
        let prefixes = vec!["CIS Kubernetes".to_string()];
        assert!(cites("CIS Kubernetes 5.1.1", &prefixes, "5.1.1"));
        assert!(!cites("CIS Kubernetes 5.1.10", &prefixes, "5.1.1"));
        assert!(cites("CIS Kubernetes 5.6 (sshd)", &prefixes, "5.6"));
        assert!(!cites("CIS Kubernetes v1.6.0 1.2.19", &prefixes, "1.2.19"));
        let pss = vec!["PSS baseline —".to_string()];
        assert!(cites("PSS baseline — Seccomp", &pss, "Seccomp"));
        assert!(cites(
            "PSS baseline — AppArmor (legacy annotation)",
            &pss,
            "AppArmor"
        ));
    }
}

#[cfg(test)]
mod catalog_tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_builtin_benchmark_loads_and_maps_to_real_rules() {
        let catalog = Catalog::builtin().expect("built-in catalog");
        for name in names() {
            let benchmark = builtin(name)
                .unwrap_or_else(|e| panic!("{e}"))
                .unwrap_or_else(|| panic!("{name} is embedded"));
            assert_eq!(benchmark.id, name);
            let mut seen = HashSet::new();
            for control in &benchmark.controls {
                assert!(
                    seen.insert((control.section.clone(), control.id.clone())),
                    "{name}: control {} listed twice",
                    control.id
                );
                assert!(
                    benchmark.sections.iter().any(|s| s.id == control.section),
                    "{name}: control {} is in unknown section {}",
                    control.id,
                    control.section
                );
                for id in &control.rules {
                    assert!(
                        catalog.rules.iter().any(|r| r.meta.id == *id),
                        "{name}: control {} lists unknown rule {id}",
                        control.id
                    );
                }
            }
            assert!(
                !benchmark.rule_ids(&catalog).is_empty(),
                "{name}: no rule judges any control"
            );
        }
    }

    /// A rule that cites a benchmark's control id must find that control: a typo or a number
    /// from another version of the benchmark would silently drop out of the compliance view.
    #[test]
    fn every_citation_of_a_benchmark_names_one_of_its_controls() {
        let catalog = Catalog::builtin().expect("built-in catalog");
        let mut wrong = Vec::new();
        for name in names() {
            let Ok(Some(benchmark)) = builtin(name) else {
                panic!("{name} loads");
            };
            for rule in &catalog.rules {
                for reference in &rule.meta.references {
                    for control in &benchmark.controls {
                        let Some(prefix) = control
                            .cite
                            .iter()
                            .find(|p| reference.starts_with(&format!("{p} ")))
                        else {
                            continue;
                        };
                        let rest = &reference[prefix.len() + 1..];
                        let cited = rest.split([' ', ',', '(', ';', ':']).next().unwrap_or("");
                        if !cited.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                            continue;
                        }
                        // A citation names a control, or a (sub)section as a whole.
                        let known = benchmark
                            .controls
                            .iter()
                            .any(|c| c.id == cited || c.id.starts_with(&format!("{cited}.")));
                        if !known {
                            wrong.push(format!("{}: `{reference}` ({name})", rule.meta.id));
                        }
                    }
                }
            }
        }
        wrong.sort();
        wrong.dedup();
        assert!(
            wrong.is_empty(),
            "citations of no control:\n{}",
            wrong.join("\n")
        );
    }

    /// The Pod Security Standards views and the `--profile` of the same name run the same rules.
    #[test]
    fn pss_views_match_the_pss_profiles() {
        let catalog = Catalog::builtin().expect("built-in catalog");
        for name in ["pss-baseline", "pss-restricted"] {
            let Ok(Some(benchmark)) = builtin(name) else {
                panic!("{name} loads");
            };
            let mut profile: Vec<String> = catalog
                .rules
                .iter()
                .filter(|r| r.meta.profiles.iter().any(|p| p == name))
                .map(|r| r.meta.id.clone())
                .collect();
            profile.sort();
            assert_eq!(benchmark.rule_ids(&catalog), profile, "{name}");
        }
    }
}
