//! Docker Compose files: the project as `docker compose config` would produce it, with spans.
//!
//! A compose file is read through the spanned YAML model (anchors and `<<` merge keys are
//! resolved there), then:
//!
//! - interpolated: `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?err}`, `${VAR:+alt}`,
//!   `$VAR` and `$$`, with the variables of the `.env` file beside the compose file. A value that
//!   needs a variable nobody sets is [`Value::Unknown`], so it never decides a rule; a literal
//!   default does decide (`${SOCK:-/var/run/docker.sock}`);
//! - merged: `extends` (same file or another file), and the override file beside a standard
//!   name (`compose.override.yml` on `compose.yml`). A value that came from another file keeps
//!   its real span and names that file in [`Node::origin`];
//! - normalised: short syntax becomes the long form (`ports`, `volumes`, `environment`,
//!   `sysctls`, `secrets`, `configs`, `labels`), each produced node spanned at the item it came
//!   from, so rules read one shape.
//!
//! `include:`d files are compose files of their own and are judged when scanned; an override
//! file beside its base is judged through the base.

mod interpolate;
mod merge;
mod normalize;

use crate::node::{Entry, Node, Origin, Value};
use crate::source::{FileKind, SourceFile, Span};
use crate::yaml::{YamlLimits, parse_stream};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use interpolate::{Env, interpolate};

/// Whether a file name is one of Docker Compose's: `compose*.y{a,}ml`, `docker-compose*.y{a,}ml`.
pub fn is_compose_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    (lower.starts_with("compose") || lower.starts_with("docker-compose"))
        && (lower.ends_with(".yml") || lower.ends_with(".yaml"))
}

/// Whether YAML text looks like a compose file: a top-level `services:` mapping and no
/// Kubernetes `apiVersion`/`kind`.
pub fn looks_like_compose(text: &str) -> bool {
    let mut services = false;
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.starts_with("apiVersion:") || line.starts_with("kind:") {
            return false;
        }
        if let Some(rest) = line.strip_prefix("services:") {
            let rest = rest.trim();
            if rest.starts_with('{') {
                services = true;
            } else if rest.is_empty() || rest.starts_with('#') {
                // A mapping of services, not a list (GitLab CI's top-level `services:`).
                let next = lines
                    .by_ref()
                    .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
                services |= next.is_some_and(|l| {
                    l.starts_with([' ', '\t']) && !l.trim_start().starts_with('-')
                });
            }
        }
    }
    services
}

/// One service after merging, interpolation and normalisation.
#[derive(Debug)]
pub struct Service {
    pub name: String,
    /// The file that defines the service's key (the compose file, or its override file).
    pub file: Arc<SourceFile>,
    pub key_span: Span,
    /// The merged service mapping.
    pub node: Node,
    /// Values came from elsewhere (`extends`, an override file): the mapping is not the text
    /// under `key_span`, so automatic fixes stay away.
    pub merged: bool,
    /// The Dockerfile of `build: {context, dockerfile}` when it could be read.
    pub build: Option<Arc<BuildFile>>,
}

/// A service's Dockerfile, parsed.
#[derive(Debug)]
pub struct BuildFile {
    pub file: Arc<SourceFile>,
    pub dockerfile: crate::dockerfile::Dockerfile,
}

/// A problem found while producing the project (a missing `extends` target, a cycle, a file that
/// cannot be read), at the line responsible.
#[derive(Debug, Clone)]
pub struct ComposeError {
    pub file: Arc<SourceFile>,
    pub span: Span,
    pub message: String,
}

/// A parsed compose file with what it pulls in.
#[derive(Debug)]
pub struct ComposeProject {
    pub file: Arc<SourceFile>,
    pub services: Vec<Service>,
    /// YAML errors of the compose file itself.
    pub syntax_errors: Vec<crate::yaml::YamlError>,
    /// Problems producing the project.
    pub errors: Vec<ComposeError>,
    /// The file is the override of a compose file beside it, which judges it merged.
    pub override_of: Option<PathBuf>,
    /// The top-level mapping, interpolated (`volumes`, `secrets`, `x-` blocks …).
    pub root: Option<Node>,
}

impl ComposeProject {
    /// A service by name.
    pub fn service(&self, name: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.name == name)
    }
}

/// Reads other files (`extends: {file}`, the override file, `.env`); tests hand in a map.
pub trait Loader {
    fn read(&self, path: &Path) -> Option<String>;
}

/// Reads from disk.
pub struct FsLoader;

impl Loader for FsLoader {
    fn read(&self, path: &Path) -> Option<String> {
        // Compose files are small; a huge file is no compose file.
        let meta = std::fs::metadata(path).ok()?;
        if !meta.is_file() || meta.len() > 8 * 1024 * 1024 {
            return None;
        }
        std::fs::read_to_string(path).ok()
    }
}

