//! The runner: parses a file (or a Terraform module) once, then calls only the rules interested
//! in what it holds. Documents are independent, so callers check them in parallel with rayon.

use crate::catalog::{Catalog, Domain, Logic, Rule, Severity};
use crate::declarative::{self, Declarative, Roots, Selected, Verdict};
use crate::finding::{Emitter, Finding, SetEmitter};
use crate::rules::{Check, DockerfileCtx, K8sCtx};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};
use yoroi_syntax::dockerfile::{self, Dockerfile};
use yoroi_syntax::kubernetes::{K8sObject, PodSpecPaths};
use yoroi_syntax::terraform::Module;
use yoroi_syntax::yaml::{YamlError, YamlLimits, parse_stream};
use yoroi_syntax::{FileKind, Node, SourceFile, Span, Value};

#[path = "compose_engine.rs"]
mod compose;
#[path = "gitlab_engine.rs"]
mod gitlab;
pub(crate) use compose::{
    ExampleLoader, file_of as compose_file_of, is_compose, parse_with as parse_compose_with,
    report_at as report_compose,
};
pub use gitlab::{included_files as gitlab_included_files, parse_with as parse_gitlab_with};

/// A parsed unit of work.
#[derive(Debug)]
pub enum Document {
    Dockerfile {
        file: Arc<SourceFile>,
        dockerfile: Dockerfile,
    },
    Kubernetes {
        file: Arc<SourceFile>,
        objects: Vec<K8sObject>,
        errors: Vec<YamlError>,
        /// Documents of the file that are Go templates and were not checked: the first one's
        /// span and how many.
        templated: Option<(Span, usize)>,
    },
    Terraform(Module),
    /// A GitHub Actions workflow or action.
    Workflow {
        file: Arc<SourceFile>,
        workflow: yoroi_syntax::workflow::Workflow,
    },
    /// A Dependabot configuration (`.github/dependabot.yml`).
    Dependabot {
        file: Arc<SourceFile>,
        config: yoroi_syntax::dependabot::Dependabot,
    },
    /// A Docker Compose file, with what it extends and its override file merged in.
    Compose {
        file: Arc<SourceFile>,
        project: yoroi_syntax::compose::ComposeProject,
    },
    /// A GitLab CI configuration with its local includes merged in, or a file it includes,
    /// alone.
    Gitlab {
        file: Arc<SourceFile>,
        ci: yoroi_syntax::gitlab::GitlabCi,
    },
    /// A file that turned out not to be for yoroi (YAML that holds no Kubernetes object).
    Skipped(Arc<SourceFile>),
    /// A template (a Helm chart's template, a Go- or Jinja-templated file) that yoroi cannot
    /// judge before it is rendered; reported, never dropped silently.
    Template {
        file: Arc<SourceFile>,
        /// The first template action.
        at: Span,
        why: &'static str,
    },
}

/// The Kubernetes objects of one file (a YAML manifest, or a `.tf` file's resources of the
/// Terraform Kubernetes provider), kept after the per-file pass for the checks that relate
/// objects across files.
#[derive(Debug)]
pub struct K8sFile {
    pub file: Arc<SourceFile>,
    pub objects: Vec<K8sObject>,
}

impl Document {
    /// The document's Kubernetes objects, per file (consumes the document), cut down to what
    /// [`Engine::check_set`] reads, so that a scan does not hold every tree until its end. A
    /// Terraform module gives the objects its Kubernetes provider resources manage.
    pub fn into_kubernetes(self) -> Vec<K8sFile> {
        match self {
            Document::Kubernetes { file, objects, .. } if !objects.is_empty() => vec![K8sFile {
                file,
                objects: objects
                    .into_iter()
                    .map(crate::rules::kubernetes::slim_for_set)
                    .collect(),
            }],
            Document::Terraform(module) => {
                let mut by_file: Vec<Vec<K8sObject>> = Vec::new();
                by_file.resize_with(module.files.len(), Vec::new);
                for block in module.resources() {
                    if let Some(object) = yoroi_syntax::kubernetes_tf::object_in(&module, block)
                        && let Some(objects) = by_file.get_mut(block.file)
                    {
                        objects.push(crate::rules::kubernetes::slim_for_set(object));
                    }
                }
                module
                    .files
                    .iter()
                    .zip(by_file)
                    .filter(|(_, objects)| !objects.is_empty())
                    .map(|(file, objects)| K8sFile {
                        file: Arc::clone(file),
                        objects,
                    })
                    .collect()
            }
            _ => Vec::new(),
        }
    }
}

/// How files are parsed.
#[derive(Debug, Clone, Default)]
pub struct ParseOptions {
    /// Extra kind → pod spec locations (`--pod-spec-path`).
    pub pod_spec_paths: PodSpecPaths,
    /// The YAML alias budget and nesting cap (`--max-yaml-aliases`, `--max-depth`).
    pub yaml: YamlLimits,
}

impl Document {
    /// The source files of the document.
    pub fn files(&self) -> Vec<Arc<SourceFile>> {
        match self {
            Document::Dockerfile { file, .. }
            | Document::Kubernetes { file, .. }
            | Document::Skipped(file)
            | Document::Workflow { file, .. }
            | Document::Compose { file, .. }
            | Document::Dependabot { file, .. }
            | Document::Template { file, .. } => vec![Arc::clone(file)],
            Document::Gitlab { file, ci } => std::iter::once(Arc::clone(file))
                .chain(ci.included.iter().map(|f| Arc::clone(&f.file)))
                .collect(),
            Document::Terraform(module) => module.files.clone(),
        }
    }
}

/// Parses one file that is not part of a Terraform module.
pub fn parse_file(file: Arc<SourceFile>) -> Document {
    parse_file_with(file, &ParseOptions::default())
}

