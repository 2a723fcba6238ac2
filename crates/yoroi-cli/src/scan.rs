//! The scan pipeline: read each discovered file once, parse it, run the engine, all in parallel
//! with rayon, and collect a deterministic [`Report`].
//!
//! Terraform is two-phase: every directory is parsed first, so that directories only reached as
//! a local module (`source = "./…"`) are evaluated through their callers, with the callers'
//! inputs, instead of on their own. Each root module is then evaluated once.

use crate::discover::Discovered;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;
use yoroi_checks::builds::Build;
use yoroi_checks::suppress::{self, Directive};
use yoroi_checks::{Document, Engine, Finding, K8sFile, ParseOptions, parse_file_with};
use yoroi_project::files::{ModuleLoader, read_source};
use yoroi_project::unbound::{self, CallGraph};
use yoroi_report::{Coverage, Report};
use yoroi_syntax::terraform::eval::{self, EvalContext, EvalLimits, RootInputs, SourceLoader};
use yoroi_syntax::terraform::{self, Module, ParsedModule};
use yoroi_syntax::{FileKind, SourceFile};

/// Limits that apply to each file, besides the evaluation limits.
#[derive(Debug, Clone, Copy)]
pub struct FileLimits {
    /// Larger files are not read (`--max-file-size`).
    pub max_bytes: u64,
    /// Terraform source kept parsed between the phases ([`RETAINED_TERRAFORM_BYTES`]).
    pub retained_terraform_bytes: u64,
}

impl Default for FileLimits {
    fn default() -> Self {
        FileLimits {
            max_bytes: yoroi_project::files::MAX_FILE_BYTES,
            retained_terraform_bytes: RETAINED_TERRAFORM_BYTES,
        }
    }
}

/// What the scan needs besides the discovered files.
pub struct ScanInputs {
    pub stdin: Option<Arc<SourceFile>>,
    /// The paths given on the command line: modules and `file()` are read only inside them.
    pub roots: Vec<PathBuf>,
    pub terraform: RootInputs,
    pub limits: EvalLimits,
    pub file_limits: FileLimits,
    /// Suppressions without `reason="…"` do not suppress.
    pub require_suppression_reason: bool,
    /// Scan only this shard of the units.
    pub shard: Option<crate::Shard>,
    /// Draw a progress bar on standard error when the scan is large.
    pub progress: bool,
    /// Report phase timings on standard error.
    pub verbose: bool,
    /// Texts that replace files on disk (the rounds of `--fix` and `--diff`).
    pub overlay: Arc<Overlay>,
    /// The values sets Helm charts are rendered with.
    pub helm: crate::helm::HelmOptions,
}

/// File texts by path that are read instead of the files on disk.
pub type Overlay = HashMap<PathBuf, String>;

/// Reads a file, preferring its text in `overlay`.
fn read_overlaid(
    overlay: &Overlay,
    path: &Path,
    kind: FileKind,
    max_bytes: u64,
) -> Result<Arc<SourceFile>, (Arc<SourceFile>, String)> {
    match overlay.get(path) {
        Some(text) => Ok(SourceFile::new(path, kind, text.clone())),
        None => read_source(path, kind, max_bytes),
    }
}

/// Whether `shard` owns the units grouped under `key`: a stable hash of the path as discovered,
/// so every shard of a CI matrix agrees without talking to the others. Standard input (no key)
/// belongs to the first shard.
fn owned_by(key: Option<&Path>, shard: crate::Shard) -> bool {
    let index = key.map_or(0, |key| {
        let key = key.to_string_lossy();
        let key = key.strip_prefix("./").unwrap_or(&key);
        let hash = yoroi_report::stable_hash(&[key.as_bytes()]);
        usize::try_from(hash % shard.count as u64).unwrap_or(0)
    });
    index + 1 == shard.index
}

/// How much Terraform source (bytes) phase 1 keeps parsed for phase 2. A syntax tree is about 35
/// times its text, so all of a 10,000-file Terraform repository's trees held at once were 700 MB;
/// past this budget a root module is parsed again when its turn comes, which costs time only on
/// repositories with more than this much Terraform.
const RETAINED_TERRAFORM_BYTES: u64 = 8 << 20;

/// A local module call: the callee's directory, and whether `count` or `for_each` decides its
/// instances.
type LocalCall = (PathBuf, bool);

/// A Terraform directory after phase 1.
enum Dir {
    Parsed(Arc<ParsedModule>),
    /// Its files, to be parsed by its unit.
    Unparsed(PathBuf, Vec<Arc<SourceFile>>),
}

/// Whether any of the files could call a module: a call needs the words `module` and `source`
/// (a block type and an attribute name are plain identifiers, in `.tf` and `.tf.json` alike).
fn may_call_modules(files: &[Arc<SourceFile>]) -> bool {
    files
        .iter()
        .any(|f| f.text.contains("module") && f.text.contains("source"))
}

/// Parses one directory. A parser bug costs this directory, reported on each of its files.
fn parse_dir(
    engine: &Engine,
    dir: PathBuf,
    sources: Vec<Arc<SourceFile>>,
) -> (ParsedModule, Vec<Finding>) {
    let guarded = yoroi_checks::guard::catch(|| ParsedModule::parse(dir.clone(), sources.clone()));
    match guarded {
        Ok(module) => (module, Vec::new()),
        Err(message) => {
            let findings = sources
                .iter()
                .flat_map(|file| engine.internal_error(file, &message))
                .collect();
            (ParsedModule::parse(dir, Vec::new()), findings)
        }
    }
}

/// Units below this count finish before a progress bar would be worth drawing.
const PROGRESS_MIN_UNITS: usize = 500;

impl Unit {
    /// What keeps units together in one shard: a Terraform module directory (its local modules
    /// are evaluated through it), or the directory of a Dockerfile or manifest, so that objects
    /// that refer to each other across files of one directory meet in the cross-file pass.
    fn shard_key(&self) -> Option<&Path> {
        match self {
            Unit::File(path, _) => Some(path.parent().unwrap_or(Path::new("."))),
            Unit::Stdin(_) => None,
            Unit::TerraformRoot(module) | Unit::TerraformCallee(module) => Some(&module.dir),
            Unit::TerraformDir(dir, _) => Some(dir),
        }
    }

