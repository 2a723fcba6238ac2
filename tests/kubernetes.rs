//! Kubernetes-specific command line behaviour: profiles, custom pod spec paths and the
//! cross-file pass.

mod common;

use common::*;

fn rule_ids(args: &[&str]) -> Vec<String> {
    let out = yoroi(args);
    assert!(code(&out) < 2, "{args:?}: {}", stderr(&out));
    let mut ids: Vec<String> = findings(&json(&out)).into_iter().map(|f| f.2).collect();
    ids.sort();
    ids.dedup();
    ids
}

#[test]
fn a_profile_selects_exactly_its_rules() {
    let out = yoroi(&["rules", "--format", "json"]);
    let rules: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let ids = rule_ids(&[
        "scan",
        "testdata/kubernetes",
        "--profile",
        "pss-baseline",
        "--format",
        "json",
    ]);
    assert!(!ids.is_empty());
    for id in &ids {
        let rule = rules
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id.as_str())
            .unwrap();
        let profiles = rule["profiles"].as_array().unwrap();
        assert!(
            profiles.iter().any(|p| p == "pss-baseline"),
            "{id} is not in pss-baseline"
        );
    }
    let restricted = rule_ids(&[
        "scan",
        "testdata/kubernetes",
        "--profile",
        "pss-restricted",
        "--format",
        "json",
    ]);
    assert!(restricted.contains(&"K8S002".to_string()), "{restricted:?}");
    assert!(
        !ids.contains(&"K8S002".to_string()),
        "K8S002 is restricted only"
    );
}

#[test]
fn an_unknown_profile_is_a_usage_error() {
    let out = yoroi(&["scan", "testdata/kubernetes", "--profile", "pss-strict"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("unknown profile"), "{}", stderr(&out));
}

#[test]
fn pod_spec_path_makes_a_custom_kind_checked_like_a_deployment() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("workflow.yaml"),
        "apiVersion: example.com/v1\nkind: Workflow\nmetadata: {name: w}\nspec:\n  podTemplate:\n    spec:\n      containers:\n        - name: c\n          image: registry.example.com/c:1.0.0\n          securityContext: {privileged: true}\n",
    )
    .unwrap();
    let base = ["scan", ".", "--rule", "K8S001", "--format", "json"];
    let out = yoroi_in(dir.path(), &base);
    assert!(findings(&json(&out)).is_empty());
    let mut with = base.to_vec();
    with.extend(["--pod-spec-path", "Workflow=spec.podTemplate.spec"]);
    let out = yoroi_in(dir.path(), &with);
    let found = findings(&json(&out));
    assert_eq!(found.len(), 1, "{}", stdout(&out));
    assert_eq!(found[0].2, "K8S001");
    let mut bad = base.to_vec();
    bad.extend(["--pod-spec-path", "Workflow"]);
    assert_eq!(code(&yoroi_in(dir.path(), &bad)), 2);
}

#[test]
fn cross_object_rules_see_objects_of_every_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("service.yaml"),
        "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("deployment.yaml"),
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: \"registry.example.com/web:1.0.0\"}]\n",
    )
    .unwrap();
    let args = ["scan", ".", "--rule", "K8S081", "--format", "json"];
    // Together, the Service finds its pods in the other file.
    assert!(findings(&json(&yoroi_in(dir.path(), &args))).is_empty());
    // With a renamed label the finding points into the Service's file.
    std::fs::write(
        dir.path().join("deployment.yaml"),
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web2}}\n  template:\n    metadata: {labels: {app: web2}}\n    spec:\n      containers: [{name: web, image: \"registry.example.com/web:1.0.0\"}]\n",
    )
    .unwrap();
    let out = yoroi_in(dir.path(), &args);
    let report = json(&out);
    let all = report["findings"].as_array().unwrap();
    assert_eq!(all.len(), 1, "{}", stdout(&out));
    assert!(all[0]["path"].as_str().unwrap().ends_with("service.yaml"));
    assert_eq!(all[0]["start"]["line"], 5);
}

/// `{{` in a file that is broken for another reason does not make it a template: the parse
/// error is reported where it is, and a file that only fails because of template actions is
/// reported as a template left unchecked.
#[test]
fn only_template_syntax_makes_a_broken_file_a_template() {
    let dir = tempfile::tempdir().unwrap();
    // Bad indentation; the actions are quoted strings that parse either way.
    std::fs::write(
        dir.path().join("broken.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: alerts\n  annotations:\n    summary: '{{ $labels.instance }} is down'\n   description: '{{ $value }}'\ndata: {}\n",
    )
    .unwrap();
    // Valid YAML only once the actions are rendered.
    std::fs::write(
        dir.path().join("template.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  labels:\n{{ include \"labels\" . | indent 4 }}\n    tier: web\n{{- if .Values.extra }}\n  annotations: {a: b}\n{{- end }}\ndata:\n  key: {{ .Values.key | quote }}, more\n",
    )
    .unwrap();
    let out = yoroi_in(dir.path(), &["scan", ".", "--format", "json"]);
    assert!(code(&out) < 2, "{}", stderr(&out));
    let mut seen: Vec<(String, String, u64)> = findings(&json(&out))
        .into_iter()
        .filter(|f| f.2.starts_with("YOR"))
        .map(|f| (f.0, f.2, f.1))
        .collect();
    seen.sort();
    assert_eq!(
        seen,
        [
            ("broken.yaml".to_string(), "YOR001".to_string(), 7),
            ("template.yaml".to_string(), "YOR008".to_string(), 6),
        ],
        "{}",
        stdout(&out)
    );
}
