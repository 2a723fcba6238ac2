//! Helm charts in `yoroi scan` and `yoroi render`, end to end: findings at the values line that
//! set a value (the `--values` file that won) or at the template line, suppressions in values
//! files, values sets reported once per location, diagnostics for charts that do not render, and
//! no stand-alone report of the files under a chart.

mod common;

use common::*;
use serde_json::Value;

const CHART: &str = "\
apiVersion: v2
name: web
version: 0.1.0
";

const VALUES: &str = "\
replicas: 1
securityContext:
  privileged: true
";

const DEPLOYMENT: &str = "\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
spec:
  replicas: {{ .Values.replicas }}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      hostNetwork: true
      containers:
        - name: web
          image: nginx:1.25
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
";

const OVERRIDE: &str = "\
# production
securityContext:
  privileged: true
  runAsNonRoot: true
";

fn chart() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "web/Chart.yaml", CHART);
    write(dir.path(), "web/values.yaml", VALUES);
    write(dir.path(), "web/templates/deployment.yaml", DEPLOYMENT);
    write(
        dir.path(),
        "web/templates/_helpers.tpl",
        "{{- define \"web.name\" -}}web{{- end -}}\n",
    );
    write(dir.path(), "prod.yaml", OVERRIDE);
    dir
}

#[test]
fn a_value_from_values_yaml_is_reported_at_its_line() {
    let dir = chart();
    let report = scan_json(dir.path(), &[]);
    let privileged = of_rule(&report, "K8S001");
    assert_eq!(privileged.len(), 1, "{privileged:?}");
    assert_eq!(at(privileged[0]), ("web/values.yaml".to_string(), 3));
    let labels = privileged[0]["labels"].to_string();
    assert!(labels.contains("web/templates/deployment.yaml"), "{labels}");
}

#[test]
fn a_values_override_is_reported_at_the_override_line() {
    let dir = chart();
    let report = scan_json(dir.path(), &["--values", "prod.yaml"]);
    let privileged: Vec<(String, u64)> = of_rule(&report, "K8S001").into_iter().map(at).collect();
    assert!(
        privileged.contains(&("prod.yaml".to_string(), 3)),
        "{privileged:?}"
    );
}

#[test]
fn template_literals_and_missing_fields_are_reported_at_the_template() {
    let dir = chart();
    let report = scan_json(dir.path(), &[]);
    let host = of_rule(&report, "K8S004");
    assert_eq!(host.len(), 1, "{host:?}");
    assert_eq!(
        at(host[0]),
        ("web/templates/deployment.yaml".to_string(), 13)
    );
    // No memory limit: reported at the container's mapping in the template.
    let limits = of_rule(&report, "K8S011");
    assert_eq!(limits.len(), 1, "{limits:?}");
    assert_eq!(
        at(limits[0]),
        ("web/templates/deployment.yaml".to_string(), 15)
    );
}

#[test]
fn two_values_sets_giving_one_location_report_once() {
    let dir = chart();
    // The same values as the defaults: the second set finds the same things at the same lines.
    write(dir.path(), "same.yaml", "replicas: 1\n");
    let report = scan_json(dir.path(), &["--values", "same.yaml"]);
    assert_eq!(of_rule(&report, "K8S004").len(), 1);
    assert_eq!(of_rule(&report, "K8S001").len(), 1);
}

#[test]
fn a_suppression_in_values_works() {
    let dir = chart();
    write(
        dir.path(),
        "web/values.yaml",
        "replicas: 1\nsecurityContext:\n  # yoroi:ignore K8S001 reason=\"node agent\"\n  privileged: true\n",
    );
    let report = scan_json(dir.path(), &[]);
    let privileged = of_rule(&report, "K8S001");
    assert!(
        privileged.iter().all(|f| !f["suppression"].is_null()),
        "{privileged:?}"
    );
}

#[test]
fn files_under_a_chart_are_not_judged_alone() {
    let dir = chart();
    let report = scan_json(dir.path(), &[]);
    for finding in report["findings"].as_array().expect("findings") {
        let id = finding["rule_id"].as_str().unwrap_or("");
        assert!(!["YOR001", "YOR008"].contains(&id), "{finding}");
    }
}

