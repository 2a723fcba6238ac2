//! The binary as users run it: exit codes, soft-fail, filters, outputs, stdin, custom rules.

mod common;

use common::*;

#[test]
fn clean_files_exit_0() {
    let out = yoroi(&[
        "scan",
        "testdata/dockerfile/hardened.Dockerfile",
        "testdata/kubernetes/hardened.yaml",
        "testdata/terraform/clean",
    ]);
    assert_eq!(code(&out), 0, "{}{}", stdout(&out), stderr(&out));
    assert!(stdout(&out).contains("no findings"), "{}", stdout(&out));
}

#[test]
fn findings_exit_1() {
    let out = yoroi(&["scan", "testdata/kubernetes/web.yaml"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stdout(&out).contains("K8S001"));
}

#[test]
fn soft_fail_reports_everything_and_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let sarif = dir.path().join("out.sarif");
    let spec = format!("sarif={}", sarif.display());
    let out = yoroi(&[
        "scan",
        "testdata/kubernetes",
        "--soft-fail",
        "--format",
        "json",
        "--format",
        &spec,
    ]);
    assert_eq!(code(&out), 0);
    let report = json(&out);
    assert!(!findings(&report).is_empty());
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&sarif).unwrap()).unwrap();
    assert_eq!(
        sarif["runs"][0]["results"].as_array().unwrap().len(),
        report["findings"].as_array().unwrap().len()
    );
    // The SARIF schema declares `tags` as `uniqueItems`; code scanning rejects a log that repeats one.
    let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    assert!(!rules.is_empty());
    for rule in rules {
        let tags: Vec<&str> = rule["properties"]["tags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_str().unwrap())
            .collect();
        let unique: std::collections::HashSet<&str> = tags.iter().copied().collect();
        assert_eq!(unique.len(), tags.len(), "{}: {tags:?}", rule["id"]);
    }
}

#[test]
fn fail_on_only_decides_the_exit_code() {
    // The RBAC file has high-severity findings but nothing critical.
    let out = yoroi(&[
        "scan",
        "testdata/kubernetes/rbac.yaml",
        "--fail-on",
        "critical",
        "--format",
        "json",
    ]);
    let report = json(&out);
    let severities: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["severity"].as_str().unwrap())
        .collect();
    assert!(!severities.is_empty());
    assert!(!severities.contains(&"critical"), "{severities:?}");
    assert_eq!(code(&out), 0);
    let out = yoroi(&[
        "scan",
        "testdata/kubernetes/rbac.yaml",
        "--fail-on",
        "high",
        "--format",
        "json",
    ]);
    assert_eq!(code(&out), 1);
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        vec!["scan", "does/not/exist"],
        vec!["scan", "testdata", "--format", "xml"],
        vec!["scan", "testdata", "--rule", "NOPE999"],
        vec!["scan", "testdata", "--fail-on", "severe"],
        vec!["scan", "-"],
        vec!["scan", "testdata", "--format", "json", "--format", "sarif"],
        vec!["explain", "NOPE999"],
        vec!["frobnicate"],
    ] {
        let out = yoroi(&args);
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).is_empty(), "{args:?} says why");
    }
}

#[test]
fn soft_fail_still_exits_2_when_yoroi_fails() {
    let out = yoroi(&["scan", "does/not/exist", "--soft-fail"]);
    assert_eq!(code(&out), 2);
}

#[test]
fn rule_and_severity_filters_decide_what_is_reported() {
    let out = yoroi(&[
        "scan",
        "testdata/kubernetes/web.yaml",
        "--rule",
        "K8S001",
        "--format",
        "json",
    ]);
    let ids: Vec<String> = findings(&json(&out)).into_iter().map(|f| f.2).collect();
    assert_eq!(ids, ["K8S001"]);
    let out = yoroi(&[
        "scan",
        "testdata/kubernetes/web.yaml",
        "--skip-rule",
        "privileged-container",
        "--format",
        "json",
    ]);
    let ids: Vec<String> = findings(&json(&out)).into_iter().map(|f| f.2).collect();
    assert!(!ids.is_empty() && !ids.contains(&"K8S001".to_string()));
    let out = yoroi(&[
        "scan",
        "testdata/kubernetes/web.yaml",
        "--severity",
        "critical",
        "--format",
        "json",
    ]);
    let report = json(&out);
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["severity"] == "critical")
    );
}

