//! How long re-linting a 2,000-line buffer takes after an edit (issue #9: under 50 ms).
//!
//! `cargo bench -p yoroi-lsp` prints, for a Kubernetes manifest and a Terraform file:
//! - `lint`: the linter alone (what the worker does per buffer), after a one-character edit;
//! - `server`: from sending `didChange` to receiving its `publishDiagnostics` through the real
//!   server loop, minus the debounce pause the server waits on purpose;
//! - `module`: one file of a 200-file module edited, the module evaluated through the root that
//!   calls it (issue #25: under 150 ms);
//! - `chart`: a chart's `values.yaml` edited, the chart rendered again with the buffer (issue
//!   #21: within 100 ms).

use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{Value, json};
use std::path::Path;
use std::time::{Duration, Instant};
use yoroi_lsp::{Buffer, Linter, Settings};
use yoroi_syntax::FileKind;

const ROUNDS: usize = 30;

fn manifest() -> String {
    let mut out = String::new();
    let mut i = 0;
    while out.lines().count() < 2000 {
        out.push_str(&format!(
            "---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-{i}
  namespace: shop
  labels:
    app: web-{i}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web-{i}
  template:
    metadata:
      labels:
        app: web-{i}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.{i}.0
          ports:
            - containerPort: 8080
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
          securityContext:
            privileged: {}
            runAsUser: 0
          env:
            - name: MODE
              value: production
",
            i % 2 == 0
        ));
        i += 1;
    }
    out
}

/// Three resources with findings: a KMS key without rotation, SSH open to the world, a bucket.
fn resources(i: usize) -> String {
    format!(
        "resource \"aws_kms_key\" \"key_{i}\" {{
  description         = \"key {i}\"
  enable_key_rotation = var.rotate
}}

resource \"aws_security_group\" \"sg_{i}\" {{
  name = \"sg-{i}\"
  ingress {{
    from_port   = 22
    to_port     = 22
    protocol    = \"tcp\"
    cidr_blocks = [\"0.0.0.0/0\"]
  }}
}}

resource \"aws_s3_bucket\" \"bucket_{i}\" {{
  bucket = \"data-{i}\"
}}
"
    )
}

fn terraform() -> String {
    let mut out = String::from(
        "variable \"rotate\" {\n  type    = bool\n  default = false\n}\n\nlocals {\n  env = \"prod\"\n}\n\n",
    );
    let mut i = 0;
    while out.lines().count() < 2000 {
        out.push_str(&resources(i));
        out.push('\n');
        i += 1;
    }
    out
}

struct Stats {
    min: Duration,
    median: Duration,
    max: Duration,
}

fn stats(mut samples: Vec<Duration>) -> Stats {
    samples.sort();
    Stats {
        min: samples[0],
        median: samples[samples.len() / 2],
        max: samples[samples.len() - 1],
    }
}

fn report(what: &str, lines: usize, findings: usize, s: &Stats) {
    println!(
        "{what:<32} {lines:>5} lines {findings:>5} findings   min {:>7.2} ms   median {:>7.2} ms   max {:>7.2} ms",
        s.min.as_secs_f64() * 1e3,
        s.median.as_secs_f64() * 1e3,
        s.max.as_secs_f64() * 1e3
    );
}

/// The edit: flip one character in a comment on the last line, as typing would.
fn edited(text: &str, round: usize) -> String {
    format!("{text}# edit {}\n", round % 10)
}

fn bench_linter(name: &str, path: &Path, kind: FileKind, text: &str) {
    let linter = Linter::new(Settings::default(), vec![]);
    time_edits(name, linter, path, kind, text);
}