    fn in_shard(&self, shard: crate::Shard) -> bool {
        owned_by(self.shard_key(), shard)
    }

    fn key(&self) -> Key {
        match self {
            Unit::File(path, kind) => Key::File(path.clone(), *kind),
            Unit::Stdin(_) => Key::Stdin,
            Unit::TerraformRoot(module) | Unit::TerraformCallee(module) => {
                Key::Dir(module.dir.clone())
            }
            Unit::TerraformDir(dir, _) => Key::Dir(dir.clone()),
        }
    }

    /// The unit's own files (standard input is none: it never changes).
    fn own_paths(&self) -> Vec<PathBuf> {
        match self {
            Unit::File(path, _) => vec![path.clone()],
            Unit::Stdin(_) => Vec::new(),
            Unit::TerraformRoot(module) | Unit::TerraformCallee(module) => {
                module.files.iter().map(|f| f.path.clone()).collect()
            }
            Unit::TerraformDir(_, files) => files.iter().map(|f| f.path.clone()).collect(),
        }
    }

    /// Files this unit counts as scanned (Terraform directories are counted when parsed).
    fn file_count(&self) -> usize {
        match self {
            Unit::TerraformRoot(module) | Unit::TerraformCallee(module) => module.files.len(),
            Unit::TerraformDir(_, files) => files.len(),
            _ => 0,
        }
    }
}

/// A unit of parallel work.
enum Unit {
    File(PathBuf, FileKind),
    Stdin(Arc<SourceFile>),
    /// A Terraform root module, evaluated with its callees.
    TerraformRoot(Arc<ParsedModule>),
    /// A directory only reached as a module: its syntax errors are reported here, its resources
    /// through its callers.
    TerraformCallee(Arc<ParsedModule>),
    /// A root module (no module calls it, it has `.tf` files) not parsed yet.
    TerraformDir(PathBuf, Vec<Arc<SourceFile>>),
}

/// What checking one unit produced: files counted, findings, and the Kubernetes objects kept for
/// the cross-file pass (only when a rule needs them).
struct Checked {
    files: usize,
    findings: Vec<Finding>,
    kubernetes: Vec<K8sFile>,
    /// Suppression directives of the unit's own files.
    directives: Vec<Directive>,
    coverage: Coverage,
    /// Directories a root's evaluation instantiated through module calls (when some module may
    /// have no instance).
    instantiated: Vec<PathBuf>,
    /// The Dockerfiles that the unit's compose services and CI steps build.
    builds: Vec<Build>,
    /// A Dockerfile's path and the `ARG`s it declares.
    declares: Option<(PathBuf, Vec<String>)>,
    gitlab: GitlabPart,
}

/// How a unit takes part in a GitLab CI configuration.
#[derive(Default)]
struct GitlabPart {
    /// The GitLab CI file checked: when a configuration of the scan includes it, that merged
    /// check is the one reported for it (its own check cannot know what the configuration
    /// overrides, nor resolve paths from the project root).
    file: Option<PathBuf>,
    /// The files a configuration merged in.
    included: Vec<PathBuf>,
}

impl GitlabPart {
    fn of(document: &Document) -> GitlabPart {
        match document {
            Document::Gitlab { file, .. } => GitlabPart {
                file: Some(eval::normalize(&file.path)),
                included: yoroi_checks::gitlab_included_files(document)
                    .iter()
                    .map(|p| eval::normalize(p))
                    .collect(),
            },
            _ => GitlabPart::default(),
        }
    }
}

/// What one parsed document contributes to the scan's coverage.
fn coverage_of(document: &Document) -> Coverage {
    let mut coverage = Coverage::default();
    match document {
        Document::Dockerfile { .. } => coverage.dockerfiles = 1,
        Document::Kubernetes { objects, .. } => coverage.kubernetes_objects = objects.len(),
        Document::Compose { project, .. } => coverage.compose_services = project.services.len(),
        Document::Terraform(module) => {
            for block in &module.blocks {
                let Some(kind) = block.labels.first() else {
                    continue;
                };
                if block.kind != "resource" && block.kind != "data" {
                    continue;
                }
                if block.kind == "resource" && yoroi_syntax::kubernetes_tf::is_object_type(kind) {
                    coverage.kubernetes_objects += 1;
                }
                let provider = kind.split('_').next().unwrap_or(kind);
                *coverage.terraform.entry(provider.to_string()).or_default() += 1;
            }
        }
        _ => {}
    }
    coverage
}

/// Reads a Terraform directory's files (phase 1) and, when they may call modules, parses them:
/// the directory, the local modules it calls, and the findings of files that could not be read.
/// A parse is kept for phase 2 while `retained` stays within `budget` bytes.
fn plan_dir(
    engine: &Engine,
    overlay: &Overlay,
    dir: PathBuf,
    files: Vec<(PathBuf, FileKind)>,
    max_bytes: u64,
    retained: &AtomicU64,
    budget: u64,
) -> (Dir, Vec<LocalCall>, Vec<Finding>) {
    let mut findings = Vec::new();
    let mut sources = Vec::with_capacity(files.len());
    for (path, kind) in files {
        match read_overlaid(overlay, &path, kind, max_bytes) {
            Ok(file) => sources.push(file),
            Err((file, message)) => findings.extend(engine.file_error(&file, &message)),
        }
    }
    if !may_call_modules(&sources) {
        return (Dir::Unparsed(dir, sources), Vec::new(), findings);
    }
    let size: u64 = sources.iter().map(|f| f.text.len() as u64).sum();
    let (module, errors) = parse_dir(engine, dir, sources);
    findings.extend(errors);
    let calls = module.local_calls_counted();
    let kept = retained.fetch_add(size, Ordering::Relaxed) + size <= budget;
    let dir = if kept {
        Dir::Parsed(Arc::new(module))
    } else {
        Dir::Unparsed(module.dir, module.files)
    };
    (dir, calls, findings)
}

