//! Kustomize overlays in a scan: every directory holding a kustomization that no other
//! kustomization of the scan includes (a top-level overlay) is built in-process with
//! [`yoroi_kustomize`], and the objects it builds are checked as Kubernetes documents. The YAML
//! files a build read (resources, patches, its bases' files) are not also checked on their own.
//!
//! Locations: a finding on a node that a patch or a kustomization field wrote is reported at that
//! line (the node's `origin`), with the object's own file as a secondary label; every finding
//! names the kustomization that built it, so that overlays sharing a base report apart.
//!
//! Fixes: a finding keeps its fix only when it stays in the object's own resource file (a node
//! no patch or field wrote) and that file is not a kustomization (generated objects); the same
//! fix through several overlays is offered once.

use crate::discover::Discovered;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use yoroi_checks::suppress;
use yoroi_checks::{Document, Engine, Finding, ParseOptions};
use yoroi_kustomize::{Build, Fs, Limits, RealFs};
use yoroi_syntax::kubernetes::K8sObject;
use yoroi_syntax::yaml::YamlDocument;
use yoroi_syntax::{Node, Origin, SourceFile, Span, Value};

/// The file names kustomize looks for, in its order.
const NAMES: [&str; 3] = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

/// Reads through [`RealFs`], preferring texts of the overlay (`--fix` rounds), and records every
/// file read.
pub struct RecordingFs<'a> {
    disk: RealFs,
    overlay: &'a HashMap<PathBuf, String>,
    read: Mutex<HashSet<PathBuf>>,
}

impl<'a> RecordingFs<'a> {
    pub fn new(
        roots: &[PathBuf],
        overlay: &'a HashMap<PathBuf, String>,
        max_bytes: u64,
    ) -> RecordingFs<'a> {
        let roots: Vec<PathBuf> = if roots.is_empty() {
            vec![PathBuf::from(".")]
        } else {
            roots
                .iter()
                .map(|r| {
                    if r.is_file() {
                        r.parent()
                            .filter(|p| !p.as_os_str().is_empty())
                            .map_or_else(|| PathBuf::from("."), PathBuf::from)
                    } else {
                        r.clone()
                    }
                })
                .collect()
        };
        RecordingFs {
            disk: RealFs::new(roots).with_max_file_bytes(max_bytes),
            overlay,
            read: Mutex::new(HashSet::new()),
        }
    }

    /// The files read so far (cleared).
    pub fn take_read(&self) -> HashSet<PathBuf> {
        self.read
            .lock()
            .map(|mut r| std::mem::take(&mut *r))
            .unwrap_or_default()
    }
}

impl Fs for RecordingFs<'_> {
    fn read(&self, path: &Path) -> io::Result<String> {
        let path = clean(path);
        let text = match self.overlay.get(&path) {
            Some(text) => Ok(text.clone()),
            None => self.disk.read(&path),
        };
        if text.is_ok()
            && let Ok(mut read) = self.read.lock()
        {
            read.insert(path);
        }
        text
    }

    fn is_dir(&self, path: &Path) -> bool {
        self.disk.is_dir(path)
    }

    fn outside(&self, path: &Path) -> bool {
        self.disk.outside(path)
    }

    fn is_file(&self, path: &Path) -> bool {
        self.overlay.contains_key(&clean(path)) || self.disk.is_file(path)
    }
}

fn clean(path: &Path) -> PathBuf {
    let path = yoroi_kustomize::normalize(path);
    path.strip_prefix("./").map(PathBuf::from).unwrap_or(path)
}

/// One top-level overlay, built.
pub struct Built {
    /// Its kustomization file.
    pub kustomization: PathBuf,
    pub build: Build,
}

/// What the overlays of a scan produced.
#[derive(Default)]
pub struct Kustomized {
    pub roots: Vec<Built>,
    /// Files some top-level build read, in any way.
    pub consumed: HashSet<PathBuf>,
}

