//! The scan pipeline: read each discovered file once, parse it, run the engine, all in parallel
//! with rayon, and collect a deterministic [`Report`].
//!
//! Terraform is two-phase: every directory is parsed first, so that directories only reached as
//! a local module (`source = "./…"`) are evaluated through their callers, with the callers'
//! inputs, instead of on their own. Each root module is then evaluated once.

use crate::discover::Discovered;
use crate::unbound::{self, CallGraph};
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;
use yoroi_checks::suppress::{self, Directive};
use yoroi_checks::{Document, Engine, Finding, K8sFile, ParseOptions, parse_file_with};
use yoroi_project::files::{ModuleLoader, read_source};
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

impl Dir {
    fn path(&self) -> &Path {
        match self {
            Dir::Parsed(module) => &module.dir,
            Dir::Unparsed(dir, _) => dir,
        }
    }
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
}

/// What one parsed document contributes to the scan's coverage.
fn coverage_of(document: &Document) -> Coverage {
    let mut coverage = Coverage::default();
    match document {
        Document::Dockerfile { .. } => coverage.dockerfiles = 1,
        Document::Kubernetes { objects, .. } => coverage.kubernetes_objects = objects.len(),
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

/// Runs the whole scan: every unit in parallel, then, once, the rules that relate Kubernetes
/// objects across files, on the objects the first pass already parsed.
pub fn run(
    engine: &Engine,
    options: &ParseOptions,
    mut discovered: Discovered,
    inputs: ScanInputs,
) -> Report {
    let started = Instant::now();
    let max_bytes = inputs.file_limits.max_bytes;
    // Kustomize overlays are built first: the files they read are checked through them.
    let kustomized =
        crate::kustomize::take(&mut discovered, &inputs.roots, &inputs.overlay, max_bytes);
    // Phase 1: find which Terraform directories are called as local modules. A directory whose
    // files cannot hold a module call (no `module` or no `source` in the text) is not parsed
    // yet; the others are parsed, and their syntax trees kept for phase 2 within a budget.
    let retained = AtomicU64::new(0);
    let parsed: Vec<(Dir, Vec<LocalCall>, Vec<Finding>)> = discovered
        .modules
        .into_par_iter()
        .map(|(dir, files)| {
            let mut findings = Vec::new();
            let mut sources = Vec::with_capacity(files.len());
            for (path, kind) in files {
                match read_overlaid(&inputs.overlay, &path, kind, max_bytes) {
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
            let kept = retained.fetch_add(size, Ordering::Relaxed) + size
                <= inputs.file_limits.retained_terraform_bytes;
            let dir = if kept {
                Dir::Parsed(Arc::new(module))
            } else {
                Dir::Unparsed(module.dir, module.files)
            };
            (dir, calls, findings)
        })
        .collect();
    let mut edges = Vec::new();
    let parsed: Vec<(Dir, Vec<Finding>)> = parsed
        .into_iter()
        .map(|(dir, calls, findings)| {
            if !calls.is_empty() {
                edges.push((dir.path().to_path_buf(), calls));
            }
            (dir, findings)
        })
        .collect();
    let graph = CallGraph::new(edges);
    let called = |dir: &Path| graph.is_called(dir);
    // Called directories are looked up by their callers, and variable files alone are checked
    // only for syntax errors: parse those not kept, so that every unparsed directory left is a
    // root module.
    let parsed: Vec<(Dir, Vec<Finding>)> = parsed
        .into_par_iter()
        .map(|(dir, mut findings)| match dir {
            Dir::Unparsed(dir, files) if called(&dir) || !terraform::has_configuration(&files) => {
                let (module, errors) = parse_dir(engine, dir, files);
                findings.extend(errors);
                (Dir::Parsed(Arc::new(module)), findings)
            }
            dir => (dir, findings),
        })
        .collect();
    let mut files_scanned = 0;
    let mut findings: Vec<Finding> = Vec::new();
    let mut units: Vec<Unit> = Vec::new();
    let mut by_dir = HashMap::new();
    let mut read_failures: Vec<(PathBuf, Vec<Finding>)> = Vec::new();
    for (dir, read_errors) in parsed {
        let module = match dir {
            Dir::Parsed(module) => module,
            Dir::Unparsed(dir, files) => {
                if !read_errors.is_empty() {
                    read_failures.push((dir.clone(), read_errors));
                }
                units.push(Unit::TerraformDir(dir, files));
                continue;
            }
        };
        if !read_errors.is_empty() {
            read_failures.push((module.dir.clone(), read_errors));
        }
        // Only directories some module calls are looked up later; a root module's parse is
        // held by its unit alone and freed as soon as it has been checked.
        if called(&module.dir) {
            by_dir.insert(module.dir.clone(), Arc::clone(&module));
        }
        if called(&module.dir) || !module.has_configuration() && !module.errors.is_empty() {
            units.push(Unit::TerraformCallee(module));
        } else if module.has_configuration() {
            units.push(Unit::TerraformRoot(module));
        }
    }
    // Modules that may have no instance, the ones this shard decides, and what is upstream of
    // them (see [`unbound`]).
    let candidates: BTreeSet<PathBuf> = graph
        .candidates()
        .into_iter()
        .filter(|dir| by_dir.get(dir).is_some_and(|m| m.has_configuration()))
        .collect();
    let owned: BTreeSet<PathBuf> = candidates
        .iter()
        .filter(|dir| inputs.shard.is_none_or(|shard| owned_by(Some(dir), shard)))
        .cloned()
        .collect();
    let upstream = graph.ancestors(owned.iter().map(PathBuf::as_path));
    let undecided: BTreeSet<PathBuf> = candidates
        .into_iter()
        .filter(|dir| owned.contains(dir) || upstream.contains(dir))
        .collect();
    let track = !owned.is_empty();
    let parsed_at = started.elapsed();
    let overlay = Arc::clone(&inputs.overlay);
    let buffers = move |path: &Path| {
        let text = overlay.get(path)?;
        let kind = FileKind::from_path(path)?;
        Some(SourceFile::new(path, kind, text.clone()))
    };
    let loader =
        ModuleLoader::new(by_dir, inputs.roots.clone(), &buffers).max_file_bytes(max_bytes);
    units.extend(discovered.files.into_iter().map(|(p, k)| Unit::File(p, k)));
    if let Some(file) = inputs.stdin {
        units.push(Unit::Stdin(file));
    }
    // Root modules of other shards upstream of this shard's candidates are evaluated too, only
    // to learn what they instantiate, so that every shard decides as an unsplit scan would.
    let mut foreign: Vec<Unit> = Vec::new();
    if let Some(shard) = inputs.shard {
        if track {
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
        units.retain(|unit| unit.in_shard(shard));
        read_failures.retain(|(dir, _)| owned_by(Some(dir), shard));
    }
    for (_, errors) in read_failures {
        files_scanned += errors.len();
        findings.extend(errors);
    }
    files_scanned += units.iter().map(Unit::file_count).sum::<usize>();
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
    let unit_count = units.len();
    let results: Vec<Checked> = units
        .into_par_iter()
        .map(|unit| {
            // A panic outside the rules (a parser, the evaluator) costs only this unit.
            let subject = unit.subject();
            let checked = yoroi_checks::guard::catch(|| {
                check_unit(
                    engine,
                    options,
                    unit,
                    &loader,
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
            });
            if let Some(bar) = &bar {
                bar.inc(1);
            }
            checked
        })
        .collect();
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let checked_at = started.elapsed();
    let mut kubernetes = Vec::new();
    let mut directives = Vec::new();
    let mut coverage = Coverage::default();
    let mut instantiated: HashSet<PathBuf> = HashSet::new();
    let mut unbound_count = 0;
    // One allocation instead of repeated doubling (a transient 1.5× of every finding).
    findings.reserve(results.iter().map(|c| c.findings.len()).sum());
    for checked in results {
        instantiated.extend(checked.instantiated);
        coverage.add(&checked.coverage);
        files_scanned += checked.files;
        findings.extend(checked.findings);
        kubernetes.extend(checked.kubernetes);
        directives.extend(checked.directives);
    }
    if track {
        let reached: Vec<Vec<PathBuf>> = foreign
            .into_par_iter()
            .map(|unit| {
                yoroi_checks::guard::catch(|| {
                    let ctx = EvalContext::new(&loader, inputs.limits);
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
        instantiated.extend(reached.into_iter().flatten());
        let (found, evaluated) = check_unbound(
            engine,
            &loader,
            inputs.limits,
            &graph,
            &undecided,
            &owned,
            instantiated,
        );
        findings.extend(found);
        unbound_count = evaluated;
    }
    let overlays = crate::kustomize::check(engine, options, kustomized, |dir| {
        inputs.shard.is_none_or(|shard| owned_by(Some(dir), shard))
    });
    files_scanned += overlays.files;
    coverage.add(&overlays.coverage);
    findings.extend(overlays.findings);
    kubernetes.extend(overlays.kubernetes);
    directives.extend(overlays.directives);
    if engine.wants_kubernetes_set() {
        findings.extend(engine.check_set(&kubernetes));
    }
    let manifests = kubernetes.len();
    drop(kubernetes);
    let related_at = started.elapsed();
    yoroi_project::apply_suppressions(
        engine,
        &mut findings,
        directives,
        inputs.require_suppression_reason,
    );
    findings.par_sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    // A module called from two places reports the same finding twice.
    findings.dedup_by(|a, b| a.sort_key() == b.sort_key());
    yoroi_report::fingerprint::number_occurrences(&mut findings);
    if inputs.verbose {
        eprintln!(
            "yoroi: {unit_count} units{}; Terraform parsed in {} ms, units checked by {} ms \
             ({} modules may have no instance, {unbound_count} of them evaluated on their own), \
             cross-file pass ({manifests} manifests) done by {} ms, findings sorted by {} ms",
            inputs
                .shard
                .map(|s| format!(" in shard {}/{}", s.index, s.count))
                .unwrap_or_default(),
            parsed_at.as_millis(),
            checked_at.as_millis(),
            undecided.len(),
            related_at.as_millis(),
            started.elapsed().as_millis()
        );
    }
    let mut rules: Vec<_> = engine.enabled_rules().to_vec();
    rules.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    Report {
        findings,
        files_scanned,
        rules,
        duration: started.elapsed(),
        absent: Vec::new(),
        coverage,
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
    loader: &ModuleLoader<'_>,
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

/// Decides the candidate modules (see [`unbound`]) callers first: one that nothing instantiated
/// is evaluated on its own with its inputs unknown, which may instantiate the modules it calls.
/// Findings are kept for the modules this shard owns; the others are evaluated only to learn
/// what they instantiate. Their files, suppressions and coverage were counted by their callee
/// unit.
fn check_unbound(
    engine: &Engine,
    loader: &ModuleLoader<'_>,
    limits: EvalLimits,
    graph: &CallGraph,
    undecided: &BTreeSet<PathBuf>,
    owned: &BTreeSet<PathBuf>,
    mut instantiated: HashSet<PathBuf>,
) -> (Vec<Finding>, usize) {
    let mut findings = Vec::new();
    let mut evaluated = 0;
    for round in graph.rounds(undecided) {
        let results: Vec<(Vec<PathBuf>, Vec<Finding>)> = round
            .into_par_iter()
            .filter(|dir| !instantiated.contains(dir))
            .map(|dir| {
                let started = Instant::now();
                yoroi_checks::guard::catch(|| {
                    let Ok(parsed) = loader.module(&dir) else {
                        return (Vec::new(), Vec::new());
                    };
                    let ctx = EvalContext::new(loader, limits);
                    let module = eval::evaluate_unbound(&parsed, &ctx);
                    let reached = unbound::instantiated(&module);
                    let findings = if owned.contains(&dir) {
                        engine.check_since(&Document::Terraform(module), started)
                    } else {
                        Vec::new()
                    };
                    (reached, findings)
                })
                .unwrap_or_default()
            })
            .collect();
        evaluated += results.len();
        for (reached, found) in results {
            instantiated.extend(reached);
            findings.extend(found);
        }
    }
    (findings, evaluated)
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
