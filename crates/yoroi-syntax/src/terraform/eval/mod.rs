//! Evaluation of a Terraform module with honest unknowns.
//!
//! Values have three states: known, [`Value::Unknown`] (a reference to another resource's
//! computed attribute, a data source, a remote module's output, an unsupported function, an unset
//! variable) and absent. Evaluation never guesses: anything it cannot decide is unknown, and an
//! expression Terraform itself would reject is unknown too.
//!
//! Inputs: variable defaults, then `terraform.tfvars`, `terraform.tfvars.json`, `*.auto.tfvars`
//! (lexical order), then `--var-file`s and `--var`s, later winning as in Terraform. Locals are
//! evaluated lazily (any order, cycles reported). `count` and `for_each` expand resources into
//! instances (capped), `dynamic` blocks into nested blocks, and calls of local modules are
//! evaluated with the caller's inputs. Every value taken from elsewhere (a variable default, a
//! tfvars line, a local) is relocated to the expression that used it and remembers its
//! [`Origin`].

mod functions;

use super::{Block, Module, ParsedModule, TfDiagnostic, TfDiagnosticKind};
use crate::node::{Entry, Node, Origin, Value};
use crate::source::{FileKind, SourceFile, Span};
use hcl_edit::Span as _;
use hcl_edit::expr::{BinaryOperator, Expression, ObjectKey, TraversalOperator, UnaryOperator};
use hcl_edit::structure::{Body, Structure};
use hcl_edit::template::{Directive, Element, Template};
use hcl_edit::visit::Visit;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

/// Evaluation failed where Terraform would fail too; callers turn it into unknown.
#[derive(Debug, Clone)]
pub struct EvalError(pub String);

/// Limits that keep hostile or huge modules bounded.
#[derive(Debug, Clone, Copy)]
pub struct EvalLimits {
    /// Instances per `count`/`for_each` block.
    pub max_instances: usize,
    /// Expression evaluations per root module.
    pub max_steps: u64,
    /// Nested module calls.
    pub max_module_depth: usize,
    /// Instances of one module call (`count`/`for_each` on `module`).
    pub max_module_instances: usize,
    /// Wall-clock time for one root module's evaluation; `None` is unlimited.
    pub time_budget: Option<std::time::Duration>,
}

impl Default for EvalLimits {
    fn default() -> Self {
        EvalLimits {
            max_instances: 10_000,
            max_steps: 20_000_000,
            max_module_depth: 16,
            max_module_instances: 32,
            time_budget: None,
        }
    }
}

/// Where module sources and `file()` arguments are read from.
pub trait SourceLoader: Sync {
    /// The parsed files of a local module directory, or why it cannot be loaded.
    fn module(&self, dir: &Path) -> Result<Arc<ParsedModule>, String>;
    /// A file's text for `file()`; `None` outside the scan root or unreadable.
    fn read(&self, path: &Path) -> Option<String>;
}

/// A loader for tests and single modules: nothing outside the given module can be read.
pub struct NoLoader;

impl SourceLoader for NoLoader {
    fn module(&self, dir: &Path) -> Result<Arc<ParsedModule>, String> {
        Err(format!("{} is not available", dir.display()))
    }
    fn read(&self, _: &Path) -> Option<String> {
        None
    }
}

/// Values given from outside a root module.
#[derive(Debug, Clone, Default)]
pub struct RootInputs {
    /// `--var-file` contents, in order.
    pub var_files: Vec<Arc<SourceFile>>,
    /// `--var NAME=VALUE`, in order.
    pub vars: Vec<(String, String)>,
}

/// Shared state of one root module's evaluation.
pub struct EvalContext<'a> {
    pub loader: &'a dyn SourceLoader,
    pub limits: EvalLimits,
    steps: Cell<u64>,
    exhausted: Cell<bool>,
    started: std::time::Instant,
    /// Modules `terraform init` already downloaded: module key (`vpc.flow_log`) → directory,
    /// from the root's `.terraform/modules/modules.json`.
    downloaded: RefCell<HashMap<String, PathBuf>>,
    /// The root module's directory: relative `file()` paths are resolved against it.
    root_dir: RefCell<PathBuf>,
}

impl<'a> EvalContext<'a> {
    pub fn new(loader: &'a dyn SourceLoader, limits: EvalLimits) -> Self {
        EvalContext {
            loader,
            limits,
            steps: Cell::new(0),
            exhausted: Cell::new(false),
            started: std::time::Instant::now(),
            downloaded: RefCell::new(HashMap::new()),
            root_dir: RefCell::new(PathBuf::from(".")),
        }
    }
}

/// A variable's value and where it was set.
#[derive(Debug, Clone)]
struct VarValue {
    node: Node,
    file: Arc<SourceFile>,
    note: String,
    /// Resources the value came from, as absolute references (see [`absolute_reference`]): a
    /// block that reads the variable refers to them too.
    refs: Vec<String>,
}

/// A binding of `count`, `each`, a `for` variable or a `dynamic` iterator.
struct Scope<'s> {
    name: &'s str,
    value: Node,
    parent: Option<&'s Scope<'s>>,
}

impl<'s> Scope<'s> {
    fn lookup(scope: Option<&'s Scope<'s>>, name: &str) -> Option<&'s Node> {
        let mut s = scope;
        while let Some(cur) = s {
            if cur.name == name {
                return Some(&cur.value);
            }
            s = cur.parent;
        }
        None
    }
}

enum LocalSlot {
    Evaluating,
    /// The value and the resources its expression refers to.
    Done(Result<Node, EvalError>, Vec<String>),
}

/// Evaluates one module instance.
struct ModuleEval<'a> {
    ctx: &'a EvalContext<'a>,
    parsed: &'a ParsedModule,
    vars: HashMap<String, VarValue>,
    declared_vars: HashSet<String>,
    locals: HashMap<&'a str, (usize, &'a Expression)>,
    local_cache: RefCell<HashMap<String, LocalSlot>>,
    calls: HashMap<&'a str, (usize, &'a hcl_edit::structure::Block)>,
    module_values: RefCell<HashMap<String, Node>>,
    /// Per module call, per output: the resources of the called module the output exposes, as
    /// absolute references.
    output_refs: RefCell<HashMap<String, HashMap<String, Vec<String>>>>,
    /// Evaluated calls: (name with instance key, caller file, call header span, module).
    children: RefCell<Vec<(String, usize, Span, Module)>>,
    resources: HashSet<(String, String)>,
    /// The call chain, for cycle detection and depth limits.
    stack: Vec<PathBuf>,
    /// Module call names from the root (`["vpc", "flow_log"]`), as `modules.json` keys them.
    key_path: Vec<String>,
    file: Cell<usize>,
    refs: RefCell<Vec<String>>,
    diagnostics: RefCell<Vec<TfDiagnostic>>,
    cycles_reported: RefCell<HashSet<String>>,
}

type EvalResult = Result<Node, EvalError>;

fn err(message: impl Into<String>) -> EvalError {
    EvalError(message.into())
}

fn span_of(range: Option<std::ops::Range<usize>>) -> Span {
    range.map_or(Span::default(), |r| Span::new(r.start, r.end))
}

/// A known string (numbers and bools convert, as Terraform does).
pub(crate) fn known_str(node: &Node) -> Result<String, EvalError> {
    functions::scalar_string(node).ok_or_else(|| err("expected a string"))
}

/// Moves a value to the expression that used it; nodes that had no origin get one pointing where
/// they were written.
fn relocate(node: &Node, span: Span, file: &Arc<SourceFile>, note: &str) -> Node {
    let origin = node.origin.clone().or_else(|| {
        (node.span != Span::default()).then(|| {
            Arc::new(Origin {
                file: Arc::clone(file),
                span: node.span,
                note: note.to_string(),
            })
        })
    });
    let value = match &node.value {
        Value::Seq(items) => Value::Seq(
            items
                .iter()
                .map(|i| relocate(i, span, file, note))
                .collect(),
        ),
        Value::Map(entries) => Value::Map(
            entries
                .iter()
                .map(|e| Entry {
                    key: e.key.clone(),
                    key_span: span,
                    value: relocate(&e.value, span, file, note),
                })
                .collect(),
        ),
        other => other.clone(),
    };
    Node {
        span,
        value,
        origin,
    }
}

