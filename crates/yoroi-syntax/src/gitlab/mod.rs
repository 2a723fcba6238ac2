//! GitLab CI configurations (`.gitlab-ci.yml` and the files it includes locally) as a spanned
//! model: the YAML tree, the jobs (hidden templates included) with their `script:` lines
//! parsed as shell, `include:` entries, and `extends:`/`default:`/`variables:` resolution.
//!
//! [`parse`] reads one file alone; [`load`] reads a configuration with its local includes
//! merged in as GitLab merges them (see [`load`]'s module), every node from another file keeping
//! that file in [`Node::origin`] so findings point where the key is written.

mod load;
#[cfg(test)]
mod tests;

use crate::dockerfile::shell::{self, Script};
use crate::node::{Node, Value};
use crate::source::{SourceFile, Span};
use crate::workflow::ScalarMap;
use crate::yaml::{YamlError, YamlLimits, parse_stream};
use std::collections::HashMap;
use std::sync::Arc;

pub use crate::compose::{FsLoader, Loader};
pub use load::{
    IncludeError, IncludedFile, MAX_INCLUDES, MAX_NESTING, is_configuration_name, load,
    wildcard_files,
};

/// Top-level keys that are not jobs.
pub const RESERVED: &[&str] = &[
    "stages",
    "variables",
    "default",
    "include",
    "workflow",
    "image",
    "services",
    "before_script",
    "after_script",
    "cache",
    "spec",
    "types",
];

/// The keys whose lines run in the job's shell.
pub const SCRIPT_KEYS: &[&str] = &["before_script", "script", "after_script"];

/// How deep `extends:` chains are followed (GitLab allows 11 levels).
const MAX_EXTENDS: usize = 11;

/// A parsed GitLab CI file, or a configuration merged with its local includes.
#[derive(Debug)]
pub struct GitlabCi {
    /// The file parsed (the configuration, when includes are merged).
    pub file: Arc<SourceFile>,
    pub root: Node,
    /// Jobs and hidden jobs (templates, `.name`), in file order.
    pub jobs: Vec<Job>,
    pub includes: Vec<Include>,
    /// Top-level `variables:`.
    pub variables: Option<Node>,
    /// `default:`, plus the deprecated top-level `image`/`services`/`before_script`/
    /// `after_script`/`cache` (a value under `default:` wins).
    pub defaults: Vec<(String, Node)>,
    /// Script lines of `default:` and of the top-level `before_script`/`after_script`.
    pub default_scripts: Vec<ScriptLine>,
    /// YAML errors of [`GitlabCi::file`].
    pub errors: Vec<YamlError>,
    /// The files merged in through local `include:`s, in the order read.
    pub included: Vec<IncludedFile>,
    /// Local includes that could not be merged (missing, looping, over a limit).
    pub include_errors: Vec<IncludeError>,
    /// Job name → index in `jobs`: a merged configuration holds thousands of jobs, each
    /// resolving its `extends:` by name.
    by_name: HashMap<String, usize>,
}

/// One job or hidden job.
#[derive(Debug)]
pub struct Job {
    pub name: String,
    /// The file that writes the job's name (the including one, when two files define it).
    pub file: Arc<SourceFile>,
    pub name_span: Span,
    pub node: Node,
    /// A hidden job (`.name`): a template, never run itself.
    pub hidden: bool,
    /// `extends:` names, in order (the last one wins a conflict).
    pub extends: Vec<(String, Span)>,
    /// The job's own `before_script`/`script`/`after_script` lines.
    pub scripts: Vec<ScriptLine>,
}

/// One line of a `script:` (or `before_script`/`after_script`) list, parsed as shell.
#[derive(Debug)]
pub struct ScriptLine {
    /// `script`, `before_script` or `after_script`.
    pub key: &'static str,
    /// The file the line is written in.
    pub file: Arc<SourceFile>,
    pub node: Node,
    pub text: String,
    pub map: ScalarMap,
    pub script: Script,
}

/// What an `include:` entry brings in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IncludeKind {
    Local,
    Remote,
    Project,
    Template,
    Component,
}