#[test]
fn discovery_classifies_and_skips() {
    let out = yoroi(&["scan", "testdata", "--format", "json", "--soft-fail"]);
    let report = json(&out);
    let paths: Vec<String> = findings(&report).into_iter().map(|f| f.0).collect();
    assert!(paths.iter().any(|p| p == "testdata/dockerfile/Dockerfile"));
    assert!(
        paths
            .iter()
            .any(|p| p == "testdata/terraform/aws-app/main.tf")
    );
    assert!(paths.iter().any(|p| p == "testdata/kubernetes/web.yaml"));
    assert!(!paths.iter().any(|p| p.contains("not-kubernetes")));
    // Helm templates are not YAML until rendered: not reported as broken, but reported as
    // left out (YOR008, info), never dropped silently.
    let all = findings(&report);
    let helm: Vec<&str> = all
        .iter()
        .filter(|f| f.0.contains("helm"))
        .map(|f| f.2.as_str())
        .collect();
    assert_eq!(helm, ["YOR008"], "{paths:?}");
    let out = yoroi(&[
        "scan",
        "testdata",
        "--format",
        "json",
        "--exclude",
        "broken",
        "--include",
        "*.yaml",
    ]);
    let paths: Vec<String> = findings(&json(&out)).into_iter().map(|f| f.0).collect();
    assert!(!paths.is_empty());
    assert!(
        paths
            .iter()
            .all(|p| p.ends_with(".yaml") && !p.contains("broken")),
        "{paths:?}"
    );
}

#[test]
fn gitignored_and_tool_directories_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let bad = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  containers: [{name: c, image: busybox:1.36}]\n";
    for sub in ["ignored", ".terraform", "node_modules", "kept"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        std::fs::write(dir.path().join(sub).join("pod.yaml"), bad).unwrap();
    }
    std::fs::write(dir.path().join(".gitignore"), "ignored/\n").unwrap();
    let out = yoroi_in(
        dir.path(),
        &["scan", "--format", "json", "--rule", "K8S005"],
    );
    let paths: Vec<String> = findings(&json(&out)).into_iter().map(|f| f.0).collect();
    assert_eq!(paths, ["kept/pod.yaml"]);
    // An explicit file is always scanned.
    let out = yoroi_in(
        dir.path(),
        &[
            "scan",
            "ignored/pod.yaml",
            "--format",
            "json",
            "--rule",
            "K8S005",
        ],
    );
    assert_eq!(findings(&json(&out)).len(), 1);
}

