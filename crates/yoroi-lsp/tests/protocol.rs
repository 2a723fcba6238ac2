//! The server driven through the protocol, in-process (`Connection::memory()`), as an editor
//! would: handshake, buffers, diagnostics, code actions, hover, configuration, shutdown.

use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use serde_json::{Value, json};
use std::path::Path;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(30);

struct Client {
    connection: Connection,
    server: Option<JoinHandle<Result<(), String>>>,
    next_id: i32,
    /// Notifications received while waiting for something else.
    pending: Vec<Notification>,
}

impl Client {
    fn start(root: &Path, options: Value) -> (Client, Value) {
        Client::start_with(root, options, json!({}))
    }

    fn start_with(root: &Path, options: Value, capabilities: Value) -> (Client, Value) {
        let (server, client) = Connection::memory();
        let handle = std::thread::spawn(move || yoroi_lsp::serve(&server));
        let mut client = Client {
            connection: client,
            server: Some(handle),
            next_id: 0,
            pending: Vec::new(),
        };
        let result = client.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": uri(root),
                "capabilities": capabilities,
                "initializationOptions": options,
            }),
        );
        let result = result.response_result.expect("initialize succeeds");
        client.notify("initialized", json!({}));
        (client, result)
    }

    fn notify(&self, method: &str, params: Value) {
        self.connection
            .sender
            .send(Notification::new(method.into(), params).into())
            .expect("server is running");
    }

    fn request(&mut self, method: &str, params: Value) -> Response {
        self.next_id += 1;
        let id = RequestId::from(self.next_id);
        self.connection
            .sender
            .send(Request::new(id.clone(), method.into(), params).into())
            .expect("server is running");
        let deadline = Instant::now() + WAIT;
        loop {
            match self.receive(deadline) {
                Message::Response(response) if response.id == id => return response,
                Message::Notification(n) => self.pending.push(n),
                _ => {}
            }
        }
    }

    fn receive(&self, deadline: Instant) -> Message {
        let left = deadline.saturating_duration_since(Instant::now());
        self.connection
            .receiver
            .recv_timeout(left)
            .expect("the server answers in time")
    }

    /// The next diagnostics published for `path`.
    fn diagnostics(&mut self, path: &Path) -> Vec<Value> {
        let wanted = uri(path);
        let is_wanted = |n: &Notification| {
            n.method == "textDocument/publishDiagnostics" && n.params["uri"] == wanted
        };
        if let Some(at) = self.pending.iter().position(is_wanted) {
            let n = self.pending.remove(at);
            return n.params["diagnostics"]
                .as_array()
                .cloned()
                .unwrap_or_default();
        }
        let deadline = Instant::now() + WAIT;
        loop {
            match self.receive(deadline) {
                Message::Notification(n) if is_wanted(&n) => {
                    return n.params["diagnostics"]
                        .as_array()
                        .cloned()
                        .unwrap_or_default();
                }
                Message::Notification(n) => self.pending.push(n),
                // Server-to-client requests (configuration, registration): answer them.
                Message::Request(r) => {
                    let result = if r.method == "workspace/configuration" {
                        json!([null])
                    } else {
                        Value::Null
                    };
                    self.connection
                        .sender
                        .send(Response::new_ok(r.id, result).into())
                        .expect("server is running");
                }
                Message::Response(_) => {}
            }
        }
    }

    fn open(&mut self, path: &Path, text: &str) -> Vec<Value> {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri(path), "languageId": "", "version": 1, "text": text}}),
        );
        self.diagnostics(path)
    }

    fn shutdown(mut self) {
        let response = self.request("shutdown", Value::Null);
        assert!(response.response_result.is_ok());
        self.notify("exit", Value::Null);
        let server = self.server.take().expect("server thread");
        assert_eq!(server.join().expect("server thread ends"), Ok(()));
    }
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

