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

const MERGED_CI: &str = "include:
  - local: /.gitlab/ci/templates.yml
  - local: '.gitlab/ci/jobs/*.yml'
variables:
  DOCKER_TLS_CERTDIR: \"\"
  CI_DEBUG_TRACE: \"false\"
lint:
  image: node@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
deploy-preview:
  extends: .merge-requests
  id_tokens:
    VAULT_ID_TOKEN:
      aud: https://vault.example.com
  script:
    - ./preview.sh
";

const TEMPLATES: &str = "variables:
  CI_DEBUG_TRACE: \"true\"
.merge-requests:
  rules:
    - if: $CI_PIPELINE_SOURCE == \"merge_request_event\"
.docker:
  image: docker:latest
  services:
    - name: docker:dind
lint:
  image: node:latest
  script:
    - npm run lint
";

const BUILD: &str = "build:
  extends: .docker
  script:
    - docker build .
";

const REVIEW: &str = "review:
  extends: .merge-requests
  script:
    - kubectl apply -f k8s/
";

fn merged_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".gitlab-ci.yml", MERGED_CI);
    write(dir.path(), ".gitlab/ci/templates.yml", TEMPLATES);
    write(dir.path(), ".gitlab/ci/jobs/build.yml", BUILD);
    write(dir.path(), ".gitlab/ci/jobs/review.yml", REVIEW);
    dir
}

#[test]
fn included_files_are_merged_into_the_configuration() {
    let dir = merged_project();
    let report = scan_soft(dir.path());
    let all = findings(&report);
    let of = |id: &str| -> Vec<(String, u64)> {
        all.iter()
            .filter(|(_, _, r)| r == id)
            .map(|(p, l, _)| (p.clone(), *l))
            .collect()
    };
    let templates = ".gitlab/ci/templates.yml".to_string();
    // A template's `rules:` from another file make a job run for merge requests.
    assert_eq!(
        of("GLC013"),
        [(
            ".gitlab-ci.yml".to_string(),
            line_of(MERGED_CI, "id_tokens")
        )]
    );
    assert_eq!(
        of("GLC011"),
        [(
            ".gitlab/ci/jobs/review.yml".to_string(),
            line_of(REVIEW, "kubectl")
        )]
    );
    // The configuration's variables reach a job of an included file that extends a template
    // of a third file.
    assert_eq!(
        of("GLC010"),
        [(
            ".gitlab-ci.yml".to_string(),
            line_of(MERGED_CI, "DOCKER_TLS_CERTDIR")
        )]
    );
    let dind = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule_id"] == "GLC010")
        .unwrap();
    assert_eq!(dind["object"], "job build");
    assert_eq!(dind["labels"][0]["path"], ".gitlab/ci/jobs/build.yml");
    // Found by the configuration and by the included file alone: reported once, where written,
    // naming the job of a third file that runs with it.
    assert_eq!(
        of("GLC005"),
        [(templates, line_of(TEMPLATES, "docker:latest"))]
    );
    let unpinned = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule_id"] == "GLC005")
        .unwrap();
    assert_eq!(unpinned["object"], "job .docker");
    assert_eq!(unpinned["labels"][0]["path"], ".gitlab/ci/jobs/build.yml");
    assert_eq!(
        unpinned["labels"][0]["message"],
        "job `build` extends `.docker`"
    );
    // What the configuration overrides is not reported from the included file alone.
    assert_eq!(of("GLC009"), []);
    let mut unique = all.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), all.len(), "{all:#?}");
}