/// Finds the kustomization directories among the discovered YAML files, builds them, keeps the
/// top-level ones, and takes the files they read out of `discovered`.
pub fn take(
    discovered: &mut Discovered,
    roots: &[PathBuf],
    overlay: &HashMap<PathBuf, String>,
    max_bytes: u64,
) -> Kustomized {
    let mut dirs: Vec<PathBuf> = discovered
        .files
        .iter()
        .filter(|(path, _)| {
            path.file_name()
                .is_some_and(|n| NAMES.iter().any(|name| n == *name))
        })
        .map(|(path, _)| {
            path.parent()
                .filter(|p| !p.as_os_str().is_empty())
                .map_or_else(|| PathBuf::from("."), PathBuf::from)
        })
        .collect();
    dirs.sort();
    dirs.dedup();
    if dirs.is_empty() {
        return Kustomized::default();
    }
    let builds: Vec<(PathBuf, Build, HashSet<PathBuf>)> = dirs
        .into_par_iter()
        .filter_map(|dir| {
            let fs = RecordingFs::new(roots, overlay, max_bytes);
            let kustomization = clean(&yoroi_kustomize::kustomization_file(&dir, &fs)?);
            let build =
                yoroi_checks::guard::catch(|| yoroi_kustomize::build(&dir, &fs, Limits::default()))
                    .ok()?;
            let mut read = fs.take_read();
            read.remove(&kustomization);
            Some((kustomization, build, read))
        })
        .collect();
    let top = top_level(&builds);
    let mut result = Kustomized::default();
    for ((kustomization, build, read), top) in builds.into_iter().zip(top) {
        if !top {
            continue;
        }
        result.consumed.extend(read);
        result.consumed.insert(kustomization.clone());
        result.roots.push(Built {
            kustomization,
            build,
        });
    }
    discovered
        .files
        .retain(|(path, _)| !result.consumed.contains(path));
    result
}

/// Which builds are top-level overlays. A kustomization that another one read is a base, a
/// resource directory or a component; but kustomizations that only include each other (a cycle,
/// A includes B includes A) would then all be bases and nothing would be built: the first of such
/// a group (in path order) is built as an overlay, so that its build reports the cycle.
fn top_level(builds: &[(PathBuf, Build, HashSet<PathBuf>)]) -> Vec<bool> {
    let included: HashSet<&PathBuf> = builds.iter().flat_map(|(_, _, read)| read).collect();
    let mut top: Vec<bool> = builds
        .iter()
        .map(|(k, _, _)| !included.contains(k))
        .collect();
    let mut reached: HashSet<&PathBuf> = HashSet::new();
    for ((k, _, read), top) in builds.iter().zip(&top) {
        if *top {
            reached.insert(k);
            reached.extend(read);
        }
    }
    // `builds` is in path order (the directories were sorted).
    for (index, (k, _, read)) in builds.iter().enumerate() {
        if !reached.contains(k) {
            top[index] = true;
            reached.insert(k);
            reached.extend(read);
        }
    }
    top
}

/// What checking the overlays produced, to merge into the scan's totals.
#[derive(Default)]
pub struct Checked {
    pub checked: yoroi_project::checked::Checked,
    pub built_by: BuiltBy,
}

/// The source files of built objects (each build reads its own copy, so one file shared by two
/// overlays is two `Arc`s), with the kustomization that built them.
#[derive(Default)]
pub struct BuiltBy(Vec<(Arc<SourceFile>, Arc<SourceFile>)>);

impl BuiltBy {
    /// Names the kustomization that built the object of each finding of the cross-file pass
    /// that lies in a built file.
    pub fn label(&self, findings: &mut [Finding]) {
        if self.0.is_empty() {
            return;
        }
        let by_file: HashMap<*const SourceFile, &Arc<SourceFile>> = self
            .0
            .iter()
            .map(|(file, kustomization)| (Arc::as_ptr(file), kustomization))
            .collect();
        for finding in findings {
            if let Some(kustomization) = by_file.get(&Arc::as_ptr(&finding.file)) {
                let built_by = format!("built by `{}`", kustomization.display());
                finding.fix = None;
                finding.label_in(kustomization, Span::empty(0), built_by);
            }
        }
    }
}