/// Called directories are looked up by their callers, and variable files alone are checked only
/// for syntax errors: those are parsed if phase 1 did not keep them, so that every unparsed
/// directory left is a root module.
fn parse_if_needed(
    engine: &Engine,
    called: &HashSet<PathBuf>,
    dir: Dir,
    mut findings: Vec<Finding>,
) -> (Dir, Vec<Finding>) {
    match dir {
        Dir::Unparsed(dir, files)
            if called.contains(&dir) || !terraform::has_configuration(&files) =>
        {
            let (module, errors) = parse_dir(engine, dir, files);
            findings.extend(errors);
            (Dir::Parsed(Arc::new(module)), findings)
        }
        dir => (dir, findings),
    }
}

/// What a Terraform directory is to the scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Evaluated as a root module.
    Root,
    /// Checked for syntax errors only (its resources are checked through its callers).
    Callee,
    /// Nothing to check (variable files that parse).
    Nothing,
}

/// The unit a planned directory becomes, and its parse when callers look it up.
fn classify(
    dir: Dir,
    called: &HashSet<PathBuf>,
) -> (Role, Option<Unit>, Option<Arc<ParsedModule>>) {
    let module = match dir {
        Dir::Parsed(module) => module,
        Dir::Unparsed(dir, files) => {
            return (Role::Root, Some(Unit::TerraformDir(dir, files)), None);
        }
    };
    let is_called = called.contains(&module.dir);
    // Only directories some module calls are looked up later; a root module's parse is held by
    // its unit alone and freed as soon as it has been checked.
    let lookup = is_called.then(|| Arc::clone(&module));
    if is_called || !module.has_configuration() && !module.errors.is_empty() {
        (Role::Callee, Some(Unit::TerraformCallee(module)), lookup)
    } else if module.has_configuration() {
        (Role::Root, Some(Unit::TerraformRoot(module)), lookup)
    } else {
        (Role::Nothing, None, lookup)
    }
}

/// What a scan keeps to be run again on a few changed files ([`rescan`], the rounds of `--fix`):
/// each unit's results and the files they were computed from, and what phase 1 decided.
pub struct ScanState {
    /// Every Terraform directory by path: its files as discovered, the local modules it calls and
    /// its role.
    dirs: HashMap<PathBuf, PlannedDir>,
    /// The parses of called directories, which callers read.
    by_dir: HashMap<PathBuf, Arc<ParsedModule>>,
    called: HashSet<PathBuf>,
    /// Findings of Terraform files that could not be read or parsed, by directory (in the shard).
    failures: BTreeMap<PathBuf, Vec<Finding>>,
    /// The units in the shard, in scan order.
    units: Vec<Kept>,
    /// Modules that may have no instance.
    unbound: Unbound,
    /// Time spent scanning, over the first scan and every rescan: a rescan's report says this.
    spent: std::time::Duration,
    /// The files of objects that Kustomize overlays built, with the kustomization of each: the
    /// cross-file pass's findings on them name it.
    built_by: crate::kustomize::BuiltBy,
}

struct PlannedDir {
    files: Vec<(PathBuf, FileKind)>,
    calls: Vec<LocalCall>,
    role: Role,
}

/// Modules that may have no instance (see [`unbound`]): what deciding them needs, and the last
/// decision.
#[derive(Default)]
struct Unbound {
    graph: CallGraph,
    /// Candidates this shard decides, and those upstream of them, decided first.
    undecided: BTreeSet<PathBuf>,
    /// The candidates whose findings this shard reports.
    owned: BTreeSet<PathBuf>,
    /// Root modules whose instances the decision needs (other shards' roots included).
    upstream: HashSet<PathBuf>,
    /// Directories that other shards' roots instantiate.
    foreign: HashSet<PathBuf>,
    /// What the roots instantiated when the last decision was made.
    instantiated: HashSet<PathBuf>,
    /// The modules evaluated on their own: the files each read and its findings.
    decided: Vec<Decided>,
    evaluated: usize,
}

struct Decided {
    reads: HashSet<PathBuf>,
    findings: Vec<Finding>,
}

impl Unbound {
    fn plan(
        graph: CallGraph,
        by_dir: &HashMap<PathBuf, Arc<ParsedModule>>,
        shard: Option<crate::Shard>,
    ) -> Unbound {
        let candidates: BTreeSet<PathBuf> = graph
            .candidates()
            .into_iter()
            .filter(|dir| by_dir.get(dir).is_some_and(|m| m.has_configuration()))
            .collect();
        let owned: BTreeSet<PathBuf> = candidates
            .iter()
            .filter(|dir| shard.is_none_or(|shard| owned_by(Some(dir), shard)))
            .cloned()
            .collect();
        let upstream = graph.ancestors(owned.iter().map(PathBuf::as_path));
        let undecided: BTreeSet<PathBuf> = candidates
            .into_iter()
            .filter(|dir| owned.contains(dir) || upstream.contains(dir))
            .collect();
        Unbound {
            graph,
            undecided,
            owned,
            upstream,
            ..Unbound::default()
        }
    }

    /// Whether roots must say what they instantiate: some module this shard decides may have no
    /// instance.
    fn track(&self) -> bool {
        !self.owned.is_empty()
    }
}

