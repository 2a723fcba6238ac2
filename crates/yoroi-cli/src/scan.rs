//! The scan pipeline: read each discovered file once, parse it (Terraform per directory), run the
//! engine, all in parallel with rayon, and collect a deterministic [`Report`].

use crate::discover::Discovered;
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;
use yoroi_checks::{Document, Engine, Finding, parse_file, parse_module};
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

/// Runs the whole scan.
pub fn run(engine: &Engine, discovered: Discovered, stdin: Option<Arc<SourceFile>>) -> Report {
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
    let results: Vec<(usize, Vec<Finding>)> = units
        .into_par_iter()
        .map(|unit| check_unit(engine, unit))
        .collect();
    let files_scanned = results.iter().map(|(n, _)| n).sum();
    let mut findings: Vec<Finding> = results.into_iter().flat_map(|(_, f)| f).collect();
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

fn check_unit(engine: &Engine, unit: Unit) -> (usize, Vec<Finding>) {
    match unit {
        Unit::File(path, kind) => match read_source(&path, kind) {
            Ok(file) => (1, engine.check(&parse_file(file))),
            Err((file, message)) => (1, engine.file_error(&file, &message)),
        },
        Unit::Stdin(file) => (1, engine.check(&parse_file(file))),
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
            (count, findings)
        }
    }
}
