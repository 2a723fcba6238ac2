//! Suppressions as users write them: inline, above a construct, file-wide, as a Kubernetes
//! annotation; reasons carried to JSON and SARIF; expired and unused directives reported.

mod common;

use common::*;

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "main.tf",
        "# yoroi:ignore AWS005 reason=\"scratch volume, wiped nightly\"\nresource \"aws_ebs_volume\" \"scratch\" {\n  availability_zone = \"eu-west-1a\"\n  size              = 10\n}\n\nresource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = false # yoroi:ignore kms-key-rotation-disabled reason=\"imported key material\"\n}\n\nresource \"aws_ebs_volume\" \"data\" {\n  availability_zone = \"eu-west-1a\"\n  size              = 10\n  encrypted         = true # yoroi:ignore AWS005 reason=\"left over\"\n}\n",
    );
    write(
        d,
        "Dockerfile",
        "FROM alpine:3.20\n# yoroi:ignore DKR008 reason=\"vendor script needs it\" until=2020-01-01\nRUN sudo true\n# yoroi:ignore DKR004 reason=\"vendor installer, checksum verified upstream\"\nRUN wget -qO- https://example.com/install.sh \\\n  | sh\nUSER 10001\n",
    );
    write(
        d,
        "pod.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\n  annotations:\n    yoroi.dev/ignore: \"K8S004 node agent needs the host network\"\nspec:\n  hostNetwork: true\n  containers:\n    - name: agent\n      image: agent:1.0\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostNetwork: true\n  containers:\n    - name: web\n      image: web:1.0\n",
    );
    dir
}

fn by_rule<'a>(report: &'a serde_json::Value, id: &str) -> Vec<&'a serde_json::Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule_id"] == id)
        .collect()
}

#[test]
fn suppressed_findings_stay_visible_and_marked() {
    let dir = project();
    let out = yoroi_in(
        dir.path(),
        &[
            "scan",
            "--format",
            "json",
            "--rule",
            "AWS005,AWS009,DKR004,DKR008,K8S004,YOR004,YOR005",
        ],
    );
    let report = json(&out);
    // Terraform: the comment above the block covers it; the trailing one covers its line.
    let ebs = by_rule(&report, "AWS005");
    assert_eq!(ebs.len(), 1);
    assert_eq!(ebs[0]["suppressed"], true);
    assert_eq!(
        ebs[0]["suppression"]["justification"],
        "scratch volume, wiped nightly"
    );
    let kms = by_rule(&report, "AWS009");
    assert_eq!(kms[0]["suppressed"], true, "suppressed by rule name");
    // Dockerfile: above a continued instruction covers all of it.
    assert_eq!(by_rule(&report, "DKR004")[0]["suppressed"], true);
    // An expired directive suppresses nothing and is reported.
    assert_eq!(by_rule(&report, "DKR008")[0]["suppressed"], false);
    let expired = by_rule(&report, "YOR004");
    assert_eq!(expired.len(), 1);
    assert_eq!(expired[0]["start"]["line"], 2);
    // The annotation covers its own object only.
    let host = by_rule(&report, "K8S004");
    assert_eq!(host.len(), 2);
    assert_eq!(host.iter().filter(|f| f["suppressed"] == true).count(), 1);
    // A directive that matched nothing is reported.
    let unused = by_rule(&report, "YOR005");
    assert_eq!(unused.len(), 1);
    assert_eq!(unused[0]["path"], "main.tf");
    assert_eq!(unused[0]["start"]["line"], 14);
    assert_eq!(report["summary"]["suppressed"], 4);
}

#[test]
fn suppressed_findings_do_not_fail_the_run_and_reach_sarif() {
    let dir = project();
    let sarif = dir.path().join("out.sarif");
    let spec = format!("sarif={}", sarif.display());
    let out = yoroi_in(
        dir.path(),
        &[
            "scan",
            "--rule",
            "AWS005,AWS009,DKR004",
            "--format",
            "human",
            "--format",
            &spec,
        ],
    );
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    assert!(
        stdout(&out).contains("no findings, 3 suppressed"),
        "{}",
        stdout(&out)
    );
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&sarif).unwrap()).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);
    for r in results {
        assert_eq!(r["suppressions"][0]["kind"], "inSource");
    }
}

fn peers_fixture(d: &std::path::Path) {
    write(
        d,
        "main.tf",
        "resource \"aws_ebs_volume\" \"a\" {\n  #checkov:skip=CKV_AWS_3:restored from an encrypted snapshot\n  availability_zone = \"eu-west-1a\"\n  size              = 10\n}\n\n#tfsec:ignore:AVD-AWS-0065\nresource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = false\n}\n\nresource \"aws_db_instance\" \"db\" {\n  publicly_accessible = true #trivy:ignore:AWS-0180:exp:2020-01-01\n}\n",
    );
    write(
        d,
        "Dockerfile",
        "FROM debian:12\n# hadolint ignore=DL3015,DL3008\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\n",
    );
    write(
        d,
        "pod.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\n  annotations:\n    ignore-check.kube-linter.io/privileged-container: \"node agent\"\n    polaris.fairwinds.com/hostNetworkSet-exempt: \"true\"\nspec:\n  hostNetwork: true\n  containers:\n    - name: agent\n      image: agent:1.0\n      securityContext:\n        privileged: true\n",
    );
}