/// As [`parse_file`], with options.
pub fn parse_file_with(file: Arc<SourceFile>, options: &ParseOptions) -> Document {
    if let Some((at, why)) = template_of(&file) {
        return Document::Template { file, at, why };
    }
    match file.kind {
        FileKind::Dockerfile => Document::Dockerfile {
            dockerfile: dockerfile::parse(&file.text),
            file,
        },
        FileKind::Yaml if compose::is_compose(&file) => compose::parse(file, options),
        FileKind::Yaml if yoroi_syntax::workflow::looks_like_workflow(&file.text) => {
            // A workflow kept outside `.github/workflows/` (an example, a template, a file
            // named on the command line) is judged as one.
            let file = SourceFile::new(
                file.path.clone(),
                FileKind::GithubWorkflow,
                file.text.clone(),
            );
            Document::Workflow {
                workflow: yoroi_syntax::workflow::parse(&file, options.yaml),
                file,
            }
        }
        FileKind::Yaml => parse_yaml(file, options),
        FileKind::GithubWorkflow | FileKind::GithubAction => Document::Workflow {
            workflow: yoroi_syntax::workflow::parse(&file, options.yaml),
            file,
        },
        FileKind::GitlabCi => gitlab::parse(file, options),
        FileKind::Dependabot => Document::Dependabot {
            config: yoroi_syntax::dependabot::parse(&file, options.yaml),
            file,
        },
        FileKind::Terraform | FileKind::TerraformJson | FileKind::TerraformVars => {
            let dir = file.path.parent().map(PathBuf::from).unwrap_or_default();
            Document::Terraform(Module::parse(dir, vec![file]))
        }
    }
}

/// Parses the Terraform files of one directory as a module.
pub fn parse_module(dir: PathBuf, files: Vec<Arc<SourceFile>>) -> Document {
    Document::Terraform(Module::parse(dir, files))
}

fn parse_yaml(file: Arc<SourceFile>, options: &ParseOptions) -> Document {
    let mut stream = parse_stream(&file.text, &file.lines, options.yaml);
    // `{{` alone does not make a template: dashboards and alerting rules carry `{{ $labels }}`
    // in their strings. A document is a template when template syntax is what broke it, or
    // when an action sits where YAML sees structure (`replicas: {{ .Values.n }}` reads as a flow
    // mapping); a string holding an action is a value nobody knows before rendering.
    let mut templated: Option<(Span, usize)> = None;
    if file.text.contains("{{") {
        let mut note = |span: Span| {
            let entry = templated.get_or_insert((span, 0));
            entry.1 += 1;
            if span.start < entry.0.start {
                entry.0 = span;
            }
        };
        let text = file.text.as_str();
        let chunks = yoroi_syntax::yaml::document_ranges(text);
        // The same text with every action neutralised: an error that stays where it was is not
        // the templates' doing (bad indentation in a file that also quotes `{{ }}` strings).
        let plain_errors: Vec<u32> = if stream.errors.is_empty() {
            Vec::new()
        } else {
            let plain = neutralise_actions(text);
            parse_stream(&plain, &file.lines, options.yaml)
                .errors
                .iter()
                .map(|e| e.span.start)
                .collect()
        };
        stream.errors.retain(|e| {
            if plain_errors.contains(&e.span.start) {
                return true;
            }
            let chunk = chunks
                .iter()
                .find(|r| r.contains(&(e.span.start as usize)))
                .cloned()
                .unwrap_or(0..text.len());
            match text[chunk.clone()].find("{{") {
                Some(at) => {
                    let start = chunk.start + at;
                    note(Span::new(start, start + 2));
                    false
                }
                None => true,
            }
        });
        stream
            .documents
            .retain_mut(|d| match template_action_in_structure(text, &d.root) {
                Some(span) => {
                    note(span);
                    false
                }
                None => {
                    unknown_template_strings(&mut d.root);
                    true
                }
            });
    }
    let objects: Vec<K8sObject> = stream
        .documents
        .into_iter()
        .flat_map(|d| K8sObject::from_document_with(d, &options.pod_spec_paths))
        .collect();
    // A broken file is reported only when it looks like Kubernetes: other YAML is not ours to
    // judge.
    let errors =
        if stream.errors.is_empty() || (objects.is_empty() && !looks_like_kubernetes(&file.text)) {
            Vec::new()
        } else {
            stream.errors
        };
    if objects.is_empty() && errors.is_empty() {
        return match templated {
            Some((at, _)) => Document::Template {
                file,
                at,
                why: "a Go template",
            },
            None => Document::Skipped(file),
        };
    }
    Document::Kubernetes {
        file,
        objects,
        errors,
        templated,
    }
}

/// `text` with every `{{ … }}` action replaced, byte for byte: by spaces when actions are all
/// a line holds (control flow such as `{{- if … }}`), by `x` otherwise (a value or part of one).
/// Line breaks are kept, so offsets and lines stay those of `text`.
fn neutralise_actions(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let mut rest = line;
        let mut pieces: Vec<(&str, bool)> = Vec::new();
        while let Some(open) = rest.find("{{") {
            pieces.push((&rest[..open], false));
            let after = &rest[open..];
            let close = after.find("}}").map_or(after.len(), |c| c + 2);
            pieces.push((&after[..close], true));
            rest = &after[close..];
        }
        pieces.push((rest, false));
        let only_actions = pieces
            .iter()
            .all(|(p, action)| *action || p.trim().is_empty());
        for (piece, action) in pieces {
            if !action {
                out.push_str(piece);
                continue;
            }
            let fill = if only_actions { ' ' } else { 'x' };
            for c in piece.chars() {
                match c {
                    '\n' | '\r' => out.push(c),
                    // Same byte length, so every later offset is unchanged.
                    _ => out.extend(std::iter::repeat_n(fill, c.len_utf8())),
                }
            }
        }
    }
    out
}