fn codes(diagnostics: &[Value]) -> Vec<(String, u64)> {
    diagnostics
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap_or("").to_string(),
                d["range"]["start"]["line"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

fn has(diagnostics: &[Value], code: &str, line: u64) -> bool {
    codes(diagnostics).contains(&(code.to_string(), line))
}

fn workspace() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

/// Applies a workspace edit's text edits for one file (LSP edits do not overlap and refer to
/// the original text).
fn apply(text: &str, edits: &[Value]) -> String {
    let offset = |p: &Value| {
        let line = p["line"].as_u64().unwrap_or(0) as usize;
        let character = p["character"].as_u64().unwrap_or(0) as usize;
        let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        start + character
    };
    let mut edits: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            (
                offset(&e["range"]["start"]),
                offset(&e["range"]["end"]),
                e["newText"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    let mut out = text.to_string();
    for (start, end, new) in edits {
        out.replace_range(start..end, &new);
    }
    out
}

const DOCKERFILE: &str = "FROM ubuntu:22.04\nMAINTAINER someone@example.com\nRUN apk add curl\n";

#[test]
fn initialize_announces_capabilities_and_shutdown_exits() {
    let dir = workspace();
    let (client, result) = Client::start(dir.path(), Value::Null);
    let capabilities = &result["capabilities"];
    assert_eq!(capabilities["textDocumentSync"]["change"], 2);
    assert_eq!(capabilities["textDocumentSync"]["openClose"], true);
    assert_eq!(capabilities["hoverProvider"], true);
    assert_eq!(
        capabilities["codeActionProvider"]["codeActionKinds"],
        json!(["quickfix", "source.fixAll"])
    );
    assert_eq!(result["serverInfo"]["name"], "yoroi");
    client.shutdown();
}

#[test]
fn dockerfile_diagnostics_follow_open_change_and_close() {
    let dir = workspace();
    let path = dir.path().join("Dockerfile");
    let (mut client, _) = Client::start(dir.path(), Value::Null);
    let diagnostics = client.open(&path, DOCKERFILE);
    assert!(has(&diagnostics, "DKR013", 1), "{diagnostics:#?}");
    assert!(has(&diagnostics, "DKR030", 2), "{diagnostics:#?}");
    let maintainer = diagnostics
        .iter()
        .find(|d| d["code"] == "DKR013")
        .expect("DKR013");
    assert_eq!(maintainer["source"], "yoroi");
    assert_eq!(maintainer["severity"], 4, "info maps to hint");
    assert_eq!(
        maintainer["codeDescription"]["href"],
        "https://yoroi.dev/rules/dkr013"
    );
    assert_eq!(
        maintainer["range"]["start"],
        json!({"line": 1, "character": 0})
    );

    // An incremental edit replaces line 2 with a LABEL: DKR013 goes away.
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": uri(&path), "version": 2},
            "contentChanges": [{
                "range": {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 10}},
                "text": "LABEL maintainer="
            }]
        }),
    );
    let diagnostics = client.diagnostics(&path);
    assert!(!has(&diagnostics, "DKR013", 1), "{diagnostics:#?}");
    assert!(has(&diagnostics, "DKR030", 2), "{diagnostics:#?}");

    // A full-text change works too.
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": uri(&path), "version": 3},
            "contentChanges": [{"text": "FROM ubuntu:22.04\nRUN apk add --no-cache curl=8.5.0-r0\n"}]
        }),
    );
    let diagnostics = client.diagnostics(&path);
    assert!(!has(&diagnostics, "DKR030", 1), "{diagnostics:#?}");

    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri(&path)}}),
    );
    assert!(client.diagnostics(&path).is_empty(), "closing clears");
    client.shutdown();
}

