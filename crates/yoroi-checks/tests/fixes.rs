//! Every fix the catalog offers is proven on the catalog's own `bad` examples: applied, the file
//! still parses, the rule no longer fires on the object, no other rule starts firing, bytes
//! outside the edits are untouched, and a second `--fix` changes nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;
use yoroi_checks::catalog::{Example, Logic};
use yoroi_checks::fix::apply_fixes;
use yoroi_checks::testing::example_findings;
use yoroi_checks::{Catalog, Domain, Edit, Engine, Finding, FixKind, Rule, Selection};

/// Rounds of fixing before a fixed point must be reached (overlapping fixes wait a round).
const ROUNDS: usize = 10;

fn catalog() -> Arc<Catalog> {
    Arc::new(Catalog::builtin().unwrap_or_else(|e| panic!("catalog does not load: {e}")))
}

/// The catalog and an engine that runs all of it, as `yoroi scan` does by default.
fn every_rule() -> (Arc<Catalog>, Engine) {
    let catalog = catalog();
    let engine = Engine::new(Arc::clone(&catalog), &Selection::default())
        .unwrap_or_else(|e| panic!("engine: {e}"));
    (catalog, engine)
}

/// The bad example groups of a rule: a file, or the files of a multi-file folder.
fn bad_groups(rule: &Rule) -> BTreeMap<String, Vec<Example>> {
    let mut groups: BTreeMap<String, Vec<Example>> = BTreeMap::new();
    for example in rule.examples.iter().filter(|e| e.is_bad()) {
        groups
            .entry(example.group().to_string())
            .or_default()
            .push(example.clone());
    }
    groups
}

fn example_path(rule: &Rule, example: &Example) -> PathBuf {
    PathBuf::from("checks").join(&rule.dir).join(&example.name)
}

fn scan(catalog: &Arc<Catalog>, engine: &Engine, rule: &Rule, files: &[Example]) -> Vec<Finding> {
    let refs: Vec<&Example> = files.iter().collect();
    example_findings(catalog, engine, rule, &refs)
}

/// `before` with `edits` spliced in must equal `after`, byte for byte, outside the edits.
fn outside_edits_unchanged(before: &str, after: &str, edits: &[Edit]) -> bool {
    let (mut a, mut b) = (0, 0);
    for edit in edits {
        let keep = &before[a..edit.span.start()];
        if after.get(b..b + keep.len()) != Some(keep) {
            return false;
        }
        b += keep.len() + edit.replacement.len();
        a = edit.span.end();
    }
    after.get(b..) == Some(&before[a..])
}

/// Applies, file by file, the fixes of the findings `pick` selects; returns whether anything
/// changed, and checks the byte-preservation property on the way.
fn apply_round(
    rule: &Rule,
    files: &mut [Example],
    findings: &[Finding],
    pick: &dyn Fn(&Finding) -> bool,
    problems: &mut Vec<String>,
) -> bool {
    let mut changed = false;
    for example in files.iter_mut() {
        let path = example_path(rule, example);
        let fixes: Vec<_> = findings
            .iter()
            .filter(|f| f.file.path == path && pick(f))
            .filter_map(|f| f.fix.as_deref())
            .collect();
        if fixes.is_empty() {
            continue;
        }
        let applied = apply_fixes(&example.text, fixes);
        if !outside_edits_unchanged(&example.text, &applied.text, &applied.edits) {
            problems.push(format!(
                "{}: bytes outside the edits changed",
                path.display()
            ));
        }
        if applied.text != example.text {
            example.text = applied.text;
            changed = true;
        }
    }
    changed
}

/// (rule, file, object) of every finding, as a multiset.
fn census(findings: &[Finding]) -> BTreeMap<(String, PathBuf, String), usize> {
    let mut out = BTreeMap::new();
    for f in findings {
        let key = (
            f.rule_id().to_string(),
            f.file.path.clone(),
            f.object.clone().unwrap_or_default().to_lowercase(),
        );
        *out.entry(key).or_insert(0) += 1;
    }
    out
}

fn parse_errors(findings: &[Finding]) -> Vec<String> {
    findings
        .iter()
        .filter(|f| f.rule_id() == "YOR001")
        .map(|f| format!("{}: {}", f.file.path.display(), f.message))
        .collect()
}

