//! `yoroi scan --benchmark NAME`: every control listed with pass / fail / not applicable /
//! manual, the findings under the controls they break, in the human, JSON and markdown views.

mod common;

use common::{code, json, stderr, stdout, write, yoroi_in};

const PRIVILEGED_POD: &str = "\
apiVersion: v1
kind: Pod
metadata:
  name: debug
  namespace: tools
spec:
  containers:
    - name: shell
      image: busybox:1.36
      securityContext:
        privileged: true
";

fn control<'a>(report: &'a serde_json::Value, section: &str, id: &str) -> &'a serde_json::Value {
    report["controls"]
        .as_array()
        .expect("controls")
        .iter()
        .find(|c| c["id"] == id && c["section"] == section)
        .unwrap_or_else(|| panic!("control {section} {id} is listed"))
}

#[test]
fn pss_restricted_fails_the_control_a_pod_breaks_at_its_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "pod.yaml", PRIVILEGED_POD);
    let out = yoroi_in(
        dir.path(),
        &["scan", ".", "--benchmark", "pss-restricted", "-f", "json"],
    );
    assert_eq!(
        code(&out),
        1,
        "a failing control fails the scan: {}",
        stderr(&out)
    );
    let report = json(&out);
    assert_eq!(report["benchmark"]["id"], "pss-restricted");
    let privileged = control(&report, "baseline", "Privileged Containers");
    assert_eq!(privileged["status"], "fail");
    let finding = &privileged["findings"][0];
    assert_eq!(finding["rule"], "K8S001");
    assert_eq!(finding["path"], "pod.yaml");
    assert_eq!(finding["line"], 11);
    // A control the pod does not break passes; restricted includes the baseline controls.
    assert_eq!(
        control(&report, "baseline", "HostProcess")["status"],
        "pass"
    );
    assert_eq!(
        control(&report, "restricted", "Volume Types")["status"],
        "pass"
    );
    // The two Seccomp controls are different controls with different rules.
    assert_ne!(
        control(&report, "baseline", "Seccomp")["rules"],
        control(&report, "restricted", "Seccomp")["rules"]
    );
    let controls = report["controls"].as_array().expect("controls").len() as u64;
    let summed: u64 = ["fail", "pass", "not-applicable", "manual"]
        .iter()
        .map(|s| report["summary"][s].as_u64().expect("count"))
        .sum();
    assert_eq!(summed, controls, "every control has exactly one status");
}

#[test]
fn controls_about_files_that_were_not_scanned_are_not_applicable_and_manual_ones_are_listed() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "pod.yaml", PRIVILEGED_POD);
    let out = yoroi_in(
        dir.path(),
        &["scan", ".", "--benchmark", "cis-docker", "-f", "json"],
    );
    let report = json(&out);
    // No Dockerfile was scanned: the build-file controls cannot pass or fail.
    assert_eq!(control(&report, "4", "4.1")["status"], "not-applicable");
    assert_eq!(control(&report, "4", "4.6")["status"], "not-applicable");
    // The runtime controls are judged on the manifest.
    assert_eq!(control(&report, "5", "5.4")["status"], "fail");
    // Manual controls are there, with the reason.
    let manual = control(&report, "4", "4.4");
    assert_eq!(manual["status"], "manual");
    assert!(!manual["reason"].as_str().unwrap_or("").is_empty());
    assert!(
        report["out_of_scope"]
            .as_array()
            .is_some_and(|s| s.iter().any(|s| s["section"] == "2")),
        "the daemon section is named as outside what files show"
    );
}

#[test]
fn a_clean_dockerfile_passes_cis_docker_section_4() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "Dockerfile",
        "FROM alpine:3.20@sha256:0000000000000000000000000000000000000000000000000000000000000000\n\
         RUN apk add --no-cache ca-certificates=20240705-r0\n\
         COPY app /usr/local/bin/app\n\
         USER 10001\n\
         HEALTHCHECK CMD [\"/usr/local/bin/app\", \"health\"]\n\
         ENTRYPOINT [\"/usr/local/bin/app\"]\n",
    );
    let out = yoroi_in(dir.path(), &["scan", ".", "--benchmark", "cis-docker"]);
    let text = stdout(&out);
    assert!(text.starts_with("CIS Docker Benchmark"), "{text}");
    assert!(text.contains("PASS   4.1 "), "{text}");
    assert!(text.contains("PASS   4.6 "), "{text}");
    assert!(text.contains("MANUAL 4.4 "), "{text}");
    assert!(text.contains("Not judged from files:"), "{text}");
    assert_eq!(code(&out), 0, "{text}");
}

#[test]
fn markdown_view_is_a_table_of_every_control() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "pod.yaml", PRIVILEGED_POD);
    let out = yoroi_in(
        dir.path(),
        &[
            "scan",
            ".",
            "--benchmark",
            "cis-kubernetes",
            "-f",
            "markdown",
            "--soft-fail",
        ],
    );
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    assert!(text.starts_with("## CIS Kubernetes Benchmark"), "{text}");
    assert!(text.contains("| status | control | title | rules | details |"));
    assert!(text.contains("| fail | 5.2.2 |"), "{text}");
    assert!(text.contains("`pod.yaml:11`"), "{text}");
    let rows = text
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| status") && !l.starts_with("| ---"))
        .count();
    assert_eq!(rows, 96, "one row per control");
}

#[test]
fn unknown_benchmark_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = yoroi_in(dir.path(), &["scan", ".", "--benchmark", "cis-nonsense"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("pss-restricted"), "{}", stderr(&out));
}

#[test]
fn cis_docker_section_5_is_judged_on_compose_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "compose.yaml",
        "services:\n  web:\n    image: nginx:1.27\n    privileged: true\n",
    );
    let out = yoroi_in(
        dir.path(),
        &["scan", ".", "--benchmark", "cis-docker", "--format", "json"],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let report = json(&out);
    let privileged = control(&report, "5", "5.4");
    assert_eq!(privileged["status"], "fail", "{privileged}");
    let text = privileged.to_string();
    assert!(
        text.contains("CMP001") && text.contains("compose.yaml"),
        "{text}"
    );
    // a control the service meets passes
    assert_eq!(control(&report, "5", "5.9")["status"], "pass");
}