/// A mapping or key whose source text starts with a template action, in a parsed document.
fn template_action_in_structure(text: &str, node: &Node) -> Option<Span> {
    fn walk(text: &str, node: &Node, depth: usize) -> Option<Span> {
        if depth > 512 {
            return None;
        }
        match &node.value {
            Value::Map(entries) => {
                let at = node.span.start as usize;
                if text.get(at..).is_some_and(|t| t.starts_with("{{")) {
                    return Some(Span::new(at, at + 2));
                }
                for entry in entries {
                    let at = entry.key_span.start as usize;
                    if text.get(at..).is_some_and(|t| t.starts_with("{{")) {
                        return Some(Span::new(at, at + 2));
                    }
                    if let Some(span) = walk(text, &entry.value, depth + 1) {
                        return Some(span);
                    }
                }
                None
            }
            Value::Seq(items) => items.iter().find_map(|i| walk(text, i, depth + 1)),
            _ => None,
        }
    }
    walk(text, node, 0)
}

/// Strings that hold a template action become unknown: their value exists only after
/// rendering.
fn unknown_template_strings(node: &mut Node) {
    fn walk(node: &mut Node, depth: usize) {
        if depth > 512 {
            return;
        }
        match &mut node.value {
            Value::Str(s) if s.contains("{{") && s.contains("}}") => node.value = Value::Unknown,
            Value::Map(entries) => {
                for entry in entries {
                    walk(&mut entry.value, depth + 1);
                }
            }
            Value::Seq(items) => {
                for item in items {
                    walk(item, depth + 1);
                }
            }
            _ => {}
        }
    }
    walk(node, 0)
}

/// Files that are templates as a whole: a Helm chart's `templates/` (rendered by Helm before
/// they are manifests) and Dockerfile generators (`{{`/`{%` lines).
fn template_of(file: &SourceFile) -> Option<(Span, &'static str)> {
    match file.kind {
        FileKind::Yaml => {
            let at = file.text.find("{{")?;
            in_chart_templates(&file.path)
                .then_some((Span::new(at, at + 2), "a Helm chart template"))
        }
        FileKind::Dockerfile => {
            let mut offset = 0;
            for line in file.text.split_inclusive('\n') {
                let t = line.trim_start();
                if t.starts_with("{{") || t.starts_with("{%") {
                    let at = offset + (line.len() - t.len());
                    return Some((Span::new(at, at + 2), "a templated Dockerfile"));
                }
                offset += line.len();
            }
            None
        }
        _ => None,
    }
}

/// Whether a path lies under `<chart>/templates/`, `<chart>` holding a `Chart.yaml`.
fn in_chart_templates(path: &std::path::Path) -> bool {
    path.ancestors().skip(1).any(|dir| {
        dir.file_name().is_some_and(|n| n == "templates")
            && dir
                .parent()
                .is_some_and(|chart| chart.join("Chart.yaml").is_file())
    })
}

/// `# check=skip=JSONArgsRecommended` (or `skip=all`) silences the rules that are the named
/// BuildKit checks, so a Dockerfile tuned for `docker build --check` reads the same in yoroi.
fn skipped_by_check_directive(rule: &Rule, checks: &dockerfile::CheckDirective) -> bool {
    rule.meta
        .equivalents
        .get("buildkit")
        .is_some_and(|ids| ids.iter().any(|id| checks.skips(id)))
}

fn looks_like_kubernetes(text: &str) -> bool {
    let mut api = false;
    let mut kind = false;
    for line in text.lines() {
        api |= line.starts_with("apiVersion:");
        kind |= line.starts_with("kind:");
    }
    api && kind
}

/// Which rules run.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Only these rules (ids or names); empty means all.
    pub only: Vec<String>,
    pub skip: Vec<String>,
    /// Rules below this severity do not run.
    pub min_severity: Option<Severity>,
    /// Report values that kept a rule from deciding, as info findings.
    pub strict_unknown: bool,
    /// Only rules that belong to one of these profiles (`pss-baseline` …); empty means all.
    pub profiles: Vec<String>,
}

/// Rules indexed by what they inspect.
#[derive(Debug)]
pub struct Engine {
    catalog: Arc<Catalog>,
    dockerfile: Vec<Arc<Rule>>,
    kubernetes: Vec<Arc<Rule>>,
    kubernetes_declarative: Vec<Arc<Rule>>,
    kubernetes_set: Vec<Arc<Rule>>,
    terraform: Vec<Arc<Rule>>,
    workflow: Vec<Arc<Rule>>,
    /// Compose rules, declarative and Rust.
    compose: Vec<Arc<Rule>>,
    gitlab: Vec<Arc<Rule>>,
    dependabot: Vec<Arc<Rule>>,
    /// Rules that read the raw text of every file (secret detection).
    text: Vec<Arc<Rule>>,
    terraform_by_type: HashMap<String, Vec<Arc<Rule>>>,
    parse_error: Option<Arc<Rule>>,
    template_not_rendered: Option<Arc<Rule>>,
    /// `YOR009` (a kustomization, or part of it, could not be built).
    kustomization_not_built: Option<Arc<Rule>>,
    /// `YOR002` (module not analysed) and `YOR003` (evaluation incomplete), when enabled.
    module_not_analysed: Option<Arc<Rule>>,
    evaluation_incomplete: Option<Arc<Rule>>,
    /// `YOR006` (a rule or parser panicked) and `YOR007` (the per-file time budget ran out).
    internal_error: Option<Arc<Rule>>,
    time_budget_rule: Option<Arc<Rule>>,
    enabled: Vec<Arc<Rule>>,
    strict_unknown: bool,
    /// Rules stop running on a document once it has taken this long.
    time_budget: Option<Duration>,
    /// Test hook: every rule panics on a document whose text contains this token.
    panic_token: Option<String>,
    /// The project's settings for the rules that take some.
    options: crate::options::RuleOptions,
}

/// What the rules of one document did besides findings: panics caught and checks skipped
/// because the time budget ran out.
struct Guard {
    started: Instant,
    budget: Option<Duration>,
    trip: bool,
    /// (rule id, panic message and location)
    panics: Vec<(String, String)>,
    skipped: usize,
}

/// Terraform modules with this many resource blocks are checked in parallel chunks.
const PARALLEL_BLOCKS: usize = 512;

impl Guard {
    /// A guard for a part of the same document (same clock, budget and test hook).
    fn fork(&self) -> Guard {
        Guard {
            started: self.started,
            budget: self.budget,
            trip: self.trip,
            panics: Vec::new(),
            skipped: 0,
        }
    }

