//! GitHub Actions workflows end to end: discovered by path (not judged as Kubernetes), their
//! findings in every output format and in the language server, and suppressed by comments.

mod common;

use common::*;

const WORKFLOW: &str = "name: triage
on: issue_comment
permissions: {}
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4 # yoroi:ignore GHA010 reason=\"the job pushes labels back\"
      - run: echo \"${{ github.event.comment.body }}\"
      - uses: some-org/labeler@main # zizmor: ignore[unpinned-uses]
";

/// The line of `needle` in `WORKFLOW`, 1-based.
fn line_of(needle: &str) -> u64 {
    WORKFLOW
        .lines()
        .position(|l| l.contains(needle))
        .map(|i| i as u64 + 1)
        .expect("needle in the workflow")
}

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".github/workflows/triage.yml", WORKFLOW);
    write(
        dir.path(),
        "tools/greet/action.yml",
        "name: greet\nruns:\n  using: composite\n  steps:\n    - run: curl -fsSL https://example.com/x.sh | sh\n      shell: bash\n",
    );
    dir
}

#[test]
fn workflow_findings_reach_json_with_suppressions() {
    let dir = project();
    let out = yoroi_in(dir.path(), &["scan", ".", "--format", "json"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let report = json(&out);
    let findings = report["findings"].as_array().unwrap();
    let injection: Vec<_> = findings
        .iter()
        .filter(|f| f["rule_id"] == "GHA001")
        .collect();
    assert_eq!(injection.len(), 1, "{findings:#?}");
    assert_eq!(injection[0]["path"], ".github/workflows/triage.yml");
    assert_eq!(injection[0]["start"]["line"], line_of("comment.body"));
    let checkout: Vec<_> = findings
        .iter()
        .filter(|f| f["rule_id"] == "GHA010")
        .collect();
    assert_eq!(checkout.len(), 1);
    assert_eq!(checkout[0]["suppressed"], true);
    assert_eq!(
        checkout[0]["suppression"]["justification"],
        "the job pushes labels back"
    );
    // zizmor's own ignore comments keep working, through the rules' equivalents.
    let branch: Vec<_> = findings
        .iter()
        .filter(|f| f["rule_id"] == "GHA008")
        .collect();
    assert_eq!(branch.len(), 1);
    assert_eq!(branch[0]["suppressed"], true);
    // The composite action is found anywhere, and its `run:` is read as shell.
    assert!(
        findings
            .iter()
            .any(|f| f["rule_id"] == "GHA018" && f["path"] == "tools/greet/action.yml"),
        "{findings:#?}"
    );
    // Nothing else judges the workflow: it is not a Kubernetes manifest.
    assert!(
        findings.iter().all(|f| {
            let id = f["rule_id"].as_str().unwrap();
            id.starts_with("GHA") || id.starts_with("SEC")
        }),
        "{findings:#?}"
    );
}

#[test]
fn workflow_findings_reach_sarif_human_and_ci_formats() {
    let dir = project();
    let out = yoroi_in(dir.path(), &["scan", ".", "--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).expect("SARIF is JSON");
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let injection = results
        .iter()
        .find(|r| r["ruleId"] == "GHA001")
        .expect("GHA001 in SARIF");
    assert_eq!(
        injection["locations"][0]["physicalLocation"]["region"]["startLine"],
        line_of("comment.body")
    );
    assert!(
        sarif["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == "GHA001")
    );
    let human = yoroi_in(dir.path(), &["scan", "."]);
    assert!(stdout(&human).contains("GHA001"), "{}", stdout(&human));
    let github = yoroi_in(dir.path(), &["scan", ".", "--format", "github"]);
    assert!(
        stdout(&github).contains("file=.github/workflows/triage.yml"),
        "{}",
        stdout(&github)
    );
}

#[test]
fn a_workflow_buffer_gets_diagnostics_from_the_language_server() {
    let dir = project();
    let uri = format!(
        "file://{}/.github/workflows/triage.yml",
        dir.path().display()
    );
    let open = serde_json::json!({
        "jsonrpc": "2.0", "method": "textDocument/didOpen",
        "params": {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": WORKFLOW}}
    });
    let frame = |body: &str| format!("Content-Length: {}\r\n\r\n{body}", body.len());
    let input = [
        frame(r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#),
        frame(r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#),
        frame(&open.to_string()),
        frame(r#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#),
        frame(r#"{"jsonrpc":"2.0","method":"exit"}"#),
    ]
    .concat();
    let output = yoroi_stdin(&["lsp"], &input);
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(out.contains(r#""code":"GHA001""#), "{out}");
}

/// `yoroi scan --fix` at a given date (`YOROI_TODAY`), in `dir`.
fn fix_on(dir: &std::path::Path, today: &str, extra: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_yoroi"))
        .args(["scan", ".", "--fix"])
        .args(extra)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("YOROI_TODAY", today)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("the yoroi binary runs")
}

const UNPINNED: &str = "on: push
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/login-action@v3.1.0 # log in
      - uses: \"docker/setup-buildx-action@v3\"
      - uses: tj-actions/changed-files@v45
";

/// Release tags are pinned from the embedded table by `--fix`, moving tags only with
/// `--unsafe-fixes`; a table older than 180 days makes `--fix` say how to refresh it.
#[test]
fn fix_pins_actions_from_the_tag_table_and_warns_when_it_is_old() {
    let dir = tempfile::tempdir().unwrap();
    let path = ".github/workflows/build.yml";
    write(dir.path(), path, UNPINNED);

    let out = fix_on(dir.path(), "2999-01-01", &[]);
    assert_ne!(code(&out), 2, "{}", stderr(&out));
    let fixed = std::fs::read_to_string(dir.path().join(path)).unwrap();
    let pinned = UNPINNED.replace(
        "docker/login-action@v3.1.0 # log in",
        "docker/login-action@e92390c5fb421da1463c202d546fed0ec5c39f20 # v3.1.0 # log in",
    );
    assert_eq!(
        fixed, pinned,
        "only the release tag is pinned without --unsafe-fixes"
    );
    let err = stderr(&out);
    assert!(
        err.contains("refresh-action-pins.py") && err.contains("days old"),
        "{err}"
    );
    assert!(err.contains("needs --unsafe-fixes"), "{err}");

    // On the day the table was made, nothing is old.
    let table =
        std::fs::read_to_string(root().join("crates/yoroi-checks/data/gha-action-pins.tsv"))
            .expect("the tag table");
    let made = table
        .lines()
        .find_map(|l| l.strip_prefix("# date:"))
        .expect("the table's date")
        .trim();
    let out = fix_on(dir.path(), made, &["--unsafe-fixes", "--format", "json"]);
    assert_ne!(code(&out), 2, "{}", stderr(&out));
    assert!(
        !stderr(&out).contains("refresh-action-pins"),
        "{}",
        stderr(&out)
    );
    let fixed = std::fs::read_to_string(dir.path().join(path)).unwrap();
    let moving = regex::Regex::new(
        r#"\n      - uses: "docker/setup-buildx-action@[0-9a-f]{40}" # v3\.\d+\.\d+\n"#,
    )
    .unwrap();
    assert!(moving.is_match(&fixed), "{fixed}");
    assert!(fixed.contains("tj-actions/changed-files@v45\n"), "{fixed}");
    // The pins agree with the table (no GHA038); the compromised ref stays reported, critical.
    let report = json(&out);
    let rules: Vec<String> = findings(&report).into_iter().map(|f| f.2).collect();
    assert!(!rules.iter().any(|r| r == "GHA038"), "{rules:?}");
    assert!(rules.iter().any(|r| r == "GHA039"), "{rules:?}");

    // Nothing left to pin: no warning, whatever the date.
    let again = fix_on(dir.path(), "2999-01-01", &["--unsafe-fixes"]);
    assert!(
        !stderr(&again).contains("refresh-action-pins"),
        "{}",
        stderr(&again)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join(path)).unwrap(),
        fixed
    );
}
/// The labels of the first finding of `rule`, as (path, line, message).
fn labels_of(report: &serde_json::Value, rule: &str) -> (String, Vec<(String, u64, String)>) {
    let finding = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule_id"] == rule)
        .unwrap_or_else(|| panic!("a {rule} finding in {report}"));
    let labels = finding["labels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["path"].as_str().unwrap_or("").to_string(),
                l["line"].as_u64().unwrap_or(0),
                l["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    (finding["fingerprint"].as_str().unwrap().to_string(), labels)
}

#[test]
fn a_dockerfile_built_by_workflow_steps_names_them_and_keeps_its_fingerprint() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "docker/app.Dockerfile",
        "FROM ubuntu:latest\nUSER app\n",
    );
    write(dir.path(), "Dockerfile", "FROM debian\nUSER app\n");
    let alone = scan_soft(dir.path());
    write(
        dir.path(),
        ".github/workflows/image.yml",
        "on: push\npermissions: {}\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Build\n        run: |\n          echo building\n          docker build --build-arg V=1 -f docker/app.Dockerfile -t app .\n      - uses: docker/build-push-action@v6\n        with:\n          push: false\n",
    );
    let report = scan_soft(dir.path());
    let (print, labels) = labels_of(&report, "DKR002");
    let (print_alone, _) = labels_of(&alone, "DKR002");
    assert_eq!(print, print_alone);
    let paths: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule_id"] == "DKR002")
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["Dockerfile", "docker/app.Dockerfile"], "{report}");
    let app = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule_id"] == "DKR002" && f["path"] == "docker/app.Dockerfile")
        .unwrap();
    assert_eq!(app["labels"][0]["path"], ".github/workflows/image.yml");
    assert_eq!(app["labels"][0]["line"], 10);
    assert_eq!(
        app["labels"][0]["message"],
        "built by workflow step `Build` of job `image` (`.github/workflows/image.yml`)"
    );
    // The action builds `./Dockerfile` by default.
    assert_eq!(
        labels,
        [(
            ".github/workflows/image.yml".to_string(),
            11,
            "built by workflow step #2 of job `image` (`.github/workflows/image.yml`)".to_string()
        )]
    );
}

#[test]
fn a_secret_build_arg_that_the_dockerfile_never_declares_is_not_reported() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "app/Dockerfile",
        "FROM alpine:3.20\nARG TOKEN\nUSER app\n",
    );
    write(
        dir.path(),
        ".github/workflows/b.yml",
        "on: push\npermissions: {}\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker build --build-arg TOKEN=${{ secrets.T }} --build-arg NPM=${{ secrets.NPM }} app\n",
    );
    let messages = messages_of(&scan_soft(dir.path()), "GHA061");
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(messages[0].contains("`TOKEN`"), "{messages:?}");
}

#[test]
fn allowed_uses_in_the_project_config_reports_every_other_action() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        ".github/workflows/b.yml",
        "on: push\npermissions: {}\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - uses: github/codeql-action/init@v3\n      - uses: some-org/tool@v1\n",
    );
    assert!(messages_of(&scan_soft(dir.path()), "GHA052").is_empty());
    write(
        dir.path(),
        ".yoroi.toml",
        "[github-actions]\nallowed-uses = [\"actions/*\", \"github/codeql-action\"]\n",
    );
    let messages = messages_of(&scan_soft(dir.path()), "GHA052");
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(messages[0].contains("`some-org/tool`"), "{messages:?}");
    write(
        dir.path(),
        ".yoroi.toml",
        "[github-actions]\nallowed-uses = [\"actions/*\"]\ndenied-uses = [\"some-org/*\"]\n",
    );
    let out = yoroi_in(dir.path(), &["scan", "."]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

#[test]
fn tag_pins_of_every_publisher_are_reported_unless_the_config_allows_them() {
    let dir = tempfile::tempdir().unwrap();
    let workflow = "on: push\npermissions: {}\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: github/codeql-action/init@v3\n      - uses: some-org/tool@v1\n";
    write(dir.path(), ".github/workflows/b.yml", workflow);
    let lines = |report: &serde_json::Value| -> Vec<u64> {
        of_rule(report, "GHA009").iter().map(|f| at(f).1).collect()
    };
    assert_eq!(lines(&scan_soft(dir.path())), [7, 8, 9]);
    write(
        dir.path(),
        ".yoroi.toml",
        "[github-actions]\ntag-pins-allowed = [\"actions/*\", \"github/*\"]\n",
    );
    assert_eq!(lines(&scan_soft(dir.path())), [9]);
    write(
        dir.path(),
        ".yoroi.toml",
        "[github-actions]\ntag-pins-allowed = [\"actions/checkout@v4\"]\n",
    );
    let out = yoroi_in(dir.path(), &["scan", "."]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("tag-pins-allowed"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_workflow_outside_github_workflows_is_judged_by_its_content() {
    let dir = tempfile::tempdir().unwrap();
    let workflow = "name: scan\non:\n  push:\njobs:\n  scan:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v3\n      - uses: some-org/scanner@master\n";
    write(dir.path(), "examples/workflow-scan.yml", workflow);
    // Neither a manifest nor a compose file with `on:`/`jobs:` keys.
    write(
        dir.path(),
        "k8s/job.yaml",
        "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: jobs\nspec:\n  template:\n    spec:\n      containers:\n        - name: c\n          image: busybox:1.36\n      restartPolicy: Never\n",
    );
    // Named on the command line and found by a walk alike.
    for args in [
        &["scan", "examples/workflow-scan.yml"][..],
        &["scan", "."][..],
    ] {
        let mut args = args.to_vec();
        args.extend(["--format", "json", "--soft-fail"]);
        let report = json(&yoroi_in(dir.path(), &args));
        let found = findings(&report);
        assert!(
            has(&found, "examples/workflow-scan.yml", 2, "GHA005"),
            "{found:?}"
        );
        assert!(
            has(&found, "examples/workflow-scan.yml", 8, "GHA009"),
            "{found:?}"
        );
        assert!(
            has(&found, "examples/workflow-scan.yml", 9, "GHA008"),
            "{found:?}"
        );
        assert!(
            !found
                .iter()
                .any(|f| f.0 == "k8s/job.yaml" && f.2.starts_with("GHA")),
            "{found:?}"
        );
    }
}

const DEPENDABOT: &str = "version: 2
updates:
  - package-ecosystem: pip
    directory: /
    schedule:
      interval: daily
    insecure-external-code-execution: allow
  - package-ecosystem: github-actions # zizmor: ignore[dependabot-cooldown]
    directory: /
    schedule:
      interval: weekly
";

/// `.github/dependabot.yml` is found in a directory scan (`.github` is hidden), judged by the
/// Dependabot rules, honours zizmor's ignore comments, and takes its cooldown minimum from the
/// project's config; the same file elsewhere is plain YAML.
#[test]
fn a_dependabot_configuration_is_found_and_judged() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".github/dependabot.yml", DEPENDABOT);
    write(dir.path(), "docs/dependabot.yml", DEPENDABOT);
    let report = scan_soft(dir.path());
    let found: Vec<_> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule_id"].as_str().is_some_and(|r| r.starts_with("GHA")))
        .map(|f| {
            (
                f["path"].as_str().unwrap_or("").to_string(),
                f["start"]["line"].as_u64().unwrap_or(0),
                f["rule_id"].as_str().unwrap_or("").to_string(),
                f["suppressed"] == true,
            )
        })
        .collect();
    let at = |line: u64, rule: &str, suppressed: bool| {
        (
            ".github/dependabot.yml".to_string(),
            line,
            rule.to_string(),
            suppressed,
        )
    };
    assert_eq!(
        found,
        vec![
            at(3, "GHA054", false),
            at(7, "GHA053", false),
            at(8, "GHA054", true),
        ],
        "{report:#}"
    );

    write(
        dir.path(),
        ".github/dependabot.yml",
        "version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /\n    cooldown:\n      default-days: 8\n",
    );
    assert!(messages_of(&scan_soft(dir.path()), "GHA054").is_empty());
    write(
        dir.path(),
        ".yoroi.toml",
        "[github-actions]\ndependabot-cooldown-days = 10\n",
    );
    let messages = messages_of(&scan_soft(dir.path()), "GHA054");
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(messages[0].contains("minimum is 10"), "{messages:?}");
    write(
        dir.path(),
        ".yoroi.toml",
        "[github-actions]\ndependabot-cooldown-days = 0\n",
    );
    let out = yoroi_in(dir.path(), &["scan", "."]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

/// `--fix` writes the cooldown (safe); turning code execution off waits for `--unsafe-fixes`.
#[test]
fn fix_adds_the_dependabot_cooldown() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".github/dependabot.yml", DEPENDABOT);
    fix_on(dir.path(), "2026-01-01", &["--soft-fail"]);
    let fixed = std::fs::read_to_string(dir.path().join(".github/dependabot.yml")).unwrap();
    assert!(
        fixed.contains(
            "      interval: daily\n    insecure-external-code-execution: allow\n    cooldown:\n      default-days: 7\n"
        ),
        "{fixed}"
    );
    fix_on(dir.path(), "2026-01-01", &["--soft-fail", "--unsafe-fixes"]);
    let fixed = std::fs::read_to_string(dir.path().join(".github/dependabot.yml")).unwrap();
    assert!(
        fixed.contains("insecure-external-code-execution: deny\n"),
        "{fixed}"
    );
}

/// Standard input is classified by the whole `--stdin-filename`: a Dependabot configuration
/// (or a workflow) is known by its directory there too.
#[test]
fn stdin_named_as_a_dependabot_configuration_is_judged_as_one() {
    let rules_of = |name: &str| {
        let out = yoroi_stdin(
            &[
                "scan",
                "-",
                "--stdin-filename",
                name,
                "--format",
                "json",
                "--soft-fail",
            ],
            DEPENDABOT,
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let mut ids: Vec<String> = json(&out)["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["suppressed"] != true)
            .map(|f| f["rule_id"].as_str().unwrap_or("").to_string())
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(rules_of(".github/dependabot.yml"), ["GHA053", "GHA054"]);
    assert!(rules_of("dependabot.yml").is_empty());
}
