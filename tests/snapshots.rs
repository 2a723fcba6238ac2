//! Snapshots of the three main formats over `testdata/` (in `snapshots/`).

mod common;

use common::*;

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(false);
    s.add_filter(r"in \d+(\.\d+)? (ms|s):", "in [duration]:");
    s.add_filter(r#""duration_ms": \d+"#, r#""duration_ms": "[duration]""#);
    s.add_filter(r#""version": "\d+\.\d+\.\d+""#, r#""version": "[version]""#);
    s.add_filter(
        r#""semanticVersion": "\d+\.\d+\.\d+""#,
        r#""semanticVersion": "[version]""#,
    );
    s
}

#[test]
fn human() {
    let out = yoroi(&["scan", "testdata", "--format", "human"]);
    settings().bind(|| insta::assert_snapshot!("human", stdout(&out)));
}

#[test]
fn concise() {
    let out = yoroi(&["scan", "testdata", "--format", "concise"]);
    settings().bind(|| insta::assert_snapshot!("concise", stdout(&out)));
}

#[test]
fn statistics_table() {
    let out = yoroi(&[
        "scan",
        "testdata",
        "--format",
        "concise",
        "--statistics",
        "--rule",
        "DKR002,DKR006,K8S001,AWS009",
    ]);
    settings().bind(|| insta::assert_snapshot!("statistics", stdout(&out)));
}

#[test]
fn json() {
    let out = yoroi(&["scan", "testdata", "--format", "json"]);
    settings().bind(|| insta::assert_snapshot!("json", stdout(&out)));
}

#[test]
fn sarif() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.sarif");
    let spec = format!("sarif={}", path.display());
    let out = yoroi(&["scan", "testdata", "--format", &spec]);
    assert_eq!(code(&out), 1);
    let mut sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    // The source root is the absolute working directory: not part of the snapshot.
    sarif["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"] =
        serde_json::json!("file:///[root]/");
    let text = serde_json::to_string_pretty(&sarif).unwrap();
    settings().bind(|| insta::assert_snapshot!("sarif", text));
}

#[test]
fn ci_formats() {
    for format in ["junit", "checkstyle", "gitlab", "github", "markdown"] {
        let out = yoroi(&["scan", "testdata", "--soft-fail", "--format", format]);
        let mut s = settings();
        s.add_filter(r#"time="\d+\.\d+""#, r#"time="[duration]""#);
        s.bind(|| insta::assert_snapshot!(format!("ci-{format}"), stdout(&out)));
    }
}

#[test]
fn compliance_view() {
    let out = yoroi(&[
        "scan",
        "testdata/kubernetes",
        "--benchmark",
        "pss-restricted",
    ]);
    settings().bind(|| insta::assert_snapshot!("compliance-pss-restricted", stdout(&out)));
}
