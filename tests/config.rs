//! `.yoroi.toml`: discovered upward, overridden by flags, validated with a location.

mod common;

use common::*;

const POD: &str = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostNetwork: true\n  hostPID: true\n  containers:\n    - name: c\n      image: c:1.0\n      securityContext:\n        privileged: true # yoroi:ignore K8S001\n";

#[test]
fn config_selects_rules_overrides_severity_and_scopes_paths() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        ".yoroi.toml",
        "fail-on = \"critical\"\nrequire-suppression-reason = true\n\n[rules]\nenable = [\"K8S00*\"]\ndisable = [\"host-pid\"]\n\n[rules.severity]\nK8S004 = \"critical\"\n\n[[paths]]\npath = \"legacy/**\"\nexclude = true\n\n[[paths]]\npath = \"sandbox/**\"\ndisable = [\"K8S004\"]\n",
    );
    write(d, "apps/pod.yaml", POD);
    write(d, "legacy/pod.yaml", POD);
    write(d, "sandbox/pod.yaml", POD);
    // Run from a subdirectory: the config is found by walking up.
    let out = yoroi_in(&d.join("apps"), &["scan", "--format", "json"]);
    let report = json(&out);
    let found: Vec<(String, String, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["suppressed"] == false)
        .map(|f| {
            (
                f["path"].as_str().unwrap().into(),
                f["rule_id"].as_str().unwrap().into(),
                f["severity"].as_str().unwrap().into(),
            )
        })
        .collect();
    // enable = K8S00*: K8S004 and K8S001 (privileged); disable = host-pid (K8S005).
    assert!(
        found.iter().any(|f| f.1 == "K8S004" && f.2 == "critical"),
        "{found:?}"
    );
    // The reasonless suppression does not count.
    assert!(found.iter().any(|f| f.1 == "K8S001"), "{found:?}");
    assert!(!found.iter().any(|f| f.1 == "K8S005"), "{found:?}");
    assert!(found.iter().all(|f| f.1.starts_with("K8S00")), "{found:?}");
    // fail-on = critical: the critical override fails the run.
    assert_eq!(code(&out), 1);
    // Paths: legacy is not scanned, sandbox drops K8S004.
    let out = yoroi_in(d, &["scan", "--format", "json"]);
    let paths: Vec<(String, String)> = findings(&json(&out))
        .into_iter()
        .map(|f| (f.0, f.2))
        .collect();
    assert!(
        !paths.iter().any(|p| p.0.starts_with("legacy/")),
        "{paths:?}"
    );
    assert!(
        !paths
            .iter()
            .any(|p| p.0.starts_with("sandbox/") && p.1 == "K8S004"),
        "{paths:?}"
    );
    assert!(
        paths
            .iter()
            .any(|p| p.0.starts_with("sandbox/") && p.1 == "K8S001"),
        "{paths:?}"
    );
    // A flag wins over the file.
    let out = yoroi_in(
        d,
        &["scan", "apps", "--fail-on", "info", "--rule", "K8S005"],
    );
    assert_eq!(code(&out), 1);
    let out = yoroi_in(d, &["scan", "apps", "--rule", "K8S005", "--format", "json"]);
    assert_eq!(findings(&json(&out)).len(), 1);
}

#[test]
fn a_bad_config_is_an_error_with_its_location() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        ".yoroi.toml",
        "fail-on = \"low\"\n\n[rules]\nenabel = [\"K8S001\"]\n",
    );
    let out = yoroi_in(dir.path(), &["scan"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(err.contains(".yoroi.toml:4:1"), "{err}");
    assert!(err.contains("enable"), "suggests the known keys: {err}");
}

#[test]
fn init_writes_a_starter_file_that_parses() {
    let dir = tempfile::tempdir().unwrap();
    let out = yoroi_in(dir.path(), &["init"]);
    assert_eq!(code(&out), 0);
    assert!(dir.path().join(".yoroi.toml").is_file());
    assert_eq!(
        code(&yoroi_in(dir.path(), &["init"])),
        2,
        "does not overwrite"
    );
    assert_eq!(code(&yoroi_in(dir.path(), &["init", "--force"])), 0);
    write(
        dir.path(),
        "Dockerfile",
        "FROM alpine:3.20\nUSER 10001\nHEALTHCHECK NONE\n",
    );
    let out = yoroi_in(dir.path(), &["scan"]);
    assert!(code(&out) == 0 || code(&out) == 1, "{}", stderr(&out));
}

#[test]
fn each_scanned_path_gets_its_nearest_config() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "team-a/.yoroi.toml",
        "[rules]\ndisable = [\"host-network\"]\n",
    );
    write(
        d,
        "team-b/.yoroi.toml",
        "[rules.severity]\nK8S004 = \"critical\"\n",
    );
    write(d, "team-a/pod.yaml", POD);
    write(d, "team-b/pod.yaml", POD);
    let out = yoroi_in(d, &["scan", "team-a", "team-b", "--format", "json"]);
    let report = json(&out);
    let found: Vec<(String, String, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().into(),
                f["rule_id"].as_str().unwrap().into(),
                f["severity"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert!(
        !found
            .iter()
            .any(|f| f.0.starts_with("team-a/") && f.1 == "K8S004"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|f| f.0.starts_with("team-a/") && f.1 == "K8S005"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|f| f.0.starts_with("team-b/") && f.1 == "K8S004" && f.2 == "critical"),
        "{found:?}"
    );
}