/// Runs `f` with a module loader over the called directories' parses and the unsaved buffers.
fn with_loader<R>(
    by_dir: HashMap<PathBuf, Arc<ParsedModule>>,
    inputs: &ScanInputs,
    f: impl FnOnce(&ModuleLoader<'_>) -> R,
) -> R {
    let overlay = Arc::clone(&inputs.overlay);
    let buffers = move |path: &Path| {
        let text = overlay.get(path)?;
        let kind = FileKind::from_path(path)?;
        Some(SourceFile::new(path, kind, text.clone()))
    };
    let loader = ModuleLoader::new(by_dir, inputs.roots.clone(), &buffers)
        .max_file_bytes(inputs.file_limits.max_bytes);
    f(&loader)
}

/// The directories other shards' root modules instantiate (they are evaluated for nothing else).
fn instantiated_by(
    engine: &Engine,
    foreign: Vec<Unit>,
    by_dir: &HashMap<PathBuf, Arc<ParsedModule>>,
    inputs: &ScanInputs,
) -> HashSet<PathBuf> {
    if foreign.is_empty() {
        return HashSet::new();
    }
    with_loader(by_dir.clone(), inputs, |loader| {
        let reached: Vec<Vec<PathBuf>> = foreign
            .into_par_iter()
            .map(|unit| {
                yoroi_checks::guard::catch(|| {
                    let ctx = EvalContext::new(loader, inputs.limits);
                    let module = match unit {
                        Unit::TerraformRoot(parsed) => {
                            eval::evaluate_root(&parsed, &inputs.terraform, &ctx)
                        }
                        Unit::TerraformDir(dir, files) => {
                            let (parsed, _) = parse_dir(engine, dir, files);
                            eval::evaluate_root(&parsed, &inputs.terraform, &ctx)
                        }
                        _ => Module::default(),
                    };
                    unbound::instantiated(&module)
                })
                .unwrap_or_default()
            })
            .collect();
        reached.into_iter().flatten().collect()
    })
}

/// What identifies a unit from one scan to the next.
enum Key {
    File(PathBuf, FileKind),
    Dir(PathBuf),
    Stdin,
    /// Every Kustomize overlay of the scan.
    Kustomize,
}

/// One unit's results.
struct Kept {
    key: Key,
    /// Files counted as scanned.
    files: usize,
    /// Every file (normalised path) whose text the results depend on: the unit's own, and for a
    /// Terraform root the files of the modules it called and those `file()` read.
    reads: HashSet<PathBuf>,
    checked: Checked,
}

impl Kept {
    /// The results of the charts or overlays a shard rendered or built: counted by the files
    /// they read, which are their `reads`.
    fn rendered(reads: HashSet<PathBuf>, checked: yoroi_project::checked::Checked) -> Kept {
        Kept {
            key: Key::Kustomize,
            files: checked.files,
            reads,
            checked: Checked {
                files: 0,
                findings: checked.findings,
                kubernetes: checked.kubernetes,
                directives: checked.directives,
                coverage: checked.coverage,
                instantiated: Vec::new(),
                builds: Vec::new(),
                declares: None,
                gitlab: GitlabPart::default(),
            },
        }
    }
}

/// A loader that notes every file the evaluation of one root module reads.
struct Recorder<'a> {
    inner: &'a ModuleLoader<'a>,
    read: std::sync::Mutex<Vec<PathBuf>>,
}

impl Recorder<'_> {
    fn note(&self, paths: impl IntoIterator<Item = PathBuf>) {
        if let Ok(mut read) = self.read.lock() {
            read.extend(paths);
        }
    }
}

impl SourceLoader for Recorder<'_> {
    fn module(&self, dir: &Path) -> Result<Arc<ParsedModule>, String> {
        let module = self.inner.module(dir)?;
        self.note(module.files.iter().map(|f| f.path.clone()));
        Ok(module)
    }

    fn read(&self, path: &Path) -> Option<String> {
        self.note([path.to_path_buf()]);
        self.inner.read(path)
    }
}

/// Runs the whole scan: every unit in parallel, then, once, the rules that relate Kubernetes
/// objects across files, on the objects the first pass already parsed.
pub fn run(
    engine: &Engine,
    options: &ParseOptions,
    discovered: Discovered,
    inputs: ScanInputs,
) -> Report {
    scan(engine, options, discovered, inputs, false).0
}

/// [`run`], keeping what [`rescan`] needs.
pub fn run_keeping(
    engine: &Engine,
    options: &ParseOptions,
    discovered: Discovered,
    inputs: ScanInputs,
) -> (Report, ScanState) {
    scan(engine, options, discovered, inputs, true)
}

