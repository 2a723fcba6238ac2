//! Linting editor buffers as `yoroi scan` would lint the files: the nearest `.yoroi.toml`
//! decides the rules and how findings are reported, suppressions apply, a Terraform buffer is
//! evaluated through the root modules that call its directory (or as a root module), a file of
//! a Helm chart through the chart it renders, and manifests meet the workspace's other objects
//! in the cross-file rules; the rest of the workspace is read from disk, other open buffers
//! instead of their files.

use crate::index::Index;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use yoroi_checks::suppress::{self, Directive};
use yoroi_checks::{
    Document, Engine, Finding, ParseOptions, Selection, Severity, gitlab_included_files,
    parse_file_with, parse_gitlab_with,
};
use yoroi_project::config::{self, Config};
use yoroi_project::files::{MAX_FILE_BYTES, ModuleLoader, module_files, read_source};
use yoroi_project::helm::HelmOptions;
use yoroi_project::policy::FindingPolicy;
use yoroi_project::unbound;
use yoroi_syntax::terraform::eval::{self, EvalContext, EvalLimits, RootInputs, SourceLoader};
use yoroi_syntax::terraform::{Module, ParsedModule};
use yoroi_syntax::{FileKind, SourceFile};

/// What the editor may set (`initializationOptions`, or the `yoroi` section of
/// `workspace/configuration`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    /// Report only findings at or above this severity.
    pub severity: Option<Severity>,
    /// Extra rule folders, as `--checks-dir` (relative ones to the first workspace folder).
    pub checks_dirs: Vec<PathBuf>,
}

impl Settings {
    /// Reads `{"severity": "high", "checksDirs": ["policies"]}`; unknown keys and bad values
    /// are ignored (an editor's settings must never stop the server).
    pub fn from_json(value: &Value) -> Settings {
        let severity = value
            .get("severity")
            .and_then(Value::as_str)
            .and_then(Severity::parse);
        let checks_dirs = value
            .get("checksDirs")
            .or_else(|| value.get("checks-dirs"))
            .and_then(Value::as_array)
            .map(|dirs| {
                dirs.iter()
                    .filter_map(Value::as_str)
                    .map(PathBuf::from)
                    .collect()
            })
            .unwrap_or_default();
        Settings {
            severity,
            checks_dirs,
        }
    }
}

/// An open document as the linter sees it.
#[derive(Debug, Clone)]
pub struct Buffer {
    /// Absolute path.
    pub path: PathBuf,
    pub kind: FileKind,
    pub version: i32,
    pub text: String,
}

impl Buffer {
    fn source(&self) -> Arc<SourceFile> {
        SourceFile::new(self.path.clone(), self.kind, self.text.clone())
    }
}

/// The rules and reporting decisions of one `.yoroi.toml` (or of none).
struct Project {
    engine: Engine,
    options: ParseOptions,
    policy: FindingPolicy,
    terraform: RootInputs,
    limits: EvalLimits,
    require_reason: bool,
    /// The values sets charts are rendered with.
    helm: HelmOptions,
}

/// Lints buffers; keeps one engine per config file until [`Linter::reset`].
pub struct Linter {
    settings: Settings,
    /// Workspace folders: Terraform modules and `file()` are read only inside them.
    roots: Vec<PathBuf>,
    /// Directory → the config file that applies there.
    config_of_dir: HashMap<PathBuf, Option<PathBuf>>,
    projects: HashMap<Option<PathBuf>, Arc<Project>>,
    /// Problems with a config or the settings, for the editor to show once each.
    problems: Vec<String>,
    /// Module calls and manifests of the workspace folders.
    index: Index,
}

impl Linter {
    pub fn new(settings: Settings, roots: Vec<PathBuf>) -> Linter {
        Linter {
            settings,
            roots,
            config_of_dir: HashMap::new(),
            projects: HashMap::new(),
            problems: Vec::new(),
            index: Index::default(),
        }
    }