#[test]
fn code_actions_fix_ignore_and_fix_all() {
    let dir = workspace();
    let path = dir.path().join("Dockerfile");
    let (mut client, _) = Client::start(dir.path(), Value::Null);
    client.open(&path, DOCKERFILE);
    let response = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri(&path)},
            "range": {"start": {"line": 1, "character": 3}, "end": {"line": 1, "character": 3}},
            "context": {"diagnostics": []}
        }),
    );
    let actions = response.response_result.expect("code actions");
    let actions = actions.as_array().expect("a list");
    let titled = |prefix: &str| {
        actions
            .iter()
            .find(|a| a["title"].as_str().is_some_and(|t| t.starts_with(prefix)))
            .unwrap_or_else(|| panic!("no action `{prefix}` in {actions:#?}"))
    };
    let edits = |action: &Value| {
        action["edit"]["changes"][uri(&path)]
            .as_array()
            .cloned()
            .unwrap_or_default()
    };
    let fix = titled("DKR013:");
    assert_eq!(fix["kind"], "quickfix");
    assert_eq!(fix["isPreferred"], true);
    assert_eq!(fix["diagnostics"][0]["code"], "DKR013");
    assert_eq!(
        apply(DOCKERFILE, &edits(fix)),
        "FROM ubuntu:22.04\nLABEL maintainer=\"someone@example.com\"\nRUN apk add curl\n"
    );
    assert_eq!(
        apply(DOCKERFILE, &edits(titled("Ignore DKR013 on this line"))),
        "FROM ubuntu:22.04\n# yoroi:ignore DKR013 reason=\"why this is acceptable\"\nMAINTAINER someone@example.com\nRUN apk add curl\n"
    );
    assert!(
        apply(DOCKERFILE, &edits(titled("Ignore DKR013 in this file")))
            .starts_with("# yoroi:ignore-file DKR013 reason=\"why this is acceptable\"\nFROM")
    );
    let all = titled("Apply every safe yoroi fix");
    assert_eq!(all["kind"], "source.fixAll");
    assert_eq!(
        apply(DOCKERFILE, &edits(all)),
        "FROM ubuntu:22.04\nLABEL maintainer=\"someone@example.com\"\nRUN apk add --no-cache curl\n"
    );

    // The ignore comment, applied, silences the rule.
    let ignored = apply(DOCKERFILE, &edits(titled("Ignore DKR013 on this line")));
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": uri(&path), "version": 2},
            "contentChanges": [{"text": ignored}]
        }),
    );
    let diagnostics = client.diagnostics(&path);
    assert!(!codes(&diagnostics).iter().any(|(c, _)| c == "DKR013"));

    // Only the kinds asked for.
    let response = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri(&path)},
            "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
            "context": {"diagnostics": [], "only": ["source.fixAll"]}
        }),
    );
    let actions = response.response_result.expect("code actions");
    let kinds: Vec<&Value> = actions
        .as_array()
        .map(|a| a.iter().map(|a| &a["kind"]).collect())
        .unwrap_or_default();
    assert!(kinds.iter().all(|k| *k == "source.fixAll"), "{actions:#?}");
    client.shutdown();
}

#[test]
fn typing_is_debounced_and_only_the_latest_version_is_published() {
    let dir = workspace();
    let path = dir.path().join("Dockerfile");
    let (mut client, _) = Client::start(dir.path(), Value::Null);
    client.open(&path, DOCKERFILE);
    for version in 2..=6 {
        let text = format!("{DOCKERFILE}# edit {version}\n");
        client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri(&path), "version": version},
                   "contentChanges": [{"text": text}]}),
        );
    }
    let deadline = Instant::now() + WAIT;
    let published = loop {
        if let Message::Notification(n) = client.receive(deadline)
            && n.method == "textDocument/publishDiagnostics"
        {
            break n.params["version"].clone();
        }
    };
    assert_eq!(published, 6, "one lint, for the last version");
    client.shutdown();
}

#[test]
fn hover_explains_the_rule_under_the_cursor() {
    let dir = workspace();
    let path = dir.path().join("Dockerfile");
    let (mut client, _) = Client::start(dir.path(), Value::Null);
    client.open(&path, DOCKERFILE);
    let hover = |client: &mut Client, line: u32, character: u32| {
        client
            .request(
                "textDocument/hover",
                json!({"textDocument": {"uri": uri(&path)}, "position": {"line": line, "character": character}}),
            )
            .response_result
            .expect("hover answers")
    };
    let result = hover(&mut client, 1, 4);
    assert_eq!(result["contents"]["kind"], "markdown");
    let text = result["contents"]["value"].as_str().unwrap_or("");
    assert!(text.contains("**DKR013**"), "{text}");
    assert!(
        text.contains("**Why:**") && text.contains("**Fix:**"),
        "{text}"
    );
    assert!(text.contains("https://yoroi.dev/rules/dkr013"), "{text}");
    assert_eq!(result["range"]["start"]["line"], 1);
    assert_eq!(
        hover(&mut client, 0, 0),
        Value::Null,
        "nothing flagged there"
    );
    client.shutdown();
}