/// One `include:` entry.
#[derive(Debug)]
pub struct Include {
    pub kind: IncludeKind,
    /// The file that writes the entry.
    pub file: Arc<SourceFile>,
    /// The entry (a string or a mapping).
    pub node: Node,
    /// The path, URL, project or component, as written.
    pub location: String,
    pub location_span: Span,
    /// `ref:` of a project include.
    pub git_ref: Option<(String, Span)>,
}

/// What a key of a job resolves to through `extends:` and `default:`.
#[derive(Debug, Clone, Copy)]
pub enum Lookup<'a> {
    Found(&'a Node),
    /// The job and everything it extends do not set it.
    Missing,
    /// It may come from a template that was not read (a remote or project include).
    Unknown,
}

impl<'a> Lookup<'a> {
    pub fn node(self) -> Option<&'a Node> {
        match self {
            Lookup::Found(n) => Some(n),
            _ => None,
        }
    }
}

/// Parses one GitLab CI file alone: its `include:`s are listed, not read.
pub fn parse(file: &Arc<SourceFile>, limits: YamlLimits) -> GitlabCi {
    let stream = parse_stream(&file.text, &file.lines, limits);
    let root = configuration(stream.documents.into_iter().map(|d| d.root));
    let includes = includes(&root, file);
    build(file, root, stream.errors, includes)
}

/// Where a node of a (merged) configuration is written.
pub fn file_of<'a>(node: &'a Node, main: &'a Arc<SourceFile>) -> &'a Arc<SourceFile> {
    match &node.origin {
        Some(origin) => &origin.file,
        None => main,
    }
}

/// The model of a configuration's (merged) top-level mapping.
fn build(
    file: &Arc<SourceFile>,
    root: Node,
    errors: Vec<YamlError>,
    includes: Vec<Include>,
) -> GitlabCi {
    let mut ci = GitlabCi {
        file: Arc::clone(file),
        jobs: Vec::new(),
        includes,
        variables: root.get("variables").cloned(),
        defaults: Vec::new(),
        default_scripts: Vec::new(),
        errors,
        included: Vec::new(),
        include_errors: Vec::new(),
        by_name: HashMap::new(),
        root: Node::new(Span::empty(0), Value::Null),
    };
    for key in [
        "image",
        "services",
        "before_script",
        "after_script",
        "cache",
    ] {
        if let Some(v) = root.get(key) {
            ci.defaults.push((key.to_string(), v.clone()));
        }
    }
    if let Some(default) = root.get("default") {
        for e in default.entries() {
            ci.defaults.retain(|(k, _)| *k != e.key);
            ci.defaults.push((e.key.clone(), e.value.clone()));
        }
        ci.default_scripts.extend(scripts(default, file));
    }
    for key in ["before_script", "after_script"] {
        if root.get("default").and_then(|d| d.get(key)).is_none()
            && let Some(v) = root.get(key)
        {
            collect_lines(v, key, file, &mut ci.default_scripts, 0);
        }
    }
    for entry in root.entries() {
        if RESERVED.contains(&entry.key.as_str()) || !entry.value.is_map() {
            continue;
        }
        let extends = match entry.value.get("extends") {
            Some(n) => match &n.value {
                Value::Str(s) => vec![(s.clone(), n.span)],
                Value::Seq(items) => items
                    .iter()
                    .filter_map(|i| Some((i.as_str()?.to_string(), i.span)))
                    .collect(),
                _ => Vec::new(),
            },
            None => Vec::new(),
        };
        ci.jobs.push(Job {
            name: entry.key.clone(),
            file: Arc::clone(file_of(&entry.value, file)),
            name_span: entry.key_span,
            hidden: entry.key.starts_with('.'),
            extends,
            scripts: scripts(&entry.value, file),
            node: entry.value.clone(),
        });
    }
    for (i, job) in ci.jobs.iter().enumerate() {
        ci.by_name.entry(job.name.clone()).or_insert(i);
    }
    ci.root = root;
    ci
}