    /// Forgets every loaded config (one changed), and takes new settings if given.
    pub fn reset(&mut self, settings: Option<Settings>) {
        if let Some(settings) = settings {
            self.settings = settings;
        }
        self.config_of_dir.clear();
        self.projects.clear();
        self.index.reset();
    }

    /// The directories whose Terraform findings an edit in `dir` may change: the modules it
    /// calls and its callers, however deep, and itself.
    pub fn related_dirs(&mut self, dir: &Path) -> HashSet<PathBuf> {
        self.index.related_dirs(dir)
    }

    /// Files whose cross-file Kubernetes findings changed since the last call (their buffers
    /// are to be linted again).
    pub fn take_changed(&mut self) -> HashSet<PathBuf> {
        self.index.take_changed()
    }

    /// Problems found since the last call.
    pub fn take_problems(&mut self) -> Vec<String> {
        std::mem::take(&mut self.problems)
    }

    /// The findings to show in `buffer`, sorted, suppressed ones left out. `open` holds every
    /// open buffer (it may include `buffer`).
    pub fn lint(&mut self, buffer: &Buffer, open: &[Buffer]) -> Vec<Finding> {
        let Some(project) = self.project_for(&buffer.path) else {
            return Vec::new();
        };
        if buffer.text.len() as u64 > MAX_FILE_BYTES {
            let message = format!(
                "buffer is {} bytes, over the {MAX_FILE_BYTES} byte limit; not linted",
                buffer.text.len()
            );
            let empty = SourceFile::new(buffer.path.clone(), buffer.kind, String::new());
            return project.engine.file_error(&empty, &message);
        }
        let chart = (buffer.kind == FileKind::Yaml)
            .then(|| chart_root(&buffer.path))
            .flatten();
        // A chart's templates and values are checked through what the chart renders.
        let gitlab = match buffer.kind {
            FileKind::GitlabCi | FileKind::Yaml if chart.is_none() => {
                self.lint_gitlab(&project, buffer, open)
            }
            _ => None,
        };
        let (mut findings, directives) = if let Some(chart) = chart.as_deref() {
            self.lint_chart(&project, buffer, chart, open)
        } else if let Some(gitlab) = gitlab {
            gitlab
        } else {
            match buffer.kind {
                FileKind::Dockerfile
                | FileKind::Yaml
                | FileKind::GitlabCi
                | FileKind::GithubWorkflow
                | FileKind::GithubAction
                | FileKind::Dependabot => {
                    let file = buffer.source();
                    let directives = suppress::directives(&file);
                    let document = parse_file_with(file, &project.options);
                    let mut findings = project.engine.check(&document);
                    if buffer.kind == FileKind::Yaml && project.engine.wants_kubernetes_set() {
                        let overlay = overlay_of(open);
                        self.index
                            .ensure_walked(&self.roots, &overlay, Some(&project.options));
                        self.index
                            .set_kubernetes(&buffer.path, document.into_kubernetes());
                        findings.extend(self.index.related_in(&project.engine, &buffer.path));
                    }
                    (findings, directives)
                }
                FileKind::Terraform | FileKind::TerraformJson | FileKind::TerraformVars => {
                    self.lint_module(&project, buffer, open)
                }
            }
        };
        yoroi_project::apply_suppressions(
            &project.engine,
            &mut findings,
            directives,
            project.require_reason,
        );
        let threshold = self.settings.severity;
        findings.retain_mut(|f| {
            f.file.path == buffer.path
                && f.suppression.is_none()
                && project.policy.keep(f)
                && threshold.is_none_or(|min| f.severity >= min)
        });
        findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        findings.dedup_by(|a, b| a.sort_key() == b.sort_key());
        findings
    }