/// The override file names that `docker compose` merges onto a standard compose file.
fn override_names(name: &str) -> Option<[String; 2]> {
    let lower = name.to_ascii_lowercase();
    let stem = ["compose", "docker-compose"]
        .into_iter()
        .find(|s| lower == format!("{s}.yml") || lower == format!("{s}.yaml"))?;
    Some([
        format!("{stem}.override.yml"),
        format!("{stem}.override.yaml"),
    ])
}

/// The standard compose file an override file belongs to.
fn base_names(name: &str) -> Option<[String; 2]> {
    let lower = name.to_ascii_lowercase();
    let stem = ["compose", "docker-compose"]
        .into_iter()
        .find(|s| lower == format!("{s}.override.yml") || lower == format!("{s}.override.yaml"))?;
    Some([format!("{stem}.yml"), format!("{stem}.yaml")])
}

const MAX_EXTENDS_DEPTH: usize = 16;

struct Loaded {
    file: Arc<SourceFile>,
    root: Option<Node>,
}

struct Builder<'a> {
    loader: &'a dyn Loader,
    limits: YamlLimits,
    env: Env,
    /// Other files by path.
    files: HashMap<PathBuf, Option<Loaded>>,
    errors: Vec<ComposeError>,
}

/// Parses a compose file with its `.env`, `extends` and override file.
pub fn parse(file: Arc<SourceFile>, limits: YamlLimits, loader: &dyn Loader) -> ComposeProject {
    let stream = parse_stream(&file.text, &file.lines, limits);
    let dir = file
        .path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let name = file
        .path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string();
    let override_of = base_names(&name).and_then(|names| {
        names
            .into_iter()
            .map(|n| dir.join(n))
            .find(|p| loader.read(p).is_some())
    });
    let env = dir
        .join(".env")
        .to_str()
        .and_then(|_| loader.read(&dir.join(".env")))
        .map(|text| Env::parse(&text))
        .unwrap_or_default();
    let mut builder = Builder {
        loader,
        limits,
        env,
        files: HashMap::new(),
        errors: Vec::new(),
    };
    let mut root = stream
        .documents
        .into_iter()
        .next()
        .map(|d| d.root)
        .filter(Node::is_map);
    if let Some(root) = &mut root {
        interpolate(root, &builder.env);
    }
    let mut services = Vec::new();
    if let (Some(root), None) = (&root, &override_of) {
        for entry in root
            .get("services")
            .map(Node::entries)
            .into_iter()
            .flatten()
        {
            let node = builder.resolve(&file, root, &entry.key, &entry.value, 0, &mut Vec::new());
            services.push(Service {
                name: entry.key.clone(),
                file: Arc::clone(&file),
                key_span: entry.key_span,
                merged: entry.value.get("extends").is_some(),
                build: None,
                node,
            });
        }
        if let Some(names) = override_names(&name) {
            for path in names.into_iter().map(|n| dir.join(n)) {
                builder.apply_override(&path, &mut services);
            }
        }
        let mut builds: HashMap<PathBuf, Option<Arc<BuildFile>>> = HashMap::new();
        for service in &mut services {
            normalize::service(&mut service.node);
            service.build = build_file(service, loader, &mut builds);
        }
    }
    ComposeProject {
        file,
        services,
        syntax_errors: stream.errors,
        errors: builder.errors,
        override_of,
        root,
    }
}

