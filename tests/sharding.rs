//! `--shard K/N` and `yoroi merge-sarif`: shards split the work without losing or repeating a
//! finding, and their SARIF merges into one run that matches an unsharded scan.

mod common;

use common::{code, findings, json, stderr, stdout, yoroi, yoroi_in};
use std::collections::BTreeSet;

fn scan_json(extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["scan", "testdata", "--soft-fail", "-f", "json"];
    args.extend_from_slice(extra);
    let out = yoroi(&args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    json(&out)
}

#[test]
fn shards_partition_the_findings() {
    let whole = findings(&scan_json(&[]));
    assert!(!whole.is_empty());
    let mut union = Vec::new();
    let mut files = 0;
    for k in 1..=3 {
        let shard = format!("{k}/3");
        let report = scan_json(&["--shard", &shard]);
        files += report["summary"]["files_scanned"].as_u64().unwrap_or(0);
        union.extend(findings(&report));
    }
    let whole_files = scan_json(&[])["summary"]["files_scanned"]
        .as_u64()
        .unwrap_or(0);
    assert_eq!(
        files, whole_files,
        "every file is scanned by exactly one shard"
    );
    let as_set: BTreeSet<_> = union.iter().cloned().collect();
    assert_eq!(
        as_set.len(),
        union.len(),
        "no finding is reported by two shards"
    );
    let mut whole_sorted = whole.clone();
    whole_sorted.sort();
    union.sort();
    assert_eq!(union, whole_sorted);
}

#[test]
fn a_terraform_module_stays_in_one_shard() {
    // `evaluated/` calls two local modules: the findings in the callees come from the shard
    // that evaluates the caller, so all of them appear in exactly one shard, every time.
    let module = "testdata/terraform/evaluated/";
    let mut owners = Vec::new();
    for k in 1..=4 {
        let shard = format!("{k}/4");
        let first = findings(&scan_json(&["--shard", &shard]));
        assert_eq!(
            first,
            findings(&scan_json(&["--shard", &shard])),
            "deterministic"
        );
        let here: Vec<_> = first
            .iter()
            .filter(|(p, _, _)| p.starts_with(module))
            .collect();
        if !here.is_empty() {
            assert!(
                here.iter().any(|(p, _, _)| p.contains("/modules/")),
                "callee findings travel with the caller"
            );
            owners.push(k);
        }
    }
    assert_eq!(
        owners.len(),
        1,
        "the module tree is reported by shards {owners:?}"
    );
}

#[test]
fn shard_must_be_k_of_n() {
    for bad in ["0/2", "3/2", "1/0", "two", "1-2"] {
        let out = yoroi(&["scan", "testdata", "--shard", bad]);
        assert_eq!(code(&out), 2, "--shard {bad}");
        assert!(stderr(&out).contains("shard"), "{}", stderr(&out));
    }
}

#[test]
fn merged_sarif_equals_an_unsharded_scan() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = common::root();
    let testdata = root.join("testdata");
    let testdata = testdata.to_str().expect("utf-8 path");
    let mut parts = Vec::new();
    for k in 1..=3 {
        let file = dir.path().join(format!("shard-{k}.sarif"));
        let target = format!("sarif={}", file.display());
        let shard = format!("{k}/3");
        let out = yoroi_in(
            &root,
            &[
                "scan",
                testdata,
                "--soft-fail",
                "-q",
                "-f",
                &target,
                "--shard",
                &shard,
            ],
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        parts.push(file.display().to_string());
    }
    let mut args = vec!["merge-sarif"];
    args.extend(parts.iter().map(String::as_str));
    let merged = yoroi(&args);
    assert_eq!(code(&merged), 0, "{}", stderr(&merged));
    let merged: serde_json::Value = serde_json::from_slice(&merged.stdout).expect("SARIF JSON");
    let whole = yoroi(&["scan", testdata, "--soft-fail", "-f", "sarif"]);
    let whole: serde_json::Value = serde_json::from_slice(&whole.stdout).expect("SARIF JSON");

    let runs = merged["runs"].as_array().expect("runs");
    assert_eq!(runs.len(), 1, "one run");
    let rules = runs[0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules");
    let key = |r: &serde_json::Value| {
        (
            r["ruleId"].as_str().unwrap_or("").to_string(),
            r["locations"].to_string(),
            r["partialFingerprints"].to_string(),
        )
    };
    for result in runs[0]["results"].as_array().expect("results") {
        let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(
            rules[index]["id"], result["ruleId"],
            "ruleIndex points at its rule"
        );
    }
    let mut a: Vec<_> = runs[0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(key)
        .collect();
    let mut b: Vec<_> = whole["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(key)
        .collect();
    a.sort();
    b.sort();
    assert!(!a.is_empty());
    assert_eq!(a, b);
}

#[test]
fn merge_sarif_refuses_other_tools_and_bad_json() {
    let dir = tempfile::tempdir().expect("temp dir");
    let other = dir.path().join("other.sarif");
    std::fs::write(
        &other,
        r#"{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"checkov"}},"results":[]}]}"#,
    )
    .expect("write");
    let garbage = dir.path().join("garbage.sarif");
    std::fs::write(&garbage, "not json").expect("write");
    let out = yoroi(&["merge-sarif", other.to_str().expect("utf-8")]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("checkov"), "{}", stderr(&out));
    let out = yoroi(&["merge-sarif", garbage.to_str().expect("utf-8")]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("not JSON"), "{}", stderr(&out));
}

#[test]
fn quiet_prints_findings_only_and_verbose_reports_phases() {
    let loud = yoroi(&["scan", "testdata/dockerfile", "--soft-fail"]);
    assert!(stdout(&loud).contains("Scanned "), "{}", stdout(&loud));
    let quiet = yoroi(&["scan", "testdata/dockerfile", "--soft-fail", "--quiet"]);
    assert!(!stdout(&quiet).contains("Scanned "));
    assert!(stderr(&quiet).is_empty(), "{}", stderr(&quiet));
    assert!(stdout(&quiet).contains("DKR"), "findings are still printed");
    let clean = yoroi(&["scan", "testdata/dockerfile/hardened.Dockerfile", "-q"]);
    assert_eq!(code(&clean), 0);
    assert_eq!(stdout(&clean), "", "nothing to say, nothing said");
    let verbose = yoroi(&[
        "scan",
        "testdata/dockerfile",
        "--soft-fail",
        "-v",
        "-f",
        "json",
    ]);
    assert!(stderr(&verbose).contains("units"), "{}", stderr(&verbose));
    assert!(
        stderr(&verbose).contains("cross-file pass"),
        "{}",
        stderr(&verbose)
    );
    // A progress bar never appears when standard error is not a terminal.
    assert!(!stderr(&verbose).contains("scanning "));
}