    /// Evaluates the buffer's module as `yoroi scan` would: through the root modules that call
    /// it, with their inputs (and on its own, inputs unknown, when no call instantiates it), or
    /// as a root module when nothing calls it. Files come from disk, open buffers instead of
    /// their files.
    fn lint_module(
        &mut self,
        project: &Project,
        buffer: &Buffer,
        open: &[Buffer],
    ) -> (Vec<Finding>, Vec<Directive>) {
        let dir = buffer
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let overlay = overlay_of(open);
        let mut files =
            module_files(&dir, &ALL_TERRAFORM, &overlay, MAX_FILE_BYTES).unwrap_or_default();
        if !files.iter().any(|f| f.path == buffer.path) {
            files.push(buffer.source());
            files.sort_by(|a, b| a.path.cmp(&b.path));
        }
        let directives = files.iter().flat_map(suppress::directives).collect();
        let parsed = Arc::new(ParsedModule::parse(dir.clone(), files));
        let kubernetes = project
            .engine
            .wants_kubernetes_set()
            .then_some(&project.options);
        self.index.ensure_walked(&self.roots, &overlay, kubernetes);
        self.index.set_calls(&dir, parsed.local_calls_counted());
        let graph = self.index.graph();
        let mut roots = self.roots.clone();
        if roots.is_empty() {
            roots.push(dir.parent().map_or_else(|| dir.clone(), Path::to_path_buf));
        }
        if !graph.is_called(&dir) {
            let module = if parsed.has_configuration() {
                let loader = ModuleLoader::new(HashMap::new(), roots, &overlay);
                let ctx = EvalContext::new(&loader, project.limits);
                eval::evaluate_root(&parsed, &project.terraform, &ctx)
            } else {
                callee_module(&parsed)
            };
            let findings = project.engine.check(&Document::Terraform(module));
            return (findings, directives);
        }
        // A called module: its syntax errors on their own, its resources through its callers.
        let mut findings = project
            .engine
            .check(&Document::Terraform(callee_module(&parsed)));
        let by_dir = HashMap::from([(dir.clone(), Arc::clone(&parsed))]);
        let loader = ModuleLoader::new(by_dir, roots, &overlay);
        let upstream = graph.ancestors([dir.as_path()]);
        let callers: BTreeSet<&PathBuf> = upstream.iter().filter(|d| !graph.is_called(d)).collect();
        let mut instantiated: HashSet<PathBuf> = HashSet::new();
        for root in callers {
            let files =
                module_files(root, &ALL_TERRAFORM, &overlay, MAX_FILE_BYTES).unwrap_or_default();
            let caller = ParsedModule::parse(root.clone(), files);
            if !caller.has_configuration() {
                continue;
            }
            let ctx = EvalContext::new(&loader, project.limits);
            let module = eval::evaluate_root(&caller, &project.terraform, &ctx);
            instantiated.extend(unbound::instantiated(&module));
            findings.extend(project.engine.check(&Document::Terraform(module)));
        }
        // Modules behind `count` or `for_each` that no call instantiated, callers first (see
        // `yoroi_project::unbound`).
        let candidates: BTreeSet<PathBuf> = graph
            .candidates()
            .into_iter()
            .filter(|d| *d == dir || upstream.contains(d))
            .collect();
        for round in graph.rounds(&candidates) {
            for candidate in round {
                if instantiated.contains(&candidate) {
                    continue;
                }
                let Ok(module) = loader.module(&candidate) else {
                    continue;
                };
                if !module.has_configuration() {
                    continue;
                }
                let ctx = EvalContext::new(&loader, project.limits);
                let module = eval::evaluate_unbound(&module, &ctx);
                instantiated.extend(unbound::instantiated(&module));
                findings.extend(project.engine.check(&Document::Terraform(module)));
            }
        }
        (findings, directives)
    }

