//! Loading kustomizations and accumulating their resources, in kustomize's order.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use yoroi_syntax::yaml::parse_stream;
use yoroi_syntax::{FileKind, Node, SourceFile, Span, Value};

use crate::config::Config;
use crate::fs::{Fs, normalize};
use crate::res::{Res, legacy_less};
use crate::tree::{Provenance, scalar_string, string_list};
use crate::vars::Var;
use crate::{Build, BuiltObject, Diagnostic, DiagnosticKind, Limits};

pub const KUSTOMIZATION_FILE_NAMES: [&str; 3] =
    ["kustomization.yaml", "kustomization.yml", "Kustomization"];

/// A loaded kustomization file.
pub struct Kust {
    pub dir: PathBuf,
    pub file: Arc<SourceFile>,
    pub root: Node,
}

impl Kust {
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.root.get(key).filter(|n| !n.is_null())
    }

    pub fn str(&self, key: &str) -> Option<(String, Span)> {
        self.get(key)
            .and_then(|n| scalar_string(n).map(|s| (s, n.span)))
            .filter(|(s, _)| !s.is_empty())
    }

    pub fn prov(&self, span: Span, field: &str) -> Provenance {
        Provenance::new(
            &self.file,
            span,
            format!("set by `{field}` in {}", self.file.display()),
        )
    }
}

/// Resources plus what later steps need (field specs, vars), as kustomize's accumulator.
#[derive(Default)]
pub struct Acc {
    pub res: Vec<Res>,
    pub config: Config,
    pub vars: Vec<Var>,
}

pub struct Engine<'a> {
    pub fs: &'a dyn Fs,
    pub limits: Limits,
    pub diags: Vec<Diagnostic>,
    stack: Vec<PathBuf>,
    files: HashMap<PathBuf, Arc<SourceFile>>,
}