    /// Takes over what a forked guard recorded.
    fn join(&mut self, part: Guard) {
        self.panics.extend(part.panics);
        self.skipped += part.skipped;
    }

    /// Runs one rule's check; a panic discards what it reported on this document.
    fn run(&mut self, rule: &Rule, out: &mut Vec<Finding>, f: impl FnOnce(&mut Vec<Finding>)) {
        if self.budget.is_some_and(|b| self.started.elapsed() > b) {
            self.skipped += 1;
            return;
        }
        let before = out.len();
        let trip = self.trip;
        let result = crate::guard::catch(|| {
            if trip {
                panic!("test hook: the document contains the panic token");
            }
            f(out)
        });
        if let Err(message) = result {
            out.truncate(before);
            self.panics.push((rule.meta.id.clone(), message));
        }
    }
}

impl Engine {
    pub fn new(catalog: Arc<Catalog>, selection: &Selection) -> Result<Engine, String> {
        for key in selection.only.iter().chain(&selection.skip) {
            if catalog.get(key).is_none() {
                return Err(format!("unknown rule `{key}` (see `yoroi rules`)"));
            }
        }
        let known = catalog.profiles();
        for profile in &selection.profiles {
            if !known.contains(profile) {
                return Err(format!(
                    "unknown profile `{profile}` (known: {})",
                    known.into_iter().collect::<Vec<_>>().join(", ")
                ));
            }
        }
        let enabled = |rule: &Rule| {
            let matches =
                |key: &String| key.eq_ignore_ascii_case(&rule.meta.id) || *key == rule.meta.name;
            (selection.only.is_empty() || selection.only.iter().any(matches))
                && !selection.skip.iter().any(matches)
                && selection
                    .min_severity
                    .is_none_or(|min| rule.meta.severity >= min)
                && (selection.profiles.is_empty()
                    || rule
                        .meta
                        .profiles
                        .iter()
                        .any(|p| selection.profiles.contains(p)))
        };
        let mut engine = Engine {
            catalog: Arc::clone(&catalog),
            dockerfile: Vec::new(),
            kubernetes: Vec::new(),
            kubernetes_declarative: Vec::new(),
            kubernetes_set: Vec::new(),
            terraform: Vec::new(),
            workflow: Vec::new(),
            compose: Vec::new(),
            gitlab: Vec::new(),
            dependabot: Vec::new(),
            text: Vec::new(),
            terraform_by_type: HashMap::new(),
            parse_error: None,
            template_not_rendered: None,
            kustomization_not_built: None,
            module_not_analysed: None,
            evaluation_incomplete: None,
            internal_error: None,
            time_budget_rule: None,
            enabled: Vec::new(),
            strict_unknown: selection.strict_unknown,
            time_budget: None,
            panic_token: None,
            options: crate::options::RuleOptions::default(),
        };
        crate::guard::install_hook();
        for rule in &catalog.rules {
            if !enabled(rule) {
                continue;
            }
            engine.enabled.push(Arc::clone(rule));
            match &rule.logic {
                Logic::Rust(r) => match r.check {
                    Check::Dockerfile(_) => engine.dockerfile.push(Arc::clone(rule)),
                    Check::Kubernetes(_) => engine.kubernetes.push(Arc::clone(rule)),
                    Check::KubernetesSet(_) => engine.kubernetes_set.push(Arc::clone(rule)),
                    Check::Terraform(_) => engine.terraform.push(Arc::clone(rule)),
                    Check::Text(_) => engine.text.push(Arc::clone(rule)),
                    Check::Workflow(_) => engine.workflow.push(Arc::clone(rule)),
                    Check::Compose(_) => engine.compose.push(Arc::clone(rule)),
                    Check::Gitlab(_) => engine.gitlab.push(Arc::clone(rule)),
                    Check::Dependabot(_) => engine.dependabot.push(Arc::clone(rule)),
                    Check::Engine => {
                        let slot = match rule.meta.id.as_str() {
                            "YOR001" => &mut engine.parse_error,
                            "YOR002" => &mut engine.module_not_analysed,
                            "YOR003" => &mut engine.evaluation_incomplete,
                            "YOR006" => &mut engine.internal_error,
                            "YOR007" => &mut engine.time_budget_rule,
                            "YOR008" => &mut engine.template_not_rendered,
                            "YOR009" => &mut engine.kustomization_not_built,
                            _ => continue,
                        };
                        *slot = Some(Arc::clone(rule));
                    }
                },
                Logic::Declarative(d) => match &d.target {
                    declarative::Target::Terraform(types) => {
                        for t in types {
                            engine
                                .terraform_by_type
                                .entry(t.clone())
                                .or_default()
                                .push(Arc::clone(rule));
                        }
                    }
                    declarative::Target::ComposeServices => engine.compose.push(Arc::clone(rule)),
                    _ => engine.kubernetes_declarative.push(Arc::clone(rule)),
                },
            }
        }
        Ok(engine)
    }

    pub fn catalog(&self) -> &Arc<Catalog> {
        &self.catalog
    }

    /// The rules that run, sorted by id.
    pub fn enabled_rules(&self) -> &[Arc<Rule>] {
        &self.enabled
    }

    /// A file that could not be read: a parse-error finding at its start.
    pub fn file_error(&self, file: &Arc<SourceFile>, message: &str) -> Vec<Finding> {
        let mut out = Vec::new();
        if let Some(rule) = &self.parse_error {
            Emitter::new(rule, file, &mut out).report(Span::empty(0), message.to_string());
        }
        out
    }

    /// A file whose analysis panicked outside a rule (in a parser or the evaluator): an
    /// internal-error finding at its start.
    pub fn internal_error(&self, file: &Arc<SourceFile>, message: &str) -> Vec<Finding> {
        let mut out = Vec::new();
        if let Some(rule) = &self.internal_error {
            Emitter::new(rule, file, &mut out).report(
                Span::empty(0),
                format!("internal error while analysing this file, which was not checked: {message}; please report it"),
            );
        }
        out
    }

