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
//! - included: `include:` (a path, or `path` (one or a list, merged in order) with `env_file`
//!   and `project_directory`), nested, a cycle being an error. The included services join the
//!   project and keep their own file as origin; a resource that two files define is an error,
//!   as Compose rejects it; a remote include (Git, `oci://`, a URL) is not read and says so.
//!
//! An override file beside its base is judged through the base.

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
    /// A remote file (an `include:` of a Git repository or an OCI artifact) that is not read,
    /// rather than a broken project.
    pub remote: bool,
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

/// Reads other files (`extends: {file}`, the override file, `.env`, a GitLab CI `include:`);
/// tests hand in a map.
pub trait Loader {
    fn read(&self, path: &Path) -> Option<String>;

    /// The files under `dir`, at any depth (for wildcard includes); bounded by the loader.
    fn files_under(&self, dir: &Path) -> Vec<PathBuf> {
        let _ = dir;
        Vec::new()
    }
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

    fn files_under(&self, dir: &Path) -> Vec<PathBuf> {
        // A wildcard names configuration files of one repository: a few thousand entries and a
        // few levels are plenty, and a huge tree must not stall the scan.
        const MAX_ENTRIES: usize = 20_000;
        const MAX_DEPTH: usize = 16;
        let mut out = Vec::new();
        // The working directory is read as `.`, its files named as discovery names them (`ci/a.yml`).
        let here = dir.as_os_str().is_empty();
        let start = if here { Path::new(".") } else { dir };
        let mut pending = vec![(start.to_path_buf(), 0)];
        let mut seen = 0;
        while let Some((at, depth)) = pending.pop() {
            let Ok(entries) = std::fs::read_dir(&at) else {
                continue;
            };
            for entry in entries.flatten() {
                seen += 1;
                if seen > MAX_ENTRIES {
                    return out;
                }
                let Ok(kind) = entry.file_type() else {
                    continue;
                };
                let path = entry.path();
                if kind.is_dir() && depth < MAX_DEPTH && entry.file_name() != ".git" {
                    pending.push((path, depth + 1));
                } else if kind.is_file() {
                    out.push(match path.strip_prefix(".") {
                        Ok(rest) if here => rest.to_path_buf(),
                        _ => path,
                    });
                }
            }
        }
        out
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

/// How many files one project's `include:`s may read: a file included from many places is read
/// each time, so a lattice of includes stays bounded.
const MAX_INCLUDED_FILES: usize = 256;

/// The top-level resources that one project may define only once.
const RESOURCES: [&str; 5] = ["services", "volumes", "networks", "secrets", "configs"];

/// A file pulled in by `include:`.
struct Included {
    file: Arc<SourceFile>,
    root: Node,
    /// A later `path` of the same item: merged onto the earlier ones, as `-f a -f b` would.
    overrides: bool,
}

/// One item of `include:`: a path, or the long form.
struct IncludeItem {
    paths: Vec<(String, Span)>,
    env_files: Vec<(String, Span)>,
    project_directory: Option<String>,
}

impl IncludeItem {
    /// The item's known strings; an interpolation nobody sets leaves a path out (unknown).
    fn read(item: &Node) -> IncludeItem {
        let strings = |node: Option<&Node>| -> Vec<(String, Span)> {
            match node {
                Some(n) if n.is_seq() => n
                    .items()
                    .filter_map(|i| Some((i.as_str()?.to_string(), i.span)))
                    .collect(),
                Some(n) => n
                    .as_str()
                    .map(|s| vec![(s.to_string(), n.span)])
                    .unwrap_or_default(),
                None => Vec::new(),
            }
        };
        if item.is_map() {
            IncludeItem {
                paths: strings(item.get("path")),
                env_files: strings(item.get("env_file")),
                project_directory: item
                    .get("project_directory")
                    .and_then(Node::as_str)
                    .map(str::to_string),
            }
        } else {
            IncludeItem {
                paths: strings(Some(item)),
                env_files: Vec::new(),
                project_directory: None,
            }
        }
    }
}

/// Removes from an included root the resources already defined, returning them.
fn take_conflicts(
    root: &mut Node,
    defined: &HashMap<(&str, String), Option<String>>,
) -> Vec<(&'static str, String)> {
    let mut taken = Vec::new();
    let Value::Map(kinds) = &mut root.value else {
        return taken;
    };
    for kind_entry in kinds.iter_mut() {
        let Some(kind) = RESOURCES.into_iter().find(|k| *k == kind_entry.key) else {
            continue;
        };
        if let Value::Map(entries) = &mut kind_entry.value.value {
            entries.retain(|entry| {
                let twice = defined.contains_key(&(kind, entry.key.clone()));
                if twice {
                    taken.push((kind, entry.key.clone()));
                }
                !twice
            });
        }
    }
    taken
}

/// The directory of a file.
fn parent_dir(file: &SourceFile) -> PathBuf {
    file.path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

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
    /// Files read for `include:` so far (a file included from two places counts twice).
    included: usize,
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
        included: 0,
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
        let included = builder.include(&file, root, &mut vec![file.path.clone()]);
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
        for model in included {
            builder.add_services(&model.file, &model.root, model.overrides, &mut services);
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
            remote: false,
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

    /// The files that `include:` pulls into `file` (nested ones after the file that includes
    /// them), each interpolated with its own variables and marked with its origin. A resource
    /// that `file` and an included file define, or two `include:` items, is an error at the
    /// later definition (Compose rejects the project), and the included one is left out.
    fn include(
        &mut self,
        file: &Arc<SourceFile>,
        root: &Node,
        stack: &mut Vec<PathBuf>,
    ) -> Vec<Included> {
        let Some(items) = root.get("include") else {
            return Vec::new();
        };
        // Who defined each resource so far: `None` for the including file itself.
        let mut defined: HashMap<(&str, String), Option<String>> = HashMap::new();
        for kind in RESOURCES {
            for entry in root.get(kind).map(Node::entries).into_iter().flatten() {
                defined.insert((kind, entry.key.clone()), None);
            }
        }
        let mut out = Vec::new();
        for item in items.items() {
            let request = IncludeItem::read(item);
            let mut models = Vec::new();
            for (n, (rel, span)) in request.paths.iter().enumerate() {
                let Some(mut model) = self.include_one(file, rel, *span, &request, stack) else {
                    continue;
                };
                model.overrides = n > 0;
                stack.push(model.file.path.clone());
                let nested = self.include(&model.file, &model.root, stack);
                stack.pop();
                models.push(model);
                models.extend(nested);
            }
            let mut by_item = Vec::new();
            for model in &mut models {
                let shown = model.file.display().to_string();
                for (kind, name) in take_conflicts(&mut model.root, &defined) {
                    let singular = kind.trim_end_matches('s');
                    let (span, message) = match defined.get(&(kind, name.clone())) {
                        Some(Some(other)) => (
                            item.span,
                            format!(
                                "{singular} `{name}` is defined by the included `{other}` and by the included `{shown}`; Compose rejects a project that defines it twice"
                            ),
                        ),
                        _ => (
                            root.get(kind)
                                .and_then(|m| m.entry(&name))
                                .map_or(item.span, |e| e.key_span),
                            format!(
                                "{singular} `{name}` is defined here and in the included `{shown}`; Compose rejects a project that defines it twice"
                            ),
                        ),
                    };
                    self.error(file, span, message);
                }
                for kind in RESOURCES {
                    for entry in model
                        .root
                        .get(kind)
                        .map(Node::entries)
                        .into_iter()
                        .flatten()
                    {
                        by_item.push(((kind, entry.key.clone()), Some(shown.clone())));
                    }
                }
            }
            defined.extend(by_item);
            out.extend(models);
        }
        out
    }

    /// Reads one included file: remote ones are not read, a cycle or a missing file is an error.
    fn include_one(
        &mut self,
        file: &Arc<SourceFile>,
        rel: &str,
        span: Span,
        request: &IncludeItem,
        stack: &[PathBuf],
    ) -> Option<Included> {
        if rel.contains("://") || rel.starts_with("git@") {
            self.errors.push(ComposeError {
                file: Arc::clone(file),
                span,
                message: format!(
                    "the included `{rel}` is remote and was not read: its services are not checked"
                ),
                remote: true,
            });
            return None;
        }
        let dir = parent_dir(file);
        let path = clean_join(&dir, rel);
        if self.included >= MAX_INCLUDED_FILES {
            self.error(
                file,
                span,
                format!("`include` reads more than {MAX_INCLUDED_FILES} files; `{rel}` and the rest are not read"),
            );
            return None;
        }
        if stack.contains(&path) || stack.len() > MAX_EXTENDS_DEPTH {
            let chain: Vec<String> = stack
                .iter()
                .chain(std::iter::once(&path))
                .map(|p| format!("`{}`", p.display()))
                .collect();
            self.error(
                file,
                span,
                format!("`include` loops or nests too deeply: {}", chain.join(" → ")),
            );
            return None;
        }
        self.included += 1;
        let Some(text) = self.loader.read(&path) else {
            self.error(file, span, format!("cannot read the included `{rel}`"));
            return None;
        };
        // The included project's variables: its `env_file`s, else the `.env` of its project
        // directory (the included file's own by default).
        let mut env_text = String::new();
        if request.env_files.is_empty() {
            let project = match &request.project_directory {
                Some(p) => clean_join(&dir, p),
                None => path.parent().map(Path::to_path_buf).unwrap_or_default(),
            };
            env_text = self.loader.read(&project.join(".env")).unwrap_or_default();
        }
        for (env_file, env_span) in &request.env_files {
            match self.loader.read(&clean_join(&dir, env_file)) {
                Some(text) => {
                    env_text.push_str(&text);
                    env_text.push('\n');
                }
                None => self.error(file, *env_span, format!("cannot read `{env_file}`")),
            }
        }
        let env = Env::parse(&env_text);
        let included = SourceFile::new(path, FileKind::Yaml, text);
        let mut root = parse_stream(&included.text, &included.lines, self.limits)
            .documents
            .into_iter()
            .next()
            .map(|d| d.root)
            .filter(Node::is_map)?;
        interpolate(&mut root, &env);
        mark_origin(&mut root, &included, 0);
        Some(Included {
            file: included,
            root,
            overrides: false,
        })
    }

    /// Merges an override file's services onto the project's.
    fn apply_override(&mut self, path: &Path, services: &mut Vec<Service>) {
        let Some((file, Some(root))) = self
            .load(path)
            .map(|l| (Arc::clone(&l.file), l.root.clone()))
        else {
            return;
        };
        self.add_services(&file, &root, true, services);
    }

    /// Adds the services of another file (included, or an override): an override merges onto
    /// the service of the same name; the others join the project.
    fn add_services(
        &mut self,
        file: &Arc<SourceFile>,
        root: &Node,
        overrides: bool,
        services: &mut Vec<Service>,
    ) {
        for entry in root
            .get("services")
            .map(Node::entries)
            .into_iter()
            .flatten()
        {
            let node = self.resolve(file, root, &entry.key, &entry.value, 0, &mut Vec::new());
            match services
                .iter_mut()
                .find(|s| overrides && s.name == entry.key)
            {
                Some(service) => {
                    service.merged = true;
                    merge::merge(&mut service.node, node);
                }
                None => services.push(Service {
                    name: entry.key.clone(),
                    file: Arc::clone(file),
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
