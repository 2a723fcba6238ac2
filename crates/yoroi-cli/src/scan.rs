//! The scan pipeline: read each discovered file once, parse it, run the engine, all in parallel
//! with rayon, and collect a deterministic [`Report`].
//!
//! Terraform is two-phase: every directory is parsed first, so that directories only reached as
//! a local module (`source = "./…"`) are evaluated through their callers, with the callers'
//! inputs, instead of on their own. Each root module is then evaluated once.

use crate::discover::Discovered;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;
use yoroi_checks::suppress::{self, Directive};
use yoroi_checks::{Document, Engine, Finding, K8sFile, ParseOptions, parse_file_with};
use yoroi_report::Report;
use yoroi_syntax::terraform::eval::{self, EvalContext, EvalLimits, RootInputs, SourceLoader};
use yoroi_syntax::terraform::{Module, ParsedModule, is_within};
use yoroi_syntax::{FileKind, SourceFile};

/// Files larger than this are reported, not parsed (default of `--max-file-size`).
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;

/// Limits that apply to each file, besides the evaluation limits.
#[derive(Debug, Clone, Copy)]
pub struct FileLimits {
    /// Larger files are not read (`--max-file-size`).
    pub max_bytes: u64,
}

impl Default for FileLimits {
    fn default() -> Self {
        FileLimits {
            max_bytes: MAX_FILE_BYTES,
        }
    }
}

/// `5242880` → `5 MB`, `1536` → `1.5 kB` (for messages).
pub fn human_bytes(bytes: u64) -> String {
    const UNITS: [(u64, &str); 3] = [(1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "kB")];
    for (size, unit) in UNITS {
        if bytes >= size {
            let value = bytes as f64 / size as f64;
            return if value.fract() == 0.0 {
                format!("{value:.0} {unit}")
            } else {
                format!("{value:.1} {unit}")
            };
        }
    }
    format!("{bytes} bytes")
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
}