    /// Stops running rules on a document once its analysis has taken this long (`YOR007`).
    pub fn set_time_budget(&mut self, budget: Option<Duration>) {
        self.time_budget = budget;
    }

    /// The project's settings for the rules that take some (`[images]`, `[dockerfile.labels]`).
    pub fn set_options(&mut self, options: crate::options::RuleOptions) {
        self.options = options;
    }

    /// The settings the rules run with.
    pub fn options(&self) -> &crate::options::RuleOptions {
        &self.options
    }

    /// Test hook (`YOROI_PANIC_TOKEN`): every rule panics on a document whose text contains
    /// `token`, so the containment of panics can be tested end to end. Harmless otherwise: the
    /// panics are caught and reported as `YOR006`.
    #[doc(hidden)]
    pub fn set_panic_token(&mut self, token: Option<String>) {
        self.panic_token = token.filter(|t| !t.is_empty());
    }

    /// Whether a rule needs the objects of every Kubernetes file (so the caller keeps them).
    pub fn wants_kubernetes_set(&self) -> bool {
        !self.kubernetes_set.is_empty()
    }

    /// Runs the rules that relate Kubernetes objects across files, once per scan, after every
    /// file went through [`Engine::check`]. The result is sorted.
    pub fn check_set(&self, files: &[K8sFile]) -> Vec<Finding> {
        use rayon::prelude::*;
        // One index for every rule; the rules are independent and run in parallel.
        let index = crate::rules::kubernetes::SetIndex::new(files);
        let mut out: Vec<Finding> = self
            .kubernetes_set
            .par_iter()
            .flat_map_iter(|rule| {
                let mut found = Vec::new();
                if let Logic::Rust(r) = &rule.logic
                    && let Check::KubernetesSet(f) = r.check
                {
                    let result =
                        crate::guard::catch(|| f(&index, &mut SetEmitter::new(rule, &mut found)));
                    if let (Err(message), Some(first)) = (result, files.first()) {
                        found.clear();
                        if let Some(internal) = &self.internal_error {
                            Emitter::new(internal, &first.file, &mut found).report(
                                Span::empty(0),
                                format!(
                                    "internal error: rule {} panicked while relating Kubernetes objects across files: {message}; its findings are missing, please report it",
                                    rule.meta.id
                                ),
                            );
                        }
                    }
                }
                found
            })
            .collect();
        out.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        out.dedup_by(|a, b| a.sort_key() == b.sort_key());
        out
    }

    /// Runs every interested rule on one document. The result is sorted.
    pub fn check(&self, document: &Document) -> Vec<Finding> {
        self.check_since(document, Instant::now())
    }

    /// As [`Engine::check`], for a document whose analysis (reading, parsing, evaluation)
    /// started at `started`: the time budget counts from there.
    pub fn check_since(&self, document: &Document, started: Instant) -> Vec<Finding> {
        let mut out = Vec::new();
        let files = document.files();
        let mut guard = Guard {
            started,
            budget: self.time_budget,
            trip: self
                .panic_token
                .as_ref()
                .is_some_and(|token| files.iter().any(|f| f.text.contains(token.as_str()))),
            panics: Vec::new(),
            skipped: 0,
        };
        match document {
            Document::Dockerfile { file, dockerfile } => {
                self.parse_errors(
                    file,
                    dockerfile.errors.iter().map(|e| (e.span, &e.message)),
                    &mut out,
                );
                let ctx = DockerfileCtx::new(file, dockerfile, &self.options);
                let checks = dockerfile.check_directive();
                for rule in &self.dockerfile {
                    if checks
                        .as_ref()
                        .is_some_and(|c| skipped_by_check_directive(rule, c))
                    {
                        continue;
                    }
                    if let Logic::Rust(r) = &rule.logic
                        && let Check::Dockerfile(f) = r.check
                    {
                        guard.run(rule, &mut out, |out| {
                            f(&ctx, &mut Emitter::new(rule, file, out))
                        });
                    }
                }
            }
            Document::Kubernetes {
                file,
                objects,
                errors,
                templated,
            } => {
                self.parse_errors(file, errors.iter().map(|e| (e.span, &e.message)), &mut out);
                if let Some((at, count)) = templated {
                    let what = if *count == 1 {
                        "a document of this file is a Go template".to_string()
                    } else {
                        format!("{count} documents of this file are Go templates")
                    };
                    self.template_not_rendered(file, *at, &what, &mut out);
                }
                for object in objects {
                    self.kubernetes_declarative(file, object, &mut guard, &mut out);
                }
                let ctx = K8sCtx {
                    file,
                    objects,
                    options: &self.options,
                };
                for rule in &self.kubernetes {
                    if let Logic::Rust(r) = &rule.logic
                        && let Check::Kubernetes(f) = r.check
                    {
                        guard.run(rule, &mut out, |out| {
                            f(&ctx, &mut Emitter::new(rule, file, out))
                        });
                    }
                }
            }
            Document::Terraform(module) => {
                for (index, file) in module.files.iter().enumerate() {
                    self.parse_errors(
                        file,
                        module
                            .errors
                            .iter()
                            .filter(|e| e.file == index)
                            .map(|e| (e.span, &e.message)),
                        &mut out,
                    );
                }
                self.terraform_diagnostics(module, &mut out);
                self.kubernetes_provider(module, &mut guard, &mut out);
                // A large module's blocks are checked on every core, in chunks whose outputs
                // are joined in block order (the same findings as one pass, sorted below).
                let blocks: Vec<&yoroi_syntax::terraform::Block> = module.resources().collect();
                if blocks.len() >= PARALLEL_BLOCKS {
                    use rayon::prelude::*;
                    let chunks: Vec<(Vec<Finding>, Guard)> = blocks
                        .par_chunks(PARALLEL_BLOCKS / 2)
                        .map(|chunk| {
                            let mut out = Vec::new();
                            let mut guard = guard.fork();
                            for block in chunk {
                                self.check_block(module, block, &mut guard, &mut out);
                            }
                            (out, guard)
                        })
                        .collect();
                    for (found, chunk_guard) in chunks {
                        out.extend(found);
                        guard.join(chunk_guard);
                    }
                } else {
                    for block in blocks {
                        self.check_block(module, block, &mut guard, &mut out);
                    }
                }
                if let Some(file) = module.files.first() {
                    for rule in &self.terraform {
                        if let Logic::Rust(r) = &rule.logic
                            && let Check::Terraform(f) = r.check
                        {
                            guard.run(rule, &mut out, |out| {
                                f(module, &mut Emitter::new(rule, file, out))
                            });
                        }
                    }
                }
            }
            Document::Workflow { file, workflow } => {
                self.parse_errors(
                    file,
                    workflow.errors.iter().map(|e| (e.span, &e.message)),
                    &mut out,
                );
                let ctx = crate::rules::WorkflowCtx::new(file, workflow, &self.options);
                for rule in &self.workflow {
                    if let Logic::Rust(r) = &rule.logic
                        && let Check::Workflow(f) = r.check
                    {
                        guard.run(rule, &mut out, |out| {
                            f(&ctx, &mut Emitter::new(rule, file, out))
                        });
                    }
                }
            }
            Document::Compose { file, project } => {
                self.check_compose(file, project, &mut guard, &mut out);
            }
            Document::Gitlab { file, ci } => {
                self.check_gitlab(file, ci, &mut guard, &mut out);
            }
            Document::Dependabot { file, config } => {
                self.parse_errors(
                    file,
                    config.errors.iter().map(|e| (e.span, &e.message)),
                    &mut out,
                );
                let ctx = crate::rules::DependabotCtx::new(file, config, &self.options);
                for rule in &self.dependabot {
                    if let Logic::Rust(r) = &rule.logic
                        && let Check::Dependabot(f) = r.check
                    {
                        guard.run(rule, &mut out, |out| {
                            f(&ctx, &mut Emitter::new(rule, file, out))
                        });
                    }
                }
            }
            Document::Skipped(_) => {}
            Document::Template { file, at, why } => {
                self.template_not_rendered(file, *at, &format!("this file is {why}"), &mut out);
            }
        }
        // YAML that is not Kubernetes is not ours to judge; every other file's text is read.
        if !matches!(document, Document::Skipped(_)) {
            for file in &files {
                for rule in &self.text {
                    if let Logic::Rust(r) = &rule.logic
                        && let Check::Text(f) = r.check
                    {
                        guard.run(rule, &mut out, |out| {
                            f(file, &mut Emitter::new(rule, file, out))
                        });
                    }
                }
            }
        }
        if let Some(file) = files.first() {
            self.report_guard(&guard, file, &mut out);
        }
        out.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        out.dedup_by(|a, b| a.sort_key() == b.sort_key());
        out
    }

