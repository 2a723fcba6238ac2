//! GitLab CI end to end: `.gitlab-ci.yml` (a hidden file) and the files it includes locally
//! are found and judged as GitLab CI (never as Kubernetes), with findings in JSON and SARIF
//! and inline suppressions.

mod common;

use common::*;

const CI: &str = "include:
  - local: /ci/deploy.yml
  - remote: https://example.com/ci.yml # yoroi:ignore GLC002 reason=\"vendored mirror we control\"
lint:
  image: alpine:3.20
  script:
    - eval \"echo $CI_COMMIT_MESSAGE\"
";

const DEPLOY: &str = "deploy:
  rules:
    - if: $CI_PIPELINE_SOURCE == \"merge_request_event\"
  script:
    - kubectl apply -f k8s/
";

fn line_of(text: &str, needle: &str) -> u64 {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i as u64 + 1)
        .expect("needle in the text")
}

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".gitlab-ci.yml", CI);
    write(dir.path(), "ci/deploy.yml", DEPLOY);
    dir
}

#[test]
fn gitlab_findings_reach_json_with_suppressions() {
    let dir = project();
    let out = yoroi_in(dir.path(), &["scan", ".", "--format", "json"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let report = json(&out);
    let findings = report["findings"].as_array().unwrap();
    let of = |id: &str| -> Vec<&serde_json::Value> {
        findings.iter().filter(|f| f["rule_id"] == id).collect()
    };
    let injection = of("GLC001");
    assert_eq!(injection.len(), 1, "{findings:#?}");
    assert_eq!(injection[0]["path"], ".gitlab-ci.yml");
    assert_eq!(injection[0]["start"]["line"], line_of(CI, "eval"));
    let remote = of("GLC002");
    assert_eq!(remote.len(), 1);
    assert_eq!(remote[0]["suppressed"], true);
    assert_eq!(
        remote[0]["suppression"]["justification"],
        "vendored mirror we control"
    );
    // The included file is GitLab CI although its name says nothing.
    let deploy = of("GLC011");
    assert_eq!(deploy.len(), 1, "{findings:#?}");
    assert_eq!(deploy[0]["path"], "ci/deploy.yml");
    assert_eq!(deploy[0]["start"]["line"], line_of(DEPLOY, "kubectl"));
    assert!(
        findings.iter().all(|f| {
            let id = f["rule_id"].as_str().unwrap();
            id.starts_with("GLC") || id.starts_with("SEC")
        }),
        "{findings:#?}"
    );
}

#[test]
fn gitlab_findings_reach_sarif() {
    let dir = project();
    let out = yoroi_in(dir.path(), &["scan", ".", "--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).expect("SARIF is JSON");
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let injection = results
        .iter()
        .find(|r| r["ruleId"] == "GLC001")
        .expect("GLC001 in SARIF");
    assert_eq!(
        injection["locations"][0]["physicalLocation"]["region"]["startLine"],
        line_of(CI, "eval")
    );
    assert!(
        sarif["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == "GLC011")
    );
}

#[test]
fn a_dockerfile_built_by_a_job_names_it() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "images/api/Dockerfile",
        "FROM ubuntu:latest\nUSER app\n",
    );
    write(
        dir.path(),
        ".gitlab-ci.yml",
        "build:\n  image: docker:27\n  script:\n    - docker info\n    - docker build -t api images/api\n",
    );
    let report = scan_soft(dir.path());
    let finding = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule_id"] == "DKR002")
        .expect("a DKR002 finding");
    assert_eq!(finding["labels"][0]["path"], ".gitlab-ci.yml");
    assert_eq!(finding["labels"][0]["line"], 5);
    assert_eq!(
        finding["labels"][0]["message"],
        "built by job `build` (`.gitlab-ci.yml`)"
    );
}

#[test]
fn a_secret_build_arg_that_the_dockerfile_never_declares_is_not_reported() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "Dockerfile",
        "FROM alpine:3.20\nARG API_TOKEN\nUSER app\n",
    );
    write(
        dir.path(),
        ".gitlab-ci.yml",
        "build:\n  script:\n    - docker build --build-arg API_TOKEN=$API_TOKEN --build-arg NPM_TOKEN=$NPM_TOKEN .\n",
    );
    let messages = messages_of(&scan_soft(dir.path()), "GLC014");
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(messages[0].contains("`API_TOKEN`"), "{messages:?}");
}