#[test]
fn kubernetes_manifest_and_parse_errors_become_diagnostics() {
    let dir = workspace();
    let (mut client, _) = Client::start(dir.path(), Value::Null);
    let manifest = dir.path().join("pod.yaml");
    let text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: nginx\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n";
    let diagnostics = client.open(&manifest, text);
    assert!(has(&diagnostics, "K8S002", 6), "{diagnostics:#?}");
    let broken = format!("{text}  bad: [unclosed\n");
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri(&manifest), "version": 2}, "contentChanges": [{"text": broken}]}),
    );
    let diagnostics = client.diagnostics(&manifest);
    assert!(
        codes(&diagnostics).iter().any(|(c, _)| c == "YOR001"),
        "{diagnostics:#?}"
    );
    // The server still serves other buffers.
    let tf = dir.path().join("main.tf");
    let diagnostics = client.open(
        &tf,
        "resource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = \n",
    );
    assert!(
        codes(&diagnostics).iter().any(|(c, _)| c == "YOR001"),
        "{diagnostics:#?}"
    );
    let diagnostics = client.open(&dir.path().join("Dockerfile"), DOCKERFILE);
    assert!(has(&diagnostics, "DKR013", 1));
    client.shutdown();
}

#[test]
fn terraform_buffers_are_evaluated_with_their_module() {
    let dir = workspace();
    let variables = dir.path().join("variables.tf");
    std::fs::write(
        &variables,
        "variable \"rotate\" {\n  type    = bool\n  default = false\n}\n",
    )
    .expect("write");
    let main = dir.path().join("main.tf");
    let text = "resource \"aws_kms_key\" \"backups\" {\n  description         = \"Backup vault key\"\n  enable_key_rotation = var.rotate\n}\n";
    let (mut client, _) = Client::start(dir.path(), Value::Null);
    let diagnostics = client.open(&main, text);
    assert!(has(&diagnostics, "AWS009", 2), "{diagnostics:#?}");
    let finding = diagnostics
        .iter()
        .find(|d| d["code"] == "AWS009")
        .expect("AWS009");
    let related = &finding["relatedInformation"][0];
    assert_eq!(related["location"]["uri"], uri(&variables));
    assert_eq!(related["location"]["range"]["start"]["line"], 2);
    assert!(related["message"].as_str().unwrap_or("").contains("rotate"));

    // The open, unsaved buffer of variables.tf wins over the file on disk, and editing it
    // re-lints main.tf.
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri(&variables), "languageId": "terraform", "version": 1,
               "text": "variable \"rotate\" {\n  type    = bool\n  default = true\n}\n"}}),
    );
    let mut quiet = false;
    for _ in 0..4 {
        if !client
            .diagnostics(&main)
            .iter()
            .any(|d| d["code"] == "AWS009")
        {
            quiet = true;
            break;
        }
    }
    assert!(quiet, "main.tf is re-linted with the buffer's default");

    let vars = dir.path().join("terraform.tfvars");
    let diagnostics = client.open(&vars, "rotate = \n");
    assert!(
        codes(&diagnostics).iter().any(|(c, _)| c == "YOR001"),
        "{diagnostics:#?}"
    );
    client.shutdown();
}