/// Evaluates a root module: its own inputs, tfvars and the given outside values.
pub fn evaluate_root(parsed: &ParsedModule, inputs: &RootInputs, ctx: &EvalContext<'_>) -> Module {
    let mut vars: Vec<(String, VarValue)> = Vec::new();
    // Variable files of the directory, in Terraform's order.
    let mut tfvars: Vec<&Arc<SourceFile>> = parsed
        .files
        .iter()
        .filter(|f| f.kind == FileKind::TerraformVars)
        .collect();
    let rank = |f: &Arc<SourceFile>| {
        let name = f
            .path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        match name.as_str() {
            "terraform.tfvars" => (0, name),
            "terraform.tfvars.json" => (1, name),
            _ if name.ends_with(".auto.tfvars") || name.ends_with(".auto.tfvars.json") => (2, name),
            _ => (3, name),
        }
    };
    tfvars.retain(|f| rank(f).0 < 3);
    tfvars.sort_by_key(|f| rank(f));
    for file in tfvars.into_iter().chain(inputs.var_files.iter()) {
        vars.extend(read_var_file(file));
    }
    for (name, value) in &inputs.vars {
        let text = format!("{name}={value}");
        let file = SourceFile::new("--var", FileKind::TerraformVars, text);
        let span = Span::new(name.len() + 1, file.text.len());
        vars.push((
            name.clone(),
            VarValue {
                node: Node::new(span, Value::Str(value.clone())),
                file,
                note: format!("set with --var {name}"),
                refs: Vec::new(),
            },
        ));
    }
    ctx.root_dir.replace(parsed.dir.clone());
    read_module_manifest(parsed, ctx);
    evaluate_module(parsed, vars, ctx, Vec::new(), Vec::new(), true)
}

/// Evaluates a module that is only ever called, on its own and with every input variable
/// unknown (defaults and variable files included: a caller may pass anything), so that only
/// what the module does whatever its callers pass can produce a finding. The modules it calls
/// get the values it passes them, as usual.
pub fn evaluate_unbound(parsed: &ParsedModule, ctx: &EvalContext<'_>) -> Module {
    ctx.root_dir.replace(parsed.dir.clone());
    read_module_manifest(parsed, ctx);
    evaluate_module(parsed, Vec::new(), ctx, Vec::new(), Vec::new(), false)
}

/// Reads `.terraform/modules/modules.json`, where `terraform init` records the directories of
/// the modules it downloaded. Nothing is downloaded here; what is already on disk is used.
fn read_module_manifest(parsed: &ParsedModule, ctx: &EvalContext<'_>) {
    let manifest = parsed
        .dir
        .join(".terraform")
        .join("modules")
        .join("modules.json");
    let Some(text) = ctx.loader.read(&manifest) else {
        return;
    };
    let Ok(json) = serde_json::from_str::<serde_json::Value>(&text) else {
        return;
    };
    let mut downloaded = ctx.downloaded.borrow_mut();
    for module in json["Modules"].as_array().into_iter().flatten() {
        if let (Some(key), Some(dir)) = (module["Key"].as_str(), module["Dir"].as_str())
            && !key.is_empty()
        {
            downloaded.insert(key.to_string(), normalize(&parsed.dir.join(dir)));
        }
    }
}

/// `NAME = value` lines of a variable file (HCL or JSON).
fn read_var_file(file: &Arc<SourceFile>) -> Vec<(String, VarValue)> {
    let name = file
        .path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let note = format!("set in {name}");
    let mut out = Vec::new();
    if name.ends_with(".json") {
        let stream =
            crate::yaml::parse_stream(&file.text, &file.lines, crate::yaml::YamlLimits::default());
        if let Some(doc) = stream.documents.into_iter().next() {
            for entry in doc.root.entries() {
                out.push((
                    entry.key.clone(),
                    VarValue {
                        node: entry.value.clone(),
                        file: Arc::clone(file),
                        note: note.clone(),
                        refs: Vec::new(),
                    },
                ));
            }
        }
        return out;
    }
    let body = hcl_edit::parser::parse_body(&file.text)
        .ok()
        .or_else(|| super::recover_body(&file.text, true));
    if let Some(body) = body {
        for attr in body.attributes() {
            out.push((
                attr.key.as_str().to_string(),
                VarValue {
                    node: super::value::literal(&attr.value),
                    file: Arc::clone(file),
                    note: note.clone(),
                    refs: Vec::new(),
                },
            ));
        }
    }
    out
}

/// Converts an input to the variable's declared primitive type, as Terraform does.
fn convert(node: Node, type_expr: Option<&Expression>) -> Node {
    let Some(Expression::Variable(ty)) = type_expr else {
        return node;
    };
    match (ty.as_str(), &node.value) {
        ("number", Value::Str(s)) => match s.trim().parse::<i64>() {
            Ok(i) => Node {
                value: Value::Int(i),
                ..node
            },
            Err(_) => match s.trim().parse::<f64>() {
                Ok(f) => Node {
                    value: Value::Float(f),
                    ..node
                },
                Err(_) => node,
            },
        },
        ("bool", Value::Str(s)) if s == "true" || s == "false" => Node {
            value: Value::Bool(s == "true"),
            ..node
        },
        ("string", Value::Int(_) | Value::Float(_) | Value::Bool(_)) => Node {
            value: Value::Str(node.display()),
            ..node
        },
        _ => node,
    }
}

/// Evaluates one module instance with the given input values (later entries win).
fn evaluate_module(
    parsed: &ParsedModule,
    inputs: Vec<(String, VarValue)>,
    ctx: &EvalContext<'_>,
    stack: Vec<PathBuf>,
    key_path: Vec<String>,
    defaults: bool,
) -> Module {
    let mut eval = ModuleEval {
        ctx,
        parsed,
        vars: HashMap::new(),
        declared_vars: HashSet::new(),
        locals: HashMap::new(),
        local_cache: RefCell::new(HashMap::new()),
        calls: HashMap::new(),
        module_values: RefCell::new(HashMap::new()),
        output_refs: RefCell::new(HashMap::new()),
        children: RefCell::new(Vec::new()),
        resources: HashSet::new(),
        stack,
        key_path,
        file: Cell::new(0),
        refs: RefCell::new(Vec::new()),
        diagnostics: RefCell::new(Vec::new()),
        cycles_reported: RefCell::new(HashSet::new()),
    };
    // Declarations.
    let mut types: HashMap<String, Option<&Expression>> = HashMap::new();
    for (file_index, body) in parsed.bodies() {
        for block in body.blocks() {
            let label = block.labels.first().map(|l| l.as_str());
            match (block.ident.as_str(), label) {
                ("variable", Some(name)) => {
                    eval.declared_vars.insert(name.to_string());
                    let type_expr = block.body.get_attribute("type").map(|a| &a.value);
                    types.insert(name.to_string(), type_expr);
                    if let Some(default) = block.body.get_attribute("default").filter(|_| defaults)
                    {
                        eval.vars.insert(
                            name.to_string(),
                            VarValue {
                                node: super::value::literal(&default.value),
                                file: Arc::clone(&parsed.files[file_index]),
                                note: format!("default of variable `{name}`"),
                                refs: Vec::new(),
                            },
                        );
                    }
                }
                ("locals", _) => {
                    for attr in block.body.attributes() {
                        eval.locals
                            .insert(attr.key.as_str(), (file_index, &attr.value));
                    }
                }
                ("module", Some(name)) => {
                    eval.calls.insert(name, (file_index, block));
                }
                ("resource", Some(ty)) => {
                    if let Some(name) = block.labels.get(1) {
                        eval.resources
                            .insert((ty.to_string(), name.as_str().to_string()));
                    }
                }
                _ => {}
            }
        }
    }
    for block in &parsed.json_blocks {
        if block.kind == "variable"
            && let Some(name) = block.labels.first()
        {
            eval.declared_vars.insert(name.clone());
            if let Some(default) = block.body.get("default").filter(|_| defaults) {
                eval.vars.insert(
                    name.clone(),
                    VarValue {
                        node: default.clone(),
                        file: Arc::clone(&parsed.files[block.file]),
                        note: format!("default of variable `{name}`"),
                        refs: Vec::new(),
                    },
                );
            }
        }
    }
    for (name, value) in inputs {
        if eval.declared_vars.contains(&name) {
            let node = convert(value.node.clone(), types.get(&name).copied().flatten());
            eval.vars.insert(name, VarValue { node, ..value });
        }
    }
    eval.run()
}