    /// Runs the declarative rules of a Terraform block's type on it.
    fn check_block(
        &self,
        module: &Module,
        block: &yoroi_syntax::terraform::Block,
        guard: &mut Guard,
        out: &mut Vec<Finding>,
    ) {
        let Some(ty) = block.resource_type() else {
            return;
        };
        let key = if block.kind == "data" {
            format!("data.{ty}")
        } else {
            ty.to_string()
        };
        let Some(rules) = self.terraform_by_type.get(&key) else {
            return;
        };
        let file = module.file(block);
        let first = out.len();
        // Instances of one block share a message (so they collapse into one
        // finding); the object names the instance.
        let object = block.address();
        let named = match &block.instance {
            Some(instance) => object.strip_suffix(instance.as_str()).unwrap_or(&object),
            None => &object,
        };
        for rule in rules {
            if let Logic::Declarative(d) = &rule.logic {
                let roots = Roots::terraform(module, block);
                let target = Target {
                    file,
                    anchor: block.header,
                    object: &object,
                    named,
                    container: None,
                    strict_unknown: self.strict_unknown,
                };
                guard.run(rule, out, |out| emit_verdicts(rule, d, roots, &target, out));
            }
        }
        label_module_calls(module, block, &mut out[first..]);
    }

    /// The document's panics (`YOR006`) and skipped checks (`YOR007`), as findings at the start
    /// of its first file.
    fn report_guard(&self, guard: &Guard, file: &Arc<SourceFile>, out: &mut Vec<Finding>) {
        if let (Some(rule), Some((first, message))) = (&self.internal_error, guard.panics.first()) {
            let mut ids: Vec<&str> = guard.panics.iter().map(|(id, _)| id.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            let others = match ids.len() {
                1 => String::new(),
                n => format!(" ({n} rules failed: {})", ids.join(", ")),
            };
            Emitter::new(rule, file, out).report(
                Span::empty(0),
                format!(
                    "internal error: rule {first} panicked: {message}; its findings on this file are missing{others}; please report it"
                ),
            );
        }
        if let (Some(rule), Some(budget)) = (&self.time_budget_rule, self.time_budget)
            && guard.skipped > 0
        {
            Emitter::new(rule, file, out).report(
                Span::empty(0),
                format!(
                    "analysis stopped after {} ms, over the per-file time budget of {} ms (--file-time-budget): {} rule checks did not run",
                    guard.started.elapsed().as_millis(),
                    budget.as_millis(),
                    guard.skipped
                ),
            );
        }
    }

    /// A finding of `YOR009` (kustomization not built) at `span` of `file`, the line that asked
    /// for what could not be built (a remote base, a missing file, `helmCharts` ...).
    pub fn kustomization_not_built(
        &self,
        file: &Arc<SourceFile>,
        span: Span,
        message: &str,
    ) -> Vec<Finding> {
        let mut out = Vec::new();
        if let Some(rule) = &self.kustomization_not_built {
            Emitter::new(rule, file, &mut out).report(span, message.to_string());
        }
        out
    }

    fn template_not_rendered(
        &self,
        file: &Arc<SourceFile>,
        at: Span,
        what: &str,
        out: &mut Vec<Finding>,
    ) {
        if let Some(rule) = &self.template_not_rendered {
            Emitter::new(rule, file, out).report(
                at,
                format!("{what}; yoroi checks it only once rendered, so it was not checked"),
            );
        }
    }

    fn parse_errors<'m>(
        &self,
        file: &Arc<SourceFile>,
        errors: impl Iterator<Item = (Span, &'m String)>,
        out: &mut Vec<Finding>,
    ) {
        let Some(rule) = &self.parse_error else {
            return;
        };
        const MAX_PER_FILE: usize = 10;
        let errors: Vec<_> = errors.collect();
        let mut emitter = Emitter::new(rule, file, out);
        for (span, message) in errors.iter().take(MAX_PER_FILE) {
            emitter.report(
                *span,
                format!("cannot parse {}: {message}", file.kind.name()),
            );
        }
        if errors.len() > MAX_PER_FILE {
            let (span, _) = errors[MAX_PER_FILE];
            emitter.report(
                span,
                format!(
                    "{} more parse errors in this file are not shown",
                    errors.len() - MAX_PER_FILE
                ),
            );
        }
    }

    /// Terraform's Kubernetes provider resources run the Kubernetes rules, as the objects they
    /// manage (one rule definition for both syntaxes).
    fn kubernetes_provider(&self, module: &Module, guard: &mut Guard, out: &mut Vec<Finding>) {
        if self.kubernetes_declarative.is_empty() && self.kubernetes.is_empty() {
            return;
        }
        for block in module.resources().filter(|b| b.kind == "resource") {
            let Some(object) = yoroi_syntax::kubernetes_tf::object_in(module, block) else {
                continue;
            };
            let file = module.file(block);
            let first = out.len();
            self.kubernetes_declarative(file, &object, guard, out);
            let objects = [object];
            let ctx = K8sCtx {
                file,
                objects: &objects,
                options: &self.options,
            };
            for rule in &self.kubernetes {
                if let Logic::Rust(r) = &rule.logic
                    && let Check::Kubernetes(f) = r.check
                {
                    guard.run(rule, out, |out| f(&ctx, &mut Emitter::new(rule, file, out)));
                }
            }
            label_module_calls(module, block, &mut out[first..]);
        }
    }

    /// Evaluation diagnostics of a Terraform module as `YOR002` / `YOR003` findings.
    fn terraform_diagnostics(&self, module: &Module, out: &mut Vec<Finding>) {
        use yoroi_syntax::terraform::TfDiagnosticKind;
        for diagnostic in &module.diagnostics {
            let rule = match diagnostic.kind {
                TfDiagnosticKind::NotAnalysed => &self.module_not_analysed,
                TfDiagnosticKind::Limit | TfDiagnosticKind::Cycle => &self.evaluation_incomplete,
            };
            let (Some(rule), Some(file)) = (rule, module.files.get(diagnostic.file)) else {
                continue;
            };
            Emitter::new(rule, file, out).report(diagnostic.span, diagnostic.message.clone());
        }
    }

    fn kubernetes_declarative(
        &self,
        file: &Arc<SourceFile>,
        object: &K8sObject,
        guard: &mut Guard,
        out: &mut Vec<Finding>,
    ) {
        let identity = object.identity();
        let pod = object.pod_spec();
        for rule in &self.kubernetes_declarative {
            let Logic::Declarative(d) = &rule.logic else {
                continue;
            };
            if !d.wants_kind(&object.kind) {
                continue;
            }
            guard.run(rule, out, |out| match &d.target {
                declarative::Target::KubernetesObjects => {
                    let roots = Roots {
                        subject: Selected {
                            node: &object.root,
                            key_span: None,
                            key: None,
                        },
                        pod: pod.map(|p| p.spec),
                        object: Some(&object.root),
                        partial: object.partial,
                        terraform: None,
                    };
                    let at = Target {
                        file,
                        anchor: object.kind_span,
                        object: &identity,
                        named: &identity,
                        container: None,
                        strict_unknown: self.strict_unknown,
                    };
                    emit_verdicts(rule, d, roots, &at, out);
                }
                declarative::Target::PodSpecs => {
                    if let Some(pod) = pod {
                        let roots = Roots {
                            subject: Selected {
                                node: pod.spec,
                                key_span: Some(pod.key_span),
                                key: Some("spec"),
                            },
                            pod: Some(pod.spec),
                            object: Some(&object.root),
                            partial: object.partial,
                            terraform: None,
                        };
                        let at = Target {
                            file,
                            anchor: pod.key_span,
                            object: &identity,
                            named: &identity,
                            container: None,
                            strict_unknown: self.strict_unknown,
                        };
                        emit_verdicts(rule, d, roots, &at, out);
                    }
                }
                declarative::Target::Containers(lists) => {
                    let Some(pod) = pod else { return };
                    for container in pod.containers().filter(|c| lists.contains(&c.kind)) {
                        let roots = Roots {
                            subject: Selected {
                                node: container.node,
                                key_span: None,
                                key: None,
                            },
                            pod: Some(pod.spec),
                            object: Some(&object.root),
                            partial: object.partial,
                            terraform: None,
                        };
                        let object_name =
                            format!("{identity} container {}", container.display_name());
                        let at = Target {
                            file,
                            anchor: container.anchor(),
                            object: &object_name,
                            named: &object_name,
                            container: Some(container.display_name()),
                            strict_unknown: self.strict_unknown,
                        };
                        emit_verdicts(rule, d, roots, &at, out);
                    }
                }
                declarative::Target::Terraform(_) | declarative::Target::ComposeServices => {}
            });
        }
    }
}

/// A finding inside a called module says which `module` blocks instantiated it: the same
/// module called from two places (or two example directories) yields two findings, each
/// labelled with its call.
fn label_module_calls(
    module: &Module,
    block: &yoroi_syntax::terraform::Block,
    findings: &mut [Finding],
) {
    for finding in findings {
        for ((file, span), name) in block.calls.iter().zip(&block.module_path) {
            if let Some(file) = module.files.get(*file) {
                finding.label_in(file, *span, format!("through `module.{name}`"));
            }
        }
    }
}

/// Where and about what a declarative rule reports.
struct Target<'a> {
    file: &'a Arc<SourceFile>,
    /// Where a finding about a missing value points.
    anchor: Span,
    /// The finding's object (a Terraform instance address, a Kubernetes identity).
    object: &'a str,
    /// The object as messages name it (instances of one block share it).
    named: &'a str,
    container: Option<&'a str>,
    strict_unknown: bool,
}