#[test]
fn the_nearest_config_applies_and_its_changes_relint() {
    let dir = workspace();
    let config = dir.path().join(".yoroi.toml");
    std::fs::write(&config, "[rules]\ndisable = [\"DKR013\"]\n").expect("write");
    let path = dir.path().join("Dockerfile");
    let (mut client, _) = Client::start(dir.path(), Value::Null);
    let diagnostics = client.open(&path, DOCKERFILE);
    assert!(!codes(&diagnostics).iter().any(|(c, _)| c == "DKR013"));
    assert!(has(&diagnostics, "DKR030", 2));

    std::fs::write(&config, "[rules.severity]\nDKR013 = \"critical\"\n").expect("write");
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(&config), "type": 2}]}),
    );
    let diagnostics = client.diagnostics(&path);
    let maintainer = diagnostics
        .iter()
        .find(|d| d["code"] == "DKR013")
        .expect("DKR013 is back");
    assert_eq!(maintainer["severity"], 1, "critical maps to error");

    // A broken config is shown to the user and the buffer is still linted with the defaults.
    std::fs::write(&config, "fial-on = 1\n").expect("write");
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(&config), "type": 2}]}),
    );
    let diagnostics = client.diagnostics(&path);
    assert!(has(&diagnostics, "DKR013", 1));
    let deadline = Instant::now() + WAIT;
    while !client
        .pending
        .iter()
        .any(|n| n.method == "window/showMessage")
    {
        if let Message::Notification(n) = client.receive(deadline) {
            client.pending.push(n);
        }
    }
    client.shutdown();
}

#[test]
fn settings_set_the_severity_threshold() {
    let dir = workspace();
    let path = dir.path().join("Dockerfile");
    let (mut client, _) = Client::start(dir.path(), json!({"severity": "medium"}));
    let diagnostics = client.open(&path, DOCKERFILE);
    assert!(
        !codes(&diagnostics).iter().any(|(c, _)| c == "DKR013"),
        "info is below medium"
    );
    assert!(
        codes(&diagnostics).iter().any(|(c, _)| c == "DKR001"),
        "{diagnostics:#?}"
    );

    client.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"yoroi": {"severity": "info"}}}),
    );
    let diagnostics = client.diagnostics(&path);
    assert!(has(&diagnostics, "DKR013", 1), "{diagnostics:#?}");
    client.shutdown();
}

#[test]
fn settings_are_pulled_from_clients_that_offer_configuration() {
    let dir = workspace();
    let path = dir.path().join("Dockerfile");
    let (mut client, _) = Client::start_with(
        dir.path(),
        Value::Null,
        json!({"workspace": {"configuration": true, "didChangeWatchedFiles": {"dynamicRegistration": true}}}),
    );
    let deadline = Instant::now() + WAIT;
    let mut asked = Vec::new();
    while asked.len() < 2 {
        if let Message::Request(r) = client.receive(deadline) {
            let result = if r.method == "workspace/configuration" {
                json!([{"severity": "critical"}])
            } else {
                Value::Null
            };
            asked.push(r.method.clone());
            client
                .connection
                .sender
                .send(Response::new_ok(r.id, result).into())
                .expect("server is running");
        }
    }
    asked.sort();
    assert_eq!(
        asked,
        ["client/registerCapability", "workspace/configuration"]
    );
    let diagnostics = client.open(&path, DOCKERFILE);
    let mut diagnostics = diagnostics;
    // The settings may arrive after the first lint: wait for the re-lint.
    for _ in 0..3 {
        if diagnostics.is_empty() {
            break;
        }
        diagnostics = client.diagnostics(&path);
    }
    assert!(
        diagnostics.is_empty(),
        "nothing is critical: {diagnostics:#?}"
    );
    client.shutdown();
}