#[test]
fn a_missing_dependency_is_a_diagnostic_and_partial() {
    let dir = chart();
    write(
        dir.path(),
        "web/Chart.yaml",
        "apiVersion: v2\nname: web\nversion: 0.1.0\ndependencies:\n  - name: redis\n    version: 1.0.0\n",
    );
    let report = scan_json(dir.path(), &[]);
    let not_rendered = of_rule(&report, "YOR009");
    assert_eq!(not_rendered.len(), 1, "{not_rendered:?}");
    assert_eq!(at(not_rendered[0]).0, "web/Chart.yaml");
    let out = yoroi_in(dir.path(), &["scan", ".", "--fail-on-partial"]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
}

#[test]
fn render_prints_the_chart_like_helm_template() {
    let dir = chart();
    let out = yoroi_in(
        dir.path(),
        &[
            "render",
            "web",
            "--values",
            "prod.yaml",
            "--release-name",
            "prod",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("# Source: web/templates/deployment.yaml\n"),
        "{text}"
    );
    assert!(text.contains("name: prod\n"), "{text}");
    assert!(text.contains("runAsNonRoot: true"), "{text}");
}

#[test]
fn a_helm_charts_entry_adds_its_values_set_and_release_name() {
    let dir = chart();
    write(
        dir.path(),
        "web/prod-values.yaml",
        "# production\nsecurityContext:\n  privileged: true\n",
    );
    write(
        dir.path(),
        ".yoroi.toml",
        "[[helm.charts]]\npath = \"web\"\nvalues = [\"prod-values.yaml\"]\nrelease-name = \"prod\"\n",
    );
    let report = scan_json(dir.path(), &[]);
    let privileged = of_rule(&report, "K8S001");
    let places: Vec<(String, u64)> = privileged.iter().map(|f| at(f)).collect();
    // the defaults and the declared set: each location once
    assert!(
        places.contains(&("web/prod-values.yaml".to_string(), 3)),
        "{places:?}"
    );
    assert!(
        places.contains(&("web/values.yaml".to_string(), 3)),
        "{places:?}"
    );
    assert!(
        privileged
            .iter()
            .all(|f| f["object"].to_string().contains("prod")),
        "{privileged:?}"
    );
}

#[test]
fn ci_values_files_are_values_sets_only_when_enabled() {
    let dir = chart();
    write(
        dir.path(),
        "web/values.yaml",
        "replicas: 1\nsecurityContext: {}\n",
    );
    write(
        dir.path(),
        "web/ci/debug-values.yaml",
        "replicas: 1\nsecurityContext:\n  privileged: true\n",
    );
    let places = |report: &Value| -> Vec<(String, u64)> {
        of_rule(report, "K8S001").into_iter().map(at).collect()
    };
    let off = scan_json(dir.path(), &[]);
    assert!(places(&off).is_empty(), "{:?}", places(&off));
    write(
        dir.path(),
        ".yoroi.toml",
        "[[helm.charts]]\npath = \"web\"\nci-values = true\n",
    );
    let on = scan_json(dir.path(), &[]);
    assert_eq!(
        places(&on),
        vec![("web/ci/debug-values.yaml".to_string(), 3)]
    );
}

#[test]
fn values_that_break_the_chart_schema_are_reported_at_their_line() {
    let dir = chart();
    write(
        dir.path(),
        "web/values.schema.json",
        "{\n  \"type\": \"object\",\n  \"properties\": {\"replicas\": {\"type\": \"integer\"}}\n}\n",
    );
    write(dir.path(), "two.yaml", "# scaled\nreplicas: two\n");
    let report = scan_json(dir.path(), &["--values", "two.yaml"]);
    let not_rendered = of_rule(&report, "YOR009");
    assert_eq!(not_rendered.len(), 1, "{not_rendered:?}");
    assert_eq!(at(not_rendered[0]), ("two.yaml".to_string(), 2));
    let message = not_rendered[0]["message"].as_str().unwrap_or("");
    assert!(message.contains("`replicas`"), "{message}");
    // the objects are still checked
    assert_eq!(of_rule(&report, "K8S004").len(), 1);
}
