//! The CI report formats, read back with real parsers the way their consumers read them.

mod common;

use common::*;

fn run(format: &str) -> String {
    let out = yoroi(&["scan", "testdata", "--soft-fail", "--format", format]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    stdout(&out)
}

fn finding_count() -> usize {
    let out = yoroi(&["scan", "testdata", "--soft-fail", "--format", "json"]);
    json(&out)["findings"].as_array().unwrap().len()
}

#[test]
fn junit_is_valid_and_one_case_per_rule_and_object() {
    let text = run("junit");
    let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let suites: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name("testsuite"))
        .collect();
    let cases: usize = suites
        .iter()
        .map(|s| s.children().filter(|n| n.has_tag_name("testcase")).count())
        .sum();
    assert_eq!(
        root.attribute("tests").unwrap().parse::<usize>().unwrap(),
        cases
    );
    let failures: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("failure"))
        .collect();
    assert_eq!(
        root.attribute("failures")
            .unwrap()
            .parse::<usize>()
            .unwrap(),
        failures.len()
    );
    assert!(!failures.is_empty());
    // Each failure names its rule and carries locations.
    assert!(failures.iter().any(|f| {
        f.attribute("type").is_some_and(|t| t.starts_with("K8S001"))
            && f.text()
                .unwrap_or("")
                .contains("testdata/kubernetes/web.yaml:33:13")
    }));
}

#[test]
fn checkstyle_is_valid_and_lists_every_finding() {
    let text = run("checkstyle");
    let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
    let errors: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("error"))
        .collect();
    assert_eq!(errors.len(), finding_count());
    for e in &errors {
        for attr in ["line", "column", "severity", "message", "source"] {
            assert!(e.attribute(attr).is_some(), "{attr} missing");
        }
        assert!(["error", "warning", "info"].contains(&e.attribute("severity").unwrap()));
    }
}

#[test]
fn gitlab_code_quality_has_the_required_fields() {
    let text = run("gitlab");
    let issues: serde_json::Value = serde_json::from_str(&text).unwrap();
    let issues = issues.as_array().unwrap();
    assert_eq!(issues.len(), finding_count());
    let mut fingerprints = std::collections::HashSet::new();
    for issue in issues {
        assert!(issue["description"].is_string());
        assert!(issue["check_name"].is_string());
        assert!(
            ["info", "minor", "major", "critical", "blocker"]
                .contains(&issue["severity"].as_str().unwrap())
        );
        assert!(issue["location"]["path"].is_string());
        assert!(issue["location"]["lines"]["begin"].as_u64().unwrap() >= 1);
        assert!(
            fingerprints.insert(issue["fingerprint"].as_str().unwrap().to_string()),
            "fingerprints are unique"
        );
    }
}

#[test]
fn github_annotations_are_workflow_commands() {
    let text = run("github");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), finding_count());
    let re = regex::Regex::new(r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,(endColumn|endLine)=\d+,title=[^:]+::.+$").unwrap();
    for line in lines {
        assert!(re.is_match(line), "{line}");
    }
}

#[test]
fn markdown_summary_has_a_row_per_finding() {
    let text = run("markdown");
    assert!(text.starts_with("## yoroi"));
    let rows = text
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| severity") && !l.starts_with("| ---"))
        .count();
    assert_eq!(rows, finding_count());
}