#[test]
fn unknown_methods_and_malformed_params_are_errors_not_crashes() {
    let dir = workspace();
    let (mut client, _) = Client::start(dir.path(), Value::Null);
    let response = client.request("textDocument/definition", json!({}));
    assert_eq!(
        response.response_result.expect_err("not handled").code,
        -32601
    );
    let response = client.request("textDocument/codeAction", json!({"textDocument": 3}));
    assert_eq!(
        response.response_result.expect_err("bad params").code,
        -32602
    );
    let response = client.request("textDocument/hover", Value::Null);
    assert_eq!(
        response.response_result.expect_err("bad params").code,
        -32602
    );
    // Unknown and malformed notifications are ignored.
    client.notify("$/unknown", json!({"x": 1}));
    client.notify("textDocument/didOpen", json!({"textDocument": "nope"}));
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": "file:///not/open", "version": 2}, "contentChanges": []}),
    );
    // Not our files: no diagnostics, no crash.
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": "file:///tmp/readme.md", "languageId": "markdown", "version": 1, "text": "#"}}),
    );
    // A code action on a buffer that was never opened: nothing to offer.
    let response = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": "file:///nowhere/Dockerfile"},
               "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
               "context": {"diagnostics": []}}),
    );
    assert_eq!(response.response_result.expect("answered"), json!([]));
    let diagnostics = client.open(&dir.path().join("Dockerfile"), DOCKERFILE);
    assert!(has(&diagnostics, "DKR013", 1));
    client.shutdown();
}

#[test]
fn exit_without_shutdown_stops_the_server() {
    let dir = workspace();
    let (mut client, _) = Client::start(dir.path(), Value::Null);
    client.notify("exit", Value::Null);
    let server = client.server.take().expect("server thread");
    assert!(server.join().is_ok());
}

#[test]
fn compose_files_get_diagnostics_and_fixes() {
    let dir = workspace();
    let (mut client, _) = Client::start(dir.path(), Value::Null);
    let path = dir.path().join("compose.yaml");
    let text = "services:\n  web:\n    image: nginx:1.27\n    privileged: true\n    ports:\n      - \"8080:80\"\n";
    let diagnostics = client.open(&path, text);
    let found = codes(&diagnostics);
    assert!(found.iter().any(|(c, _)| c == "CMP001"), "{found:?}");
    assert!(found.iter().any(|(c, _)| c == "CMP030"), "{found:?}");
    let response = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri(&path)},
            "range": {"start": {"line": 5, "character": 9}, "end": {"line": 5, "character": 9}},
            "context": {"diagnostics": []}
        }),
    );
    let actions = response.response_result.expect("code actions");
    let fix = actions
        .as_array()
        .expect("a list")
        .iter()
        .find(|a| {
            a["title"]
                .as_str()
                .is_some_and(|t| t.starts_with("CMP030:"))
        })
        .unwrap_or_else(|| panic!("no CMP030 fix in {actions:#?}"))
        .clone();
    let edits = fix["edit"]["changes"][uri(&path)]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        apply(text, &edits).contains("- \"127.0.0.1:8080:80\""),
        "{}",
        apply(text, &edits)
    );
    client.shutdown();
}

/// The pins GHA009 writes from yoroi's tag table are code actions: a release tag's is safe and
/// preferred, a moving tag's is marked unsafe and left out of "fix all".
#[test]
fn workflow_pins_are_code_actions() {
    let dir = workspace();
    let (mut client, _) = Client::start(dir.path(), Value::Null);
    let path = dir.path().join(".github/workflows/build.yml");
    let text = "on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/login-action@v3.1.0\n      - uses: docker/setup-buildx-action@v3\n";
    let diagnostics = client.open(&path, text);
    assert!(has(&diagnostics, "GHA009", 7), "{:?}", codes(&diagnostics));
    let request = |client: &mut Client, line: u64| {
        let response = client.request(
            "textDocument/codeAction",
            json!({
                "textDocument": {"uri": uri(&path)},
                "range": {"start": {"line": line, "character": 16}, "end": {"line": line, "character": 16}},
                "context": {"diagnostics": []}
            }),
        );
        let actions = response.response_result.expect("code actions");
        actions.as_array().cloned().expect("a list")
    };
    let gha009 = |actions: &[Value]| {
        actions
            .iter()
            .find(|a| {
                a["title"]
                    .as_str()
                    .is_some_and(|t| t.starts_with("GHA009:"))
            })
            .cloned()
            .unwrap_or_else(|| panic!("no GHA009 fix in {actions:#?}"))
    };
    let release = gha009(&request(&mut client, 6));
    assert_eq!(release["isPreferred"], true);
    let edits = release["edit"]["changes"][uri(&path)]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        apply(text, &edits).contains(
            "- uses: docker/login-action@e92390c5fb421da1463c202d546fed0ec5c39f20 # v3.1.0\n"
        ),
        "{}",
        apply(text, &edits)
    );
    let actions = request(&mut client, 7);
    let moving = gha009(&actions);
    assert!(
        moving["title"]
            .as_str()
            .is_some_and(|t| t.ends_with("(unsafe)")),
        "{moving:#?}"
    );
    let all = actions
        .iter()
        .find(|a| a["kind"] == "source.fixAll")
        .map(|a| a["edit"].to_string())
        .unwrap_or_default();
    assert!(!all.contains("setup-buildx"), "{all}");
    client.shutdown();
}

