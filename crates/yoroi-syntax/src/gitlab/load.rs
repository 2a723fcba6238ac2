//! A configuration with its local includes, as GitLab builds the pipeline from them.
//!
//! - Paths of `include: local` (and of a bare string that is not a URL) are relative to the
//!   project root, the directory of the configuration, whichever file writes them; a leading
//!   `/` means that root. `*` matches within one directory, `**` across directories and `**/`
//!   any run of directories or none; a wildcard only reaches `.yml`/`.yaml` files.
//! - Includes nest: an included file's own includes are read the same way.
//! - Merging: the included files, in order, are deep-merged (mappings key by key, anything else
//!   replaced), then the including file on top, so the including file wins. Jobs of every file
//!   become jobs of the pipeline; `extends`, `default:` and top-level `variables:` are resolved
//!   over the result.
//! - Remote, project, template and component includes are not read: what they would define
//!   stays unknown.
//! - Limits: GitLab's 150 included files per pipeline (counting a file included twice) and 100
//!   levels of nesting; a cycle is reported rather than followed.

use super::{GitlabCi, Include, IncludeKind, build, configuration, includes};
use crate::compose::Loader;
use crate::node::{Entry, Node, Origin, Value};
use crate::source::{FileKind, SourceFile, Span};
use crate::yaml::{YamlError, YamlLimits, parse_stream};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How many files one configuration may include, nested ones and repeats counted (GitLab's limit).
pub const MAX_INCLUDES: usize = 150;

/// How deep includes may nest (GitLab's limit).
pub const MAX_NESTING: usize = 100;

/// How deep mappings are merged; deeper values are replaced whole.
const MAX_MERGE_DEPTH: usize = 64;

/// A file merged into a configuration.
#[derive(Debug)]
pub struct IncludedFile {
    pub file: Arc<SourceFile>,
    /// Its YAML errors.
    pub errors: Vec<YamlError>,
}

/// A local include that could not be merged, at the entry that asks for it.
#[derive(Debug, Clone)]
pub struct IncludeError {
    pub file: Arc<SourceFile>,
    pub span: Span,
    pub message: String,
}

/// Whether a file name is the one GitLab reads as a project's configuration.
pub fn is_configuration_name(name: &str) -> bool {
    matches!(name, ".gitlab-ci.yml" | ".gitlab-ci.yaml")
}

/// Reads a configuration with its local includes, recursively, through `loader`; the project
/// root is the configuration's directory.
pub fn load(file: &Arc<SourceFile>, limits: YamlLimits, loader: &dyn Loader) -> GitlabCi {
    let stream = parse_stream(&file.text, &file.lines, limits);
    let root = configuration(stream.documents.into_iter().map(|d| d.root));
    let mut state = State {
        loader,
        limits,
        project: file
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default(),
        read: 0,
        walks: 0,
        included: Vec::new(),
        errors: Vec::new(),
        includes: Vec::new(),
    };
    let mut stack = vec![file.path.clone()];
    let merged = state.expand(file, root, &mut stack);
    let mut ci = build(file, merged, stream.errors, state.includes);
    ci.included = state.included;
    ci.include_errors = state.errors;
    ci
}

struct State<'a> {
    loader: &'a dyn Loader,
    limits: YamlLimits,
    project: PathBuf,
    /// Included files read so far (repeats counted).
    read: usize,
    /// Wildcard includes expanded so far.
    walks: usize,
    included: Vec<IncludedFile>,
    errors: Vec<IncludeError>,
    /// The `include:` entries of every file read, in the order read.
    includes: Vec<Include>,
}