impl<'a> ModuleEval<'a> {
    /// A reference recorded in this module instance, made absolute; already absolute ones pass.
    fn absolute(&self, reference: &str) -> String {
        if reference.starts_with('/') {
            reference.to_string()
        } else {
            super::absolute_reference(&self.key_path, reference)
        }
    }

    fn current_file(&self) -> &Arc<SourceFile> {
        &self.parsed.files[self.file.get()]
    }

    fn diagnose(&self, span: Span, kind: TfDiagnosticKind, message: String) {
        self.diagnostics.borrow_mut().push(TfDiagnostic {
            file: self.file.get(),
            span,
            kind,
            message,
        });
    }

    fn step(&self) -> Result<(), EvalError> {
        let steps = self.ctx.steps.get() + 1;
        self.ctx.steps.set(steps);
        // The clock is read once every 1,024 steps.
        let out_of_time = steps.is_multiple_of(1024)
            && self
                .ctx
                .limits
                .time_budget
                .is_some_and(|budget| self.ctx.started.elapsed() > budget);
        if out_of_time && !self.ctx.exhausted.get() {
            self.ctx.exhausted.set(true);
            self.diagnose(
                Span::default(),
                TfDiagnosticKind::Limit,
                format!(
                    "evaluation stopped after {} ms, over the per-file time budget of {} ms (--file-time-budget); the remaining values are unknown",
                    self.ctx.started.elapsed().as_millis(),
                    self.ctx.limits.time_budget.map_or(0, |b| b.as_millis())
                ),
            );
        }
        if steps > self.ctx.limits.max_steps || self.ctx.exhausted.get() {
            if !self.ctx.exhausted.replace(true) {
                self.diagnose(
                    Span::default(),
                    TfDiagnosticKind::Limit,
                    format!(
                        "evaluation stopped after {} steps (--max-eval-steps); the remaining values are unknown",
                        self.ctx.limits.max_steps
                    ),
                );
            }
            return Err(err("evaluation budget exhausted"));
        }
        Ok(())
    }

    /// Evaluates every block of the module into the output model.
    fn run(self) -> Module {
        let mut blocks = Vec::new();
        for (file_index, body) in self.parsed.bodies() {
            self.file.set(file_index);
            for block in body.blocks() {
                match block.ident.as_str() {
                    "resource" | "data" => self.expand_resource(file_index, block, &mut blocks),
                    "module" => {
                        if let Some(name) = block.labels.first() {
                            // Evaluating the call records its child module.
                            let _ = self.module_value(name.as_str());
                            self.file.set(file_index);
                            blocks.push(self.block(file_index, block, None, None));
                        }
                    }
                    "provider" | "terraform" => {
                        blocks.push(self.block(file_index, block, None, None))
                    }
                    // Declarations are kept as written (rules read their `description` and
                    // `type`); their values reach the resources through evaluation.
                    "variable" | "output" => blocks.push(declaration(file_index, block)),
                    _ => {}
                }
            }
        }
        for json in &self.parsed.json_blocks {
            if matches!(
                json.kind.as_str(),
                "resource" | "data" | "provider" | "module" | "variable" | "output"
            ) {
                blocks.push(json.clone());
            }
        }
        let mut module = Module {
            dir: self.parsed.dir.clone(),
            files: self.parsed.files.clone(),
            blocks,
            errors: self.parsed.errors.clone(),
            diagnostics: self.diagnostics.into_inner(),
            ..Module::default()
        };
        for (name, file, span, child) in self.children.into_inner() {
            module.absorb(&name, (file, span), child);
        }
        module
    }

    /// A block evaluated once, with optional `count`/`each` bindings.
    fn block(
        &self,
        file_index: usize,
        block: &hcl_edit::structure::Block,
        scope: Option<&Scope<'_>>,
        instance: Option<String>,
    ) -> Block {
        self.file.set(file_index);
        self.refs.borrow_mut().clear();
        let span = span_of(block.span());
        let body = self.body(&block.body, span, scope, is_expanded(block));
        let mut references = std::mem::take(&mut *self.refs.borrow_mut());
        references.sort();
        references.dedup();
        Block {
            file: file_index,
            kind: block.ident.as_str().to_string(),
            labels: block
                .labels
                .iter()
                .map(|l| l.as_str().to_string())
                .collect(),
            span,
            header: super::header_span(block),
            body,
            module_path: Vec::new(),
            instance,
            references,
            calls: Vec::new(),
        }
    }

    /// Expands `count` / `for_each` and evaluates each instance.
    fn expand_resource(
        &self,
        file_index: usize,
        block: &hcl_edit::structure::Block,
        out: &mut Vec<Block>,
    ) {
        self.file.set(file_index);
        let header = super::header_span(block);
        if let Some(count) = block.body.get_attribute("count") {
            let value = self.eval_top(&count.value, None);
            match value.as_i64() {
                Some(n) if !value.is_unknown() => {
                    let n = n.max(0) as usize;
                    let capped = self.cap(n, header);
                    for i in 0..capped {
                        let binding = map_node(&[(
                            "index",
                            Node::new(span_of(count.value.span()), Value::Int(i as i64)),
                        )]);
                        let scope = Scope {
                            name: "count",
                            value: binding,
                            parent: None,
                        };
                        out.push(self.block(
                            file_index,
                            block,
                            Some(&scope),
                            Some(format!("[{i}]")),
                        ));
                    }
                }
                _ => {
                    let binding =
                        map_node(&[("index", Node::unknown(span_of(count.value.span())))]);
                    let scope = Scope {
                        name: "count",
                        value: binding,
                        parent: None,
                    };
                    out.push(self.block(file_index, block, Some(&scope), None));
                }
            }
            return;
        }
        if let Some(for_each) = block.body.get_attribute("for_each") {
            let collection = self.eval_top(&for_each.value, None);
            let span = span_of(for_each.value.span());
            match instances(&collection, span) {
                Some(items) => {
                    let capped = self.cap(items.len(), header);
                    for (key, value) in items.into_iter().take(capped) {
                        let instance = format!("[{:?}]", key.display());
                        let binding = map_node(&[("key", key), ("value", value)]);
                        let scope = Scope {
                            name: "each",
                            value: binding,
                            parent: None,
                        };
                        out.push(self.block(file_index, block, Some(&scope), Some(instance)));
                    }
                }
                None => {
                    let binding =
                        map_node(&[("key", Node::unknown(span)), ("value", Node::unknown(span))]);
                    let scope = Scope {
                        name: "each",
                        value: binding,
                        parent: None,
                    };
                    out.push(self.block(file_index, block, Some(&scope), None));
                }
            }
            return;
        }
        out.push(self.block(file_index, block, None, None));
    }

    fn cap(&self, n: usize, span: Span) -> usize {
        let max = self.ctx.limits.max_instances;
        if n > max {
            self.diagnose(
                span,
                TfDiagnosticKind::Limit,
                format!(
                    "{n} instances exceed the limit of {max}; only the first {max} are checked"
                ),
            );
            max
        } else {
            n
        }
    }

    /// A block body: attributes evaluated, nested blocks recursed, `dynamic` blocks expanded.
    /// `skip_meta` leaves out `count`/`for_each`, which were evaluated once for the expansion.
    fn body(&self, body: &Body, span: Span, scope: Option<&Scope<'_>>, skip_meta: bool) -> Node {
        let mut entries = Vec::with_capacity(body.len());
        for structure in body.iter() {
            match structure {
                Structure::Attribute(attr)
                    if skip_meta && matches!(attr.key.as_str(), "count" | "for_each") => {}
                Structure::Attribute(attr) => {
                    let key = attr.key.as_str();
                    let value = if JSON_DOCUMENTS.contains(&key) {
                        self.json_document(&attr.value, scope)
                    } else {
                        self.eval_top(&attr.value, scope)
                    };
                    entries.push(Entry {
                        key: key.to_string(),
                        key_span: span_of(attr.key.span()),
                        value,
                    });
                }
                Structure::Block(block) => {
                    let block_span = span_of(block.span());
                    if block.ident.as_str() == "dynamic" {
                        self.dynamic(block, block_span, scope, &mut entries);
                    } else {
                        entries.push(Entry {
                            key: block.ident.as_str().to_string(),
                            key_span: span_of(block.ident.span()),
                            value: self.body(&block.body, block_span, scope, false),
                        });
                    }
                }
            }
        }
        Node::new(span, Value::Map(entries))
    }

