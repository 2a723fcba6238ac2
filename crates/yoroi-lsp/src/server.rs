//! The main loop and the lint worker.
//!
//! The main thread only reads messages, keeps the open buffers and answers requests from the
//! findings already computed; linting happens on one worker thread, so reading stdin never
//! waits for a lint. Edits are debounced; a result is published only if its buffer still has
//! the version that was linted (a newer version is already queued).

use crate::actions;
use crate::convert::{self, offset, path_of};
use crate::lint::{Buffer, Linter, Settings};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionParams, CodeActionProvider,
    DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams,
    DidSaveTextDocumentParams, HoverParams, HoverProvider, PublishDiagnosticsParams, Save,
    SaveOptions, ServerCapabilities, ServerInfo, TextDocumentContentChangeEvent, TextDocumentSync,
    TextDocumentSyncKind, TextDocumentSyncOptions, Uri,
};
use serde_json::{Value, json};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;
use yoroi_checks::Finding;
use yoroi_syntax::FileKind;

/// How many times one batch re-lints the open files whose cross-file findings changed.
const MAX_REPUBLISH_ROUNDS: usize = 4;

/// How long typing must pause before a changed buffer is linted.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

const CONFIGURATION_REQUEST: &str = "yoroi/configuration";
const REGISTER_REQUEST: &str = "yoroi/register-watchers";

/// The open buffers and the findings of the version last linted, shared by the main thread and
/// the worker.
#[derive(Default)]
struct Workspace {
    buffers: HashMap<Uri, Buffer>,
    findings: HashMap<Uri, (i32, Vec<Finding>)>,
}

type Shared = Arc<Mutex<Workspace>>;

fn lock(shared: &Shared) -> MutexGuard<'_, Workspace> {
    shared.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Work for the lint thread.
enum Job {
    /// Lint this buffer; `typing` ones wait for a pause.
    Lint { uri: Uri, typing: bool },
    /// A config file or the settings changed: reload, then lint every open buffer.
    Reload(Option<Settings>),
    /// A buffer was closed, or a file changed on disk: what the workspace index holds of it is
    /// read again from disk.
    FromDisk(Buffer),
}

/// Runs the server on a connection until `exit`: the `initialize` handshake, then the loop.
pub fn serve(connection: &Connection) -> Result<(), String> {
    let (id, params) = connection.initialize_start().map_err(|e| e.to_string())?;
    let settings = params
        .get("initializationOptions")
        .map(Settings::from_json)
        .unwrap_or_default();
    let roots = workspace_roots(&params);
    let client = ClientCapabilities::from_initialize(&params);
    let result = json!({
        "capabilities": capabilities(),
        "serverInfo": ServerInfo {
            name: "yoroi".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        },
    });
    connection
        .initialize_finish(id, result)
        .map_err(|e| e.to_string())?;

    let shared: Shared = Arc::default();
    let (jobs, queue) = crossbeam_channel::unbounded();
    let worker = {
        let shared = Arc::clone(&shared);
        let sender = connection.sender.clone();
        let linter = Linter::new(settings, roots);
        std::thread::Builder::new()
            .name("yoroi-lint".into())
            .stack_size(32 * 1024 * 1024)
            .spawn(move || lint_worker(&queue, &sender, &shared, linter))
            .map_err(|e| format!("cannot start the lint thread: {e}"))?
    };
    let server = Server {
        connection,
        shared,
        jobs,
        client,
    };
    // `initialize_finish` consumed the `initialized` notification.
    server.initialized();
    let outcome = server.run();
    drop(server);
    let _ = worker.join();
    outcome
}

fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        text_document_sync: Some(TextDocumentSync::Options(TextDocumentSyncOptions {
            open_close: Some(true),
            change: Some(TextDocumentSyncKind::Incremental),
            save: Some(Save::SaveOptions(SaveOptions {
                include_text: Some(false),
            })),
            ..TextDocumentSyncOptions::default()
        })),
        code_action_provider: Some(CodeActionProvider::CodeActionOptions(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QuickFix, CodeActionKind::SourceFixAll]),
            ..CodeActionOptions::default()
        })),
        hover_provider: Some(HoverProvider::Bool(true)),
        ..ServerCapabilities::default()
    }
}

/// What the client told us it can do.
struct ClientCapabilities {
    configuration: bool,
    watch_files: bool,
}