#[test]
fn a_module_is_evaluated_with_its_callers_inputs_and_open_callers_win() {
    let dir = workspace();
    let caller = dir.path().join("envs/prod/main.tf");
    let module = dir.path().join("modules/key/main.tf");
    for path in [&caller, &module] {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dir");
    }
    let call = |rotate: bool| {
        format!("module \"key\" {{\n  source = \"../../modules/key\"\n  rotate = {rotate}\n}}\n")
    };
    std::fs::write(&caller, call(false)).expect("write");
    let text = "variable \"rotate\" {\n  type    = bool\n  default = true\n}\n\nresource \"aws_kms_key\" \"this\" {\n  description         = \"Key\"\n  enable_key_rotation = var.rotate\n}\n";
    std::fs::write(&module, text).expect("write");
    let (mut client, _) = Client::start(dir.path(), Value::Null);
    // The default would rotate; the caller on disk passes `false`.
    let diagnostics = client.open(&module, text);
    assert!(has(&diagnostics, "AWS009", 7), "{diagnostics:#?}");

    // The caller's unsaved buffer wins over its file, and re-lints the module it calls.
    let _ = client.open(&caller, &call(true));
    let mut quiet = false;
    for _ in 0..4 {
        if !has(&client.diagnostics(&module), "AWS009", 7) {
            quiet = true;
            break;
        }
    }
    assert!(quiet, "the module is re-linted with the caller's buffer");
    client.shutdown();
}

#[test]
fn cross_file_kubernetes_findings_follow_edits_in_other_manifests() {
    let dir = workspace();
    let service = dir.path().join("service.yaml");
    let deployment = dir.path().join("deployment.yaml");
    let deployment_text = |app: &str| {
        format!(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: {app}\n  template:\n    metadata:\n      labels:\n        app: {app}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27.0\n"
        )
    };
    std::fs::write(&deployment, deployment_text("web")).expect("write");
    let service_text = "apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n  namespace: shop\nspec:\n  selector:\n    app: api\n  ports:\n    - port: 80\n";
    std::fs::write(&service, service_text).expect("write");
    let (mut client, _) = Client::start(dir.path(), Value::Null);
    // The workload on disk carries `app: web`: the Service selects no pod.
    let diagnostics = client.open(&service, service_text);
    assert!(has(&diagnostics, "K8S081", 6), "{diagnostics:#?}");

    // Editing the other manifest republishes the Service's file.
    let _ = client.open(&deployment, &deployment_text("api"));
    let diagnostics = client.diagnostics(&service);
    assert!(
        !codes(&diagnostics).iter().any(|(c, _)| c == "K8S081"),
        "{diagnostics:#?}"
    );
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri(&deployment), "version": 2},
               "contentChanges": [{"text": deployment_text("web")}]}),
    );
    let diagnostics = client.diagnostics(&service);
    assert!(has(&diagnostics, "K8S081", 6), "{diagnostics:#?}");

    // Closing an unsaved buffer puts the file on disk back into the cross-file pass.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri(&deployment), "version": 3},
               "contentChanges": [{"text": deployment_text("api")}]}),
    );
    let diagnostics = client.diagnostics(&service);
    assert!(
        !codes(&diagnostics).iter().any(|(c, _)| c == "K8S081"),
        "{diagnostics:#?}"
    );
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri(&deployment)}}),
    );
    let diagnostics = client.diagnostics(&service);
    assert!(has(&diagnostics, "K8S081", 6), "{diagnostics:#?}");

    // A file that no buffer holds, changed on disk, is read again when the client says so.
    std::fs::write(&deployment, deployment_text("api")).expect("write");
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(&deployment), "type": 2}]}),
    );
    let diagnostics = client.diagnostics(&service);
    assert!(
        !codes(&diagnostics).iter().any(|(c, _)| c == "K8S081"),
        "{diagnostics:#?}"
    );
    client.shutdown();
}