/// Proves the fixes of `rule` on one example group; returns how many findings carried a fix.
fn prove(
    catalog: &Arc<Catalog>,
    engine: &Engine,
    rule: &Arc<Rule>,
    group: &str,
    original: &[Example],
    problems: &mut Vec<String>,
) -> usize {
    let id = rule.meta.id.as_str();
    let before = scan(catalog, engine, rule, original);
    let fixable: Vec<&Finding> = before
        .iter()
        .filter(|f| f.rule_id() == id && f.fix.is_some())
        .collect();
    if fixable.is_empty() {
        return 0;
    }
    let at = format!("{}/{group}", rule.dir);
    // A rule whose fixes are safe may offer one that is not (`Finding::fix_unsafe`), never
    // the other way round.
    for f in &fixable {
        let kind = f.fix.as_ref().map(|x| x.applicability);
        let downgraded = rule.meta.fix == FixKind::Safe && kind == Some(FixKind::Unsafe);
        if kind != Some(rule.meta.fix) && !downgraded {
            problems.push(format!(
                "{at}: a fix's applicability is not the rule's `fix`"
            ));
        }
    }
    let mut files = original.to_vec();
    let mut findings = before.clone();
    let mine = |f: &Finding| f.rule_id() == id;
    let mut rounds = 0;
    while apply_round(rule, &mut files, &findings, &mine, problems) {
        findings = scan(catalog, engine, rule, &files);
        rounds += 1;
        if rounds == ROUNDS {
            break;
        }
    }
    let errors = parse_errors(&findings);
    if parse_errors(&before).is_empty() && !errors.is_empty() {
        problems.push(format!("{at}: fixed file no longer parses: {errors:?}"));
    }
    // The rule no longer fires on a fixed object (unfixable findings of it may remain).
    let unfixable = census(
        &before
            .iter()
            .filter(|f| mine(f) && f.fix.is_none())
            .cloned()
            .collect::<Vec<_>>(),
    );
    let fixed_objects: BTreeSet<_> =
        census(&fixable.iter().map(|f| (*f).clone()).collect::<Vec<_>>())
            .into_keys()
            .collect();
    for (key, count) in census(&findings) {
        if fixed_objects.contains(&key) && count > unfixable.get(&key).copied().unwrap_or(0) {
            problems.push(format!(
                "{at}: {id} still fires on `{}` after its fix",
                key.2
            ));
        }
    }
    // No other rule newly fires.
    let old = census(&before);
    for (key, count) in census(&findings) {
        if key.0 != id && count > old.get(&key).copied().unwrap_or(0) {
            problems.push(format!(
                "{at}: fixing {id} makes {} fire on `{}`",
                key.0, key.2
            ));
        }
    }
    // A second `--fix` changes nothing.
    if apply_round(rule, &mut files.clone(), &findings, &mine, &mut Vec::new()) {
        problems.push(format!(
            "{at}: a second round of {id} fixes changes the file"
        ));
    }
    fixable.len()
}

#[test]
fn every_fix_is_proven_on_the_bad_examples() {
    let (catalog, engine) = every_rule();
    let mut problems = Vec::new();
    let mut fixed_rules: BTreeMap<Domain, Vec<String>> = BTreeMap::new();
    for rule in &catalog.rules {
        let mut offered = 0;
        for (group, files) in bad_groups(rule) {
            offered += prove(&catalog, &engine, rule, &group, &files, &mut problems);
        }
        if offered > 0 {
            let domain = match rule.domain {
                Domain::Aws | Domain::Azure | Domain::Gcp => Domain::Terraform,
                other => other,
            };
            fixed_rules
                .entry(domain)
                .or_default()
                .push(rule.meta.id.clone());
        } else if rule.meta.autofix.is_some() {
            problems.push(format!(
                "{}: has `autofix` but no bad example gets an edit",
                rule.meta.id
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
    let total: usize = fixed_rules.values().map(Vec::len).sum();
    assert!(
        total >= 40,
        "only {total} rules offer a fix: {fixed_rules:?}"
    );
    for domain in [Domain::Dockerfile, Domain::Kubernetes, Domain::Terraform] {
        assert!(
            fixed_rules.get(&domain).is_some_and(|r| r.len() >= 5),
            "too few {domain:?} rules offer a fix: {fixed_rules:?}"
        );
    }
}

/// `yoroi scan --fix` applies every rule's fixes together: on every bad example the result
/// parses and a second pass has nothing left to do.
#[test]
fn all_fixes_together_reach_a_fixed_point() {
    let (catalog, engine) = every_rule();
    let mut problems = Vec::new();
    let any = |f: &Finding| f.fix.is_some();
    for rule in &catalog.rules {
        for (group, original) in bad_groups(rule) {
            let before = scan(&catalog, &engine, rule, &original);
            if !before.iter().any(any) {
                continue;
            }
            let mut files = original.clone();
            let mut findings = before.clone();
            for _ in 0..ROUNDS {
                if !apply_round(rule, &mut files, &findings, &any, &mut problems) {
                    break;
                }
                findings = scan(&catalog, &engine, rule, &files);
            }
            let at = format!("{}/{group}", rule.dir);
            if parse_errors(&before).is_empty() && !parse_errors(&findings).is_empty() {
                problems.push(format!("{at}: no longer parses after --fix"));
            }
            if findings.iter().any(any) {
                problems.push(format!("{at}: fixes left after {ROUNDS} rounds"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Declarative rules that declare a fix say how to make it.
#[test]
fn declared_fixes_are_backed_by_edits() {
    let catalog = catalog();
    let missing: Vec<&str> = catalog
        .rules
        .iter()
        .filter(|r| {
            r.meta.fix != FixKind::None
                && matches!(r.logic, Logic::Declarative(_))
                && r.meta.autofix.is_none()
        })
        .map(|r| r.meta.id.as_str())
        .collect();
    assert!(
        missing.is_empty(),
        "declare `autofix` or `fix: none`: {missing:?}"
    );
}