/// The configuration document: a CI/CD component's file starts with a `spec:` header document.
fn configuration(mut documents: impl Iterator<Item = Node>) -> Node {
    let root = documents
        .next()
        .unwrap_or_else(|| Node::new(Span::empty(0), Value::Null));
    if root.get("spec").is_some()
        && root.entries().count() == 1
        && let Some(next) = documents.next()
    {
        return next;
    }
    root
}

fn scripts(node: &Node, file: &Arc<SourceFile>) -> Vec<ScriptLine> {
    let mut out = Vec::new();
    for key in SCRIPT_KEYS {
        if let Some(v) = node.get(key) {
            collect_lines(v, key, file, &mut out, 0);
        }
    }
    out
}

/// Script lines: a string, or a list of strings and (nested, flattened by GitLab) lists.
/// `!reference` values are unknown and skipped. `main` is the configuration; a line from an
/// included file is read in that file.
fn collect_lines(
    node: &Node,
    key: &'static str,
    main: &Arc<SourceFile>,
    out: &mut Vec<ScriptLine>,
    depth: usize,
) {
    match &node.value {
        Value::Str(text) => {
            let file = file_of(node, main);
            let map = ScalarMap::new(&file.text, node.span, text);
            let script = shell::parse_script(text, &|s, e| map.span(s, e));
            out.push(ScriptLine {
                key,
                file: Arc::clone(file),
                node: node.clone(),
                text: text.clone(),
                map,
                script,
            });
        }
        Value::Seq(items) if depth < 10 => {
            for item in items {
                collect_lines(item, key, main, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// The `include:` entries of one file's top-level mapping.
fn includes(root: &Node, file: &Arc<SourceFile>) -> Vec<Include> {
    let Some(include) = root.get("include") else {
        return Vec::new();
    };
    let items: Vec<&Node> = match &include.value {
        Value::Seq(items) => items.iter().collect(),
        _ => vec![include],
    };
    let mut out = Vec::new();
    for item in items {
        match &item.value {
            Value::Str(s) => {
                let remote = s.starts_with("http://") || s.starts_with("https://");
                out.push(Include {
                    file: Arc::clone(file),
                    kind: if remote {
                        IncludeKind::Remote
                    } else {
                        IncludeKind::Local
                    },
                    node: item.clone(),
                    location: s.clone(),
                    location_span: item.span,
                    git_ref: None,
                });
            }
            Value::Map(_) => {
                let kinds = [
                    ("local", IncludeKind::Local),
                    ("remote", IncludeKind::Remote),
                    ("project", IncludeKind::Project),
                    ("template", IncludeKind::Template),
                    ("component", IncludeKind::Component),
                ];
                for (key, kind) in kinds {
                    let Some(value) = item.get(key) else { continue };
                    let location = value.as_str().unwrap_or_default().to_string();
                    out.push(Include {
                        file: Arc::clone(file),
                        kind,
                        node: item.clone(),
                        location,
                        location_span: value.span,
                        git_ref: item
                            .get("ref")
                            .map(|r| (r.as_str().unwrap_or_default().to_string(), r.span)),
                    });
                    break;
                }
            }
            _ => {}
        }
    }
    out
}

/// The paths of a configuration's local includes, as written (`/ci/build.yml`, `ci/*.yml`);
/// discovery resolves them against the project root.
pub fn local_include_paths(text: &str, limits: YamlLimits) -> Vec<String> {
    let lines = crate::source::LineIndex::new(text);
    let stream = parse_stream(text, &lines, limits);
    let root = configuration(stream.documents.into_iter().map(|d| d.root));
    let file = SourceFile::new("", crate::source::FileKind::GitlabCi, String::new());
    includes(&root, &file)
        .into_iter()
        .filter(|i| i.kind == IncludeKind::Local && !i.location.is_empty())
        .map(|i| i.location)
        .collect()
}

impl GitlabCi {
    /// The job (or hidden job) with this name.
    pub fn job(&self, name: &str) -> Option<&Job> {
        self.by_name.get(name).and_then(|&i| self.jobs.get(i))
    }

    /// The jobs that run (not templates).
    pub fn runnable(&self) -> impl Iterator<Item = &Job> {
        self.jobs.iter().filter(|j| !j.hidden)
    }

    /// `key` of `job` as GitLab resolves it: the job's own value, else the templates it
    /// extends (the last one first), else `default:` for the keys `default:` may set.
    pub fn lookup<'a>(&'a self, job: &'a Job, key: &str) -> Lookup<'a> {
        match self.lookup_in(job, key, 0) {
            Lookup::Missing => {
                const DEFAULTABLE: &[&str] = &[
                    "after_script",
                    "artifacts",
                    "before_script",
                    "cache",
                    "hooks",
                    "id_tokens",
                    "image",
                    "interruptible",
                    "retry",
                    "services",
                    "tags",
                    "timeout",
                ];
                if !DEFAULTABLE.contains(&key) {
                    return Lookup::Missing;
                }
                self.defaults
                    .iter()
                    .find(|(k, _)| k == key)
                    .map_or(Lookup::Missing, |(_, v)| Lookup::Found(v))
            }
            found => found,
        }
    }

    fn lookup_in<'a>(&'a self, job: &'a Job, key: &str, depth: usize) -> Lookup<'a> {
        if let Some(v) = job.node.get(key) {
            return Lookup::Found(v);
        }
        if depth >= MAX_EXTENDS {
            return Lookup::Unknown;
        }
        let mut unknown = false;
        for (name, _) in job.extends.iter().rev() {
            match self.job(name) {
                Some(parent) => match self.lookup_in(parent, key, depth + 1) {
                    Lookup::Missing => {}
                    Lookup::Unknown => unknown = true,
                    found => return found,
                },
                None => unknown = true,
            }
        }
        if unknown {
            Lookup::Unknown
        } else {
            Lookup::Missing
        }
    }

    /// The jobs whose chain of `extends:` reaches `template` (the job itself included).
    pub fn extends_chain<'a>(&'a self, job: &'a Job) -> Vec<&'a Job> {
        let mut out = vec![job];
        let mut at = 0;
        while at < out.len() && out.len() < 64 {
            let current = out[at];
            for (name, _) in &current.extends {
                if let Some(parent) = self.job(name)
                    && !out.iter().any(|j| std::ptr::eq(*j, parent))
                {
                    out.push(parent);
                }
            }
            at += 1;
        }
        out
    }

    /// The variables a job sees from the configuration: top level, then its templates, then
    /// its own (later ones win), with the node that set each.
    pub fn variables_of<'a>(&'a self, job: &'a Job) -> Vec<(&'a str, &'a Node)> {
        let mut out: Vec<(&str, &Node)> = Vec::new();
        let mut set = |vars: Option<&'a Node>| {
            for e in vars.into_iter().flat_map(Node::entries) {
                out.retain(|(k, _)| *k != e.key);
                out.push((e.key.as_str(), &e.value));
            }
        };
        set(self.variables.as_ref());
        let chain = self.extends_chain(job);
        for j in chain.iter().rev() {
            set(j.node.get("variables"));
        }
        out
    }

    /// The script lines that run in a job: its own, else those of its templates, else the
    /// defaults, per key.
    pub fn script_lines_of<'a>(&'a self, job: &'a Job) -> Vec<&'a ScriptLine> {
        let mut out = Vec::new();
        for key in SCRIPT_KEYS {
            let chain = self.extends_chain(job);
            let own = chain.iter().find(|j| j.node.get(key).is_some()).map(|j| {
                j.scripts
                    .iter()
                    .filter(|l| l.key == *key)
                    .collect::<Vec<_>>()
            });
            match own {
                Some(lines) => out.extend(lines),
                None if *key != "script" => {
                    out.extend(self.default_scripts.iter().filter(|l| l.key == *key));
                }
                None => {}
            }
        }
        out
    }
}

/// A variable's value as text, when it is one (`NAME: value` or `NAME: {value: …}`).
pub fn variable_value(node: &Node) -> Option<(&str, Span)> {
    match &node.value {
        Value::Str(s) => Some((s.as_str(), node.span)),
        Value::Map(_) => {
            let v = node.get("value")?;
            Some((v.as_str()?, v.span))
        }
        _ => None,
    }
}
