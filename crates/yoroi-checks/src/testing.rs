//! Runs a rule's catalog examples: each `bad` example must fire the rule exactly at the lines
//! marked `# expect: ID`, each `good` example must not fire it. Used by the catalog test and by
//! `yoroi test-checks` for user rules.

use crate::catalog::{Catalog, Example, Rule};
use crate::engine::{Document, Engine, K8sFile, Selection, parse_file, parse_module};
use crate::finding::Finding;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use yoroi_syntax::{FileKind, SourceFile};

/// The `(line, rule id)` marks of an example, 1-based lines, as a multiset.
pub fn expectations(text: &str) -> BTreeMap<(u32, String), usize> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = BTreeMap::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(at) = line.find("# expect:") else {
            continue;
        };
        let ids = &line[at + "# expect:".len()..];
        let standalone = line[..at].trim().is_empty();
        let target = if standalone {
            (i + 1..lines.len()).find(|&j| {
                let t = lines[j].trim();
                !t.is_empty() && !t.starts_with('#')
            })
        } else {
            Some(i)
        };
        let Some(target) = target else { continue };
        for id in ids.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let id = id.split_whitespace().next().unwrap_or(id);
            *out.entry((target as u32 + 1, id.to_string())).or_insert(0) += 1;
        }
    }
    out
}

/// Builds the documents of one example group (one file, or a folder of Terraform files).
pub fn example_documents(rule: &Rule, files: &[&Example]) -> Vec<Document> {
    let base = PathBuf::from("checks").join(&rule.dir);
    let sources: Vec<Arc<SourceFile>> = files
        .iter()
        .filter_map(|e| {
            let name = e.name.rsplit('/').next().unwrap_or(&e.name);
            let mut kind = FileKind::from_file_name(name)?;
            // A GitHub Actions rule's YAML examples are workflows (or actions, by name); those of
            // a rule on Dependabot's configuration, or named after it, are that configuration.
            if rule.domain == crate::catalog::Domain::GithubActions && kind == FileKind::Yaml {
                kind = if reads_dependabot(rule) || name.contains("dependabot") {
                    FileKind::Dependabot
                } else if name.contains("action") {
                    FileKind::GithubAction
                } else {
                    FileKind::GithubWorkflow
                };
            }
            // A GitLab CI rule's YAML examples are GitLab CI files.
            if rule.domain == crate::catalog::Domain::GitlabCi && kind == FileKind::Yaml {
                kind = FileKind::GitlabCi;
            }
            Some(SourceFile::new(base.join(&e.name), kind, e.text.clone()))
        })
        .collect();
    let (terraform, others): (Vec<_>, Vec<_>) = sources.into_iter().partition(|f| {
        matches!(
            f.kind,
            FileKind::Terraform | FileKind::TerraformJson | FileKind::TerraformVars
        )
    });
    // A compose example reads the other files of its group (a Dockerfile it builds, a file it
    // extends) from memory.
    let group = crate::engine::ExampleLoader(others.clone());
    let mut docs: Vec<Document> = others
        .iter()
        .map(|f| {
            if f.kind == FileKind::Yaml && crate::engine::is_compose(f) && others.len() > 1 {
                crate::engine::parse_compose_with(Arc::clone(f), &Default::default(), &group)
            } else if f.kind == FileKind::GitlabCi && others.len() > 1 {
                crate::engine::parse_gitlab_with(Arc::clone(f), &Default::default(), &group)
            } else {
                parse_file(Arc::clone(f))
            }
        })
        .collect();
    // A GitLab CI file that the group's configuration includes is judged through it, as a scan
    // judges it.
    let included: Vec<PathBuf> = docs
        .iter()
        .flat_map(crate::engine::gitlab_included_files)
        .collect();
    docs.retain(|d| match d {
        Document::Gitlab { file, .. } => !included.contains(&file.path),
        _ => true,
    });
    if !terraform.is_empty() {
        let dir = terraform[0]
            .path
            .parent()
            .map(PathBuf::from)
            .unwrap_or_default();
        docs.push(parse_module(dir, terraform));
    }
    docs
}

/// Whether a rule judges Dependabot configurations.
fn reads_dependabot(rule: &Rule) -> bool {
    matches!(
        &rule.logic,
        crate::catalog::Logic::Rust(r) if matches!(r.check, crate::rules::Check::Dependabot(_))
    )
}

/// The unsuppressed findings of `engine` on one example group of `rule`, as a scan reports
/// them (cross-file rules included), sorted.
pub fn example_findings(
    catalog: &Arc<Catalog>,
    engine: &Engine,
    rule: &Rule,
    files: &[&Example],
) -> Vec<Finding> {
    let docs = example_documents(rule, files);
    let mut findings: Vec<Finding> = docs.iter().flat_map(|d| engine.check(d)).collect();
    if rule.meta.id == "YOR009" {
        findings.extend(kustomization_findings(engine, rule, files));
    }
    let directives: Vec<_> = docs
        .iter()
        .flat_map(Document::files)
        .flat_map(|f| crate::suppress::directives(&f))
        .collect();
    if engine.wants_kubernetes_set() {
        let files: Vec<K8sFile> = docs
            .into_iter()
            .flat_map(Document::into_kubernetes)
            .collect();
        findings.extend(engine.check_set(&files));
    }
    let enabled = |id: &str| engine.enabled_rules().iter().any(|r| r.meta.id == id);
    crate::suppress::apply(
        &mut findings,
        &directives,
        catalog,
        &enabled,
        &crate::suppress::today(),
    );
    findings.retain(|f| f.suppression.is_none());
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings
}