    /// A JSON-document attribute. `jsonencode({…})` is taken as the structure it encodes, so a
    /// reference to another resource inside it leaves just that leaf unknown instead of the whole
    /// document; a known JSON string is decoded. A single `Statement` object becomes a list of
    /// one, as AWS reads it.
    fn json_document(&self, expr: &Expression, scope: Option<&Scope<'_>>) -> Node {
        let span = span_of(expr.span());
        let value = match expr {
            Expression::FuncCall(call)
                if call.name.namespace.is_empty()
                    && call.name.name.as_str() == "jsonencode"
                    && call.args.len() == 1 =>
            {
                match call.args.iter().next() {
                    Some(inner) => {
                        let mut node = self.eval_top(inner, scope);
                        node.span = span;
                        node
                    }
                    None => Node::unknown(span),
                }
            }
            _ => decode_json_document(self.eval_top(expr, scope)),
        };
        normalize_statements(value)
    }

    /// `dynamic "x" { for_each = …; iterator = it; content { … } }`
    fn dynamic(
        &self,
        block: &hcl_edit::structure::Block,
        span: Span,
        scope: Option<&Scope<'_>>,
        out: &mut Vec<Entry>,
    ) {
        let Some(label) = block.labels.first() else {
            return;
        };
        let name = label.as_str().to_string();
        let key_span = super::header_span(block);
        let iterator = block
            .body
            .get_attribute("iterator")
            .and_then(|a| match &a.value {
                Expression::Variable(v) => Some(v.as_str().to_string()),
                _ => None,
            })
            .unwrap_or_else(|| name.clone());
        let content = block.body.get_blocks("content").next();
        let collection = block
            .body
            .get_attribute("for_each")
            .map(|a| self.eval_top(&a.value, scope));
        let items = collection.as_ref().and_then(|c| instances(c, span));
        match (items, content) {
            (Some(items), Some(content)) => {
                let capped = self.cap(items.len(), key_span);
                for (key, value) in items.into_iter().take(capped) {
                    let binding = map_node(&[("key", key), ("value", value)]);
                    let inner = Scope {
                        name: &iterator,
                        value: binding,
                        parent: scope,
                    };
                    out.push(Entry {
                        key: name.clone(),
                        key_span,
                        value: self.body(
                            &content.body,
                            span_of(content.span()),
                            Some(&inner),
                            false,
                        ),
                    });
                }
            }
            _ => out.push(Entry {
                key: name,
                key_span,
                value: Node::unknown(span),
            }),
        }
    }

    /// Evaluates an expression; errors and exhausted budgets become unknown.
    fn eval_top(&self, expr: &Expression, scope: Option<&Scope<'_>>) -> Node {
        let span = span_of(expr.span());
        self.eval(expr, scope)
            .unwrap_or_else(|_| Node::unknown(span))
    }