fn scan(
    engine: &Engine,
    options: &ParseOptions,
    mut discovered: Discovered,
    mut inputs: ScanInputs,
    keep: bool,
) -> (Report, ScanState) {
    let started = Instant::now();
    let max_bytes = inputs.file_limits.max_bytes;
    // Kustomize overlays are built first: the files they read are checked through them.
    let kustomized =
        crate::kustomize::take(&mut discovered, &inputs.roots, &inputs.overlay, max_bytes);
    // Helm charts too: their files are checked through the documents they render.
    let charts = crate::helm::take(&mut discovered);
    let mut listed: HashMap<PathBuf, Vec<(PathBuf, FileKind)>> = if keep {
        discovered.modules.clone().into_iter().collect()
    } else {
        HashMap::new()
    };
    // Phase 1: find which Terraform directories are called as local modules. A directory whose
    // files cannot hold a module call (no `module` or no `source` in the text) is not parsed
    // yet; the others are parsed, and their syntax trees kept for phase 2 within a budget.
    let retained = AtomicU64::new(0);
    let planned: Vec<(PathBuf, Dir, Vec<LocalCall>, Vec<Finding>)> = discovered
        .modules
        .into_par_iter()
        .map(|(dir, files)| {
            let (plan, calls, findings) = plan_dir(
                engine,
                &inputs.overlay,
                dir.clone(),
                files,
                max_bytes,
                &retained,
                inputs.file_limits.retained_terraform_bytes,
            );
            (dir, plan, calls, findings)
        })
        .collect();
    let called: HashSet<PathBuf> = planned
        .iter()
        .flat_map(|(_, _, calls, _)| calls.iter().map(|(callee, _)| callee.clone()))
        .collect();
    let graph = CallGraph::new(
        planned
            .iter()
            .filter(|(_, _, calls, _)| !calls.is_empty())
            .map(|(path, _, calls, _)| (path.clone(), calls.clone())),
    );
    let planned: Vec<(PathBuf, Dir, Vec<LocalCall>, Vec<Finding>)> = planned
        .into_par_iter()
        .map(|(path, dir, calls, findings)| {
            let (dir, findings) = parse_if_needed(engine, &called, dir, findings);
            (path, dir, calls, findings)
        })
        .collect();
    let mut state = ScanState {
        dirs: HashMap::new(),
        by_dir: HashMap::new(),
        called: HashSet::new(),
        failures: BTreeMap::new(),
        units: Vec::new(),
        unbound: Unbound::default(),
        spent: std::time::Duration::ZERO,
        built_by: crate::kustomize::BuiltBy::default(),
    };
    let mut units: Vec<Unit> = Vec::new();
    for (path, dir, calls, read_errors) in planned {
        let (role, unit, lookup) = classify(dir, &called);
        if !read_errors.is_empty() {
            state.failures.insert(path.clone(), read_errors);
        }
        if let Some(module) = lookup {
            state.by_dir.insert(path.clone(), module);
        }
        units.extend(unit);
        if keep {
            let files = listed.remove(&path).unwrap_or_default();
            state.dirs.insert(path, PlannedDir { files, calls, role });
        }
    }
    state.unbound = Unbound::plan(graph, &state.by_dir, inputs.shard);
    let track = state.unbound.track();
    let parsed_at = started.elapsed();
    units.extend(discovered.files.into_iter().map(|(p, k)| Unit::File(p, k)));
    if let Some(file) = inputs.stdin.take() {
        units.push(Unit::Stdin(file));
    }
    // Root modules of other shards upstream of this shard's candidates are evaluated too, only
    // to learn what they instantiate, so that every shard decides as an unsplit scan would.
    let mut foreign: Vec<Unit> = Vec::new();
    if let Some(shard) = inputs.shard {
        if track {
            let upstream = &state.unbound.upstream;
            foreign = units
                .iter()
                .filter(|unit| !unit.in_shard(shard))
                .filter_map(|unit| match unit {
                    Unit::TerraformRoot(module) if upstream.contains(&module.dir) => {
                        Some(Unit::TerraformRoot(Arc::clone(module)))
                    }
                    Unit::TerraformDir(dir, files) if upstream.contains(dir) => {
                        Some(Unit::TerraformDir(dir.clone(), files.clone()))
                    }
                    _ => None,
                })
                .collect();
        }
        // A file that a GitLab CI configuration includes goes with the configuration, whose
        // check reports it.
        let gitlab_roots = &discovered.gitlab_roots;
        units.retain(|unit| match unit {
            Unit::File(path, FileKind::GitlabCi) if gitlab_roots.contains_key(path) => {
                owned_by(gitlab_roots.get(path).map(PathBuf::as_path), shard)
            }
            _ => unit.in_shard(shard),
        });
        state.failures.retain(|dir, _| owned_by(Some(dir), shard));
    }
    let unit_count = units.len();
    // Called directories stay for the modules that may have no instance, decided afterwards.
    let by_dir = if keep || track {
        state.by_dir.clone()
    } else {
        std::mem::take(&mut state.by_dir)
    };
    state.units = check_units(engine, options, units, by_dir, &inputs, track);
    if keep {
        state.called = called;
    }
    if track {
        state.unbound.foreign = instantiated_by(engine, foreign, &state.by_dir, &inputs);
        state.decide_unbound(engine, &inputs, None);
        if !keep {
            state.by_dir.clear();
        }
    }
    if !kustomized.roots.is_empty() {
        let reads = kustomized
            .consumed
            .iter()
            .map(|p| eval::normalize(p))
            .collect();
        let overlays = crate::kustomize::check(engine, options, kustomized, |dir| {
            inputs.shard.is_none_or(|shard| owned_by(Some(dir), shard))
        });
        state.built_by = overlays.built_by;
        state.units.push(Kept::rendered(reads, overlays.checked));
    }
    if !charts.roots.is_empty() {
        let reads = charts.consumed.iter().map(|p| eval::normalize(p)).collect();
        let rendered = crate::helm::check(engine, options, &charts, &inputs.helm, |dir| {
            inputs.shard.is_none_or(|shard| owned_by(Some(dir), shard))
        });
        state.units.push(Kept::rendered(reads, rendered));
    }
    let checked_at = started.elapsed();
    let report = state.finish(
        engine,
        &inputs,
        keep,
        started,
        format!("{unit_count} units"),
        [parsed_at, checked_at],
    );
    (report, state)
}

/// Scans again after the `changed` files got new texts (in `inputs.overlay`), giving the report
/// a full scan would: only the units that read a changed file are checked again (a Terraform
/// root when it calls a changed module, however deep), the others keep their results; the
/// cross-file pass and everything after it run over all units. `None` when a change altered
/// which directories are roots or called modules (a module call added or removed): only a full
/// scan is right then.
pub fn rescan(
    engine: &Engine,
    options: &ParseOptions,
    state: &mut ScanState,
    inputs: ScanInputs,
    changed: &HashSet<PathBuf>,
) -> Option<Report> {
    let started = Instant::now();
    // Other shards' roots were evaluated only to learn what they instantiate; they are not kept.
    if inputs.shard.is_some() && state.unbound.track() {
        return None;
    }
    let changed: HashSet<PathBuf> = changed.iter().map(|p| eval::normalize(p)).collect();
    let touched = |kept: &Kept| kept.reads.iter().any(|p| changed.contains(p));
    // An overlay is built again from scratch: a scan is.
    if state
        .units
        .iter()
        .any(|kept| matches!(kept.key, Key::Kustomize) && touched(kept))
    {
        return None;
    }
    // Terraform directories to plan again: those with a changed file, and the roots that read
    // one (the changed directories' callers).
    let mut again: BTreeSet<&PathBuf> = state
        .dirs
        .iter()
        .filter(|(_, d)| {
            d.files
                .iter()
                .any(|(p, _)| changed.contains(&eval::normalize(p)))
        })
        .map(|(dir, _)| dir)
        .collect();
    for kept in &state.units {
        if let Key::Dir(dir) = &kept.key
            && touched(kept)
        {
            again.insert(dir);
        }
    }
    let retained = AtomicU64::new(0);
    let planned: Vec<(PathBuf, Vec<LocalCall>, Vec<Finding>, Dir)> = again
        .into_par_iter()
        .filter_map(|dir| {
            let files = state.dirs.get(dir)?.files.clone();
            let (plan, calls, findings) = plan_dir(
                engine,
                &inputs.overlay,
                dir.clone(),
                files,
                inputs.file_limits.max_bytes,
                &retained,
                u64::MAX,
            );
            let (plan, findings) = parse_if_needed(engine, &state.called, plan, findings);
            Some((dir.clone(), calls, findings, plan))
        })
        .collect();
    let mut fresh: HashMap<PathBuf, Unit> = HashMap::new();
    for (path, calls, read_errors, dir) in planned {
        let (role, unit, lookup) = classify(dir, &state.called);
        let before = state.dirs.get(&path)?;
        if before.calls != calls || before.role != role {
            return None;
        }
        state.failures.remove(&path);
        if !read_errors.is_empty() && inputs.shard.is_none_or(|s| owned_by(Some(&path), s)) {
            state.failures.insert(path.clone(), read_errors);
        }
        if let Some(module) = lookup {
            state.by_dir.insert(path.clone(), module);
        }
        if let Some(unit) = unit {
            fresh.insert(path, unit);
        }
    }
    let mut at = Vec::new();
    let mut units = Vec::new();
    for (index, kept) in state.units.iter().enumerate() {
        let unit = match &kept.key {
            Key::Dir(dir) => fresh.remove(dir),
            Key::File(path, kind) if touched(kept) => Some(Unit::File(path.clone(), *kind)),
            _ => None,
        };
        if let Some(unit) = unit {
            at.push(index);
            units.push(unit);
        }
    }
    let parsed_at = started.elapsed();
    let label = format!("{} of {} units again", units.len(), state.units.len());
    let track = state.unbound.track();
    let checked = check_units(engine, options, units, state.by_dir.clone(), &inputs, track);
    for (index, kept) in at.into_iter().zip(checked) {
        state.units[index] = kept;
    }
    if track {
        state.decide_unbound(engine, &inputs, Some(&changed));
    }
    let checked_at = started.elapsed();
    Some(state.finish(
        engine,
        &inputs,
        true,
        started,
        label,
        [parsed_at, checked_at],
    ))
}