    /// A GitLab CI file as the scan judges it: a `.gitlab-ci.yml` with its local includes merged
    /// in, a file it includes (whatever its name) through the nearest configuration above it
    /// that does include it. Included files are read from the open buffers, else from disk
    /// (the scan reads the disk). `None` for YAML that no configuration includes.
    fn lint_gitlab(
        &self,
        project: &Project,
        buffer: &Buffer,
        open: &[Buffer],
    ) -> Option<(Vec<Finding>, Vec<Directive>)> {
        let loader = BufferLoader { buffer, open };
        let file = buffer.source();
        let directives = suppress::directives(&file);
        let configuration = buffer
            .path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(yoroi_syntax::gitlab::is_configuration_name);
        if !configuration {
            for dir in buffer.path.ancestors().skip(1) {
                for name in [".gitlab-ci.yml", ".gitlab-ci.yaml"] {
                    let path = dir.join(name);
                    let Some(text) = yoroi_syntax::gitlab::Loader::read(&loader, &path) else {
                        continue;
                    };
                    let config = SourceFile::new(path, FileKind::GitlabCi, text);
                    let document = parse_gitlab_with(config, &project.options, &loader);
                    if gitlab_included_files(&document).contains(&buffer.path) {
                        return Some((project.engine.check(&document), directives));
                    }
                }
                // Not above the workspace folder that holds the buffer.
                if self.roots.iter().any(|r| r == dir) {
                    break;
                }
            }
        }
        if buffer.kind != FileKind::GitlabCi {
            return None;
        }
        let document = parse_gitlab_with(file, &project.options, &loader);
        Some((project.engine.check(&document), directives))
    }

    /// Renders the chart with the open buffers instead of their files and checks what it
    /// renders, as the scan does; its objects replace the chart's in the workspace index.
    fn lint_chart(
        &mut self,
        project: &Project,
        buffer: &Buffer,
        chart: &Path,
        open: &[Buffer],
    ) -> (Vec<Finding>, Vec<Directive>) {
        let overlay = overlay_of(open);
        let keep = project.engine.wants_kubernetes_set();
        let checked = yoroi_checks::guard::catch(|| {
            yoroi_project::helm::check_chart(
                &project.engine,
                &project.options,
                chart,
                &project.helm,
                keep,
                &overlay,
            )
        });
        let checked = match checked {
            Ok(checked) => checked,
            Err(message) => {
                let findings = project.engine.internal_error(&buffer.source(), &message);
                return (findings, Vec::new());
            }
        };
        let mut findings = checked.findings;
        if keep {
            self.index
                .ensure_walked(&self.roots, &overlay, Some(&project.options));
            self.index.set_kubernetes_under(chart, checked.kubernetes);
            findings.extend(self.index.related_in(&project.engine, &buffer.path));
        }
        (findings, checked.directives)
    }

    fn project_for(&mut self, path: &Path) -> Option<Arc<Project>> {
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let source = self
            .config_of_dir
            .entry(dir.clone())
            .or_insert_with(|| config::find(&dir).and_then(|p| std::path::absolute(p).ok()))
            .clone();
        if let Some(project) = self.projects.get(&source) {
            return Some(Arc::clone(project));
        }
        // A broken config or settings still leave the buffer linted, with yoroi's defaults.
        let extra = self.settings.checks_dirs.clone();
        let project = match self.load_project(source.as_deref(), &extra) {
            Ok(project) => project,
            Err(problem) => {
                self.problems.push(problem);
                match self.load_project(None, &[]) {
                    Ok(project) => project,
                    Err(problem) => {
                        self.problems.push(problem);
                        return None;
                    }
                }
            }
        };
        let project = Arc::new(project);
        self.projects.insert(source, Arc::clone(&project));
        Some(project)
    }