#[test]
fn naming_the_configuration_scans_what_it_includes() {
    let dir = merged_project();
    let whole = findings(&scan_soft(dir.path()));
    let out = yoroi_in(
        dir.path(),
        &["scan", ".gitlab-ci.yml", "--format", "json", "--soft-fail"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(findings(&json(&out)), whole);
}

#[test]
fn a_missing_or_looping_include_is_reported_at_its_entry() {
    let dir = tempfile::tempdir().unwrap();
    let ci = "include:\n  - local: ci/a.yml\n  - local: ci/missing.yml\n";
    let a = "include: ci/b.yml\na:\n  script: [make]\n";
    let b = "include:\n  - local: ci/a.yml\nb:\n  script: [make]\n";
    write(dir.path(), ".gitlab-ci.yml", ci);
    write(dir.path(), "ci/a.yml", a);
    write(dir.path(), "ci/b.yml", b);
    let report = scan_soft(dir.path());
    let mut errors: Vec<(String, u64)> = findings(&report)
        .into_iter()
        .filter(|(_, _, r)| r == "YOR001")
        .map(|(p, l, _)| (p, l))
        .collect();
    errors.sort();
    assert_eq!(
        errors,
        [
            (".gitlab-ci.yml".to_string(), 3),
            ("ci/b.yml".to_string(), 2)
        ]
    );
    let messages = messages_of(&report, "YOR001");
    assert!(messages.iter().any(|m| m.contains("loops")), "{messages:?}");
}

#[test]
fn wildcard_includes_reach_hidden_folders_and_keep_their_suppressions() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".gitlab-ci.yml", "include: '.ci/*.yml'\n");
    let jobs = "a:\n  image: alpine:latest\n  script: [make]\nb:\n  image: busybox:latest # yoroi:ignore GLC005 reason=\"throwaway job\"\n  script: [make]\n";
    write(dir.path(), ".ci/jobs.yml", jobs);
    // `*` stays within its folder, as GitLab reads it.
    write(
        dir.path(),
        ".ci/nested/more.yml",
        "c:\n  image: debian:latest\n  script: [make]\n",
    );
    let report = scan_soft(dir.path());
    let unpinned: Vec<(String, u64, bool)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule_id"] == "GLC005")
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_string(),
                f["start"]["line"].as_u64().unwrap(),
                f["suppressed"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        unpinned,
        [
            (".ci/jobs.yml".to_string(), 2, false),
            (".ci/jobs.yml".to_string(), 5, true)
        ]
    );
}

#[test]
fn shards_keep_a_configuration_with_the_files_it_includes() {
    let dir = merged_project();
    let mut whole = findings(&scan_soft(dir.path()));
    whole.sort();
    for count in 2..=4 {
        let mut union = Vec::new();
        for k in 1..=count {
            let shard = format!("{k}/{count}");
            let out = yoroi_in(
                dir.path(),
                &[
                    "scan",
                    ".",
                    "--format",
                    "json",
                    "--soft-fail",
                    "--shard",
                    &shard,
                ],
            );
            assert_eq!(code(&out), 0, "{}", stderr(&out));
            union.extend(findings(&json(&out)));
        }
        union.sort();
        assert_eq!(union, whole, "{count} shards");
    }
}

#[test]
fn script_and_variable_findings_in_an_included_file_point_into_it() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        ".gitlab-ci.yml",
        "include:\n  - local: ci/report.yml\n  - project: platform/ci-templates\n    ref: 707b49ef\n    file: /t.yml\n",
    );
    let included = "report:\n  variables:\n    CI_DEBUG_SERVICES: \"true\"\n  script:\n    - 'curl -H \"JOB-TOKEN: $CI_JOB_TOKEN\" https://hooks.example.net/in'\n";
    write(dir.path(), "ci/report.yml", included);
    let found = findings(&scan_soft(dir.path()));
    assert!(has(&found, "ci/report.yml", 3, "GLC015"), "{found:?}");
    assert!(has(&found, "ci/report.yml", 5, "GLC016"), "{found:?}");
    assert!(has(&found, ".gitlab-ci.yml", 4, "GLC003"), "{found:?}");
    // Each once, although the included file is also checked on its own.
    for rule in ["GLC015", "GLC016"] {
        assert_eq!(found.iter().filter(|f| f.2 == rule).count(), 1, "{found:?}");
    }
}