impl Builder<'_> {
    /// Loads, parses and interpolates another compose file once.
    fn load(&mut self, path: &Path) -> Option<&Loaded> {
        if !self.files.contains_key(path) {
            let loaded = self.loader.read(path).map(|text| {
                let file = SourceFile::new(path.to_path_buf(), FileKind::Yaml, text);
                let mut root = parse_stream(&file.text, &file.lines, self.limits)
                    .documents
                    .into_iter()
                    .next()
                    .map(|d| d.root)
                    .filter(Node::is_map);
                if let Some(root) = &mut root {
                    interpolate(root, &self.env);
                    mark_origin(root, &file, 0);
                }
                Loaded { file, root }
            });
            self.files.insert(path.to_path_buf(), loaded);
        }
        self.files.get(path).and_then(Option::as_ref)
    }

    fn error(&mut self, file: &Arc<SourceFile>, span: Span, message: String) {
        self.errors.push(ComposeError {
            file: Arc::clone(file),
            span,
            message,
        });
    }

    /// A service with its `extends` chain merged in (base first, then the service's own keys).
    fn resolve(
        &mut self,
        file: &Arc<SourceFile>,
        root: &Node,
        name: &str,
        node: &Node,
        depth: usize,
        chain: &mut Vec<(PathBuf, String)>,
    ) -> Node {
        let mut own = node.clone();
        normalize::for_merge(&mut own);
        let Some(extends) = node.entry("extends") else {
            return own;
        };
        let (base_name, base_file) = match &extends.value.value {
            Value::Str(s) => (s.clone(), None),
            Value::Map(_) => (
                extends
                    .value
                    .get("service")
                    .and_then(Node::as_str)
                    .unwrap_or_default()
                    .to_string(),
                extends.value.get("file"),
            ),
            _ => return own,
        };
        if base_name.is_empty() {
            return own;
        }
        if depth >= MAX_EXTENDS_DEPTH
            || chain
                .iter()
                .any(|(p, n)| *p == file.path && *n == base_name && base_file.is_none())
        {
            self.error(
                file,
                extends.key_span,
                format!("`extends` of service `{name}` loops or nests too deeply"),
            );
            return own;
        }
        chain.push((file.path.clone(), name.to_string()));
        let base = match base_file {
            None => match root.get("services").and_then(|s| s.get(&base_name)) {
                Some(base) => {
                    let base = base.clone();
                    let root = root.clone();
                    Some(self.resolve(file, &root, &base_name, &base, depth + 1, chain))
                }
                None => {
                    self.error(
                        file,
                        extends.key_span,
                        format!("service `{name}` extends `{base_name}`, which is not defined"),
                    );
                    None
                }
            },
            Some(path_node) => match path_node.as_str() {
                Some(rel) => {
                    let dir = file
                        .path
                        .parent()
                        .map(Path::to_path_buf)
                        .unwrap_or_default();
                    let path = clean_join(&dir, rel);
                    match self
                        .load(&path)
                        .map(|l| (Arc::clone(&l.file), l.root.clone()))
                    {
                        Some((other, Some(other_root))) => {
                            match other_root.get("services").and_then(|s| s.get(&base_name)) {
                                Some(base) => {
                                    let base = base.clone();
                                    Some(self.resolve(
                                        &other,
                                        &other_root,
                                        &base_name,
                                        &base,
                                        depth + 1,
                                        chain,
                                    ))
                                }
                                None => {
                                    self.error(
                                        file,
                                        path_node.span,
                                        format!("service `{base_name}` is not defined in `{rel}`"),
                                    );
                                    None
                                }
                            }
                        }
                        Some((_, None)) => None,
                        None => {
                            self.error(
                                file,
                                path_node.span,
                                format!("cannot read `{rel}`, which service `{name}` extends"),
                            );
                            None
                        }
                    }
                }
                // An interpolated file name nobody sets: the base is unknown.
                None => None,
            },
        };
        chain.pop();
        match base {
            Some(mut base) => {
                remove_key(&mut base, "extends");
                merge::merge(&mut base, own);
                base
            }
            None => own,
        }
    }

    /// Merges an override file's services onto the project's.
    fn apply_override(&mut self, path: &Path, services: &mut Vec<Service>) {
        let Some((file, Some(root))) = self
            .load(path)
            .map(|l| (Arc::clone(&l.file), l.root.clone()))
        else {
            return;
        };
        for entry in root
            .get("services")
            .map(Node::entries)
            .into_iter()
            .flatten()
        {
            let node = self.resolve(&file, &root, &entry.key, &entry.value, 0, &mut Vec::new());
            match services.iter_mut().find(|s| s.name == entry.key) {
                Some(service) => {
                    service.merged = true;
                    merge::merge(&mut service.node, node);
                }
                None => services.push(Service {
                    name: entry.key.clone(),
                    file: Arc::clone(&file),
                    key_span: entry.key_span,
                    merged: true,
                    build: None,
                    node,
                }),
            }
        }
    }
}

/// Reads and parses the Dockerfile a service builds from (`build.context` joined with
/// `build.dockerfile`, default `Dockerfile`), relative to the file that wrote `build`. Remote
/// contexts (URLs, Git) and inline Dockerfiles are not read.
fn build_file(
    service: &Service,
    loader: &dyn Loader,
    cache: &mut HashMap<PathBuf, Option<Arc<BuildFile>>>,
) -> Option<Arc<BuildFile>> {
    let build = service.node.get("build")?;
    let context = build.get("context").map_or(Some("."), Node::as_str)?;
    if context.contains("://")
        || context.starts_with("git@")
        || build.get("dockerfile_inline").is_some()
    {
        return None;
    }
    let dockerfile = build
        .get("dockerfile")
        .map_or(Some("Dockerfile"), Node::as_str)?;
    let written_in = match &build.origin {
        Some(origin) => &origin.file,
        None => &service.file,
    };
    let dir = written_in
        .path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let context = clean_join(&dir, context);
    let path = if Path::new(dockerfile).is_absolute() {
        PathBuf::from(dockerfile)
    } else {
        clean_join(&context, dockerfile)
    };
    cache
        .entry(path.clone())
        .or_insert_with(|| {
            let text = loader.read(&path)?;
            let dockerfile = crate::dockerfile::parse(&text);
            Some(Arc::new(BuildFile {
                file: SourceFile::new(path, FileKind::Dockerfile, text),
                dockerfile,
            }))
        })
        .clone()
}

/// `dir/rel` with `.` and `..` folded, so one file is loaded once whatever the spelling.
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

fn remove_key(node: &mut Node, key: &str) {
    if let Value::Map(entries) = &mut node.value {
        entries.retain(|e| e.key != key);
    }
}

/// Marks every node of a tree read from another file with that file, so findings point there.
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
            for Entry { value, .. } in entries {
                mark_origin(value, file, depth + 1);
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

#[cfg(test)]
mod tests;