impl ClientCapabilities {
    fn from_initialize(params: &Value) -> ClientCapabilities {
        let workspace = params.pointer("/capabilities/workspace");
        let flag = |pointer: &str| {
            workspace
                .and_then(|w| w.pointer(pointer))
                .and_then(Value::as_bool)
                .unwrap_or(false)
        };
        ClientCapabilities {
            configuration: flag("/configuration"),
            watch_files: flag("/didChangeWatchedFiles/dynamicRegistration"),
        }
    }
}

fn workspace_roots(params: &Value) -> Vec<PathBuf> {
    let folders = params
        .get("workspaceFolders")
        .and_then(Value::as_array)
        .map(|folders| {
            folders
                .iter()
                .filter_map(|f| f.get("uri")?.as_str())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let root = params.get("rootUri").and_then(Value::as_str);
    folders
        .into_iter()
        .chain(root)
        .filter_map(|uri| path_of(&Uri::parse(uri).ok()?))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

struct Server<'a> {
    connection: &'a Connection,
    shared: Shared,
    jobs: crossbeam_channel::Sender<Job>,
    client: ClientCapabilities,
}

impl Server<'_> {
    fn run(&self) -> Result<(), String> {
        for message in &self.connection.receiver {
            match message {
                Message::Request(request) => {
                    if self
                        .connection
                        .handle_shutdown(&request)
                        .map_err(|e| e.to_string())?
                    {
                        return Ok(());
                    }
                    self.request(request);
                }
                Message::Notification(notification) => {
                    if notification.method == "exit" {
                        return Ok(());
                    }
                    self.notification(notification);
                }
                Message::Response(response) => self.response(response),
            }
        }
        Ok(())
    }

    fn send(&self, message: impl Into<Message>) {
        // A closed connection ends the loop on its own.
        let _ = self.connection.sender.send(message.into());
    }

    fn request(&self, request: Request) {
        let response = match request.method.as_str() {
            "textDocument/codeAction" => self.code_action(&request),
            "textDocument/hover" => self.hover(&request),
            _ => Err((
                ErrorCode::MethodNotFound,
                format!("yoroi does not handle `{}`", request.method),
            )),
        };
        let response = match response {
            Ok(result) => Response::new_ok(request.id, result),
            Err((code, message)) => Response::new_err(request.id, code as i32, message),
        };
        self.send(response);
    }

    fn code_action(&self, request: &Request) -> Result<Value, (ErrorCode, String)> {
        let params: CodeActionParams = parse_params(&request.params)?;
        let uri = params.text_document.uri;
        let only: Option<Vec<String>> = params
            .context
            .only
            .map(|kinds| kinds.iter().map(|k| k.as_str().to_string()).collect());
        let workspace = lock(&self.shared);
        let actions = match current_findings(&workspace, &uri) {
            Some(findings) => actions::code_actions(&uri, findings, params.range, only.as_deref()),
            None => Vec::new(),
        };
        Ok(serde_json::to_value(actions).unwrap_or(Value::Null))
    }

    fn hover(&self, request: &Request) -> Result<Value, (ErrorCode, String)> {
        let params: HoverParams = parse_params(&request.params)?;
        let position = params.text_document_position_params;
        let workspace = lock(&self.shared);
        let hover = current_findings(&workspace, &position.text_document.uri)
            .and_then(|findings| actions::hover(findings, position.position));
        Ok(serde_json::to_value(hover).unwrap_or(Value::Null))
    }

    fn notification(&self, notification: Notification) {
        let method = notification.method.as_str();
        let params = notification.params;
        match method {
            "textDocument/didOpen" => {
                if let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(params) {
                    let document = p.text_document;
                    let kind = file_kind(&document.uri, &document.language_id.to_string());
                    let path = path_of(&document.uri);
                    if let (Some(kind), Some(path)) = (kind, path) {
                        let buffer = Buffer {
                            path,
                            kind,
                            version: document.version,
                            text: document.text,
                        };
                        lock(&self.shared)
                            .buffers
                            .insert(document.uri.clone(), buffer);
                        self.lint(document.uri, false);
                    }
                }
            }
            "textDocument/didChange" => {
                if let Ok(p) = serde_json::from_value::<DidChangeTextDocumentParams>(params) {
                    let uri = p.text_document.text_document_identifier.uri;
                    let changed = {
                        let mut workspace = lock(&self.shared);
                        match workspace.buffers.get_mut(&uri) {
                            Some(buffer) => {
                                for change in p.content_changes {
                                    apply_change(&mut buffer.text, change);
                                }
                                buffer.version = p.text_document.version;
                                true
                            }
                            None => false,
                        }
                    };
                    if changed {
                        self.lint(uri, true);
                    }
                }
            }
            "textDocument/didSave" => {
                if let Ok(p) = serde_json::from_value::<DidSaveTextDocumentParams>(params) {
                    let uri = p.text_document.uri;
                    if is_config(&uri) {
                        self.reload(None);
                    } else {
                        self.lint(uri, false);
                    }
                }
            }
            "textDocument/didClose" => {
                if let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(params) {
                    let uri = p.text_document.uri;
                    let closed = {
                        let mut workspace = lock(&self.shared);
                        workspace.findings.remove(&uri);
                        workspace.buffers.remove(&uri)
                    };
                    if let Some(buffer) = closed {
                        self.send(publish(uri, None, Vec::new()));
                        let _ = self.jobs.send(Job::FromDisk(buffer));
                    }
                }
            }
            "workspace/didChangeWatchedFiles" => {
                let changes = params.get("changes").and_then(Value::as_array);
                let config_changed = changes.is_some_and(|changes| {
                    changes.iter().any(|c| {
                        c.get("uri")
                            .and_then(Value::as_str)
                            .and_then(|u| Uri::parse(u).ok())
                            .is_some_and(|u| is_config(&u))
                    })
                });
                if config_changed {
                    self.reload(None);
                } else {
                    self.changed_on_disk(changes.into_iter().flatten());
                }
            }
            "workspace/didChangeConfiguration" => match params.pointer("/settings/yoroi") {
                Some(settings) if !settings.is_null() => {
                    self.reload(Some(Settings::from_json(settings)));
                }
                _ if self.client.configuration => self.pull_configuration(),
                _ => {}
            },
            _ => {}
        }
    }

    /// Files changed on disk that no buffer holds: the workspace index reads them again.
    fn changed_on_disk<'v>(&self, changes: impl Iterator<Item = &'v Value>) {
        for uri in changes.filter_map(|c| Uri::parse(c.get("uri")?.as_str()?).ok()) {
            let Some(path) = path_of(&uri) else {
                continue;
            };
            let kind = FileKind::from_path(&path);
            let indexed = matches!(
                kind,
                Some(FileKind::Terraform | FileKind::TerraformJson | FileKind::Yaml)
            );
            if !indexed || lock(&self.shared).buffers.contains_key(&uri) {
                continue;
            }
            if let Some(kind) = kind {
                let buffer = Buffer {
                    path,
                    kind,
                    version: 0,
                    text: String::new(),
                };
                let _ = self.jobs.send(Job::FromDisk(buffer));
            }
        }
    }

    fn initialized(&self) {
        if self.client.watch_files {
            let registration = json!({
                "registrations": [{
                    "id": "yoroi-config-watcher",
                    "method": "workspace/didChangeWatchedFiles",
                    "registerOptions": {
                        "watchers": [
                            { "globPattern": format!("**/{}", yoroi_project::config::FILE_NAME) },
                            // Files not open still feed module calls and cross-file rules.
                            { "globPattern": "**/*.{tf,tf.json,yaml,yml}" }
                        ]
                    }
                }]
            });
            self.send(Request::new(
                RequestId::from(REGISTER_REQUEST.to_string()),
                "client/registerCapability".into(),
                registration,
            ));
        }
        if self.client.configuration {
            self.pull_configuration();
        }
    }

    fn pull_configuration(&self) {
        self.send(Request::new(
            RequestId::from(CONFIGURATION_REQUEST.to_string()),
            "workspace/configuration".into(),
            json!({ "items": [{ "section": "yoroi" }] }),
        ));
    }

    fn response(&self, response: Response) {
        if response.id != RequestId::from(CONFIGURATION_REQUEST.to_string()) {
            return;
        }
        if let Some(settings) = response
            .response_result
            .as_ref()
            .ok()
            .and_then(|r| r.get(0))
            .filter(|s| s.is_object())
        {
            self.reload(Some(Settings::from_json(settings)));
        }
    }

    fn lint(&self, uri: Uri, typing: bool) {
        let _ = self.jobs.send(Job::Lint { uri, typing });
    }

    fn reload(&self, settings: Option<Settings>) {
        let _ = self.jobs.send(Job::Reload(settings));
    }
}