/// Checks the objects of every top-level overlay that `owned` keeps (a shard).
pub fn check(
    engine: &Engine,
    options: &ParseOptions,
    kustomized: Kustomized,
    owned: impl Fn(&Path) -> bool + Sync,
) -> Checked {
    let keep = engine.wants_kubernetes_set();
    let (files, parts) = yoroi_project::checked::each_owned(
        &kustomized.roots,
        |root| root.kustomization.parent().unwrap_or(Path::new(".")),
        &kustomized.consumed,
        owned,
        |root| check_root(engine, options, root, keep),
    );
    let mut out = Checked::default();
    out.checked.files = files;
    for part in parts {
        out.checked.absorb(part.checked);
        out.built_by.0.extend(part.built_by.0);
    }
    dedupe_fixes(&mut out.checked.findings);
    out
}

fn check_root(engine: &Engine, options: &ParseOptions, root: &Built, keep: bool) -> Checked {
    let mut out = Checked::default();
    let kustomization = kustomization_source(root);
    for d in &root.build.diagnostics {
        out.checked
            .findings
            .extend(engine.kustomization_not_built(&d.file, d.span, &d.message));
    }
    let mut files: Vec<Arc<SourceFile>> = Vec::new();
    // The objects per file, in build order.
    let mut groups: Vec<(Arc<SourceFile>, Vec<K8sObject>)> = Vec::new();
    for (index, object) in root.build.objects.iter().enumerate() {
        let document = YamlDocument {
            root: object.root.clone(),
            index,
        };
        let objects = K8sObject::from_document_with(document, &options.pod_spec_paths);
        match groups
            .iter_mut()
            .find(|(f, _)| Arc::ptr_eq(f, &object.file))
        {
            Some((_, list)) => list.extend(objects),
            None => groups.push((Arc::clone(&object.file), objects)),
        }
        if !files.iter().any(|f| Arc::ptr_eq(f, &object.file)) {
            files.push(Arc::clone(&object.file));
        }
    }
    for d in &root.build.diagnostics {
        if !files.iter().any(|f| Arc::ptr_eq(f, &d.file)) {
            files.push(Arc::clone(&d.file));
        }
    }
    for (file, objects) in groups {
        out.built_by
            .0
            .push((Arc::clone(&file), Arc::clone(&kustomization)));
        let origins = Origins::of(&objects);
        let document = Document::Kubernetes {
            file: Arc::clone(&file),
            objects,
            errors: Vec::new(),
            templated: None,
        };
        out.checked.coverage.kubernetes_objects += match &document {
            Document::Kubernetes { objects, .. } => objects.len(),
            _ => 0,
        };
        let mut findings = engine.check(&document);
        for finding in &mut findings {
            locate(finding, &file, &origins, &kustomization);
        }
        out.checked.findings.extend(findings);
        if keep {
            out.checked.kubernetes.extend(document.into_kubernetes());
        }
    }
    // Suppression comments of every file the objects came from (bases, patches, the
    // kustomization itself) apply to what they produced.
    let mut seen = HashSet::new();
    for file in &files {
        if seen.insert(file.path.clone()) {
            out.checked.directives.extend(suppress::directives(file));
        }
    }
    for origin in root
        .build
        .objects
        .iter()
        .flat_map(|o| origin_files(&o.root))
    {
        if seen.insert(origin.file.path.clone()) {
            out.checked
                .directives
                .extend(suppress::directives(&origin.file));
        }
    }
    out
}

/// Where the nodes of some objects were written, when a patch or a kustomization field did.
struct Origins {
    /// Every node (and entry key) span, with where it was written (`None`: ambiguous).
    at: HashMap<Span, Option<Arc<Origin>>>,
    /// Every place that wrote a node, ambiguous spans included.
    written: HashSet<(PathBuf, Span)>,
}

impl Origins {
    fn of(objects: &[K8sObject]) -> Origins {
        let at = origins_of(objects);
        let mut written = HashSet::new();
        for object in objects {
            for origin in all_origins(&object.root) {
                written.insert((origin.file.path.clone(), origin.span));
            }
        }
        Origins { at, written }
    }
}

