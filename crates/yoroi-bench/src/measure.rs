//! Timing helpers: parse-only passes per format (single-threaded, so the number is a per-file
//! cost), Terraform evaluation, and the process's peak resident set.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};
use yoroi_syntax::terraform::ParsedModule;
use yoroi_syntax::terraform::eval::{EvalContext, EvalLimits, NoLoader, RootInputs, evaluate_root};
use yoroi_syntax::{FileKind, SourceFile};

/// The files of a corpus, read into memory, by format.
#[derive(Default)]
pub struct Loaded {
    pub dockerfiles: Vec<Arc<SourceFile>>,
    pub yaml: Vec<Arc<SourceFile>>,
    /// Terraform files grouped by directory (one module each).
    pub terraform: BTreeMap<PathBuf, Vec<Arc<SourceFile>>>,
}

impl Loaded {
    pub fn bytes(files: &[Arc<SourceFile>]) -> usize {
        files.iter().map(|f| f.text.len()).sum()
    }
}

/// Reads every file yoroi would read under `dir` (no ignore files: generated corpora have none).
pub fn load(dir: &Path) -> std::io::Result<Loaded> {
    let mut loaded = Loaded::default();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let entry = entry?;
            let path = entry.path();
            if entry.file_type()?.is_dir() {
                stack.push(path);
                continue;
            }
            let Some(kind) = FileKind::from_path(&path) else {
                continue;
            };
            let text = std::fs::read_to_string(&path)?;
            let file = SourceFile::new(&path, kind, text);
            match kind {
                FileKind::Dockerfile => loaded.dockerfiles.push(file),
                FileKind::Yaml => loaded.yaml.push(file),
                _ => loaded.terraform.entry(d.clone()).or_default().push(file),
            }
        }
    }
    loaded.dockerfiles.sort_by(|a, b| a.path.cmp(&b.path));
    loaded.yaml.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(loaded)
}

/// The result of one parse-only pass.
#[derive(Debug, Clone, Copy)]
pub struct Pass {
    pub files: usize,
    pub bytes: usize,
    pub time: Duration,
}

impl Pass {
    pub fn per_file_us(&self) -> f64 {
        self.time.as_secs_f64() * 1e6 / self.files.max(1) as f64
    }

    pub fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.time.as_secs_f64().max(1e-9)
    }
}

/// Parses every Dockerfile (instructions and the shell of every `RUN`), single-threaded.
pub fn parse_dockerfiles(files: &[Arc<SourceFile>]) -> Pass {
    let start = Instant::now();
    for file in files {
        std::hint::black_box(yoroi_syntax::dockerfile::parse(&file.text));
    }
    Pass {
        files: files.len(),
        bytes: Loaded::bytes(files),
        time: start.elapsed(),
    }
}

/// Parses every YAML file into Kubernetes objects, single-threaded.
pub fn parse_yaml(files: &[Arc<SourceFile>]) -> Pass {
    let start = Instant::now();
    for file in files {
        std::hint::black_box(yoroi_checks::parse_file(Arc::clone(file)));
    }
    Pass {
        files: files.len(),
        bytes: Loaded::bytes(files),
        time: start.elapsed(),
    }
}

/// Parses every Terraform directory (HCL only, no evaluation), single-threaded.
pub fn parse_terraform(modules: &BTreeMap<PathBuf, Vec<Arc<SourceFile>>>) -> Pass {
    let start = Instant::now();
    let mut files = 0;
    let mut bytes = 0;
    for (dir, sources) in modules {
        files += sources.len();
        bytes += Loaded::bytes(sources);
        std::hint::black_box(ParsedModule::parse(dir.clone(), sources.clone()));
    }
    Pass {
        files,
        bytes,
        time: start.elapsed(),
    }
}

/// Parses and evaluates one module held in a single `main.tf`; returns (parse, evaluate, blocks).
pub fn evaluate_module(text: &str) -> (Duration, Duration, usize) {
    let files = vec![SourceFile::new(
        "main.tf",
        FileKind::Terraform,
        text.to_string(),
    )];
    let start = Instant::now();
    let parsed = ParsedModule::parse(PathBuf::from("."), files);
    let parse = start.elapsed();
    let start = Instant::now();
    let ctx = EvalContext::new(&NoLoader, EvalLimits::default());
    let blocks = evaluate_root(&parsed, &RootInputs::default(), &ctx)
        .blocks
        .len();
    (parse, start.elapsed(), blocks)
}

/// The best of `runs` runs of `f`.
pub fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        let value = f();
        best = best.min(start.elapsed());
        last = Some(value);
    }
    match last {
        Some(value) => (best, value),
        None => unreachable!("runs.max(1) runs at least once"),
    }
}

/// Peak resident set of this process in kB (`VmHWM`), where the platform tells.
pub fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