impl<'a> Engine<'a> {
    pub fn new(fs: &'a dyn Fs, limits: Limits) -> Engine<'a> {
        Engine {
            fs,
            limits,
            diags: Vec::new(),
            stack: Vec::new(),
            files: HashMap::new(),
        }
    }

    pub fn diag(&mut self, file: &Arc<SourceFile>, span: Span, kind: DiagnosticKind, msg: String) {
        self.diags.push(Diagnostic {
            file: Arc::clone(file),
            span,
            message: msg,
            kind,
        });
    }

    pub fn build(mut self, dir: &Path) -> Build {
        let Some(kust) = self.load_kustomization(dir) else {
            let file = SourceFile::new(dir.to_path_buf(), FileKind::Yaml, String::new());
            self.diag(
                &file,
                Span::default(),
                DiagnosticKind::MissingFile,
                format!(
                    "no kustomization file (kustomization.yaml, kustomization.yml or Kustomization) in {}",
                    dir.display()
                ),
            );
            return Build {
                objects: Vec::new(),
                diagnostics: self.diags,
            };
        };
        if kust.root.get("kind").and_then(Node::as_str) == Some("Component") {
            let span = kust.root.get("kind").map_or(Span::default(), |n| n.span);
            self.diag(
                &kust.file,
                span,
                DiagnosticKind::Invalid,
                "a Component is built only as part of a kustomization that lists it under `components`".into(),
            );
        }
        let mut acc = Acc {
            config: Config::builtin(),
            ..Acc::default()
        };
        self.stack.push(kust.dir.clone());
        self.accumulate(&kust, &mut acc, 0);
        self.stack.pop();
        // The final steps, once, at the top (kustomize's makeCustomizedResMap).
        crate::generate::add_hashes(&mut acc.res);
        crate::nameref::fix(&mut self, &mut acc);
        crate::vars::resolve(&mut self, &mut acc, &kust);
        acc.res.retain(|r| {
            !r.annotations().iter().any(|(k, v)| {
                k == "config.kubernetes.io/local-config" && v.eq_ignore_ascii_case("true")
            })
        });
        // kustomize rewrites annotations when it drops its own build annotations: an empty or
        // null `annotations` disappears.
        for r in &mut acc.res {
            if let Some(meta) = crate::tree::get_mut(&mut r.node, "metadata")
                && meta.get("annotations").is_some_and(|a| {
                    a.is_null() || matches!(&a.value, Value::Map(e) if e.is_empty())
                })
            {
                crate::tree::remove(meta, "annotations");
            }
        }
        let fifo = kust
            .get("sortOptions")
            .and_then(|s| s.get("order"))
            .and_then(Node::as_str)
            == Some("fifo");
        if !fifo {
            acc.res
                .sort_by(|a, b| legacy_less(&a.cur_id(), &b.cur_id()));
        }
        Build {
            objects: acc
                .res
                .into_iter()
                .map(|r| BuiltObject {
                    root: r.node,
                    file: r.file,
                })
                .collect(),
            diagnostics: self.diags,
        }
    }

    /// Reads a file once per build; `None` when it is missing, too big or not text.
    pub fn load_file(&mut self, path: &Path) -> Result<Arc<SourceFile>, String> {
        if let Some(f) = self.files.get(path) {
            return Ok(Arc::clone(f));
        }
        if self.files.len() >= self.limits.max_files {
            return Err(format!(
                "more than {} files read in one build",
                self.limits.max_files
            ));
        }
        let text = self.fs.read(path).map_err(|e| e.to_string())?;
        let file = SourceFile::new(path.to_path_buf(), FileKind::Yaml, text);
        self.files.insert(path.to_path_buf(), Arc::clone(&file));
        Ok(file)
    }

    /// The YAML documents of a file; parse errors become diagnostics in that file.
    pub fn parse(&mut self, file: &Arc<SourceFile>) -> Vec<Node> {
        let stream = parse_stream(&file.text, &file.lines, self.limits.yaml);
        for e in stream.errors {
            self.diag(
                file,
                e.span,
                DiagnosticKind::ParseError,
                format!("YAML: {}", e.message),
            );
        }
        stream.documents.into_iter().map(|d| d.root).collect()
    }

    pub fn load_kustomization(&mut self, dir: &Path) -> Option<Kust> {
        let path = KUSTOMIZATION_FILE_NAMES
            .iter()
            .map(|n| normalize(&dir.join(n)))
            .find(|p| self.fs.is_file(p))?;
        let file = self.load_file(&path).ok()?;
        let mut docs = self.parse(&file);
        let root = if docs.is_empty() {
            Node::new(Span::default(), Value::Map(Vec::new()))
        } else {
            docs.swap_remove(0)
        };
        if !root.is_map() {
            self.diag(
                &file,
                root.span,
                DiagnosticKind::ParseError,
                "a kustomization must be a mapping".into(),
            );
            return None;
        }
        Some(Kust {
            dir: dir.to_path_buf(),
            file,
            root,
        })
    }

    /// kustomize's accumulateTarget: resources, configurations, generators, components,
    /// transformers, vars.
    pub fn accumulate(&mut self, kust: &Kust, acc: &mut Acc, depth: usize) {
        self.check_fields(kust);
        let mut entries = Vec::new();
        for key in ["resources", "bases"] {
            if let Some(n) = kust.get(key) {
                entries.extend(string_list(n));
            }
        }
        for (entry, span) in entries {
            self.accumulate_entry(kust, acc, &entry, span, depth);
        }
        if let Some(n) = kust.get("configurations") {
            for (path, span) in string_list(n) {
                if let Some(file) = self.kust_file(kust, &path, span) {
                    for doc in self.parse(&file) {
                        let c = Config::from_node(&doc);
                        acc.config.merge(&c);
                    }
                }
            }
        }
        if let Some(n) = kust.get("crds") {
            self.diag(
                &kust.file,
                n.span,
                DiagnosticKind::UnsupportedField,
                "`crds` (name references declared in CRD schemas) is not applied".into(),
            );
        }
        crate::generate::run(self, kust, acc);
        if let Some(n) = kust.get("components") {
            for (entry, span) in string_list(n) {
                self.accumulate_dir(kust, acc, &entry, span, depth, true);
            }
        }
        crate::transform::run(self, kust, acc);
        crate::vars::merge(self, kust, acc);
        if acc.res.len() > self.limits.max_objects {
            self.diag(
                &kust.file,
                Span::default(),
                DiagnosticKind::Limit,
                format!("more than {} objects", self.limits.max_objects),
            );
            acc.res.truncate(self.limits.max_objects);
        }
    }

    fn check_fields(&mut self, kust: &Kust) {
        for e in kust.root.entries() {
            let (kind, msg) = match e.key.as_str() {
                "helmCharts" | "helmChartInflationGenerator" | "helmGlobals" => (
                    DiagnosticKind::HelmCharts,
                    format!(
                        "`{}`: Helm charts are not rendered inside a kustomization",
                        e.key
                    ),
                ),
                "generators" | "transformers" | "validators" => (
                    DiagnosticKind::UnsupportedField,
                    format!("`{}`: plugin configurations are not run", e.key),
                ),
                "openapi" => (
                    DiagnosticKind::UnsupportedField,
                    "`openapi`: custom schemas are not read; built-in merge keys apply".into(),
                ),
                "replicas"
                | "images"
                | "vars"
                | "replacements"
                | "patches"
                | "patchesStrategicMerge"
                | "patchesJson6902"
                | "resources"
                | "bases"
                | "components"
                | "namespace"
                | "namePrefix"
                | "nameSuffix"
                | "commonLabels"
                | "labels"
                | "commonAnnotations"
                | "configMapGenerator"
                | "secretGenerator"
                | "generatorOptions"
                | "configurations"
                | "crds"
                | "apiVersion"
                | "kind"
                | "metadata"
                | "sortOptions"
                | "buildMetadata"
                | "imageTags" => continue,
                _ => continue,
            };
            self.diag(&kust.file, e.key_span, kind, msg);
        }
    }

    /// A file named by a kustomization: must exist and lie under its directory (RootOnly).
    pub fn kust_file(&mut self, kust: &Kust, rel: &str, span: Span) -> Option<Arc<SourceFile>> {
        let path = normalize(&kust.dir.join(rel));
        if !path.starts_with(&kust.dir) {
            self.diag(
                &kust.file,
                span,
                DiagnosticKind::Invalid,
                format!(
                    "`{rel}` is outside {} (kustomize only reads files in or below the kustomization's directory)",
                    kust.dir.display()
                ),
            );
            return None;
        }
        if !self.fs.is_file(&path) {
            self.diag(
                &kust.file,
                span,
                DiagnosticKind::MissingFile,
                format!("`{rel}`: no such file"),
            );
            return None;
        }
        match self.load_file(&path) {
            Ok(f) => Some(f),
            Err(e) => {
                self.diag(
                    &kust.file,
                    span,
                    DiagnosticKind::MissingFile,
                    format!("`{rel}`: {e}"),
                );
                None
            }
        }
    }

    fn accumulate_entry(
        &mut self,
        kust: &Kust,
        acc: &mut Acc,
        entry: &str,
        span: Span,
        depth: usize,
    ) {
        let path = normalize(&kust.dir.join(entry));
        if self.fs.is_file(&path) {
            let Some(file) = self.kust_file(kust, entry, span) else {
                return;
            };
            let docs = self.parse(&file);
            let mut loaded = Vec::new();
            for doc in docs {
                self.resources_of(&file, doc, &mut loaded);
            }
            for r in loaded {
                self.append(kust, span, acc, r);
            }
            return;
        }
        if self.fs.is_dir(&path) {
            self.accumulate_dir(kust, acc, entry, span, depth, false);
            return;
        }
        if is_remote(entry) {
            self.diag(
                &kust.file,
                span,
                DiagnosticKind::RemoteBase,
                format!("`{entry}` is a remote base; it is not fetched (no network)"),
            );
        } else if self.fs.outside(&path) {
            self.diag(
                &kust.file,
                span,
                DiagnosticKind::MissingFile,
                format!(
                    "`{entry}` lies outside the directories being read (the paths given, the working directory and the Git repository holding them); it is not read"
                ),
            );
        } else {
            self.diag(
                &kust.file,
                span,
                DiagnosticKind::MissingFile,
                format!("`{entry}`: no such file or directory"),
            );
        }
    }

    /// Objects of one YAML document (a `List` gives its items).
    pub fn resources_of(&mut self, file: &Arc<SourceFile>, doc: Node, out: &mut Vec<Res>) {
        if doc.is_null() || matches!(&doc.value, Value::Map(e) if e.is_empty()) {
            return;
        }
        if !doc.is_map() {
            self.diag(
                file,
                doc.span,
                DiagnosticKind::ParseError,
                "a resource must be a mapping".into(),
            );
            return;
        }
        let kind = doc.get("kind").and_then(Node::as_str).unwrap_or("");
        if kind.ends_with("List") && doc.get("items").is_some_and(Node::is_seq) {
            if let Some(items) = doc.get("items") {
                for item in items.items() {
                    self.resources_of(file, item.clone(), out);
                }
            }
            return;
        }
        out.push(Res::new(doc, Arc::clone(file)));
    }

    /// Adds a resource, refusing a second object with the same identity (as kustomize does).
    pub fn append(&mut self, kust: &Kust, span: Span, acc: &mut Acc, r: Res) {
        let id = r.cur_id();
        if acc.res.iter().any(|o| o.cur_id().equals(&id)) {
            self.diag(
                &kust.file,
                span,
                DiagnosticKind::Invalid,
                format!(
                    "{} is already defined; kustomize refuses two objects with one identity",
                    id.describe()
                ),
            );
            return;
        }
        acc.res.push(r);
    }

    fn accumulate_dir(
        &mut self,
        kust: &Kust,
        acc: &mut Acc,
        entry: &str,
        span: Span,
        depth: usize,
        component: bool,
    ) {
        let dir = normalize(&kust.dir.join(entry));
        if !self.fs.is_dir(&dir) {
            let (kind, msg) = if is_remote(entry) {
                (
                    DiagnosticKind::RemoteBase,
                    format!("`{entry}` is a remote base; it is not fetched (no network)"),
                )
            } else {
                (
                    DiagnosticKind::MissingFile,
                    format!("`{entry}`: no such directory"),
                )
            };
            self.diag(&kust.file, span, kind, msg);
            return;
        }
        if self.stack.contains(&dir) {
            self.diag(
                &kust.file,
                span,
                DiagnosticKind::Cycle,
                format!("`{entry}` leads back to a kustomization being built (a cycle)"),
            );
            return;
        }
        if depth + 1 > self.limits.max_depth {
            self.diag(
                &kust.file,
                span,
                DiagnosticKind::Limit,
                format!(
                    "kustomizations nested deeper than {} levels",
                    self.limits.max_depth
                ),
            );
            return;
        }
        let Some(sub) = self.load_kustomization(&dir) else {
            self.diag(
                &kust.file,
                span,
                DiagnosticKind::MissingFile,
                format!("`{entry}` has no kustomization file"),
            );
            return;
        };
        let is_component = sub.root.get("kind").and_then(Node::as_str) == Some("Component");
        if is_component != component {
            let msg = if component {
                format!("`{entry}` is listed under `components` but is not `kind: Component`")
            } else {
                format!("`{entry}` is a Component; list it under `components`")
            };
            self.diag(&kust.file, span, DiagnosticKind::Invalid, msg);
            return;
        }
        self.stack.push(dir);
        if component {
            // A component works on the accumulator of the kustomization that lists it.
            self.accumulate(&sub, acc, depth + 1);
        } else {
            let mut sub_acc = Acc {
                config: Config::builtin(),
                ..Acc::default()
            };
            self.accumulate(&sub, &mut sub_acc, depth + 1);
            acc.config.merge(&sub_acc.config);
            for r in sub_acc.res {
                self.append(kust, span, acc, r);
            }
            acc.vars.extend(sub_acc.vars);
        }
        self.stack.pop();
    }
}

/// Whether a resource entry names something fetched over the network.
pub fn is_remote(entry: &str) -> bool {
    let e = entry.trim();
    e.contains("://")
        || e.starts_with("git@")
        || e.starts_with("git::")
        || e.starts_with("github.com/")
        || e.starts_with("gitlab.com/")
        || e.starts_with("bitbucket.org/")
        || e.contains("?ref=")
        || e.contains("?version=")
        || e.split('/').next().is_some_and(|host| {
            host.contains('.') && !host.starts_with('.') && e.contains('/') && {
                let tld = host.rsplit('.').next().unwrap_or("");
                matches!(tld, "com" | "org" | "io" | "net" | "dev" | "cloud")
            }
        })
}