#[test]
fn stdin_with_a_file_name() {
    let out = yoroi_stdin(
        &[
            "scan",
            "-",
            "--stdin-filename",
            "k8s/pod.yaml",
            "--format",
            "json",
            "--rule",
            "K8S004",
        ],
        "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers: [{name: c, image: busybox:1.36}]\n",
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_eq!(
        findings(&json(&out)),
        [("k8s/pod.yaml".to_string(), 5, "K8S004".to_string())]
    );
}

#[test]
fn custom_rules_from_a_checks_dir() {
    let dir = tempfile::tempdir().unwrap();
    let rule_dir = dir.path().join("kubernetes/K8S901-team-label");
    std::fs::create_dir_all(&rule_dir).unwrap();
    std::fs::write(
        rule_dir.join("rule.yaml"),
        r#"id: K8S901
name: team-label
title: Workload has no team label
severity: low
category: best-practice
rationale: Every workload needs an owner to page.
remediation: Add a `team` label to metadata.labels.
message: "{object} has no team label"
logic:
  target: { kubernetes: objects, kinds: [Deployment] }
  require: { path: metadata.labels.team, exists: true }
"#,
    )
    .unwrap();
    std::fs::write(
        rule_dir.join("bad.yaml"),
        "apiVersion: apps/v1\nkind: Deployment  # expect: K8S901\nmetadata: {name: x}\n",
    )
    .unwrap();
    std::fs::write(
        rule_dir.join("good.yaml"),
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x, labels: {team: a}}\n",
    )
    .unwrap();
    let checks = dir.path().display().to_string();
    let out = yoroi(&[
        "scan",
        "testdata/kubernetes/web.yaml",
        "--checks-dir",
        &checks,
        "--rule",
        "team-label",
        "--format",
        "json",
    ]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let report = json(&out);
    assert_eq!(
        findings(&report),
        [(
            "testdata/kubernetes/web.yaml".to_string(),
            2,
            "K8S901".to_string()
        )]
    );
    assert_eq!(
        report["findings"][0]["message"],
        "Deployment/shop/web has no team label"
    );
    let out = yoroi(&["explain", "K8S901", "--checks-dir", &checks]);
    assert!(stdout(&out).contains("Every workload needs an owner"));
}

#[test]
fn a_broken_checks_dir_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let rule_dir = dir.path().join("kubernetes/K8S902-oops");
    std::fs::create_dir_all(&rule_dir).unwrap();
    std::fs::write(
        rule_dir.join("rule.yaml"),
        "id: K8S902\nname: oops\ntitle: t\nseverity: severe\n",
    )
    .unwrap();
    let out = yoroi(&[
        "scan",
        "testdata/kubernetes",
        "--checks-dir",
        &dir.path().display().to_string(),
    ]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("K8S902-oops"), "{}", stderr(&out));
}

#[test]
fn rules_listing_is_stable_json() {
    let out = yoroi(&["rules", "--format", "json"]);
    assert_eq!(code(&out), 0);
    let rules: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rules = rules.as_array().unwrap();
    assert!(rules.len() >= 36);
    for rule in rules {
        for key in [
            "id",
            "name",
            "domain",
            "severity",
            "title",
            "references",
            "equivalents",
            "fix",
        ] {
            assert!(rule.get(key).is_some(), "{key} missing in {rule}");
        }
    }
    let explain = yoroi(&["explain", "privileged-container"]);
    assert!(stdout(&explain).contains("K8S001"));
}

#[test]
fn version_names_the_catalog() {
    let out = yoroi(&["--version"]);
    assert!(stdout(&out).contains("rule catalog"), "{}", stdout(&out));
}

#[test]
fn broken_files_are_reported_and_the_rest_is_scanned() {
    let out = yoroi(&["scan", "testdata/broken", "--format", "json"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let found = findings(&json(&out));
    let has = |path: &str, line: u64, id: &str| {
        found
            .iter()
            .any(|f| f.0 == path && f.1 == line && f.2 == id)
    };
    assert!(has("testdata/broken/Dockerfile", 2, "YOR001"), "{found:?}");
    assert!(has("testdata/broken/deploy.yaml", 8, "YOR001"), "{found:?}");
    assert!(
        found
            .iter()
            .any(|f| f.0 == "testdata/broken/main.tf" && f.2 == "YOR001"),
        "{found:?}"
    );
    // The valid document after the broken one is still checked.
    assert!(
        has("testdata/broken/deploy.yaml", 19, "K8S001"),
        "{found:?}"
    );
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = yoroi(&["completions", shell]);
        assert_eq!(code(&out), 0, "{shell}");
        assert!(stdout(&out).contains("yoroi"), "{shell}");
    }
    let out = yoroi(&["man"]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).starts_with(".ie") || stdout(&out).contains(".TH yoroi"));
}

#[test]
fn yoroi_s_own_dockerfile_passes_its_own_scan() {
    let out = yoroi(&["scan", "Dockerfile"]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
}