#[test]
fn a_chart_is_rendered_with_its_open_buffers_and_findings_land_in_values_and_templates() {
    let dir = workspace();
    let chart = dir.path().join("web");
    std::fs::create_dir_all(chart.join("templates")).expect("dir");
    std::fs::write(
        chart.join("Chart.yaml"),
        "apiVersion: v2\nname: web\nversion: 0.1.0\n",
    )
    .expect("write");
    let values = chart.join("values.yaml");
    let values_text =
        |privileged: bool| format!("replicas: 1\nsecurityContext:\n  privileged: {privileged}\n");
    std::fs::write(&values, values_text(true)).expect("write");
    let template = chart.join("templates/deployment.yaml");
    let template_text = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  replicas: {{ .Values.replicas }}\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      hostNetwork: true\n      containers:\n        - name: web\n          image: nginx:1.25\n          securityContext:\n            {{- toYaml .Values.securityContext | nindent 12 }}\n";
    std::fs::write(&template, template_text).expect("write");
    let (mut client, _) = Client::start(dir.path(), Value::Null);

    // A template is not linted as YAML: its findings are those of the rendered document.
    let diagnostics = client.open(&template, template_text);
    assert!(has(&diagnostics, "K8S004", 12), "{diagnostics:#?}");
    assert!(
        !codes(&diagnostics)
            .iter()
            .any(|(c, _)| c.starts_with("YOR")),
        "{diagnostics:#?}"
    );
    // The value that makes the container privileged is reported at its line.
    let diagnostics = client.open(&values, &values_text(true));
    assert!(has(&diagnostics, "K8S001", 2), "{diagnostics:#?}");

    // Editing the values buffer changes what the chart renders.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri(&values), "version": 2},
               "contentChanges": [{"text": values_text(false)}]}),
    );
    let diagnostics = client.diagnostics(&values);
    assert!(
        !codes(&diagnostics).iter().any(|(c, _)| c == "K8S001"),
        "{diagnostics:#?}"
    );
    client.shutdown();
}

/// A Dependabot configuration buffer is known by its path: its findings and the cooldown fix
/// reach the editor.
#[test]
fn dependabot_buffers_get_diagnostics_and_the_cooldown_fix() {
    let dir = workspace();
    let (mut client, _) = Client::start(dir.path(), Value::Null);
    let path = dir.path().join(".github/dependabot.yml");
    let text = "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n    insecure-external-code-execution: allow\n";
    let diagnostics = client.open(&path, text);
    assert!(has(&diagnostics, "GHA054", 2), "{:?}", codes(&diagnostics));
    assert!(has(&diagnostics, "GHA053", 6), "{:?}", codes(&diagnostics));
    let response = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri(&path)},
            "range": {"start": {"line": 2, "character": 6}, "end": {"line": 2, "character": 6}},
            "context": {"diagnostics": []}
        }),
    );
    let actions = response.response_result.expect("code actions");
    let fix = actions
        .as_array()
        .expect("a list")
        .iter()
        .find(|a| {
            a["title"]
                .as_str()
                .is_some_and(|t| t.starts_with("GHA054:"))
        })
        .unwrap_or_else(|| panic!("no GHA054 fix in {actions:#?}"))
        .clone();
    let edits = fix["edit"]["changes"][uri(&path)]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let fixed = apply(text, &edits);
    assert!(
        fixed.ends_with("allow\n    cooldown:\n      default-days: 7\n"),
        "{fixed}"
    );
    client.shutdown();
}