fn emit_verdicts(
    rule: &Arc<Rule>,
    logic: &Declarative,
    roots: Roots<'_>,
    at: &Target<'_>,
    out: &mut Vec<Finding>,
) {
    let (file, anchor, object, container) = (at.file, at.anchor, at.object, at.container);
    for verdict in logic.judge(roots, at.strict_unknown) {
        // A `for_each` subject is its own anchor when the value is missing.
        let subject_anchor = if logic.for_each.is_some() {
            verdict.subject.span()
        } else {
            anchor
        };
        let span = verdict.span.unwrap_or(subject_anchor);
        let mut emitter = Emitter::new(rule, file, out);
        let finding = if verdict.unknown {
            let finding = emitter.report(
                span,
                format!(
                    "{}: cannot decide \"{}\" because the value is not known before apply",
                    at.named, rule.meta.title
                ),
            );
            finding.severity = Severity::Info;
            finding
        } else {
            let message = render_message(rule, at.named, container, &verdict, file);
            emitter.report(span, message)
        };
        finding.object(object);
        // The node's origin, else (a value missing from a list item that a Kustomize patch added,
        // the whole item judged) the subject's: where the judged text was written.
        let origin = verdict
            .node
            .and_then(|n| n.origin.as_ref())
            .or_else(|| match verdict.node {
                Some(node) if !std::ptr::eq(node, verdict.subject.node) => None,
                _ if rule.domain == Domain::Kubernetes => verdict.subject.node.origin.as_ref(),
                _ => None,
            });
        if let Some(origin) = origin {
            finding.label_in(&origin.file, origin.span, origin.note.clone());
        }
        if verdict.unknown {
            continue;
        }
        if let Some(autofix) = &logic.autofix
            && fix_format_matches(rule.domain, file.kind)
        {
            let roots = Roots {
                subject: verdict.subject,
                ..roots
            };
            match autofix.edits(&roots, file) {
                Ok(edits) => {
                    finding.fix(autofix.title.clone(), edits);
                }
                Err(crate::fix::Declined::FromVariable(origin)) => {
                    let note = format!(
                        "{}: the value comes from here; change it here (not fixed automatically)",
                        origin.note
                    );
                    match finding
                        .labels
                        .iter_mut()
                        .find(|l| l.span == origin.span && Arc::ptr_eq(&l.file, &origin.file))
                    {
                        Some(label) => label.message = note,
                        None => {
                            finding.label_in(&origin.file, origin.span, note);
                        }
                    }
                }
                Err(crate::fix::Declined::Unsupported) => {}
            }
        }
    }
}