fn all_origins(root: &Node) -> Vec<Arc<Origin>> {
    fn walk(node: &Node, out: &mut Vec<Arc<Origin>>) {
        if let Some(origin) = &node.origin {
            out.push(Arc::clone(origin));
        }
        match &node.value {
            Value::Map(entries) => entries.iter().for_each(|e| walk(&e.value, out)),
            Value::Seq(items) => items.iter().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(root, &mut out);
    out
}

/// Every node (and entry key) span of the objects that a patch or a kustomization field wrote,
/// with where it was written.
fn origins_of(objects: &[K8sObject]) -> HashMap<Span, Option<Arc<Origin>>> {
    // Nodes a patch added take the span of the node they were added to, so several nodes written
    // in different places may share one span: such a span is ambiguous (`None`), and a finding
    // there stays at the object's own line.
    fn add(out: &mut HashMap<Span, Option<Arc<Origin>>>, span: Span, origin: &Arc<Origin>) {
        match out.get_mut(&span) {
            None => {
                out.insert(span, Some(Arc::clone(origin)));
            }
            Some(Some(known))
                if !(Arc::ptr_eq(&known.file, &origin.file) && known.span == origin.span) =>
            {
                out.insert(span, None);
            }
            Some(_) => {}
        }
    }
    fn walk(node: &Node, out: &mut HashMap<Span, Option<Arc<Origin>>>) {
        if let Some(origin) = &node.origin {
            add(out, node.span, origin);
        }
        match &node.value {
            Value::Map(entries) => {
                for entry in entries {
                    if let Some(origin) = &entry.value.origin {
                        add(out, entry.key_span, origin);
                    }
                    walk(&entry.value, out);
                }
            }
            Value::Seq(items) => items.iter().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let mut out = HashMap::new();
    for object in objects {
        walk(&object.root, &mut out);
    }
    out
}

fn origin_files(root: &Node) -> Vec<Arc<Origin>> {
    fn walk(node: &Node, out: &mut Vec<Arc<Origin>>) {
        if let Some(origin) = &node.origin
            && !out.iter().any(|o| Arc::ptr_eq(&o.file, &origin.file))
        {
            out.push(Arc::clone(origin));
        }
        match &node.value {
            Value::Map(entries) => entries.iter().for_each(|e| walk(&e.value, out)),
            Value::Seq(items) => items.iter().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(root, &mut out);
    out
}

/// Moves a finding to the line that wrote its node, when a patch or a kustomization field did,
/// and names the kustomization that built it.
fn locate(
    finding: &mut Finding,
    file: &Arc<SourceFile>,
    origins: &Origins,
    kustomization_file: &Arc<SourceFile>,
) {
    let kustomization = kustomization_file.display();
    // The engine labels a judged node's origin (declarative rules): that label names the node
    // the finding is about (or the list item a patch added, when the value it lacks is
    // missing). Otherwise, the finding's own span.
    let labelled = finding.labels.iter().position(|l| {
        l.file.path != file.path && origins.written.contains(&(l.file.path.clone(), l.span))
    });
    let origin = match labelled {
        Some(index) => {
            let label = finding.labels.remove(index);
            Some((label.file, label.span, label.message))
        }
        None => origins
            .at
            .get(&finding.span)
            .and_then(Option::as_ref)
            .filter(|o| o.file.path != file.path)
            .map(|o| (Arc::clone(&o.file), o.span, o.note.clone())),
    };
    let built_by = format!("built by `{kustomization}`");
    if let Some((origin_file, origin_span, note)) = origin {
        let object_span = finding.span;
        finding.file = origin_file;
        finding.span = origin_span;
        finding.fix = None;
        finding.redact = None;
        finding.labels.insert(
            0,
            yoroi_checks::Label {
                file: Arc::clone(file),
                span: object_span,
                message: format!(
                    "in the object built from `{}` ({note}; {built_by})",
                    file.display()
                ),
                usage: false,
            },
        );
    } else if file
        .path
        .file_name()
        .is_some_and(|n| NAMES.iter().any(|name| n == *name))
    {
        // A generated object (ConfigMap, Secret): its text is the generator entry.
        finding.fix = None;
    }
    finding.label_in(kustomization_file, Span::empty(0), built_by);
}

/// The kustomization's source file: the build's own copy when some node or diagnostic points
/// into it, else read again (the build read it, so it exists and is confined the same way).
fn kustomization_source(root: &Built) -> Arc<SourceFile> {
    let path = &root.kustomization;
    let from_build = root
        .build
        .diagnostics
        .iter()
        .map(|d| &d.file)
        .chain(root.build.objects.iter().map(|o| &o.file))
        .find(|f| &f.path == path)
        .cloned()
        .or_else(|| {
            root.build
                .objects
                .iter()
                .flat_map(|o| origin_files(&o.root))
                .find(|o| &o.file.path == path)
                .map(|o| Arc::clone(&o.file))
        });
    from_build.unwrap_or_else(|| {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        SourceFile::new(path, yoroi_syntax::FileKind::Yaml, text)
    })
}

/// Overlays sharing a base give the same fix on the base file once per overlay: keep the first.
fn dedupe_fixes(findings: &mut [Finding]) {
    let mut seen: HashSet<(PathBuf, Vec<(Span, String)>)> = HashSet::new();
    for finding in findings {
        let Some(fix) = &finding.fix else { continue };
        let key = (
            finding.file.path.clone(),
            fix.edits
                .iter()
                .map(|e| (e.span, e.replacement.clone()))
                .collect(),
        );
        if !seen.insert(key) {
            finding.fix = None;
        }
    }
}

/// `yoroi render PATH`: the build of a kustomization directory as a YAML stream, each document
/// preceded by `# Source: FILE` (the object's file, a base's file included); diagnostics on
/// standard error. Exit 1 when the build had problems.
pub fn render(path: &Path) -> Result<u8, crate::CliError> {
    if !path.exists() {
        return Err(crate::CliError::Usage(format!(
            "{}: no such file or directory",
            path.display()
        )));
    }
    let overlay = HashMap::new();
    let roots = render_roots(path);
    let fs = RecordingFs::new(&roots, &overlay, yoroi_project::files::MAX_FILE_BYTES);
    if !path.is_dir() || yoroi_kustomize::kustomization_file(path, &fs).is_none() {
        return Err(crate::CliError::Usage(format!(
            "{}: not a directory holding kustomization.yaml, kustomization.yml or Kustomization \
             or a Helm chart (a directory holding Chart.yaml)",
            path.display()
        )));
    }
    let build = yoroi_kustomize::build(path, &fs, Limits::default());
    print!("{}", render_text(&build));
    for d in &build.diagnostics {
        let at = d.file.lines.line_col(&d.file.text, d.span.start());
        eprintln!(
            "{}:{}:{}: {}: {}",
            d.file.display(),
            at.line,
            at.column,
            d.kind.name(),
            d.message
        );
    }
    Ok(u8::from(!build.diagnostics.is_empty()))
}

/// Where `yoroi render` may read: the directory itself, the current directory, and the
/// repository holding the directory (bases usually sit beside overlays: `../../base`).
fn render_roots(path: &Path) -> Vec<PathBuf> {
    let mut roots = vec![path.to_path_buf(), PathBuf::from(".")];
    if let Ok(absolute) = std::path::absolute(path)
        && let Some(repository) = absolute.ancestors().find(|d| d.join(".git").exists())
    {
        roots.push(repository.to_path_buf());
    }
    roots
}

/// The YAML stream of a build with `# Source:` comments, as `helm template` prints them.
pub fn render_text(build: &Build) -> String {
    let mut out = String::new();
    for object in &build.objects {
        out.push_str("---\n# Source: ");
        out.push_str(object.file.display());
        out.push('\n');
        out.push_str(&yoroi_kustomize::to_yaml(&[&object.root]));
    }
    out
}
