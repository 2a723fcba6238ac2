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
use std::sync::Arc;
use std::time::Instant;
use yoroi_checks::suppress::{self, Directive};
use yoroi_checks::{Document, Engine, Finding, K8sFile, ParseOptions, parse_file_with};
use yoroi_project::files::{ModuleLoader, read_source};
use yoroi_report::Report;
use yoroi_syntax::terraform::eval::{self, EvalContext, EvalLimits, RootInputs};
use yoroi_syntax::terraform::{Module, ParsedModule};
use yoroi_syntax::{FileKind, SourceFile};

/// What the scan needs besides the discovered files.
pub struct ScanInputs {
    pub stdin: Option<Arc<SourceFile>>,
    /// The paths given on the command line: modules and `file()` are read only inside them.
    pub roots: Vec<PathBuf>,
    pub terraform: RootInputs,
    pub limits: EvalLimits,
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
    // Phase 1: parse every Terraform directory.
    let parsed: Vec<(Arc<ParsedModule>, Vec<Finding>)> = discovered
        .modules
        .into_par_iter()
        .map(|(dir, files)| {
            let mut findings = Vec::new();
            let mut sources = Vec::with_capacity(files.len());
            for (path, kind) in files {
                match read_source(&path, kind) {
                    Ok(file) => sources.push(file),
                    Err((file, message)) => findings.extend(engine.file_error(&file, &message)),
                }
            }
            (Arc::new(ParsedModule::parse(dir, sources)), findings)
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
        by_dir.insert(module.dir.clone(), Arc::clone(&module));
        if called.contains(&module.dir) || !module.has_configuration() && !module.errors.is_empty()
        {
            units.push(Unit::TerraformCallee(module));
        } else if module.has_configuration() {
            units.push(Unit::TerraformRoot(module));
        }
    }
    let no_buffers = |_: &Path| None;
    let loader = ModuleLoader::new(by_dir, inputs.roots.clone(), &no_buffers);
    units.extend(discovered.files.into_iter().map(|(p, k)| Unit::File(p, k)));
    if let Some(file) = inputs.stdin {
        units.push(Unit::Stdin(file));
    }
    let results: Vec<Checked> = units
        .into_par_iter()
        .map(|unit| {
            check_unit(
                engine,
                options,
                unit,
                &loader,
                &inputs.terraform,
                inputs.limits,
            )
        })
        .collect();
    let mut kubernetes = Vec::new();
    let mut directives = Vec::new();
    for checked in results {
        files_scanned += checked.files;
        findings.extend(checked.findings);
        kubernetes.extend(checked.kubernetes);
        directives.extend(checked.directives);
    }
    if engine.wants_kubernetes_set() {
        findings.extend(engine.check_set(&kubernetes));
    }
    yoroi_project::apply_suppressions(
        engine,
        &mut findings,
        directives,
        inputs.require_suppression_reason,
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

fn check_unit(
    engine: &Engine,
    options: &ParseOptions,
    unit: Unit,
    loader: &ModuleLoader<'_>,
    terraform: &RootInputs,
    limits: EvalLimits,
) -> Checked {
    let keep = engine.wants_kubernetes_set();
    let single = |file: Arc<SourceFile>| {
        let directives = suppress::directives(&file);
        let document = parse_file_with(file, options);
        let findings = engine.check(&document);
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
        Unit::File(path, kind) => match read_source(&path, kind) {
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
            only(engine.check(&Document::Terraform(module)), &parsed.files)
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