/// YOR009's examples are kustomization folders: built in memory, their diagnostics reported as
/// a scan reports them.
fn kustomization_findings(engine: &Engine, rule: &Rule, files: &[&Example]) -> Vec<Finding> {
    let base = PathBuf::from("checks").join(&rule.dir);
    let mut fs = yoroi_kustomize::MemFs::new();
    for example in files {
        fs.add(base.join(&example.name), example.text.clone());
    }
    let Some(dir) = files
        .iter()
        .find(|e| e.name.ends_with("/kustomization.yaml"))
        .and_then(|e| base.join(&e.name).parent().map(PathBuf::from))
    else {
        return Vec::new();
    };
    let build = yoroi_kustomize::build(&dir, &fs, yoroi_kustomize::Limits::default());
    build
        .diagnostics
        .iter()
        .flat_map(|d| engine.kustomization_not_built(&d.file, d.span, &d.message))
        .collect()
}

/// The token that arms the panic test hook in YOR006's bad example.
pub const PANIC_TOKEN: &str = "yoroi-test-panic-token";

/// Checks every example of `rule`; returns one line per discrepancy.
pub fn check_examples(catalog: &Arc<Catalog>, rule: &Arc<Rule>) -> Vec<String> {
    let mut problems = Vec::new();
    // yoroi's own rules report on other rules' findings (suppressions): run everything.
    let selection = if rule.domain == crate::catalog::Domain::Yoroi {
        Selection::default()
    } else {
        Selection {
            only: vec![rule.meta.id.clone()],
            ..Selection::default()
        }
    };
    // Rules that read project settings (allowed registries, label schema) run their examples
    // with the documented example settings.
    let engine = match Engine::new(Arc::clone(catalog), &selection) {
        Ok(mut e) => {
            e.set_options(crate::options::RuleOptions::examples());
            e
        }
        Err(e) => return vec![e],
    };
    let mut groups: BTreeMap<&str, Vec<&Example>> = BTreeMap::new();
    for example in &rule.examples {
        groups.entry(example.group()).or_default().push(example);
    }
    if !groups.keys().any(|g| g.starts_with("bad")) {
        problems.push(format!("{}: no bad example", rule.meta.id));
    }
    if !groups.keys().any(|g| g.starts_with("good")) {
        problems.push(format!("{}: no good example", rule.meta.id));
    }
    for (group, files) in groups {
        // YOR006 and YOR007 cannot be provoked by input alone: their bad examples run with the
        // panic hook armed and with a zero time budget.
        let special = match rule.meta.id.as_str() {
            "YOR006" | "YOR007" if group.starts_with("bad") => {
                let mut special = match Engine::new(Arc::clone(catalog), &selection) {
                    Ok(e) => e,
                    Err(e) => return vec![e],
                };
                if rule.meta.id == "YOR006" {
                    special.set_panic_token(Some(PANIC_TOKEN.to_string()));
                } else {
                    special.set_time_budget(Some(std::time::Duration::ZERO));
                }
                Some(special)
            }
            _ => None,
        };
        let engine = special.as_ref().unwrap_or(&engine);
        if example_documents(rule, &files).is_empty() {
            problems.push(format!("{}/{group}: not a file kind yoroi reads", rule.dir));
            continue;
        }
        let findings = example_findings(catalog, engine, rule, &files);
        // In a group of several files (a compose file and the Dockerfile it builds), the marks
        // may sit in one of them.
        let group_marked = files.len() > 1
            && files.iter().any(|e| {
                expectations(&e.text)
                    .keys()
                    .any(|(_, id)| id == &rule.meta.id)
            });
        for example in files {
            let path = PathBuf::from("checks").join(&rule.dir).join(&example.name);
            let mut actual: BTreeMap<(u32, String), usize> = BTreeMap::new();
            let mut messages: BTreeMap<u32, String> = BTreeMap::new();
            for f in findings
                .iter()
                .filter(|f| f.file.path == path && f.rule.meta.id == rule.meta.id)
            {
                let line = f.file.lines.line_col(&f.file.text, f.span.start()).line;
                *actual.entry((line, f.rule.meta.id.clone())).or_insert(0) += 1;
                messages.insert(line, f.message.clone());
            }
            let expected: BTreeMap<(u32, String), usize> = expectations(&example.text)
                .into_iter()
                .filter(|((_, id), _)| id == &rule.meta.id)
                .collect();
            if example.is_bad() && expected.is_empty() && !group_marked {
                problems.push(format!(
                    "{}: bad example has no `# expect: {}` mark",
                    path.display(),
                    rule.meta.id
                ));
            }
            if !example.is_bad() && !expected.is_empty() {
                problems.push(format!("{}: good example has expect marks", path.display()));
            }
            for (key, &want) in &expected {
                let got = actual.get(key).copied().unwrap_or(0);
                if got != want {
                    problems.push(format!(
                        "{}:{}: expected {want} finding(s) of {}, got {got}",
                        path.display(),
                        key.0,
                        key.1
                    ));
                }
            }
            for (key, &got) in &actual {
                if !expected.contains_key(key) {
                    problems.push(format!(
                        "{}:{}: unexpected {} finding(s) of {}: {}",
                        path.display(),
                        key.0,
                        got,
                        key.1,
                        messages.get(&key.0).map_or("", String::as_str)
                    ));
                }
            }
        }
    }
    problems
}