fn assert_peer_states(d: &std::path::Path) {
    let out = yoroi_in(
        d,
        &[
            "scan",
            "--format",
            "json",
            "--rule",
            "AWS005,AWS009,AWS007,DKR006,K8S001,K8S004",
        ],
    );
    let report = json(&out);
    let state = |id: &str| -> Vec<bool> {
        by_rule(&report, id)
            .iter()
            .map(|f| f["suppressed"] == true)
            .collect()
    };
    assert_eq!(state("AWS005"), [true], "checkov skip inside the block");
    assert_eq!(
        state("AWS009"),
        [true],
        "tfsec ignore above the block, AVD- spelling"
    );
    assert_eq!(
        state("AWS007"),
        [false],
        "trivy ignore with an expired exp: date"
    );
    assert_eq!(
        state("DKR006"),
        [true],
        "hadolint ignore above the instruction"
    );
    assert_eq!(state("K8S001"), [true], "kube-linter annotation");
    assert_eq!(state("K8S004"), [true], "polaris exemption annotation");
}

#[test]
fn peers_inline_forms_keep_working() {
    let dir = tempfile::tempdir().unwrap();
    peers_fixture(dir.path());
    assert_peer_states(dir.path());
}

#[test]
fn migrate_rewrites_peer_forms_into_yoroi_syntax_with_the_same_effect() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    peers_fixture(d);
    let before = std::fs::read_to_string(d.join("main.tf")).unwrap();
    let out = yoroi_in(d, &["migrate"]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("+# yoroi:ignore"), "{}", stdout(&out));
    assert_eq!(
        std::fs::read_to_string(d.join("main.tf")).unwrap(),
        before,
        "no --write, no change"
    );
    let out = yoroi_in(d, &["migrate", "--write"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    for name in ["main.tf", "Dockerfile", "pod.yaml"] {
        let text = std::fs::read_to_string(d.join(name)).unwrap();
        for peer in [
            "checkov:",
            "tfsec:",
            "trivy:",
            "hadolint ignore",
            "kube-linter.io",
            "polaris.fairwinds.com",
        ] {
            assert!(!text.contains(peer), "{name} still has {peer}:\n{text}");
        }
    }
    let tf = std::fs::read_to_string(d.join("main.tf")).unwrap();
    assert!(
        tf.starts_with(
            "# yoroi:ignore AWS005 reason=\"restored from an encrypted snapshot\"\nresource"
        ),
        "{tf}"
    );
    assert!(tf.contains("until=2020-01-01"), "{tf}");
    assert_peer_states(d);
}

#[test]
fn a_baseline_hides_known_findings_even_when_code_moves() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n  hostNetwork: true\n  containers:\n    - name: agent\n      image: agent:1.0\n";
    write(d, "pod.yaml", pod);
    let out = yoroi_in(
        d,
        &[
            "scan",
            "--rule",
            "K8S004,K8S005",
            "--write-baseline",
            "baseline.json",
        ],
    );
    assert_eq!(code(&out), 1);
    // Lines added above the finding do not make it new.
    write(d, "pod.yaml", &format!("# a comment\n# and another\n{pod}"));
    let out = yoroi_in(
        d,
        &[
            "scan",
            "--rule",
            "K8S004,K8S005",
            "--baseline",
            "baseline.json",
            "--format",
            "json",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    let report = json(&out);
    assert_eq!(report["summary"]["baseline_unchanged"], 1);
    assert!(report["findings"].as_array().unwrap().is_empty());
    // A new problem is reported; SARIF keeps every state.
    write(
        d,
        "pod.yaml",
        &format!(
            "# a comment\n# and another\n{}",
            pod.replace("spec:\n", "spec:\n  hostPID: true\n")
        ),
    );
    let out = yoroi_in(
        d,
        &[
            "scan",
            "--rule",
            "K8S004,K8S005",
            "--baseline",
            "baseline.json",
            "--format",
            "json",
            "--format",
            "sarif=out.sarif",
        ],
    );
    assert_eq!(code(&out), 1);
    let ids: Vec<String> = findings(&json(&out)).into_iter().map(|f| f.2).collect();
    assert_eq!(ids, ["K8S005"]);
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(d.join("out.sarif")).unwrap()).unwrap();
    let states: Vec<&str> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["baselineState"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["new", "unchanged"]);
    // A fixed finding shows as absent in SARIF.
    write(
        d,
        "pod.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n  containers:\n    - name: agent\n      image: agent:1.0\n",
    );
    let out = yoroi_in(
        d,
        &[
            "scan",
            "--rule",
            "K8S004,K8S005",
            "--baseline",
            "baseline.json",
            "--format",
            "sarif",
        ],
    );
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(sarif["runs"][0]["results"][0]["baselineState"], "absent");
    let out = yoroi_in(d, &["scan", "--baseline", "missing.json"]);
    assert_eq!(code(&out), 2);
}

fn git(dir: &std::path::Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(
        status.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&status.stderr)
    );
}

