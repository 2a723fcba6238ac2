//! The scan pipeline: read each discovered file once, parse it (Terraform per directory), run the
//! engine, all in parallel with rayon, and collect a deterministic [`Report`].

use crate::discover::Discovered;
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;
use yoroi_checks::{
    Document, Engine, Finding, K8sFile, ParseOptions, parse_file_with, parse_module,
};
use yoroi_report::Report;
use yoroi_syntax::{FileKind, SourceFile};

/// Files larger than this are reported, not parsed.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;

/// A unit of parallel work.
enum Unit {
    File(PathBuf, FileKind),
    Module(PathBuf, Vec<(PathBuf, FileKind)>),
    Stdin(Arc<SourceFile>),
}

/// Reads a file as UTF-8 text, or says why it cannot be scanned.
fn read_source(
    path: &PathBuf,
    kind: FileKind,
) -> Result<Arc<SourceFile>, (Arc<SourceFile>, String)> {
    let failed = |message: String| (SourceFile::new(path.clone(), kind, String::new()), message);
    let meta = std::fs::metadata(path).map_err(|e| failed(format!("cannot read file: {e}")))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(failed(format!(
            "file is {} bytes, over the {} byte limit; not scanned",
            meta.len(),
            MAX_FILE_BYTES
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| failed(format!("cannot read file: {e}")))?;
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(failed("binary content (NUL bytes); not scanned".into()));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(path.clone(), kind, text)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            Err(failed(format!("invalid UTF-8 at byte {at}; not scanned")))
        }
    }
}

/// What checking one unit produced: files counted, findings, and the Kubernetes objects kept for
/// the cross-file pass (only when a rule needs them).
struct Checked {
    files: usize,
    findings: Vec<Finding>,
    kubernetes: Option<K8sFile>,
}

/// Runs the whole scan: every unit in parallel, then, once, the rules that relate Kubernetes
/// objects across files, on the objects the first pass already parsed.
pub fn run(
    engine: &Engine,
    options: &ParseOptions,
    discovered: Discovered,
    stdin: Option<Arc<SourceFile>>,
) -> Report {
    let started = Instant::now();
    let mut units: Vec<Unit> = discovered
        .files
        .into_iter()
        .map(|(p, k)| Unit::File(p, k))
        .chain(
            discovered
                .modules
                .into_iter()
                .map(|(d, f)| Unit::Module(d, f)),
        )
        .collect();
    if let Some(file) = stdin {
        units.push(Unit::Stdin(file));
    }
    let results: Vec<Checked> = units
        .into_par_iter()
        .map(|unit| check_unit(engine, options, unit))
        .collect();
    let files_scanned = results.iter().map(|c| c.files).sum();
    let mut findings = Vec::new();
    let mut kubernetes = Vec::new();
    for checked in results {
        findings.extend(checked.findings);
        kubernetes.extend(checked.kubernetes);
    }
    if engine.wants_kubernetes_set() {
        findings.extend(engine.check_set(&kubernetes));
    }
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let mut rules: Vec<_> = engine.enabled_rules().to_vec();
    rules.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    Report {
        findings,
        files_scanned,
        rules,
        duration: started.elapsed(),
    }
}

fn check_unit(engine: &Engine, options: &ParseOptions, unit: Unit) -> Checked {
    let keep = engine.wants_kubernetes_set();
    let single = |file: Arc<SourceFile>| {
        let document = parse_file_with(file, options);
        let findings = engine.check(&document);
        Checked {
            files: 1,
            findings,
            kubernetes: if keep {
                document.into_kubernetes()
            } else {
                None
            },
        }
    };
    match unit {
        Unit::File(path, kind) => match read_source(&path, kind) {
            Ok(file) => single(file),
            Err((file, message)) => Checked {
                files: 1,
                findings: engine.file_error(&file, &message),
                kubernetes: None,
            },
        },
        Unit::Stdin(file) => single(file),
        Unit::Module(dir, files) => {
            let count = files.len();
            let mut sources = Vec::with_capacity(count);
            let mut findings = Vec::new();
            for (path, kind) in files {
                match read_source(&path, kind) {
                    Ok(file) => sources.push(file),
                    Err((file, message)) => findings.extend(engine.file_error(&file, &message)),
                }
            }
            let document: Document = parse_module(dir, sources);
            findings.extend(engine.check(&document));
            Checked {
                files: count,
                findings,
                kubernetes: None,
            }
        }
    }
}