/// Checks units in parallel, noting what each read.
fn check_units(
    engine: &Engine,
    options: &ParseOptions,
    units: Vec<Unit>,
    by_dir: HashMap<PathBuf, Arc<ParsedModule>>,
    inputs: &ScanInputs,
    track: bool,
) -> Vec<Kept> {
    with_loader(by_dir, inputs, |loader| {
        check_units_with(engine, options, units, inputs, track, loader)
    })
}

fn check_units_with(
    engine: &Engine,
    options: &ParseOptions,
    units: Vec<Unit>,
    inputs: &ScanInputs,
    track: bool,
    loader: &ModuleLoader<'_>,
) -> Vec<Kept> {
    let bar = (inputs.progress && units.len() >= PROGRESS_MIN_UNITS).then(|| {
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(units.len() as u64),
            indicatif::ProgressDrawTarget::stderr(),
        );
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{spinner} scanning {pos}/{len} [{bar:30}] {elapsed} ({eta} left)",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar
    });
    let kept: Vec<Kept> = units
        .into_par_iter()
        .map(|unit| {
            // A panic outside the rules (a parser, the evaluator) costs only this unit.
            let subject = unit.subject();
            let key = unit.key();
            let counted = unit.file_count();
            let mut reads = unit.own_paths();
            let recorder = Recorder {
                inner: loader,
                read: std::sync::Mutex::new(Vec::new()),
            };
            let checked = yoroi_checks::guard::catch(|| {
                check_unit(
                    engine,
                    options,
                    unit,
                    &recorder,
                    &inputs.overlay,
                    &inputs.terraform,
                    inputs.limits,
                    inputs.file_limits,
                    track,
                )
            })
            .unwrap_or_else(|message| Checked {
                files: usize::from(matches!(subject, Subject::File(..))),
                findings: match subject {
                    Subject::File(path, kind) => {
                        engine.internal_error(&SourceFile::new(path, kind, String::new()), &message)
                    }
                    Subject::Source(file) => engine.internal_error(&file, &message),
                    Subject::None => Vec::new(),
                },
                kubernetes: Vec::new(),
                directives: Vec::new(),
                coverage: Coverage::default(),
                instantiated: Vec::new(),
                builds: Vec::new(),
                declares: None,
                gitlab: GitlabPart::default(),
            });
            reads.extend(recorder.read.into_inner().unwrap_or_default());
            // A configuration is checked again when a file it includes changes.
            reads.extend(checked.gitlab.included.iter().cloned());
            if let Some(bar) = &bar {
                bar.inc(1);
            }
            Kept {
                key,
                files: counted + checked.files,
                reads: reads.iter().map(|p| eval::normalize(p)).collect(),
                checked,
            }
        })
        .collect();
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    kept
}