fn parse_params<T: serde::de::DeserializeOwned>(params: &Value) -> Result<T, (ErrorCode, String)> {
    serde_json::from_value(params.clone())
        .map_err(|e| (ErrorCode::InvalidParams, format!("invalid params: {e}")))
}

/// The findings of a buffer, if they were computed for its current text.
fn current_findings<'w>(workspace: &'w Workspace, uri: &Uri) -> Option<&'w [Finding]> {
    let buffer = workspace.buffers.get(uri)?;
    let (version, findings) = workspace.findings.get(uri)?;
    (*version == buffer.version).then_some(findings.as_slice())
}

/// The kind of a buffer: from its file name, else from the editor's language id.
fn file_kind(uri: &Uri, language: &str) -> Option<FileKind> {
    // The whole path: a workflow is known by its directory (`.github/workflows/`).
    FileKind::from_path(std::path::Path::new(uri.path())).or(match language {
        "dockerfile" => Some(FileKind::Dockerfile),
        "terraform" | "hcl" => Some(FileKind::Terraform),
        "terraform-vars" => Some(FileKind::TerraformVars),
        "yaml" => Some(FileKind::Yaml),
        _ => None,
    })
}

fn is_config(uri: &Uri) -> bool {
    uri.path_segments()
        .and_then(|mut s| s.next_back())
        .is_some_and(|name| name == yoroi_project::config::FILE_NAME)
}