    fn load_project(&self, source: Option<&Path>, extra: &[PathBuf]) -> Result<Project, String> {
        let config = match source {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                let mut config = config::parse(&text, path).map_err(|e| e.to_string())?;
                config.source = Some(path.to_path_buf());
                config
            }
            None => Config::default(),
        };
        let base = source
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let mut checks_dirs: Vec<PathBuf> =
            config.checks_dirs.iter().map(|d| base.join(d)).collect();
        // Settings name folders relative to the (first) workspace folder.
        let workspace = self.roots.first().cloned().unwrap_or_default();
        checks_dirs.extend(extra.iter().map(|d| workspace.join(d)));
        let catalog = yoroi_project::load_catalog(&checks_dirs).map_err(|e| e.to_string())?;
        let severity = |s: &Option<String>| s.as_deref().and_then(Severity::parse);
        let selection = Selection {
            only: config::rule_ids(&catalog, &config.rules.enable),
            skip: config::rule_ids(&catalog, &config.rules.disable),
            min_severity: self.settings.severity.or(severity(&config.severity)),
            strict_unknown: config.strict_unknown.unwrap_or(false),
            profiles: config.profiles.clone(),
        };
        let mut engine = Engine::new(catalog, &selection)?;
        engine.set_options(config.rule_options());
        let mut options = ParseOptions::default();
        for mapping in &config.kubernetes.pod_spec_paths {
            options.pod_spec_paths.add(mapping)?;
        }
        let mut terraform = RootInputs::default();
        for file in &config.terraform.var_files {
            let path = base.join(file);
            let file = read_source(
                &path,
                FileKind::TerraformVars,
                yoroi_project::files::MAX_FILE_BYTES,
            )
            .map_err(|(_, message)| format!("var-file {}: {message}", path.display()))?;
            terraform.var_files.push(file);
        }
        let limits = EvalLimits {
            max_instances: config.terraform.max_instances.unwrap_or(10_000),
            ..EvalLimits::default()
        };
        // Chart paths in the config are relative to its directory.
        let helm = HelmOptions {
            charts: config
                .helm
                .charts
                .iter()
                .map(|chart| {
                    let mut chart = chart.clone();
                    chart.path = base.join(&chart.path);
                    chart
                })
                .collect(),
            ..HelmOptions::default()
        };
        Ok(Project {
            helm,
            engine,
            options,
            policy: FindingPolicy::new(&config, false, &[]).map_err(|e| e.to_string())?,
            terraform,
            limits,
            require_reason: config.require_suppression_reason.unwrap_or(false),
        })
    }
}

const ALL_TERRAFORM: [FileKind; 3] = [
    FileKind::Terraform,
    FileKind::TerraformJson,
    FileKind::TerraformVars,
];

/// A module with only its files and syntax errors: what is reported of a directory whose
/// resources are checked through its callers, or that holds only variable files.
fn callee_module(parsed: &ParsedModule) -> Module {
    Module {
        dir: parsed.dir.clone(),
        files: parsed.files.clone(),
        errors: parsed.errors.clone(),
        ..Module::default()
    }
}

/// Reads the buffer being linted and the other open buffers instead of their files.
struct BufferLoader<'a> {
    buffer: &'a Buffer,
    open: &'a [Buffer],
}

impl yoroi_syntax::gitlab::Loader for BufferLoader<'_> {
    fn read(&self, path: &Path) -> Option<String> {
        std::iter::once(self.buffer)
            .chain(self.open)
            .find(|b| b.path == path)
            .map(|b| b.text.clone())
            .or_else(|| yoroi_syntax::gitlab::FsLoader.read(path))
    }

    fn files_under(&self, dir: &Path) -> Vec<PathBuf> {
        let mut files = yoroi_syntax::gitlab::FsLoader.files_under(dir);
        files.extend(
            std::iter::once(self.buffer)
                .chain(self.open)
                .filter(|b| b.path.starts_with(dir))
                .map(|b| b.path.clone()),
        );
        files.sort();
        files.dedup();
        files
    }
}

/// Reads the open buffers instead of their files.
fn overlay_of(open: &[Buffer]) -> impl Fn(&Path) -> Option<Arc<SourceFile>> + Sync + '_ {
    move |path: &Path| open.iter().find(|b| b.path == path).map(Buffer::source)
}

/// The chart a file belongs to: the nearest directory above it holding a `Chart.yaml`, or the
/// chart whose `charts/` holds that one (a subchart renders as part of its parent).
pub fn chart_root(path: &Path) -> Option<PathBuf> {
    let mut found = path
        .ancestors()
        .skip(1)
        .find(|dir| dir.join("Chart.yaml").is_file())?
        .to_path_buf();
    while let Some(outer) = found
        .parent()
        .filter(|p| p.file_name().is_some_and(|n| n == "charts"))
        .and_then(Path::parent)
        .filter(|outer| outer.join("Chart.yaml").is_file())
    {
        found = outer.to_path_buf();
    }
    Some(found)
}