impl ScanState {
    /// The report of the units' results: the cross-file pass over every unit's Kubernetes
    /// objects, suppressions, sorting. With `keep`, the results stay for the next [`rescan`];
    /// without, they are moved into the report.
    fn finish(
        &mut self,
        engine: &Engine,
        inputs: &ScanInputs,
        keep: bool,
        started: Instant,
        units: String,
        [parsed_at, checked_at]: [std::time::Duration; 2],
    ) -> Report {
        let mut files_scanned = 0;
        let mut findings: Vec<Finding> = Vec::new();
        let mut kubernetes = Vec::new();
        let mut directives = Vec::new();
        let mut coverage = Coverage::default();
        // One allocation instead of repeated doubling (a transient 1.5× of every finding).
        findings.reserve(
            self.failures.values().map(Vec::len).sum::<usize>()
                + self
                    .units
                    .iter()
                    .map(|k| k.checked.findings.len())
                    .sum::<usize>(),
        );
        let mut take = |found: &mut Vec<Finding>| {
            if keep {
                findings.extend(found.iter().cloned());
            } else {
                findings.append(found);
            }
        };
        for errors in self.failures.values_mut() {
            files_scanned += errors.len();
            take(errors);
        }
        for decided in &mut self.unbound.decided {
            take(&mut decided.findings);
        }
        let merged: HashSet<&PathBuf> = self
            .units
            .iter()
            .flat_map(|k| k.checked.gitlab.included.iter())
            .collect();
        let superseded: Vec<bool> = self
            .units
            .iter()
            .map(|k| {
                k.checked
                    .gitlab
                    .file
                    .as_ref()
                    .is_some_and(|f| merged.contains(f))
            })
            .collect();
        let mut objects = Vec::with_capacity(self.units.len());
        for (kept, superseded) in self.units.iter_mut().zip(superseded) {
            let checked = &mut kept.checked;
            coverage.add(&checked.coverage);
            files_scanned += kept.files;
            if !superseded {
                take(&mut checked.findings);
            }
            objects.push(checked.kubernetes.len());
            kubernetes.append(&mut checked.kubernetes);
            if keep {
                directives.extend(checked.directives.iter().cloned());
            } else {
                directives.append(&mut checked.directives);
            }
        }
        let builds: Vec<&Build> = self
            .units
            .iter()
            .flat_map(|k| k.checked.builds.iter())
            .collect();
        if !builds.is_empty() {
            let declared: HashMap<PathBuf, Vec<String>> = self
                .units
                .iter()
                .filter_map(|k| k.checked.declares.clone())
                .collect();
            findings.retain(|f| !yoroi_checks::builds::unconsumed_build_arg(f, &builds, &declared));
            label_builders(&mut findings, &builds);
        }
        if engine.wants_kubernetes_set() {
            let mut related = engine.check_set(&kubernetes);
            self.built_by.label(&mut related);
            findings.extend(related);
        }
        let manifests = kubernetes.len();
        if keep {
            // The objects go back to their units for the next pass.
            let mut objects_back = kubernetes.into_iter();
            for (kept, count) in self.units.iter_mut().zip(objects) {
                kept.checked.kubernetes = objects_back.by_ref().take(count).collect();
            }
        } else {
            drop(kubernetes);
            self.units.clear();
        }
        let related_at = started.elapsed();
        yoroi_project::apply_suppressions(
            engine,
            &mut findings,
            directives,
            inputs.require_suppression_reason,
        );
        findings.par_sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        // A module called from two places reports the same finding twice, and so does a compose
        // file included by another one and scanned on its own; only the latter offers fixes.
        findings.dedup_by(|later, kept| {
            let same = later.sort_key() == kept.sort_key();
            if same && kept.fix.is_none() {
                kept.fix = later.fix.take();
            }
            same
        });
        yoroi_report::fingerprint::number_occurrences(&mut findings);
        if inputs.verbose {
            eprintln!(
                "yoroi: {units}{}; Terraform parsed in {} ms, units checked by {} ms \
                 ({} modules may have no instance, {} of them evaluated on their own), \
                 cross-file pass ({manifests} manifests) done by {} ms, findings sorted by {} ms",
                inputs
                    .shard
                    .map(|s| format!(" in shard {}/{}", s.index, s.count))
                    .unwrap_or_default(),
                parsed_at.as_millis(),
                checked_at.as_millis(),
                self.unbound.undecided.len(),
                self.unbound.evaluated,
                related_at.as_millis(),
                started.elapsed().as_millis()
            );
        }
        let mut rules: Vec<_> = engine.enabled_rules().to_vec();
        rules.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
        self.spent += started.elapsed();
        Report {
            findings,
            files_scanned,
            rules,
            duration: self.spent,
            absent: Vec::new(),
            coverage,
        }
    }
}

/// Names, on each finding in a Dockerfile, the compose services and CI steps that build it (a
/// usage label: fingerprints stay as they were). A finding that already points into the
/// builder's file (a compose rule judging the service's Dockerfile) is left as it is.
fn label_builders(findings: &mut [Finding], builds: &[&Build]) {
    let mut by_path: HashMap<PathBuf, Vec<&Build>> = HashMap::new();
    for build in builds.iter().copied() {
        by_path
            .entry(eval::normalize(&build.dockerfile))
            .or_default()
            .push(build);
    }
    for builders in by_path.values_mut() {
        builders.sort_by(|a, b| {
            (a.file.display(), a.span.start()).cmp(&(b.file.display(), b.span.start()))
        });
        builders.dedup_by(|a, b| a.file.path == b.file.path && a.span == b.span);
    }
    let mut known: HashMap<*const SourceFile, Option<&Vec<&Build>>> = HashMap::new();
    for finding in findings {
        if finding.file.kind != FileKind::Dockerfile {
            continue;
        }
        let builders = *known
            .entry(Arc::as_ptr(&finding.file))
            .or_insert_with(|| by_path.get(&eval::normalize(&finding.file.path)));
        for build in builders.into_iter().flatten() {
            if finding
                .labels
                .iter()
                .any(|l| l.file.path == build.file.path)
            {
                continue;
            }
            finding.usage_in(&build.file, build.span, build.label());
        }
    }
}

impl ScanState {
    /// Decides the candidate modules (see [`unbound`]) callers first: one that nothing
    /// instantiated is evaluated on its own with its inputs unknown, which may instantiate the
    /// modules it calls. Findings are kept for the modules this shard owns; the others are
    /// evaluated only to learn what they instantiate. Their files, suppressions and coverage were
    /// counted by their callee unit. After a rescan (`changed`), the last decision stands when
    /// the roots instantiate what they did and no module it evaluated read a changed file.
    fn decide_unbound(
        &mut self,
        engine: &Engine,
        inputs: &ScanInputs,
        changed: Option<&HashSet<PathBuf>>,
    ) {
        let mut instantiated: HashSet<PathBuf> = self
            .units
            .iter()
            .flat_map(|kept| kept.checked.instantiated.iter().cloned())
            .chain(self.unbound.foreign.iter().cloned())
            .collect();
        let decision = &mut self.unbound;
        if let Some(changed) = changed
            && instantiated == decision.instantiated
            && !decision
                .decided
                .iter()
                .any(|d| d.reads.iter().any(|p| changed.contains(p)))
        {
            return;
        }
        decision.instantiated = instantiated.clone();
        let mut decided = Vec::new();
        with_loader(self.by_dir.clone(), inputs, |loader| {
            for round in decision.graph.rounds(&decision.undecided) {
                let results: Vec<(Vec<PathBuf>, Decided)> = round
                    .into_par_iter()
                    .filter(|dir| !instantiated.contains(dir))
                    .map(|dir| {
                        let started = Instant::now();
                        let recorder = Recorder {
                            inner: loader,
                            read: std::sync::Mutex::new(Vec::new()),
                        };
                        let (reached, findings) = yoroi_checks::guard::catch(|| {
                            let Ok(parsed) = recorder.module(&dir) else {
                                return (Vec::new(), Vec::new());
                            };
                            let ctx = EvalContext::new(&recorder, inputs.limits);
                            let module = eval::evaluate_unbound(&parsed, &ctx);
                            let reached = unbound::instantiated(&module);
                            let findings = if decision.owned.contains(&dir) {
                                engine.check_since(&Document::Terraform(module), started)
                            } else {
                                Vec::new()
                            };
                            (reached, findings)
                        })
                        .unwrap_or_default();
                        let reads = recorder.read.into_inner().unwrap_or_default();
                        let reads = reads.iter().map(|p| eval::normalize(p)).collect();
                        (reached, Decided { reads, findings })
                    })
                    .collect();
                for (reached, result) in results {
                    instantiated.extend(reached);
                    decided.push(result);
                }
            }
        });
        decision.evaluated = decided.len();
        decision.decided = decided;
    }
}