    fn eval(&self, expr: &Expression, scope: Option<&Scope<'_>>) -> EvalResult {
        self.step()?;
        let span = span_of(expr.span());
        let n = |value: Value| Ok(Node::new(span, value));
        match expr {
            Expression::Null(_) => n(Value::Null),
            Expression::Bool(b) => n(Value::Bool(*b.value())),
            Expression::Number(num) => {
                let num = num.value();
                match num.as_i64() {
                    Some(i) => n(Value::Int(i)),
                    None => n(num.as_f64().map_or(Value::Unknown, Value::Float)),
                }
            }
            Expression::String(s) => n(Value::Str(s.value().to_string())),
            Expression::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items.iter() {
                    out.push(self.eval(item, scope)?);
                }
                n(Value::Seq(out))
            }
            Expression::Object(object) => {
                let mut entries = Vec::with_capacity(object.len());
                for (key, value) in object.iter() {
                    let (key_text, key_span) = match key {
                        ObjectKey::Ident(ident) => {
                            (ident.as_str().to_string(), span_of(ident.span()))
                        }
                        ObjectKey::Expression(e) => {
                            let k = self.eval(e, scope)?;
                            if k.is_unknown() {
                                return Ok(Node::unknown(span));
                            }
                            (known_str(&k)?, span_of(e.span()))
                        }
                    };
                    let value = self.eval(value.expr(), scope)?;
                    match entries.iter_mut().find(|e: &&mut Entry| e.key == key_text) {
                        Some(existing) => existing.value = value,
                        None => entries.push(Entry {
                            key: key_text,
                            key_span,
                            value,
                        }),
                    }
                }
                n(Value::Map(entries))
            }
            Expression::StringTemplate(t) => self.template(t.iter(), scope, span),
            Expression::HeredocTemplate(h) => self.template(h.template.iter(), scope, span),
            Expression::Parenthesis(inner) => self.eval(inner.inner(), scope).map(|mut v| {
                v.span = span;
                v
            }),
            Expression::Variable(ident) => match Scope::lookup(scope, ident.as_str()) {
                Some(v) => Ok(relocate(v, span, self.current_file(), "iteration value")),
                None => Err(err(format!("unknown variable `{}`", ident.as_str()))),
            },
            Expression::Conditional(c) => {
                let cond = self.eval(&c.cond_expr, scope)?;
                match cond.value {
                    Value::Bool(true) => self.eval(&c.true_expr, scope),
                    Value::Bool(false) => self.eval(&c.false_expr, scope),
                    Value::Unknown => {
                        // Both branches agreeing is still a known answer.
                        let a = self.eval(&c.true_expr, scope);
                        let b = self.eval(&c.false_expr, scope);
                        match (a, b) {
                            (Ok(a), Ok(b))
                                if !functions::has_unknown(&a) && functions::deep_eq(&a, &b) =>
                            {
                                Ok(a)
                            }
                            _ => Ok(Node::unknown(span)),
                        }
                    }
                    _ => Err(err("condition is not a bool")),
                }
            }
            Expression::FuncCall(call) => self.func_call(call, scope, span),
            Expression::Traversal(t) => self.traversal(&t.expr, &t.operators, scope, span),
            Expression::UnaryOp(op) => {
                let v = self.eval(&op.expr, scope)?;
                match (op.operator.value(), &v.value) {
                    (_, Value::Unknown) => Ok(Node::unknown(span)),
                    (UnaryOperator::Not, Value::Bool(b)) => n(Value::Bool(!b)),
                    (UnaryOperator::Neg, Value::Int(i)) => n(Value::Int(-i)),
                    (UnaryOperator::Neg, Value::Float(f)) => n(Value::Float(-f)),
                    _ => Err(err("bad operand for unary operator")),
                }
            }
            Expression::BinaryOp(op) => self.binary(op, scope, span),
            Expression::ForExpr(f) => self.for_expr(f, scope, span),
        }
    }

    fn binary(
        &self,
        op: &hcl_edit::expr::BinaryOp,
        scope: Option<&Scope<'_>>,
        span: Span,
    ) -> EvalResult {
        let n = |value: Value| Ok(Node::new(span, value));
        let lhs = self.eval(&op.lhs_expr, scope)?;
        let operator = *op.operator.value();
        // Short-circuit logic decides even when the other side is unknown.
        match (operator, &lhs.value) {
            (BinaryOperator::And, Value::Bool(false)) => return n(Value::Bool(false)),
            (BinaryOperator::Or, Value::Bool(true)) => return n(Value::Bool(true)),
            _ => {}
        }
        let rhs = self.eval(&op.rhs_expr, scope)?;
        match (operator, &rhs.value) {
            (BinaryOperator::And, Value::Bool(false)) => return n(Value::Bool(false)),
            (BinaryOperator::Or, Value::Bool(true)) => return n(Value::Bool(true)),
            _ => {}
        }
        if functions::has_unknown(&lhs) || functions::has_unknown(&rhs) {
            return Ok(Node::unknown(span));
        }
        match operator {
            BinaryOperator::Eq => n(Value::Bool(values_equal(&lhs, &rhs))),
            BinaryOperator::NotEq => n(Value::Bool(!values_equal(&lhs, &rhs))),
            BinaryOperator::And | BinaryOperator::Or => match (&lhs.value, &rhs.value) {
                (Value::Bool(a), Value::Bool(b)) => {
                    n(Value::Bool(if operator == BinaryOperator::And {
                        *a && *b
                    } else {
                        *a || *b
                    }))
                }
                _ => Err(err("logic on non-bools")),
            },
            _ => {
                let (Some(a), Some(b)) = (lhs.as_f64(), rhs.as_f64()) else {
                    return Err(err("arithmetic on non-numbers"));
                };
                let result = match operator {
                    BinaryOperator::Less => return n(Value::Bool(a < b)),
                    BinaryOperator::LessEq => return n(Value::Bool(a <= b)),
                    BinaryOperator::Greater => return n(Value::Bool(a > b)),
                    BinaryOperator::GreaterEq => return n(Value::Bool(a >= b)),
                    BinaryOperator::Plus => a + b,
                    BinaryOperator::Minus => a - b,
                    BinaryOperator::Mul => a * b,
                    BinaryOperator::Div if b == 0.0 => return Err(err("division by zero")),
                    BinaryOperator::Div => a / b,
                    BinaryOperator::Mod if b == 0.0 => return Err(err("modulo by zero")),
                    BinaryOperator::Mod => a % b,
                    _ => return Err(err("unsupported operator")),
                };
                n(if result.fract() == 0.0 && result.abs() < 9.0e15 {
                    Value::Int(result as i64)
                } else {
                    Value::Float(result)
                })
            }
        }
    }

    fn for_expr(
        &self,
        f: &hcl_edit::expr::ForExpr,
        scope: Option<&Scope<'_>>,
        span: Span,
    ) -> EvalResult {
        let collection = self.eval(&f.intro.collection_expr, scope)?;
        let Some(items) = iterate(&collection) else {
            return Ok(Node::unknown(span));
        };
        let key_var = f.intro.key_var.as_ref().map(|k| k.as_str());
        let value_var = f.intro.value_var.as_str();
        let mut seq = Vec::new();
        let mut entries: Vec<Entry> = Vec::new();
        for (key, value) in items {
            let outer = Scope {
                name: key_var.unwrap_or(""),
                value: key,
                parent: scope,
            };
            let inner = Scope {
                name: value_var,
                value,
                parent: Some(&outer),
            };
            if let Some(cond) = &f.cond {
                match self.eval(&cond.expr, Some(&inner))?.value {
                    Value::Bool(true) => {}
                    Value::Bool(false) => continue,
                    Value::Unknown => return Ok(Node::unknown(span)),
                    _ => return Err(err("for condition is not a bool")),
                }
            }
            let value = self.eval(&f.value_expr, Some(&inner))?;
            match &f.key_expr {
                None => seq.push(value),
                Some(key_expr) => {
                    let k = self.eval(key_expr, Some(&inner))?;
                    if k.is_unknown() {
                        return Ok(Node::unknown(span));
                    }
                    let k = known_str(&k)?;
                    if f.grouping {
                        match entries.iter_mut().find(|e| e.key == k) {
                            Some(e) => {
                                if let Value::Seq(items) = &mut e.value.value {
                                    items.push(value);
                                }
                            }
                            None => entries.push(Entry {
                                key: k,
                                key_span: span,
                                value: Node::new(span, Value::Seq(vec![value])),
                            }),
                        }
                    } else if entries.iter().any(|e| e.key == k) {
                        return Err(err("duplicate key in for expression"));
                    } else {
                        entries.push(Entry {
                            key: k,
                            key_span: span,
                            value,
                        });
                    }
                }
            }
        }
        Ok(Node::new(
            span,
            if f.key_expr.is_some() {
                Value::Map(entries)
            } else {
                Value::Seq(seq)
            },
        ))
    }

    fn template<'t>(
        &self,
        elements: impl Iterator<Item = &'t Element>,
        scope: Option<&Scope<'_>>,
        span: Span,
    ) -> EvalResult {
        let mut out = String::new();
        if !self.template_into(elements, scope, &mut out)? {
            return Ok(Node::unknown(span));
        }
        Ok(Node::new(span, Value::Str(out)))
    }

    /// Appends a template's text; `false` when a part is unknown.
    fn template_into<'t>(
        &self,
        elements: impl Iterator<Item = &'t Element>,
        scope: Option<&Scope<'_>>,
        out: &mut String,
    ) -> Result<bool, EvalError> {
        let mut strip_next = false;
        for element in elements {
            match element {
                Element::Literal(lit) => {
                    let text = lit.value().replace("$${", "${").replace("%%{", "%{");
                    out.push_str(if strip_next { text.trim_start() } else { &text });
                    strip_next = false;
                }
                Element::Interpolation(interp) => {
                    if interp.strip.strip_start() {
                        let trimmed = out.trim_end().len();
                        out.truncate(trimmed);
                    }
                    let v = self.eval(&interp.expr, scope)?;
                    if v.is_unknown() {
                        return Ok(false);
                    }
                    if !v.is_null() {
                        out.push_str(
                            &functions::scalar_string(&v)
                                .ok_or_else(|| err("interpolating a collection"))?,
                        );
                    }
                    strip_next = interp.strip.strip_end();
                }
                Element::Directive(directive) => match directive.as_ref() {
                    Directive::If(d) => {
                        let cond = self.eval(&d.if_expr.cond_expr, scope)?;
                        let chosen: Option<&Template> = match cond.value {
                            Value::Bool(true) => Some(&d.if_expr.template),
                            Value::Bool(false) => d.else_expr.as_ref().map(|e| &e.template),
                            _ => return Ok(false),
                        };
                        if let Some(t) = chosen
                            && !self.template_into(t.iter(), scope, out)?
                        {
                            return Ok(false);
                        }
                    }
                    Directive::For(d) => {
                        let collection = self.eval(&d.for_expr.collection_expr, scope)?;
                        let Some(items) = iterate(&collection) else {
                            return Ok(false);
                        };
                        let key_var = d.for_expr.key_var.as_ref().map(|k| k.as_str());
                        for (key, value) in items {
                            let outer = Scope {
                                name: key_var.unwrap_or(""),
                                value: key,
                                parent: scope,
                            };
                            let inner = Scope {
                                name: d.for_expr.value_var.as_str(),
                                value,
                                parent: Some(&outer),
                            };
                            if !self.template_into(d.for_expr.template.iter(), Some(&inner), out)? {
                                return Ok(false);
                            }
                        }
                    }
                },
            }
        }
        Ok(true)
    }

    fn func_call(
        &self,
        call: &hcl_edit::expr::FuncCall,
        scope: Option<&Scope<'_>>,
        span: Span,
    ) -> EvalResult {
        if !call.name.namespace.is_empty() {
            // Provider-defined functions (`provider::aws::arn_parse`) cannot be evaluated here.
            return Ok(Node::unknown(span));
        }
        let name = call.name.name.as_str();
        match name {
            "try" => {
                for arg in call.args.iter() {
                    match self.eval(arg, scope) {
                        Ok(v) if functions::has_unknown(&v) => return Ok(Node::unknown(span)),
                        Ok(v) => return Ok(v),
                        Err(_) if self.ctx.exhausted.get() => return Err(err("budget")),
                        Err(_) => {}
                    }
                }
                return Err(err("no try() argument succeeded"));
            }
            "templatefile" => return self.templatefile(call, scope, span),
            "can" => {
                let Some(arg) = call.args.iter().next() else {
                    return Err(err("can() needs an argument"));
                };
                return match self.eval(arg, scope) {
                    Ok(v) if functions::has_unknown(&v) => Ok(Node::unknown(span)),
                    Ok(_) => Ok(Node::new(span, Value::Bool(true))),
                    Err(_) if self.ctx.exhausted.get() => Err(err("budget")),
                    Err(_) => Ok(Node::new(span, Value::Bool(false))),
                };
            }
            _ => {}
        }
        let mut args = Vec::with_capacity(call.args.len());
        for arg in call.args.iter() {
            args.push(self.eval(arg, scope)?);
        }
        if call.args.expand_final() {
            match args.pop().map(|a| a.value) {
                Some(Value::Seq(items)) => args.extend(items),
                _ => return Ok(Node::unknown(span)),
            }
        }
        let read_file = |path: &str| self.read_file(path);
        match functions::call(name, args, span, &read_file) {
            Some(result) => result,
            None => Ok(Node::unknown(span)),
        }
    }

    /// A file for `file()`/`templatefile()`: paths built from `path.module` are used as they
    /// are; other relative paths are relative to the root module, as Terraform resolves them.
    fn read_file(&self, path: &str) -> Option<String> {
        let as_given = normalize(Path::new(path));
        self.ctx.loader.read(&as_given).or_else(|| {
            let root = self.ctx.root_dir.borrow().clone();
            self.ctx.loader.read(&join_relative(&root, path)?)
        })
    }

    /// `templatefile(path, vars)`: the file (inside the scan root) rendered with `vars` in scope.
    fn templatefile(
        &self,
        call: &hcl_edit::expr::FuncCall,
        scope: Option<&Scope<'_>>,
        span: Span,
    ) -> EvalResult {
        let mut args = call.args.iter();
        let (Some(path), Some(vars)) = (args.next(), args.next()) else {
            return Err(err("templatefile() takes a path and a map"));
        };
        let path = self.eval(path, scope)?;
        let vars = self.eval(vars, scope)?;
        if path.is_unknown() || vars.is_unknown() {
            return Ok(Node::unknown(span));
        }
        let path = known_str(&path)?;
        let Some(text) = self.read_file(&path) else {
            return Ok(Node::unknown(span));
        };
        let Ok(template) = hcl_edit::parser::parse_template(&text) else {
            return Ok(Node::unknown(span));
        };
        let entries: Vec<Entry> = vars.entries().cloned().collect();
        let mut out = String::new();
        let known = self.with_bindings(&entries, None, &mut |bound| {
            self.template_into(template.iter(), bound, &mut out)
        })?;
        Ok(if known {
            Node::new(span, Value::Str(out))
        } else {
            Node::unknown(span)
        })
    }

    /// Runs `f` with each entry bound as a variable (templates see only their own variables).
    fn with_bindings<R>(
        &self,
        entries: &[Entry],
        parent: Option<&Scope<'_>>,
        f: &mut dyn FnMut(Option<&Scope<'_>>) -> R,
    ) -> R {
        match entries.split_first() {
            None => f(parent),
            Some((first, rest)) => {
                let scope = Scope {
                    name: &first.key,
                    value: first.value.clone(),
                    parent,
                };
                self.with_bindings(rest, Some(&scope), f)
            }
        }
    }

    /// `var.x`, `local.y`, `module.z.out`, `each.value.k`, `aws_s3_bucket.b.id`, `x[0]`, splats.
    fn traversal(
        &self,
        root: &Expression,
        ops: &[hcl_edit::Decorated<TraversalOperator>],
        scope: Option<&Scope<'_>>,
        span: Span,
    ) -> EvalResult {
        let name_at = |i: usize| match ops.get(i).map(|o| o.value()) {
            Some(TraversalOperator::GetAttr(a)) => Some(a.as_str()),
            _ => None,
        };
        let (start, consumed) = match root {
            Expression::Variable(v) if Scope::lookup(scope, v.as_str()).is_none() => {
                match v.as_str() {
                    "var" => {
                        let Some(name) = name_at(0) else {
                            return Err(err("var needs a name"));
                        };
                        // An undeclared variable is a configuration error Terraform reports; here it is
                        // simply unknown, so a partial module still gets checked.
                        match self.vars.get(name) {
                            Some(value) => {
                                self.refs.borrow_mut().extend(value.refs.iter().cloned());
                                (relocate(&value.node, span, &value.file, &value.note), 1)
                            }
                            None => return Ok(Node::unknown(span)),
                        }
                    }
                    "local" => {
                        let Some(name) = name_at(0) else {
                            return Err(err("local needs a name"));
                        };
                        (self.local(name, span)?, 1)
                    }
                    "module" => {
                        let Some(name) = name_at(0) else {
                            return Err(err("module needs a name"));
                        };
                        let value = self.module_value(name);
                        // `module.x.out`, or `module.x[0].out` / `module.x["k"].out` for instances.
                        if let Some(output) = name_at(1).or_else(|| name_at(2))
                            && let Some(refs) = self
                                .output_refs
                                .borrow()
                                .get(name)
                                .and_then(|outputs| outputs.get(output))
                        {
                            self.refs.borrow_mut().extend(refs.iter().cloned());
                        }
                        (
                            relocate(
                                &value,
                                span,
                                self.current_file(),
                                &format!("output of module `{name}`"),
                            ),
                            1,
                        )
                    }
                    "path" => {
                        let value = match name_at(0) {
                            Some("module") => self.parsed.dir.to_string_lossy().to_string(),
                            Some("root" | "cwd") => ".".to_string(),
                            _ => return Err(err("unknown path attribute")),
                        };
                        (Node::new(span, Value::Str(value)), 1)
                    }
                    "terraform" => match name_at(0) {
                        Some("workspace") => (Node::new(span, Value::Str("default".into())), 1),
                        _ => return Ok(Node::unknown(span)),
                    },
                    "data" => {
                        if let (Some(ty), Some(name)) = (name_at(0), name_at(1)) {
                            self.refs.borrow_mut().push(format!("data.{ty}.{name}"));
                        }
                        return Ok(Node::unknown(span));
                    }
                    "self" | "count" | "each" => return Ok(Node::unknown(span)),
                    other => {
                        if let Some(name) = name_at(0)
                            && (self
                                .resources
                                .contains(&(other.to_string(), name.to_string()))
                                || other.contains('_'))
                        {
                            self.refs.borrow_mut().push(format!("{other}.{name}"));
                        }
                        return Ok(Node::unknown(span));
                    }
                }
            }
            other => (self.eval(other, scope)?, 0),
        };
        let mut current = vec![start];
        let mut splat = false;
        for op in &ops[consumed..] {
            let mut next = Vec::with_capacity(current.len());
            for value in current {
                match op.value() {
                    TraversalOperator::AttrSplat(_) | TraversalOperator::FullSplat(_) => {
                        splat = true;
                        match value.value {
                            Value::Unknown => return Ok(Node::unknown(span)),
                            Value::Null => {}
                            Value::Seq(items) => next.extend(items),
                            _ => next.push(value),
                        }
                    }
                    TraversalOperator::GetAttr(attr) => match &value.value {
                        Value::Unknown => return Ok(Node::unknown(span)),
                        Value::Map(_) => match value.get(attr.as_str()) {
                            Some(v) => next.push(v.clone()),
                            None => return Err(err(format!("no attribute `{}`", attr.as_str()))),
                        },
                        _ => return Err(err("attribute of a non-object")),
                    },
                    TraversalOperator::Index(index_expr) => {
                        let index = self.eval(index_expr, scope)?;
                        next.push(index_value(&value, &index, span)?);
                    }
                    TraversalOperator::LegacyIndex(i) => {
                        let index = Node::new(span, Value::Int(*i.value() as i64));
                        next.push(index_value(&value, &index, span)?);
                    }
                }
            }
            current = next;
        }
        if splat {
            Ok(Node::new(span, Value::Seq(current)))
        } else {
            let mut value = current.pop().ok_or_else(|| err("empty traversal"))?;
            value.span = span;
            Ok(value)
        }
    }

    fn local(&self, name: &str, span: Span) -> EvalResult {
        let cached = match self.local_cache.borrow().get(name) {
            Some(LocalSlot::Done(result, refs)) => {
                // Every block that uses the local refers to what it refers to, not only the first.
                self.refs.borrow_mut().extend(refs.iter().cloned());
                Some(result.clone())
            }
            Some(LocalSlot::Evaluating) => {
                if self.cycles_reported.borrow_mut().insert(name.to_string()) {
                    self.diagnose(
                        span,
                        TfDiagnosticKind::Cycle,
                        format!("local `{name}` depends on itself; its value is unknown"),
                    );
                }
                return Ok(Node::unknown(span));
            }
            None => None,
        };
        let (file_index, result) = match cached {
            Some(result) => (self.locals.get(name).map_or(0, |l| l.0), result),
            None => {
                let Some(&(file_index, expr)) = self.locals.get(name) else {
                    return Ok(Node::unknown(span));
                };
                self.local_cache
                    .borrow_mut()
                    .insert(name.to_string(), LocalSlot::Evaluating);
                let saved = self.file.replace(file_index);
                let outer_refs = std::mem::take(&mut *self.refs.borrow_mut());
                let result = self.eval(expr, None);
                let refs = std::mem::replace(&mut *self.refs.borrow_mut(), outer_refs);
                self.refs.borrow_mut().extend(refs.iter().cloned());
                self.file.set(saved);
                self.local_cache
                    .borrow_mut()
                    .insert(name.to_string(), LocalSlot::Done(result.clone(), refs));
                (file_index, result)
            }
        };
        let node = result?;
        Ok(relocate(
            &node,
            span,
            &self.parsed.files[file_index],
            &format!("local `{name}`"),
        ))
    }

    /// The value of `module.NAME`: its outputs (evaluated once), or unknown when it cannot be.
    fn module_value(&self, name: &str) -> Node {
        if let Some(v) = self.module_values.borrow().get(name) {
            return v.clone();
        }
        // Calls whose inputs use each other's outputs would recurse: while a call is being
        // evaluated, its value is unknown.
        self.module_values
            .borrow_mut()
            .insert(name.to_string(), Node::unknown(Span::default()));
        let value = self
            .evaluate_call(name)
            .unwrap_or_else(|| Node::unknown(Span::default()));
        self.module_values
            .borrow_mut()
            .insert(name.to_string(), value.clone());
        value
    }

    fn evaluate_call(&self, name: &str) -> Option<Node> {
        let &(file_index, block) = self.calls.get(name)?;
        let saved = self.file.replace(file_index);
        let result = self.evaluate_call_in(name, file_index, block);
        self.file.set(saved);
        result
    }

    fn evaluate_call_in(
        &self,
        name: &str,
        file_index: usize,
        block: &hcl_edit::structure::Block,
    ) -> Option<Node> {
        let source_attr = block.body.get_attribute("source")?;
        let source_span = span_of(source_attr.value.span());
        let source = self.eval_top(&source_attr.value, None);
        let source = source.as_str()?.to_string();
        let mut key = self.key_path.clone();
        key.push(name.to_string());
        let dir = if source.starts_with("./") || source.starts_with("../") {
            normalize(&self.parsed.dir.join(&source))
        } else if let Some(dir) = self.ctx.downloaded.borrow().get(&key.join(".")) {
            dir.clone()
        } else {
            self.diagnose(
                source_span,
                TfDiagnosticKind::NotAnalysed,
                format!("module `{name}` comes from `{source}`, which yoroi does not download; its resources are not checked"),
            );
            return None;
        };
        if self.stack.contains(&dir) || self.stack.len() >= self.ctx.limits.max_module_depth {
            self.diagnose(
                source_span,
                TfDiagnosticKind::Limit,
                format!("module `{name}` is nested too deeply or calls itself; not evaluated"),
            );
            return None;
        }
        let parsed = match self.ctx.loader.module(&dir) {
            Ok(p) => p,
            Err(message) => {
                self.diagnose(
                    source_span,
                    TfDiagnosticKind::NotAnalysed,
                    format!("module `{name}` ({source}) cannot be loaded: {message}"),
                );
                return None;
            }
        };
        self.output_refs
            .borrow_mut()
            .insert(name.to_string(), output_references(&parsed, &key));
        let caller_file = Arc::clone(&self.parsed.files[file_index]);
        let call_site = super::header_span(block);
        let evaluate_instance = |scope: Option<&Scope<'_>>| -> Module {
            let mut inputs = Vec::new();
            for attr in block.body.attributes() {
                let key = attr.key.as_str();
                if matches!(
                    key,
                    "source" | "version" | "providers" | "count" | "for_each" | "depends_on"
                ) {
                    continue;
                }
                // The resources an input refers to belong to the caller, not to the block being
                // evaluated when the call happens to be evaluated: they travel with the input.
                let saved = std::mem::take(&mut *self.refs.borrow_mut());
                let node = self.eval_top(&attr.value, scope);
                let refs = std::mem::replace(&mut *self.refs.borrow_mut(), saved);
                inputs.push((
                    key.to_string(),
                    VarValue {
                        node,
                        file: Arc::clone(&caller_file),
                        note: format!("input `{key}` of module `{name}`"),
                        refs: refs.iter().map(|r| self.absolute(r)).collect(),
                    },
                ));
            }
            let mut stack = self.stack.clone();
            stack.push(self.parsed.dir.clone());
            evaluate_module(&parsed, inputs, self.ctx, stack, key.clone(), true)
        };
        // Evaluates one instance with an optional `count`/`each` binding, records it under its
        // address and returns its outputs.
        let instance = |label: String, binding: Option<(&str, Node)>| -> Node {
            let child = match binding {
                Some((binding_name, value)) => {
                    let scope = Scope {
                        name: binding_name,
                        value,
                        parent: None,
                    };
                    evaluate_instance(Some(&scope))
                }
                None => evaluate_instance(None),
            };
            self.children
                .borrow_mut()
                .push((label, file_index, call_site, child));
            module_outputs(&parsed)
        };
        if let Some(count) = block.body.get_attribute("count") {
            let n = self.eval_top(&count.value, None);
            return match n.as_i64() {
                Some(n)
                    if !n.is_negative() && (n as usize) <= self.ctx.limits.max_module_instances =>
                {
                    let values = (0..n)
                        .map(|i| {
                            let index =
                                map_node(&[("index", Node::new(source_span, Value::Int(i)))]);
                            instance(format!("{name}[{i}]"), Some(("count", index)))
                        })
                        .collect();
                    Some(Node::new(source_span, Value::Seq(values)))
                }
                _ => {
                    let index = map_node(&[("index", Node::unknown(source_span))]);
                    instance(name.to_string(), Some(("count", index)));
                    None
                }
            };
        }
        if let Some(for_each) = block.body.get_attribute("for_each") {
            let collection = self.eval_top(&for_each.value, None);
            return match instances(&collection, source_span) {
                Some(items) if items.len() <= self.ctx.limits.max_module_instances => {
                    let entries = items
                        .into_iter()
                        .map(|(key, value)| {
                            let key_text = key.display();
                            let each = map_node(&[("key", key), ("value", value)]);
                            Entry {
                                key: key_text.clone(),
                                key_span: source_span,
                                value: instance(
                                    format!("{name}[{key_text:?}]"),
                                    Some(("each", each)),
                                ),
                            }
                        })
                        .collect();
                    Some(Node::new(source_span, Value::Map(entries)))
                }
                _ => {
                    let each = map_node(&[
                        ("key", Node::unknown(source_span)),
                        ("value", Node::unknown(source_span)),
                    ]);
                    instance(name.to_string(), Some(("each", each)));
                    None
                }
            };
        }
        Some(instance(name.to_string(), None))
    }
}