/// Declarative fixes edit the syntax their rule's paths are written for: Kubernetes rules edit
/// YAML (not the Terraform Kubernetes provider's HCL, where the same rules also run), Terraform
/// rules edit `.tf` files.
fn fix_format_matches(domain: Domain, kind: FileKind) -> bool {
    match domain {
        Domain::Kubernetes => kind == FileKind::Yaml,
        Domain::Terraform | Domain::Aws | Domain::Azure | Domain::Gcp => {
            kind == FileKind::Terraform
        }
        Domain::Compose => kind == FileKind::Yaml,
        Domain::Dockerfile
        | Domain::Secrets
        | Domain::GithubActions
        | Domain::GitlabCi
        | Domain::Yoroi => false,
    }
}

/// Fills a declarative rule's message template.
fn render_message(
    rule: &Rule,
    object: &str,
    container: Option<&str>,
    verdict: &Verdict<'_>,
    file: &SourceFile,
) -> String {
    let node = verdict.node;
    let subject = verdict.subject.node;
    let Some(template) = rule.meta.message.as_deref() else {
        return format!("{}: {}", object, rule.meta.title);
    };
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let Some(len) = rest[start..].find('}') else {
            out.push_str(&rest[start..]);
            rest = "";
            break;
        };
        let key = &rest[start + 1..start + len];
        let value = match key {
            "object" => Some(object.to_string()),
            "container" => container.map(str::to_string),
            "value" => node.map(|n| value_text(n, file)),
            "path" => verdict.key.map(str::to_string),
            _ => key
                .strip_prefix("subject.")
                .and_then(|path| subject.at(path))
                .map(|n| value_text(n, file)),
        };
        match value {
            Some(v) => out.push_str(&v),
            None => out.push_str(&rest[start..start + len + 1]),
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// A value as the user wrote it, shortened for a one-line message.
fn value_text(node: &Node, file: &SourceFile) -> String {
    let text = match node.value {
        yoroi_syntax::Value::Seq(_)
        | yoroi_syntax::Value::Map(_)
        | yoroi_syntax::Value::Unknown => file.slice(node.span).to_string(),
        _ => node.display(),
    };
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 80 {
        format!("{}…", one_line.chars().take(79).collect::<String>())
    } else {
        one_line
    }
}

/// Which domains a file kind belongs to (for `yoroi rules` and reports).
pub fn domain_of(kind: FileKind) -> &'static [Domain] {
    match kind {
        FileKind::Dockerfile => &[Domain::Dockerfile, Domain::Secrets],
        FileKind::Yaml => &[Domain::Kubernetes, Domain::Compose, Domain::Secrets],
        FileKind::GithubWorkflow | FileKind::GithubAction | FileKind::Dependabot => {
            &[Domain::GithubActions, Domain::Secrets]
        }
        FileKind::GitlabCi => &[Domain::GitlabCi, Domain::Secrets],
        _ => &[
            Domain::Terraform,
            Domain::Aws,
            Domain::Azure,
            Domain::Gcp,
            Domain::Secrets,
        ],
    }
}
