//! `yoroi lsp` over real stdio: framing, a malformed message skipped, a whole session.

mod common;

fn frame(body: &str) -> String {
    format!("Content-Length: {}\r\n\r\n{body}", body.len())
}

#[test]
fn lsp_serves_a_session_over_stdio_and_skips_malformed_messages() {
    let dir = tempfile::tempdir().expect("temp dir");
    let uri = format!("file://{}/Dockerfile", dir.path().display());
    let open = serde_json::json!({
        "jsonrpc": "2.0", "method": "textDocument/didOpen",
        "params": {"textDocument": {"uri": uri, "languageId": "dockerfile", "version": 1,
                   "text": "FROM ubuntu:22.04\nMAINTAINER someone@example.com\n"}}
    });
    let input = [
        frame("{this is not json"),
        frame(r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#),
        frame(r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#),
        frame(&open.to_string()),
        frame(r#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#),
        frame(r#"{"jsonrpc":"2.0","method":"exit"}"#),
    ]
    .concat();
    let output = common::yoroi_stdin(&["lsp"], &input);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("skipped a malformed message"), "{stderr}");
    assert!(
        stdout.contains(r#""id":1,"result":{"capabilities""#),
        "{stdout}"
    );
    assert!(
        stdout.contains(r#""method":"textDocument/publishDiagnostics""#),
        "{stdout}"
    );
    assert!(stdout.contains(r#""code":"DKR013""#), "{stdout}");
    assert!(stdout.contains(r#""id":2,"result":null"#), "{stdout}");
}

/// Diagnostics as `(path relative to root, 1-based line, rule)`: the last publication of each
/// file in the server's output.
fn published(stdout: &str, root: &std::path::Path) -> Vec<(String, u64, String)> {
    let mut last: std::collections::BTreeMap<String, Vec<(String, u64, String)>> =
        std::collections::BTreeMap::new();
    for body in stdout
        .split("Content-Length:")
        .filter_map(|m| m.split_once("\r\n\r\n"))
    {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(body.1) else {
            continue;
        };
        if message["method"] != "textDocument/publishDiagnostics" {
            continue;
        }
        let uri = message["params"]["uri"].as_str().unwrap_or("");
        let path = uri.strip_prefix("file://").unwrap_or(uri);
        let path = relative(path, root);
        let diagnostics = message["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let found = diagnostics
            .iter()
            .map(|d| {
                (
                    path.clone(),
                    d["range"]["start"]["line"].as_u64().unwrap_or(0) + 1,
                    d["code"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect();
        last.insert(path, found);
    }
    let mut all: Vec<_> = last.into_values().flatten().collect();
    all.sort();
    all
}

fn relative(path: &str, root: &std::path::Path) -> String {
    let path = std::path::Path::new(path);
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .trim_start_matches("./")
        .to_string()
}

/// The editor reports what `yoroi scan` reports: a module evaluated with its caller's inputs,
/// a module only called behind `count` evaluated on its own, a Service that selects no pod of
/// the manifests next to it, and a chart's findings at its values and template lines.
#[test]
fn lsp_diagnostics_equal_the_scan_on_a_module_tree_and_manifests() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().canonicalize().expect("canonical temp dir");
    let files: &[(&str, &str)] = &[
        (
            "envs/prod/main.tf",
            "module \"key\" {\n  source = \"../../modules/key\"\n  rotate = false\n}\n",
        ),
        (
            "modules/key/main.tf",
            "variable \"rotate\" {\n  type    = bool\n  default = true\n}\n\nresource \"aws_kms_key\" \"this\" {\n  description         = \"Key\"\n  enable_key_rotation = var.rotate\n}\n",
        ),
        (
            "wrappers/main.tf",
            "module \"maybe\" {\n  source = \"../modules/open\"\n  count  = 0\n}\n",
        ),
        (
            "modules/open/main.tf",
            "resource \"aws_s3_bucket_public_access_block\" \"this\" {\n  bucket              = \"b\"\n  block_public_acls   = false\n  block_public_policy = false\n}\n",
        ),
        (
            "k8s/service.yaml",
            "apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n  namespace: shop\nspec:\n  selector:\n    app: api\n  ports:\n    - port: 80\n",
        ),
        (
            "k8s/deployment.yaml",
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27.0\n",
        ),
        (
            "chart/Chart.yaml",
            "apiVersion: v2\nname: api\nversion: 0.1.0\n",
        ),
        (
            "chart/values.yaml",
            "securityContext:\n  privileged: true\n",
        ),
        (
            "chart/templates/deployment.yaml",
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n  namespace: shop\nspec:\n  selector:\n    matchLabels: {app: chart}\n  template:\n    metadata:\n      labels: {app: chart}\n    spec:\n      containers:\n        - name: api\n          image: nginx:1.27.0\n          securityContext:\n            {{- toYaml .Values.securityContext | nindent 12 }}\n",
        ),
    ];
    for (name, text) in files {
        common::write(&root, name, text);
    }
    let scan = common::yoroi_in(
        &root,
        &[
            "scan",
            "--format",
            "json",
            root.to_str().expect("utf-8 path"),
        ],
    );
    let mut expected: Vec<(String, u64, String)> = common::findings(&common::json(&scan))
        .into_iter()
        .map(|(path, line, rule)| (relative(&path, &root), line, rule))
        .collect();
    expected.sort();
    // What the tree is made to show: the caller's `rotate = false` reaches the module.
    assert!(
        expected.contains(&("modules/key/main.tf".into(), 8, "AWS009".into())),
        "{expected:#?}"
    );
    assert!(
        expected
            .iter()
            .any(|(path, _, rule)| path == "k8s/service.yaml" && rule == "K8S081"),
        "{expected:#?}"
    );
    assert!(
        expected.contains(&("chart/values.yaml".into(), 2, "K8S001".into())),
        "{expected:#?}"
    );
    assert!(
        expected
            .iter()
            .any(|(path, _, _)| path == "modules/open/main.tf"),
        "{expected:#?}"
    );

    let root_uri = format!("file://{}", root.display());
    let mut input = vec![frame(
        &serde_json::json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
            "params": {"capabilities": {}, "rootUri": root_uri}})
        .to_string(),
    )];
    input.push(frame(
        r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
    ));
    for (name, text) in files {
        let language = if name.ends_with(".tf") {
            "terraform"
        } else {
            "yaml"
        };
        let open = serde_json::json!({
            "jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": {"textDocument": {"uri": format!("{root_uri}/{name}"),
                "languageId": language, "version": 1, "text": text}}
        });
        input.push(frame(&open.to_string()));
    }
    input.push(frame(r#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#));
    input.push(frame(r#"{"jsonrpc":"2.0","method":"exit"}"#));
    let output = common::yoroi_stdin(&["lsp"], &input.concat());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let actual = published(&common::stdout(&output), &root);
    assert_eq!(actual, expected);
}

/// A GitLab CI configuration and the files it includes show in the editor what the scan
/// reports: a template's rules from one file reach a job of another, the configuration's
/// variables reach an included job, and what the configuration overrides stays quiet.
#[test]
fn lsp_lints_gitlab_ci_files_through_their_configuration() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().canonicalize().expect("canonical temp dir");
    let files: &[(&str, &str)] = &[
        (
            ".gitlab-ci.yml",
            "include:\n  - local: /ci/templates.yml\n  - local: 'ci/jobs/*.yml'\nvariables:\n  DOCKER_TLS_CERTDIR: \"\"\n  CI_DEBUG_TRACE: \"false\"\n",
        ),
        (
            "ci/templates.yml",
            "variables:\n  CI_DEBUG_TRACE: \"true\"\n.merge-requests:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == \"merge_request_event\"\n.docker:\n  image: docker:latest\n  services:\n    - docker:dind\n",
        ),
        (
            "ci/jobs/build.yml",
            "build:\n  extends: .docker\n  script:\n    - docker build .\n",
        ),
        (
            "ci/jobs/review.yml",
            "review:\n  extends: .merge-requests\n  script:\n    - kubectl apply -f k8s/\n",
        ),
    ];
    for (name, text) in files {
        common::write(&root, name, text);
    }
    let scan = common::yoroi_in(
        &root,
        &[
            "scan",
            "--format",
            "json",
            root.to_str().expect("utf-8 path"),
        ],
    );
    let mut expected: Vec<(String, u64, String)> = common::findings(&common::json(&scan))
        .into_iter()
        .map(|(path, line, rule)| (relative(&path, &root), line, rule))
        .collect();
    expected.sort();
    for wanted in [
        (".gitlab-ci.yml", 5, "GLC010"),
        ("ci/jobs/review.yml", 4, "GLC011"),
        ("ci/templates.yml", 7, "GLC005"),
    ] {
        assert!(
            expected.contains(&(wanted.0.into(), wanted.1, wanted.2.into())),
            "{expected:#?}"
        );
    }
    assert!(!expected.iter().any(|(_, _, rule)| rule == "GLC009"));

    let root_uri = format!("file://{}", root.display());
    let mut input = vec![frame(
        &serde_json::json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
            "params": {"capabilities": {}, "rootUri": root_uri}})
        .to_string(),
    )];
    input.push(frame(
        r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
    ));
    for (name, text) in files {
        let open = serde_json::json!({
            "jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": {"textDocument": {"uri": format!("{root_uri}/{name}"),
                "languageId": "yaml", "version": 1, "text": text}}
        });
        input.push(frame(&open.to_string()));
    }
    input.push(frame(r#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#));
    input.push(frame(r#"{"jsonrpc":"2.0","method":"exit"}"#));
    let output = common::yoroi_stdin(&["lsp"], &input.concat());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let actual = published(&common::stdout(&output), &root);
    assert_eq!(actual, expected);
}