/// Per output of a called module (at `key_path`), the resources its value expression refers to,
/// directly or through locals, as absolute references. Read from the syntax: outputs are not
/// evaluated (see [`module_outputs`]).
fn output_references(parsed: &ParsedModule, key_path: &[String]) -> HashMap<String, Vec<String>> {
    let mut locals: HashMap<&str, &Expression> = HashMap::new();
    let mut outputs = Vec::new();
    for (_, body) in parsed.bodies() {
        for block in body.blocks() {
            match block.ident.as_str() {
                "locals" => {
                    for attr in block.body.attributes() {
                        locals.insert(attr.key.as_str(), &attr.value);
                    }
                }
                "output" => {
                    if let (Some(label), Some(value)) =
                        (block.labels.first(), block.body.get_attribute("value"))
                    {
                        outputs.push((label.as_str().to_string(), &value.value));
                    }
                }
                _ => {}
            }
        }
    }
    let mut result = HashMap::new();
    for (name, expr) in outputs {
        let mut collector = RefCollector::default();
        collector.visit_expr(expr);
        let mut seen: HashSet<String> = HashSet::new();
        while let Some(local) = collector.locals.pop() {
            if seen.insert(local.clone())
                && let Some(expr) = locals.get(local.as_str())
            {
                collector.visit_expr(expr);
            }
        }
        let mut refs: Vec<String> = collector
            .resources
            .iter()
            .map(|r| super::absolute_reference(key_path, r))
            .collect();
        refs.sort();
        refs.dedup();
        if !refs.is_empty() {
            result.insert(name, refs);
        }
    }
    result
}