/// Lints `text` once (what an editor pays once per session), then after each of [`ROUNDS`]
/// edits, with the edited buffer open.
fn time_edits(name: &str, mut linter: Linter, path: &Path, kind: FileKind, text: &str) {
    let mut buffer = Buffer {
        path: path.to_path_buf(),
        kind,
        version: 0,
        text: text.to_string(),
    };
    let started = Instant::now();
    let findings = linter.lint(&buffer, &[buffer.clone()]).len();
    println!(
        "{name:<32} first lint (loads the catalog, indexes the workspace): {:.2} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    let mut samples = Vec::new();
    for round in 0..ROUNDS {
        buffer.version += 1;
        buffer.text = edited(text, round);
        let open = [buffer.clone()];
        let started = Instant::now();
        std::hint::black_box(linter.lint(&buffer, &open));
        samples.push(started.elapsed());
    }
    report(
        &format!("{name} lint"),
        text.lines().count(),
        findings,
        &stats(samples),
    );
}

fn wait_for_diagnostics(client: &Connection, uri: &str, version: i32) -> usize {
    loop {
        match client.receiver.recv_timeout(Duration::from_secs(60)) {
            Ok(Message::Notification(n))
                if n.method == "textDocument/publishDiagnostics"
                    && n.params["uri"] == uri
                    && n.params["version"] == version =>
            {
                return n.params["diagnostics"].as_array().map_or(0, Vec::len);
            }
            Ok(_) => {}
            Err(e) => panic!("no diagnostics: {e}"),
        }
    }
}

fn bench_server(name: &str, dir: &Path, path: &Path, text: &str) {
    let (server, client) = Connection::memory();
    let handle = std::thread::spawn(move || yoroi_lsp::serve(&server));
    let send = |m: Message| client.sender.send(m).expect("server runs");
    send(
        Request::new(
            RequestId::from(1),
            "initialize".into(),
            json!({"rootUri": format!("file://{}", dir.display()), "capabilities": {}}),
        )
        .into(),
    );
    let _ = client.receiver.recv();
    send(Notification::new("initialized".into(), json!({})).into());
    let uri = format!("file://{}", path.display());
    send(
        Notification::new(
            "textDocument/didOpen".into(),
            json!({"textDocument": {"uri": uri, "languageId": "", "version": 0, "text": text}}),
        )
        .into(),
    );
    let findings = wait_for_diagnostics(&client, &uri, 0);
    let mut samples = Vec::new();
    for round in 0..ROUNDS {
        let version = round as i32 + 1;
        let started = Instant::now();
        send(
            Notification::new(
                "textDocument/didChange".into(),
                json!({"textDocument": {"uri": uri, "version": version},
                       "contentChanges": [{"text": edited(text, round)}]}),
            )
            .into(),
        );
        wait_for_diagnostics(&client, &uri, version);
        samples.push(started.elapsed().saturating_sub(yoroi_lsp::DEBOUNCE));
    }
    report(
        &format!("{name} server (minus debounce)"),
        text.lines().count(),
        findings,
        &stats(samples),
    );
    send(Request::new(RequestId::from(2), "shutdown".into(), Value::Null).into());
    send(Notification::new("exit".into(), Value::Null).into());
    let _ = handle.join();
}

/// A root module calling `./modules/big`, a module of `files` files with three resources each.
fn module_tree(dir: &Path, files: usize) -> std::path::PathBuf {
    let module = dir.join("stack/modules/big");
    std::fs::create_dir_all(&module).expect("dir");
    std::fs::write(
        dir.join("stack/main.tf"),
        "module \"big\" {\n  source = \"./modules/big\"\n  rotate = false\n}\n",
    )
    .expect("write");
    std::fs::write(
        module.join("variables.tf"),
        "variable \"rotate\" {\n  type    = bool\n  default = true\n}\n",
    )
    .expect("write");
    for i in 0..files {
        let text = resources(i);
        std::fs::write(module.join(format!("r{i:03}.tf")), text).expect("write");
    }
    module.join("r000.tf")
}

fn bench_module(dir: &Path, files: usize) {
    let path = module_tree(dir, files);
    let text = std::fs::read_to_string(&path).expect("read");
    let linter = Linter::new(Settings::default(), vec![dir.to_path_buf()]);
    let name = format!("module of {files} files");
    time_edits(&name, linter, &path, FileKind::Terraform, &text);
}

/// A chart of `templates` Deployments whose security context comes from `values.yaml`.
fn chart(dir: &Path, templates: usize) -> (std::path::PathBuf, String) {
    let chart = dir.join("web");
    std::fs::create_dir_all(chart.join("templates")).expect("dir");
    std::fs::write(
        chart.join("Chart.yaml"),
        "apiVersion: v2\nname: web\nversion: 0.1.0\n",
    )
    .expect("write");
    let values = "replicas: 2\nimage: registry.example.com/web:1.0.0\nsecurityContext:\n  privileged: true\n  runAsUser: 0\n".to_string();
    std::fs::write(chart.join("values.yaml"), &values).expect("write");
    for i in 0..templates {
        let text = format!(
            "apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{{{ .Release.Name }}}}-{i}
spec:
  replicas: {{{{ .Values.replicas }}}}
  selector:
    matchLabels: {{app: web-{i}}}
  template:
    metadata:
      labels: {{app: web-{i}}}
    spec:
      containers:
        - name: web
          image: {{{{ .Values.image }}}}
          securityContext:
            {{{{- toYaml .Values.securityContext | nindent 12 }}}}
"
        );
        std::fs::write(chart.join(format!("templates/web-{i}.yaml")), text).expect("write");
    }
    (chart.join("values.yaml"), values)
}

fn bench_chart(dir: &Path, templates: usize) {
    let (path, text) = chart(dir, templates);
    let linter = Linter::new(Settings::default(), vec![dir.to_path_buf()]);
    let name = format!("chart of {templates} templates");
    time_edits(&name, linter, &path, FileKind::Yaml, &text);
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let yaml = manifest();
    let yaml_path = dir.path().join("deploy.yaml");
    let tf_dir = dir.path().join("infra");
    std::fs::create_dir_all(&tf_dir).expect("dir");
    let tf = terraform();
    let tf_path = tf_dir.join("main.tf");
    std::fs::write(&tf_path, &tf).expect("write");
    bench_linter("kubernetes", &yaml_path, FileKind::Yaml, &yaml);
    bench_linter("terraform", &tf_path, FileKind::Terraform, &tf);
    bench_server("kubernetes", dir.path(), &yaml_path, &yaml);
    bench_server("terraform", dir.path(), &tf_path, &tf);
    let modules = tempfile::tempdir().expect("temp dir");
    bench_module(modules.path(), 200);
    let charts = tempfile::tempdir().expect("temp dir");
    bench_chart(charts.path(), 20);
}