fn apply_change(text: &mut String, change: TextDocumentContentChangeEvent) {
    match change {
        TextDocumentContentChangeEvent::TextDocumentContentChangePartial(partial) => {
            let start = offset(text, partial.range.start);
            let end = offset(text, partial.range.end).max(start);
            text.replace_range(start..end, &partial.text);
        }
        TextDocumentContentChangeEvent::TextDocumentContentChangeWholeDocument(whole) => {
            *text = whole.text;
        }
    }
}

fn publish(uri: Uri, version: Option<i32>, findings: Vec<lsp_types::Diagnostic>) -> Notification {
    Notification::new(
        "textDocument/publishDiagnostics".into(),
        PublishDiagnosticsParams {
            uri,
            version,
            diagnostics: findings,
        },
    )
}

/// The lint thread: waits for jobs, lets typing settle, lints each buffer once per batch.
fn lint_worker(
    queue: &crossbeam_channel::Receiver<Job>,
    sender: &crossbeam_channel::Sender<Message>,
    shared: &Shared,
    mut linter: Linter,
) {
    while let Ok(first) = queue.recv() {
        let mut batch = vec![first];
        loop {
            let typing = batch
                .iter()
                .any(|job| matches!(job, Job::Lint { typing: true, .. }));
            let next = if typing {
                queue.recv_timeout(DEBOUNCE).ok()
            } else {
                queue.try_recv().ok()
            };
            match next {
                Some(job) => batch.push(job),
                None => break,
            }
        }
        let mut uris: Vec<Uri> = Vec::new();
        for job in batch {
            match job {
                Job::Lint { uri, .. } => uris.push(uri),
                Job::Reload(settings) => {
                    linter.reset(settings);
                    uris.extend(lock(shared).buffers.keys().cloned());
                }
                Job::FromDisk(buffer) => {
                    // The open buffers of the modules connected to a Terraform file's directory.
                    if let Some(dir) = buffer
                        .path
                        .parent()
                        .filter(|_| buffer.kind != FileKind::Yaml)
                    {
                        let dirs = linter.related_dirs(dir);
                        let workspace = lock(shared);
                        uris.extend(
                            workspace
                                .buffers
                                .iter()
                                .filter(|(_, b)| b.path.parent().is_some_and(|d| dirs.contains(d)))
                                .map(|(uri, _)| uri.clone()),
                        );
                    }
                    forget_buffer(shared, &mut linter, buffer);
                }
            }
        }
        let uris = with_module_neighbours(shared, &mut linter, uris);
        // Files whose cross-file findings changed after they were last published. A lint
        // computes its own file's cross-file findings afresh, so it leaves that file clean.
        // A closed buffer or a file changed on disk (above) may already have moved some.
        let mut dirty: HashSet<PathBuf> = linter.take_changed();
        for uri in &uris {
            lint_tracked(uri, sender, shared, &mut linter, &mut dirty);
        }
        // The open files left dirty are published again; linting them may move findings in
        // others (a buffer opened while this batch ran joins the index only when linted), so
        // this repeats; a file whose objects did not change moves nothing, so it ends. The
        // bound is a guard.
        for _ in 0..MAX_REPUBLISH_ROUNDS {
            if dirty.is_empty() {
                break;
            }
            let others: Vec<Uri> = lock(shared)
                .buffers
                .iter()
                .filter(|(_, b)| dirty.contains(&b.path))
                .map(|(uri, _)| uri.clone())
                .collect();
            dirty.clear();
            for uri in &others {
                lint_tracked(uri, sender, shared, &mut linter, &mut dirty);
            }
        }
        for problem in linter.take_problems() {
            let _ = sender.send(
                Notification::new(
                    "window/showMessage".into(),
                    json!({ "type": 2, "message": format!("yoroi: {problem}") }),
                )
                .into(),
            );
        }
    }
}