/// Collects `TYPE.NAME` resource references and `local.NAME` uses from an expression.
#[derive(Default)]
struct RefCollector {
    resources: Vec<String>,
    locals: Vec<String>,
}

impl Visit for RefCollector {
    fn visit_traversal(&mut self, node: &hcl_edit::expr::Traversal) {
        if let Expression::Variable(root) = &node.expr {
            let attr = |i: usize| match node.operators.get(i).map(|o| o.value()) {
                Some(TraversalOperator::GetAttr(a)) => Some(a.as_str().to_string()),
                _ => None,
            };
            match root.as_str() {
                "local" => self.locals.extend(attr(0)),
                "var" | "module" | "path" | "terraform" | "self" | "count" | "each" => {}
                "data" => {
                    if let (Some(ty), Some(name)) = (attr(0), attr(1)) {
                        self.resources.push(format!("data.{ty}.{name}"));
                    }
                }
                ty if ty.contains('_') => {
                    if let Some(name) = attr(0) {
                        self.resources.push(format!("{ty}.{name}"));
                    }
                }
                _ => {}
            }
        }
        hcl_edit::visit::visit_traversal(self, node);
    }
}

/// The outputs of a called module, as the object `module.NAME` stands for. Outputs usually expose
/// resource attributes (unknown before apply); pass-through of inputs is rare enough that every
/// output is treated as unknown rather than evaluated a second time.
fn module_outputs(parsed: &ParsedModule) -> Node {
    let mut entries = Vec::new();
    for (_, body) in parsed.bodies() {
        for block in body.blocks().filter(|b| b.ident.as_str() == "output") {
            if let Some(label) = block.labels.first() {
                entries.push(Entry {
                    key: label.as_str().to_string(),
                    key_span: Span::default(),
                    value: Node::unknown(Span::default()),
                });
            }
        }
    }
    Node::new(Span::default(), Value::Map(entries))
}

