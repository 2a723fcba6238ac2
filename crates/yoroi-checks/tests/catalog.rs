//! The catalog as a whole: it loads, its metadata is complete, every example behaves as marked,
//! every Rust rule is catalogued, and the generated rule reference is up to date.

use std::collections::BTreeMap;
use std::sync::Arc;
use yoroi_checks::catalog::Logic;
use yoroi_checks::{Catalog, Domain};

fn catalog() -> Arc<Catalog> {
    Arc::new(Catalog::builtin().unwrap_or_else(|e| panic!("catalog does not load: {e}")))
}

#[test]
fn every_example_fires_exactly_where_marked() {
    let catalog = catalog();
    let problems: Vec<String> = catalog
        .rules
        .iter()
        .flat_map(|rule| yoroi_checks::testing::check_examples(&catalog, rule))
        .collect();
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn metadata_is_complete() {
    let catalog = catalog();
    for rule in &catalog.rules {
        let m = &rule.meta;
        assert!(
            !m.title.ends_with('.'),
            "{}: title ends with a period",
            m.id
        );
        assert!(
            m.rationale.trim().len() >= 60,
            "{}: rationale too short",
            m.id
        );
        assert!(
            m.remediation.trim().len() >= 20,
            "{}: remediation too short",
            m.id
        );
        if rule.domain != Domain::Yoroi {
            assert!(!m.references.is_empty(), "{}: no references", m.id);
        }
        for (tool, ids) in &m.equivalents {
            assert!(
                [
                    "checkov",
                    "trivy",
                    "tfsec",
                    "kics",
                    "hadolint",
                    "kube-linter",
                    "polaris",
                    "kube-score",
                    "buildkit",
                    "kubescape",
                    "zizmor",
                    "compose-lint",
                    "semgrep"
                ]
                .contains(&tool.as_str()),
                "{}: unknown tool `{tool}` in equivalents",
                m.id
            );
            assert!(
                ids.iter().all(|id| !id.trim().is_empty()),
                "{}: empty id",
                m.id
            );
        }
        assert!(
            rule.examples.iter().any(|e| e.is_bad()),
            "{}: no bad example",
            m.id
        );
        assert!(
            rule.examples.iter().any(|e| !e.is_bad()),
            "{}: no good example",
            m.id
        );
    }
}

#[test]
fn every_rust_rule_is_catalogued_once() {
    let catalog = catalog();
    let mut seen = BTreeMap::new();
    for rule in yoroi_checks::rules::all() {
        *seen.entry(rule.id).or_insert(0) += 1;
        let entry = catalog
            .get(rule.id)
            .unwrap_or_else(|| panic!("{} is implemented but has no catalog folder", rule.id));
        assert!(
            matches!(entry.logic, Logic::Rust(_)),
            "{} is not `logic: rust`",
            rule.id
        );
    }
    assert!(seen.values().all(|&n| n == 1), "{seen:?}");
}

#[test]
fn each_format_has_its_rule_pack() {
    let catalog = catalog();
    let count = |d: Domain| catalog.rules.iter().filter(|r| r.domain == d).count();
    assert!(count(Domain::Dockerfile) >= 12);
    assert!(count(Domain::Kubernetes) >= 12);
    assert!(count(Domain::Aws) + count(Domain::Terraform) >= 12);
}

#[test]
fn rule_reference_is_generated_from_the_catalog() {
    let catalog = catalog();
    let generated = yoroi_checks::docs::rules_markdown(&catalog);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md");
    if std::env::var_os("YOROI_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &generated).expect("write docs/rules.md");
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == generated,
        "docs/rules.md is out of date: run `YOROI_UPDATE_DOCS=1 cargo test -p yoroi-checks --test catalog`"
    );
}

/// The noise policy (docs/rule-format.md, "Severity"): hygiene, reliability and best-practice
/// rules never rise above `low`, so `--severity medium` keeps only security decisions.
#[test]
fn severities_follow_the_noise_policy() {
    use yoroi_checks::{Category, Severity};
    let catalog = catalog();
    let mut problems = Vec::new();
    for rule in &catalog.rules {
        let m = &rule.meta;
        let capped = matches!(
            m.category,
            Category::Reliability | Category::ImageHygiene | Category::BestPractice
        );
        if capped && m.severity > Severity::Low {
            problems.push(format!(
                "{}: {:?} rule at {}",
                m.id,
                m.category,
                m.severity.as_str()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
