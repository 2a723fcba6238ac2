//! Reading files from disk the way a scan does: size limit, binary and UTF-8 checks, and the
//! Terraform files of a module directory.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use yoroi_syntax::terraform::eval::SourceLoader;
use yoroi_syntax::terraform::{ParsedModule, is_within};
use yoroi_syntax::{FileKind, SourceFile};

/// Directories never walked: version control, Terraform's module cache, JavaScript packages.
const SKIPPED_DIRS: [&str; 3] = [".git", ".terraform", "node_modules"];

/// A walker of a directory tree as a scan walks it (the command line and the language server's
/// workspace index alike): ignore files honoured (with or without Git), links not followed,
/// hidden entries skipped except `.github` (workflows, actions, Dependabot), `.gitlab` (files a
/// GitLab CI configuration includes) and `.gitlab-ci.yml` itself, and [`SKIPPED_DIRS`] skipped.
pub fn walker(root: &Path) -> ignore::WalkBuilder {
    let mut builder = ignore::WalkBuilder::new(root);
    builder
        .require_git(false)
        .follow_links(false)
        .hidden(false)
        .filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            let is_dir = e.file_type().is_some_and(|t| t.is_dir());
            let ci = if is_dir {
                name == ".github" || name == ".gitlab"
            } else {
                name == ".gitlab-ci.yml" || name == ".gitlab-ci.yaml"
            };
            if e.depth() > 0 && name.starts_with('.') && !ci {
                return false;
            }
            !(is_dir && SKIPPED_DIRS.contains(&name.as_ref()))
        });
    builder
}

/// Files larger than this are reported, not parsed.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;

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

/// Reads a file as UTF-8 text, or says why it cannot be scanned. Files over `max_bytes` are
/// refused before they are read, so a huge (or sparse) file costs nothing.
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

/// A file's text for Terraform's `file()`: `None` when unreadable or over `max_bytes`.
pub fn read_text(path: &Path, max_bytes: u64) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    if meta.len() > max_bytes {
        return None;
    }
    std::fs::read_to_string(path).ok()
}

/// The files of a directory of the given kinds (the `.tf` and `.tf.json` of a module, and its
/// `.tfvars` for a root module), sorted by path; `overlay` supplies the current text of a file
/// (an editor buffer) instead of what is on disk, and unreadable files (or files over
/// `max_bytes`) are left out.
pub fn module_files(
    dir: &Path,
    kinds: &[FileKind],
    overlay: Overlay<'_>,
    max_bytes: u64,
) -> std::io::Result<Vec<Arc<SourceFile>>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .flatten()
        .map(|e| {
            let path = e.path();
            path.strip_prefix("./")
                .map(Path::to_path_buf)
                .unwrap_or(path)
        })
        .collect();
    paths.sort();
    let mut files = Vec::new();
    for path in paths {
        let Some(kind) = FileKind::from_path(&path) else {
            continue;
        };
        if !kinds.contains(&kind) {
            continue;
        }
        if let Some(file) = overlay(&path) {
            files.push(file);
        } else if let Ok(file) = read_source(&path, kind, max_bytes) {
            files.push(file);
        }
    }
    Ok(files)
}

/// The buffers of an editor that differ from the disk, by path.
pub type Overlay<'a> = &'a (dyn Fn(&Path) -> Option<Arc<SourceFile>> + Sync);

/// Serves module directories to the Terraform evaluator: the ones parsed already, else read from
/// disk (with the overlay's buffers instead of their files), but only inside the roots.
pub struct ModuleLoader<'a> {
    parsed: HashMap<PathBuf, Arc<ParsedModule>>,
    extra: Mutex<HashMap<PathBuf, Arc<ParsedModule>>>,
    roots: Vec<PathBuf>,
    overlay: Overlay<'a>,
    /// Larger module files and `file()` arguments are not read (`--max-file-size`).
    max_bytes: u64,
}

impl<'a> ModuleLoader<'a> {
    pub fn new(
        parsed: HashMap<PathBuf, Arc<ParsedModule>>,
        roots: Vec<PathBuf>,
        overlay: Overlay<'a>,
    ) -> ModuleLoader<'a> {
        ModuleLoader {
            parsed,
            extra: Mutex::new(HashMap::new()),
            roots,
            overlay,
            max_bytes: MAX_FILE_BYTES,
        }
    }

    /// Reads no module file or `file()` argument larger than `max_bytes`.
    pub fn max_file_bytes(mut self, max_bytes: u64) -> Self {
        self.max_bytes = max_bytes;
        self
    }

    fn inside_roots(&self, path: &Path) -> bool {
        self.roots.iter().any(|root| is_within(path, root))
    }
}

impl SourceLoader for ModuleLoader<'_> {
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
        let files = module_files(
            dir,
            &[FileKind::Terraform, FileKind::TerraformJson],
            self.overlay,
            self.max_bytes,
        )
        .map_err(|e| e.to_string())?;
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
        match (self.overlay)(path) {
            Some(buffer) => Some(buffer.text.clone()),
            None => read_text(path, self.max_bytes),
        }
    }
}

/// A size with an optional unit: `5242880`, `512kB`, `5MB`, `1GB` (`--max-file-size` and
/// `[limits] max-file-size`).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let digits = t
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(t.len());
    let (number, unit) = t.split_at(digits);
    let number: f64 = number
        .parse()
        .map_err(|_| format!("`{s}` is not a size (e.g. 5242880, 512kB, 5MB)"))?;
    let multiple: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return Err(format!("`{s}`: unknown unit (use kB, MB or GB)")),
    };
    Ok((number * multiple as f64) as u64)
}