/// Attributes whose string value is a JSON document (IAM and resource policies, ECS container
/// definitions): decoded, so rules can look into `policy.Statement[*].Action`. `inline_policy` is
/// the IAM Identity Center permission set policy; `access_policy` the Glacier vault and
/// CloudWatch Logs destination policies (a nested `inline_policy` block is not an attribute and
/// is left alone).
pub const JSON_DOCUMENTS: &[&str] = &[
    "policy",
    "assume_role_policy",
    "container_definitions",
    "access_policies",
    "inline_policy",
    "access_policy",
];

/// A JSON string becomes the structure it encodes, every node at the attribute's span and with
/// the string's origin; anything else is returned unchanged.
fn decode_json_document(value: Node) -> Node {
    let Value::Str(text) = &value.value else {
        return value;
    };
    let trimmed = text.trim_start();
    if !(trimmed.starts_with('{') || trimmed.starts_with('[')) {
        return value;
    }
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(json) => {
            let mut decoded = functions::from_json(&json, value.span);
            decoded.origin = value.origin;
            decoded
        }
        Err(_) => value,
    }
}

/// `Statement` may be one object or a list; rules always see a list.
fn normalize_statements(mut node: Node) -> Node {
    if let Value::Map(entries) = &mut node.value {
        for entry in entries.iter_mut() {
            if entry.key == "Statement" && entry.value.is_map() {
                let single = std::mem::replace(&mut entry.value, Node::unknown(Span::default()));
                let span = single.span;
                entry.value = Node::new(span, Value::Seq(vec![single]));
            }
        }
    }
    node
}

/// Resources, data sources and module calls expand on `count`/`for_each`.
fn is_expanded(block: &hcl_edit::structure::Block) -> bool {
    matches!(block.ident.as_str(), "resource" | "data" | "module")
}

fn map_node(entries: &[(&str, Node)]) -> Node {
    Node::new(
        Span::default(),
        Value::Map(
            entries
                .iter()
                .map(|(k, v)| Entry {
                    key: (*k).to_string(),
                    key_span: v.span,
                    value: v.clone(),
                })
                .collect(),
        ),
    )
}

/// `for_each` instances: (each.key, each.value) for a map or a set of strings; `None` if unknown.
fn instances(collection: &Node, span: Span) -> Option<Vec<(Node, Node)>> {
    match &collection.value {
        Value::Map(entries) => Some(
            entries
                .iter()
                .map(|e| (Node::new(span, Value::Str(e.key.clone())), e.value.clone()))
                .collect(),
        ),
        Value::Seq(items) => {
            if items.iter().any(Node::is_unknown) {
                return None;
            }
            Some(items.iter().map(|i| (i.clone(), i.clone())).collect())
        }
        Value::Null => Some(Vec::new()),
        _ => None,
    }
}

/// Iteration pairs for `for` expressions: (index or key, value).
fn iterate(collection: &Node) -> Option<Vec<(Node, Node)>> {
    match &collection.value {
        Value::Seq(items) => Some(
            items
                .iter()
                .enumerate()
                .map(|(i, v)| (Node::new(v.span, Value::Int(i as i64)), v.clone()))
                .collect(),
        ),
        Value::Map(entries) => Some(
            entries
                .iter()
                .map(|e| {
                    (
                        Node::new(e.key_span, Value::Str(e.key.clone())),
                        e.value.clone(),
                    )
                })
                .collect(),
        ),
        _ => None,
    }
}

fn index_value(value: &Node, index: &Node, span: Span) -> EvalResult {
    if value.is_unknown() || index.is_unknown() {
        return Ok(Node::unknown(span));
    }
    match &value.value {
        Value::Seq(items) => {
            let i = index
                .as_i64()
                .ok_or_else(|| err("list index must be a number"))?;
            usize::try_from(i)
                .ok()
                .and_then(|i| items.get(i))
                .cloned()
                .ok_or_else(|| err("index out of range"))
        }
        Value::Map(_) => {
            let key = known_str(index)?;
            value
                .get(&key)
                .cloned()
                .ok_or_else(|| err(format!("no key `{key}`")))
        }
        _ => Err(err("index into a non-collection")),
    }
}

fn values_equal(a: &Node, b: &Node) -> bool {
    functions::deep_eq(a, b)
}

/// `dir/../x` → `x` without touching the file system (paths stay as the user wrote them).
pub fn normalize(path: &Path) -> PathBuf {
    let mut out: Vec<Component<'_>> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => match out.last() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                _ => out.push(c),
            },
            other => out.push(other),
        }
    }
    if out.is_empty() {
        return PathBuf::from(".");
    }
    out.iter().collect()
}

fn join_relative(dir: &Path, path: &str) -> Option<PathBuf> {
    let p = Path::new(path);
    if p.is_absolute() {
        return Some(normalize(p));
    }
    Some(normalize(&dir.join(p)))
}

impl Module {
    /// Takes a child module's blocks and files under the call's name.
    fn absorb(&mut self, call: &str, site: (usize, Span), child: Module) {
        let offset = self.files.len();
        self.files.extend(child.files);
        for mut block in child.blocks {
            block.file += offset;
            block.module_path.insert(0, call.to_string());
            for c in &mut block.calls {
                c.0 += offset;
            }
            block.calls.insert(0, site);
            self.blocks.push(block);
        }
        for mut d in child.diagnostics {
            d.file += offset;
            self.diagnostics.push(d);
        }
    }
}

/// A `variable` or `output` block as written: literal arguments known, the rest unknown.
fn declaration(file_index: usize, block: &hcl_edit::structure::Block) -> Block {
    fn literal_body(body: &Body, span: Span) -> Node {
        let mut entries = Vec::with_capacity(body.len());
        for structure in body.iter() {
            match structure {
                Structure::Attribute(attr) => entries.push(Entry {
                    key: attr.key.as_str().to_string(),
                    key_span: span_of(attr.key.span()),
                    value: super::value::literal(&attr.value),
                }),
                Structure::Block(inner) => entries.push(Entry {
                    key: inner.ident.as_str().to_string(),
                    key_span: span_of(inner.ident.span()),
                    value: literal_body(&inner.body, span_of(inner.span())),
                }),
            }
        }
        Node::new(span, Value::Map(entries))
    }
    let span = span_of(block.span());
    Block {
        file: file_index,
        kind: block.ident.as_str().to_string(),
        labels: block
            .labels
            .iter()
            .map(|l| l.as_str().to_string())
            .collect(),
        span,
        header: super::header_span(block),
        body: literal_body(&block.body, span),
        module_path: Vec::new(),
        instance: None,
        references: Vec::new(),
        calls: Vec::new(),
    }
}

#[cfg(test)]
mod tests;