/// What a unit is about, kept to report a panic that consumed the unit.
enum Subject {
    File(PathBuf, FileKind),
    Source(Arc<SourceFile>),
    None,
}

impl Unit {
    fn subject(&self) -> Subject {
        match self {
            Unit::File(path, kind) => Subject::File(path.clone(), *kind),
            Unit::Stdin(file) => Subject::Source(Arc::clone(file)),
            Unit::TerraformRoot(parsed) | Unit::TerraformCallee(parsed) => parsed
                .files
                .first()
                .map_or(Subject::None, |f| Subject::Source(Arc::clone(f))),
            Unit::TerraformDir(_, files) => files
                .first()
                .map_or(Subject::None, |f| Subject::Source(Arc::clone(f))),
        }
    }
}

// The scan's inputs are passed apart because standard input has already moved out of them.
#[allow(clippy::too_many_arguments)]
fn check_unit(
    engine: &Engine,
    options: &ParseOptions,
    unit: Unit,
    loader: &dyn SourceLoader,
    overlay: &Overlay,
    terraform: &RootInputs,
    limits: EvalLimits,
    file_limits: FileLimits,
    track: bool,
) -> Checked {
    let started = Instant::now();
    let keep = engine.wants_kubernetes_set();
    let single = |file: Arc<SourceFile>| {
        let directives = suppress::directives(&file);
        let document = parse_file_with(file, options);
        let findings = engine.check_since(&document, started);
        Checked {
            files: 1,
            findings,
            directives,
            coverage: coverage_of(&document),
            instantiated: Vec::new(),
            builds: yoroi_checks::builds::of(&document),
            declares: yoroi_checks::builds::declared_args(&document),
            gitlab: GitlabPart::of(&document),
            kubernetes: if keep {
                document.into_kubernetes()
            } else {
                Vec::new()
            },
        }
    };
    // A Terraform root module's Kubernetes provider resources join the cross-file pass too.
    let only = |document: Document, files: &[Arc<SourceFile>]| {
        let findings = engine.check_since(&document, started);
        let coverage = coverage_of(&document);
        Checked {
            files: 0,
            findings,
            kubernetes: if keep {
                document.into_kubernetes()
            } else {
                Vec::new()
            },
            directives: files.iter().flat_map(suppress::directives).collect(),
            coverage,
            instantiated: Vec::new(),
            builds: Vec::new(),
            declares: None,
            gitlab: GitlabPart::default(),
        }
    };
    let root = |parsed: &ParsedModule| {
        let ctx = EvalContext::new(loader, limits);
        let module = eval::evaluate_root(parsed, terraform, &ctx);
        let instantiated = if track {
            unbound::instantiated(&module)
        } else {
            Vec::new()
        };
        let mut checked = only(Document::Terraform(module), &parsed.files);
        checked.instantiated = instantiated;
        checked
    };
    match unit {
        Unit::File(path, kind) => {
            match read_overlaid(overlay, &path, kind, file_limits.max_bytes) {
                Ok(file) => single(file),
                Err((file, message)) => Checked {
                    files: 1,
                    findings: engine.file_error(&file, &message),
                    kubernetes: Vec::new(),
                    directives: Vec::new(),
                    coverage: Coverage::default(),
                    instantiated: Vec::new(),
                    builds: Vec::new(),
                    declares: None,
                    gitlab: GitlabPart::default(),
                },
            }
        }
        Unit::Stdin(file) => single(file),
        Unit::TerraformRoot(parsed) => root(&parsed),
        Unit::TerraformDir(dir, files) => {
            let (parsed, errors) = parse_dir(engine, dir, files);
            let mut checked = root(&parsed);
            checked.findings.extend(errors);
            checked
        }
        Unit::TerraformCallee(parsed) => only(callee_document(&parsed), &parsed.files),
    }
}

/// A directory checked only for its syntax errors (its resources are checked through callers).
fn callee_document(parsed: &ParsedModule) -> Document {
    Document::Terraform(Module {
        dir: parsed.dir.clone(),
        files: parsed.files.clone(),
        errors: parsed.errors.clone(),
        ..Module::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use yoroi_checks::{Catalog, Selection};

    fn scan(retained_terraform_bytes: u64) -> Vec<String> {
        let catalog = Arc::new(Catalog::builtin().expect("catalog"));
        let engine = Engine::new(catalog, &Selection::default()).expect("engine");
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../testdata");
        let filters = crate::discover::Filters::new(&[], &[]).expect("filters");
        let discovered = crate::discover::discover(std::slice::from_ref(&root), &filters);
        let report = run(
            &engine,
            &ParseOptions::default(),
            discovered,
            ScanInputs {
                stdin: None,
                roots: vec![root],
                terraform: RootInputs::default(),
                limits: EvalLimits::default(),
                file_limits: FileLimits {
                    retained_terraform_bytes,
                    ..FileLimits::default()
                },
                require_suppression_reason: false,
                shard: None,
                progress: false,
                verbose: false,
                overlay: Arc::default(),
                helm: crate::helm::HelmOptions::default(),
            },
        );
        report
            .findings
            .iter()
            .map(|f| {
                format!(
                    "{} {} {:?} {}",
                    f.rule_id(),
                    f.file.display(),
                    f.span,
                    f.message
                )
            })
            .collect()
    }

    /// Past the budget, directories are parsed again by their units (roots) or after phase 1
    /// (called modules): the findings must not change.
    #[test]
    fn terraform_parsed_again_past_the_budget_finds_the_same() {
        let kept = scan(u64::MAX);
        assert!(
            kept.iter()
                .any(|f| f.contains("testdata/terraform/evaluated/modules")),
            "the testdata's local module yields findings through its caller"
        );
        assert_eq!(scan(0), kept);
    }
}