#[test]
fn new_since_reports_only_changed_lines() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q"]);
    write(
        d,
        "pod.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostNetwork: true\n  containers:\n    - name: c\n      image: c:1.0\n",
    );
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "base"]);
    write(
        d,
        "pod.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostNetwork: true\n  hostPID: true\n  containers:\n    - name: c\n      image: c:1.0\n",
    );
    write(
        d,
        "new.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: n\nspec:\n  hostIPC: true\n  containers:\n    - name: c\n      image: c:1.0\n",
    );
    let out = yoroi_in(
        d,
        &[
            "scan",
            "--rule",
            "K8S004,K8S005,K8S006",
            "--new-since",
            "HEAD",
            "--format",
            "json",
        ],
    );
    let mut ids: Vec<String> = findings(&json(&out)).into_iter().map(|f| f.2).collect();
    ids.sort();
    assert_eq!(
        ids,
        ["K8S005", "K8S006"],
        "the old hostNetwork finding is not new"
    );
    let out = yoroi_in(d, &["scan", "--new-since", "no-such-ref"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("no-such-ref"));
}

#[test]
fn fail_on_partial_exits_3_when_a_file_was_not_analysed() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "Dockerfile",
        "FROM alpine:3.20\nRUNN true\nUSER 10001\n",
    );
    let out = yoroi_in(dir.path(), &["scan", "--rule", "YOR001"]);
    assert_eq!(code(&out), 1);
    let out = yoroi_in(
        dir.path(),
        &["scan", "--rule", "YOR001", "--fail-on-partial"],
    );
    assert_eq!(code(&out), 3);
}

#[test]
fn tfsec_long_ids_name_the_rules_that_carry_trivy_ids() {
    // AWS004 lists Trivy's AWS-0092; its tfsec name comes from the parity id list.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "main.tf",
        "resource \"aws_s3_bucket_acl\" \"a\" {\n  bucket = \"example-a\"\n  acl    = \"public-read\" #tfsec:ignore:aws-s3-no-public-access-with-acl\n}\n\nresource \"aws_s3_bucket_acl\" \"b\" {\n  bucket = \"example-b\"\n  acl    = \"public-read\"\n}\n",
    );
    let out = yoroi_in(d, &["scan", "--format", "json", "--rule", "AWS004"]);
    let report = json(&out);
    let states: Vec<bool> = by_rule(&report, "AWS004")
        .iter()
        .map(|f| f["suppressed"] == true)
        .collect();
    assert_eq!(states, [true, false]);
}

/// Two identical constructs in one object (two wildcard rules of a role) get two fingerprints,
/// so a baseline that knows one does not hide a new one; lines above move neither, and a
/// baseline written when they shared one fingerprint still matches both.
#[test]
fn repeated_constructs_have_fingerprints_of_their_own() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let rule = |group: &str, resource: &str| {
        format!(
            "  - apiGroups: [\"{group}\"]\n    resources: [\"{resource}\"]\n    verbs: [\"*\"]\n"
        )
    };
    let head = "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: operator\nrules:\n";
    let two = format!("{head}{}{}", rule("", "pods"), rule("apps", "deployments"));
    write(d, "role.yaml", &two);
    let scan = |extra: &[&str]| {
        let mut args = vec!["scan", "--rule", "K8S014", "--format", "json"];
        args.extend_from_slice(extra);
        json(&yoroi_in(d, &args))
    };
    let prints = |report: &serde_json::Value| -> Vec<String> {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["fingerprint"].as_str().unwrap().to_string())
            .collect()
    };
    let before = prints(&scan(&[]));
    assert_eq!(before.len(), 2);
    assert_ne!(before[0], before[1]);
    write(
        d,
        "role.yaml",
        &format!("# owned by the platform team\n\n{two}"),
    );
    assert_eq!(prints(&scan(&[])), before);
    let out = yoroi_in(
        d,
        &[
            "scan",
            "--rule",
            "K8S014",
            "--write-baseline",
            "baseline.json",
        ],
    );
    assert_eq!(code(&out), 1);
    // A third wildcard rule is new, the other two are known.
    write(
        d,
        "role.yaml",
        &format!(
            "# owned by the platform team\n\n{two}{}",
            rule("batch", "jobs")
        ),
    );
    let report = scan(&["--baseline", "baseline.json"]);
    assert_eq!(report["summary"]["baseline_unchanged"], 2);
    assert_eq!(findings(&report).len(), 1, "{report}");
    assert_eq!(findings(&report)[0].1, 16);
    // A baseline of the earlier form, where both shared the first one's fingerprint.
    let mut old: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(d.join("baseline.json")).unwrap()).unwrap();
    for entry in old["findings"].as_array_mut().unwrap() {
        entry["fingerprint"] = serde_json::Value::String(before[0].clone());
    }
    std::fs::write(d.join("old.json"), old.to_string()).unwrap();
    write(d, "role.yaml", &two);
    let report = scan(&["--baseline", "old.json"]);
    assert_eq!(report["summary"]["baseline_unchanged"], 2, "{report}");
    assert!(findings(&report).is_empty());
}