impl State<'_> {
    /// `root` of `file` with what it includes merged under it.
    fn expand(&mut self, file: &Arc<SourceFile>, mut root: Node, stack: &mut Vec<PathBuf>) -> Node {
        let entries = includes(&root, file);
        let mut base: Option<Node> = None;
        for include in &entries {
            if include.kind != IncludeKind::Local {
                continue;
            }
            for path in self.targets(include) {
                let Some(included) = self.read_one(include, &path, stack) else {
                    continue;
                };
                stack.push(path);
                let expanded = self.expand(&included.0, included.1, stack);
                stack.pop();
                match &mut base {
                    Some(base) => merge(base, expanded, 0),
                    None => base = Some(expanded),
                }
            }
        }
        self.includes.extend(entries);
        match base {
            Some(mut base) => {
                if let Value::Map(entries) = &mut base.value {
                    entries.retain(|e| e.key != "include");
                }
                merge(&mut base, root, 0);
                base
            }
            None => {
                // A file that includes nothing keeps its own `include:` (a remote one, say).
                if stack.len() > 1
                    && let Value::Map(entries) = &mut root.value
                {
                    entries.retain(|e| e.key != "include");
                }
                root
            }
        }
    }

    /// The files an entry names: one path, or what a wildcard matches (sorted). An entry whose
    /// path holds a variable names files nobody knows.
    fn targets(&mut self, include: &Include) -> Vec<PathBuf> {
        let location = include.location.trim();
        if location.is_empty() || location.contains('$') {
            return Vec::new();
        }
        let relative = location.trim_start_matches('/');
        if !relative.contains('*') {
            return vec![clean_join(&self.project, relative)];
        }
        // Each wildcard walks a folder: as many walks as files may be read, no more.
        if self.walks >= MAX_INCLUDES {
            return Vec::new();
        }
        self.walks += 1;
        let found = wildcard_files(&self.project, relative, self.loader);
        if found.is_empty() {
            self.error(
                include,
                format!("the wildcard include `{location}` matches no file"),
            );
        }
        found
    }

    /// Reads and parses one included file, or says why not.
    fn read_one(
        &mut self,
        include: &Include,
        path: &Path,
        stack: &[PathBuf],
    ) -> Option<(Arc<SourceFile>, Node)> {
        if stack.iter().any(|p| p == path) {
            let chain: Vec<String> = stack
                .iter()
                .chain(std::iter::once(&path.to_path_buf()))
                .map(|p| format!("`{}`", p.display()))
                .collect();
            self.error(include, format!("`include` loops: {}", chain.join(" → ")));
            return None;
        }
        if stack.len() > MAX_NESTING {
            self.error(
                include,
                format!(
                    "includes nest more than {MAX_NESTING} levels deep (GitLab's limit); `{}` is not read",
                    include.location
                ),
            );
            return None;
        }
        if self.read >= MAX_INCLUDES {
            self.error(
                include,
                format!(
                    "the configuration includes more than {MAX_INCLUDES} files (GitLab's limit); `{}` is not read",
                    path.display()
                ),
            );
            return None;
        }
        self.read += 1;
        // A file included twice defines the same keys twice: once is enough.
        if self.included.iter().any(|f| f.file.path == path) {
            return None;
        }
        let Some(text) = self.loader.read(path) else {
            self.error(
                include,
                format!("cannot read the included `{}`", include.location),
            );
            return None;
        };
        let file = SourceFile::new(path.to_path_buf(), FileKind::GitlabCi, text);
        let stream = parse_stream(&file.text, &file.lines, self.limits);
        let mut root = configuration(stream.documents.into_iter().map(|d| d.root));
        mark_origin(&mut root, &file, 0);
        self.included.push(IncludedFile {
            file: Arc::clone(&file),
            errors: stream.errors,
        });
        Some((file, root))
    }

    fn error(&mut self, include: &Include, message: String) {
        self.errors.push(IncludeError {
            file: Arc::clone(&include.file),
            span: include.location_span,
            message,
        });
    }
}

/// The `.yml`/`.yaml` files of the project at `root` that a wildcard include path matches
/// (relative to `root`, without its leading `/`), sorted.
pub fn wildcard_files(root: &Path, relative: &str, loader: &dyn Loader) -> Vec<PathBuf> {
    let Some(pattern) = wildcard(relative) else {
        return Vec::new();
    };
    // Only the directory before the first wildcard is walked.
    let fixed = relative[..relative.find('*').unwrap_or(0)]
        .rsplit_once('/')
        .map_or("", |(dir, _)| dir);
    let mut found: Vec<PathBuf> = loader
        .files_under(&clean_join(root, fixed))
        .into_iter()
        .filter(|p| {
            let yaml = p.extension().is_some_and(|e| e == "yml" || e == "yaml");
            let rel = p.strip_prefix(root).unwrap_or(p);
            yaml && pattern.is_match(&rel.to_string_lossy().replace('\\', "/"))
        })
        .collect();
    found.sort();
    found.dedup();
    found
}

/// Deep-merges `over` onto `base`: mappings key by key (a key `over` also sets takes its span),
/// anything else replaced.
pub(super) fn merge(base: &mut Node, over: Node, depth: usize) {
    match (&mut base.value, over.value) {
        (Value::Map(entries), Value::Map(over_entries)) if depth < MAX_MERGE_DEPTH => {
            for Entry {
                key,
                key_span,
                value,
            } in over_entries
            {
                match entries.iter_mut().find(|e| e.key == key) {
                    Some(entry) => {
                        entry.key_span = key_span;
                        merge(&mut entry.value, value, depth + 1);
                    }
                    None => entries.push(Entry {
                        key,
                        key_span,
                        value,
                    }),
                }
            }
            base.span = over.span;
            base.origin = over.origin;
        }
        (_, value) => {
            *base = Node {
                span: over.span,
                value,
                origin: over.origin,
            };
        }
    }
}

/// GitLab's wildcard grammar as a regular expression: the path is literal but for `**/` (any
/// run of directories, or none), `**` (anything) and `*` (anything within one directory).
fn wildcard(pattern: &str) -> Option<regex::Regex> {
    let escaped = regex::escape(pattern);
    let expr = escaped
        .replace(r"\*\*/", "\u{0}")
        .replace(r"\*\*", "\u{1}")
        .replace(r"\*", "[^/]*?")
        .replace('\u{0}', "(?:.*?/)?")
        .replace('\u{1}', ".*?");
    regex::Regex::new(&format!("^{expr}$")).ok()
}

/// `dir/rel` with `.` and `..` folded, so one file has one name however it is written.
fn clean_join(dir: &Path, rel: &str) -> PathBuf {
    let mut out = PathBuf::new();
    for part in dir.join(rel).components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// Marks every node of an included file with that file, so findings point there.
fn mark_origin(node: &mut Node, file: &Arc<SourceFile>, depth: usize) {
    if depth > 256 {
        return;
    }
    if node.origin.is_none() {
        node.origin = Some(Arc::new(Origin {
            file: Arc::clone(file),
            span: node.span,
            note: format!("set in {}", file.display()),
        }));
    }
    match &mut node.value {
        Value::Map(entries) => {
            for entry in entries {
                mark_origin(&mut entry.value, file, depth + 1);
            }
        }
        Value::Seq(items) => {
            for item in items {
                mark_origin(item, file, depth + 1);
            }
        }
        _ => {}
    }
}