/// The buffers to lint: the ones asked for, the open Terraform buffers of the same directories
/// and of the modules connected to them by calls (an edit in one file of a module changes what
/// the others, its callers and the modules it calls report), and the open files of the same
/// Helm charts. Deduplicated.
fn with_module_neighbours(shared: &Shared, linter: &mut Linter, uris: Vec<Uri>) -> Vec<Uri> {
    let workspace = lock(shared);
    let terraform_dir = |uri: &Uri| -> Option<&Path> {
        let buffer = workspace.buffers.get(uri)?;
        matches!(
            buffer.kind,
            FileKind::Terraform | FileKind::TerraformJson | FileKind::TerraformVars
        )
        .then(|| buffer.path.parent())
        .flatten()
    };
    let mut dirs: BTreeSet<PathBuf> = BTreeSet::new();
    for dir in uris.iter().filter_map(terraform_dir) {
        dirs.extend(linter.related_dirs(dir));
    }
    // The files of a chart are rendered together: an edit to values changes the templates'.
    let charts: BTreeSet<PathBuf> = uris
        .iter()
        .filter_map(|u| workspace.buffers.get(u))
        .filter(|b| b.kind == FileKind::Yaml)
        .filter_map(|b| crate::lint::chart_root(&b.path))
        .collect();
    let mut out: Vec<Uri> = Vec::new();
    let neighbours = workspace.buffers.iter().filter_map(|(u, b)| {
        let related = terraform_dir(u).is_some_and(|d| dirs.contains(d))
            || b.kind == FileKind::Yaml && charts.iter().any(|c| b.path.starts_with(c));
        related.then_some(u)
    });
    for uri in uris.iter().chain(neighbours) {
        if !out.contains(uri) {
            out.push(uri.clone());
        }
    }
    out
}

/// Lints a closed buffer's file as it is on disk (the findings go nowhere), so that the
/// workspace index no longer holds the unsaved text; the files it affects are linted again.
fn forget_buffer(shared: &Shared, linter: &mut Linter, mut buffer: Buffer) {
    if buffer.kind == FileKind::Dockerfile {
        return;
    }
    match std::fs::read_to_string(&buffer.path) {
        Ok(text) if text == buffer.text => return,
        Ok(text) => buffer.text = text,
        // A deleted file: nothing of it is left.
        Err(_) => buffer.text.clear(),
    }
    let open: Vec<Buffer> = lock(shared).buffers.values().cloned().collect();
    let _ = linter.lint(&buffer, &open);
}

/// [`lint_one`], noting in `dirty` the other files whose cross-file findings it moved.
fn lint_tracked(
    uri: &Uri,
    sender: &crossbeam_channel::Sender<Message>,
    shared: &Shared,
    linter: &mut Linter,
    dirty: &mut HashSet<PathBuf>,
) {
    lint_one(uri, sender, shared, linter);
    dirty.extend(linter.take_changed());
    if let Some(buffer) = lock(shared).buffers.get(uri) {
        dirty.remove(&buffer.path);
    }
}

fn lint_one(
    uri: &Uri,
    sender: &crossbeam_channel::Sender<Message>,
    shared: &Shared,
    linter: &mut Linter,
) {
    let (buffer, open) = {
        let workspace = lock(shared);
        let Some(buffer) = workspace.buffers.get(uri).cloned() else {
            return;
        };
        let open: Vec<Buffer> = if buffer.kind == FileKind::Dockerfile {
            Vec::new()
        } else {
            workspace.buffers.values().cloned().collect()
        };
        (buffer, open)
    };
    let findings = linter.lint(&buffer, &open);
    let diagnostics = findings.iter().map(convert::diagnostic).collect();
    let mut workspace = lock(shared);
    if workspace.buffers.get(uri).map(|b| b.version) != Some(buffer.version) {
        // Closed or edited meanwhile: the newer version is queued (or nothing is wanted).
        return;
    }
    workspace
        .findings
        .insert(uri.clone(), (buffer.version, findings));
    let _ = sender.send(publish(uri.clone(), Some(buffer.version), diagnostics).into());
}