/// Reads a file as UTF-8 text, or says why it cannot be scanned.
pub fn read_source(
    path: &Path,
    kind: FileKind,
    max_bytes: u64,
) -> Result<Arc<SourceFile>, (Arc<SourceFile>, String)> {
    let failed = |message: String| (SourceFile::new(path, kind, String::new()), message);
    let meta = std::fs::metadata(path).map_err(|e| failed(format!("cannot read file: {e}")))?;
    if meta.is_dir() {
        return Err(failed("is a directory; not scanned".into()));
    }
    // Checked before reading: a huge (or sparse) file is never read.
    if meta.len() > max_bytes {
        return Err(failed(format!(
            "file is {} ({} bytes), over the {} limit (--max-file-size); not scanned",
            human_bytes(meta.len()),
            meta.len(),
            human_bytes(max_bytes)
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| failed(format!("cannot read file: {e}")))?;
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(failed("binary content (NUL bytes); not scanned".into()));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(path, kind, text)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            Err(failed(format!("invalid UTF-8 at byte {at}; not scanned")))
        }
    }
}

/// Serves parsed module directories to the evaluator; directories that were not discovered are
/// read from disk, but only inside the scan roots.
struct ScanLoader {
    parsed: HashMap<PathBuf, Arc<ParsedModule>>,
    extra: Mutex<HashMap<PathBuf, Arc<ParsedModule>>>,
    roots: Vec<PathBuf>,
    max_bytes: u64,
}

impl ScanLoader {
    fn inside_roots(&self, path: &Path) -> bool {
        self.roots.iter().any(|root| is_within(path, root))
    }
}

impl SourceLoader for ScanLoader {
    fn module(&self, dir: &Path) -> Result<Arc<ParsedModule>, String> {
        if let Some(parsed) = self.parsed.get(dir) {
            return Ok(Arc::clone(parsed));
        }
        if !self.inside_roots(dir) {
            return Err("outside the scanned paths".into());
        }
        let mut extra = self
            .extra
            .lock()
            .map_err(|_| "loader poisoned".to_string())?;
        if let Some(parsed) = extra.get(dir) {
            return Ok(Arc::clone(parsed));
        }
        let entries = std::fs::read_dir(dir).map_err(|e| e.to_string())?;
        let mut files = Vec::new();
        let mut paths: Vec<PathBuf> = entries
            .flatten()
            .map(|e| {
                let path = e.path();
                path.strip_prefix("./")
                    .map(Path::to_path_buf)
                    .unwrap_or(path)
            })
            .collect();
        paths.sort();
        for path in paths {
            let Some(kind) = FileKind::from_path(&path) else {
                continue;
            };
            if matches!(kind, FileKind::Terraform | FileKind::TerraformJson)
                && let Ok(file) = read_source(&path, kind, self.max_bytes)
            {
                files.push(file);
            }
        }
        if files.is_empty() {
            return Err("no Terraform files there".into());
        }
        let parsed = Arc::new(ParsedModule::parse(dir.to_path_buf(), files));
        extra.insert(dir.to_path_buf(), Arc::clone(&parsed));
        Ok(parsed)
    }

    fn read(&self, path: &Path) -> Option<String> {
        if !self.inside_roots(path) {
            return None;
        }
        let meta = std::fs::metadata(path).ok()?;
        if meta.len() > self.max_bytes {
            return None;
        }
        std::fs::read_to_string(path).ok()
    }
}

/// What checking one unit produced: files counted, findings, and the Kubernetes objects kept for
/// the cross-file pass (only when a rule needs them).
struct Checked {
    files: usize,
    findings: Vec<Finding>,
    kubernetes: Option<K8sFile>,
    /// Suppression directives of the unit's own files.
    directives: Vec<Directive>,
}

/// Runs the whole scan: every unit in parallel, then, once, the rules that relate Kubernetes
/// objects across files, on the objects the first pass already parsed.
pub fn run(
    engine: &Engine,
    options: &ParseOptions,
    discovered: Discovered,
    inputs: ScanInputs,
) -> Report {
    let started = Instant::now();
    let max_bytes = inputs.file_limits.max_bytes;
    // Phase 1: parse every Terraform directory.
    let parsed: Vec<(Arc<ParsedModule>, Vec<Finding>)> = discovered
        .modules
        .into_par_iter()
        .map(|(dir, files)| {
            let mut findings = Vec::new();
            let mut sources = Vec::with_capacity(files.len());
            for (path, kind) in files {
                match read_source(&path, kind, max_bytes) {
                    Ok(file) => sources.push(file),
                    Err((file, message)) => findings.extend(engine.file_error(&file, &message)),
                }
            }
            // A parser bug costs this directory, reported on each of its files.
            let guarded =
                yoroi_checks::guard::catch(|| ParsedModule::parse(dir.clone(), sources.clone()));
            let module = match guarded {
                Ok(module) => module,
                Err(message) => {
                    for file in &sources {
                        findings.extend(engine.internal_error(file, &message));
                    }
                    ParsedModule::parse(dir, Vec::new())
                }
            };
            (Arc::new(module), findings)
        })
        .collect();
    let called: HashSet<PathBuf> = parsed.iter().flat_map(|(p, _)| p.local_calls()).collect();
    let mut files_scanned = 0;
    let mut findings: Vec<Finding> = Vec::new();
    let mut units: Vec<Unit> = Vec::new();
    let mut by_dir = HashMap::new();
    for (module, read_errors) in parsed {
        files_scanned += module.files.len() + read_errors.len();
        findings.extend(read_errors);
        // Only directories some module calls are looked up later; a root module's parse is
        // held by its unit alone and freed as soon as it has been checked.
        if called.contains(&module.dir) {
            by_dir.insert(module.dir.clone(), Arc::clone(&module));
        }
        if called.contains(&module.dir) || !module.has_configuration() && !module.errors.is_empty()
        {
            units.push(Unit::TerraformCallee(module));
        } else if module.has_configuration() {
            units.push(Unit::TerraformRoot(module));
        }
    }
    let loader = ScanLoader {
        parsed: by_dir,
        extra: Mutex::new(HashMap::new()),
        roots: inputs.roots.clone(),
        max_bytes,
    };
    units.extend(discovered.files.into_iter().map(|(p, k)| Unit::File(p, k)));
    if let Some(file) = inputs.stdin {
        units.push(Unit::Stdin(file));
    }
    let results: Vec<Checked> = units
        .into_par_iter()
        .map(|unit| {
            // A panic outside the rules (a parser, the evaluator) costs only this unit.
            let subject = unit.subject();
            yoroi_checks::guard::catch(|| {
                check_unit(
                    engine,
                    options,
                    unit,
                    &loader,
                    &inputs.terraform,
                    inputs.limits,
                    inputs.file_limits,
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
                kubernetes: None,
                directives: Vec::new(),
            })
        })
        .collect();
    let mut kubernetes = Vec::new();
    let mut directives = Vec::new();
    // One allocation instead of repeated doubling (a transient 1.5× of every finding).
    findings.reserve(results.iter().map(|c| c.findings.len()).sum());
    for checked in results {
        files_scanned += checked.files;
        findings.extend(checked.findings);
        kubernetes.extend(checked.kubernetes);
        directives.extend(checked.directives);
    }
    if engine.wants_kubernetes_set() {
        findings.extend(engine.check_set(&kubernetes));
    }
    if inputs.require_suppression_reason {
        directives.retain(|d| d.reason.is_some());
    }
    let enabled = |id: &str| engine.enabled_rules().iter().any(|r| r.meta.id == id);
    suppress::apply(
        &mut findings,
        &directives,
        engine.catalog(),
        &enabled,
        &suppress::today(),
    );
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    // A module called from two places reports the same finding twice.
    findings.dedup_by(|a, b| a.sort_key() == b.sort_key());
    let mut rules: Vec<_> = engine.enabled_rules().to_vec();
    rules.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    Report {
        findings,
        files_scanned,
        rules,
        duration: started.elapsed(),
        absent: Vec::new(),
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
        }
    }
}

fn check_unit(
    engine: &Engine,
    options: &ParseOptions,
    unit: Unit,
    loader: &ScanLoader,
    terraform: &RootInputs,
    limits: EvalLimits,
    file_limits: FileLimits,
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
            kubernetes: if keep {
                document.into_kubernetes()
            } else {
                None
            },
        }
    };
    let only = |findings: Vec<Finding>, files: &[Arc<SourceFile>]| Checked {
        files: 0,
        findings,
        kubernetes: None,
        directives: files.iter().flat_map(suppress::directives).collect(),
    };
    match unit {
        Unit::File(path, kind) => match read_source(&path, kind, file_limits.max_bytes) {
            Ok(file) => single(file),
            Err((file, message)) => Checked {
                files: 1,
                findings: engine.file_error(&file, &message),
                kubernetes: None,
                directives: Vec::new(),
            },
        },
        Unit::Stdin(file) => single(file),
        Unit::TerraformRoot(parsed) => {
            let ctx = EvalContext::new(loader, limits);
            let module = eval::evaluate_root(&parsed, terraform, &ctx);
            only(
                engine.check_since(&Document::Terraform(module), started),
                &parsed.files,
            )
        }
        Unit::TerraformCallee(parsed) => {
            let module = Module {
                dir: parsed.dir.clone(),
                files: parsed.files.clone(),
                errors: parsed.errors.clone(),
                ..Module::default()
            };
            only(engine.check(&Document::Terraform(module)), &parsed.files)
        }
    }
}
