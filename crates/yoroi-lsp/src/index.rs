//! What the server knows of the workspace beyond the open buffers, so that a buffer is linted as
//! `yoroi scan` would lint its file: the local module calls between Terraform directories (a
//! module is evaluated through its callers, with their inputs), and the Kubernetes objects of
//! every manifest (the rules that relate objects across files run over all of them).
//!
//! The workspace folders are walked once, on the first lint that needs it; afterwards only the
//! linted buffer's entry is replaced (its directory's calls, its file's objects).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use yoroi_checks::{Engine, Finding, K8sFile, ParseOptions, parse_file_with};
use yoroi_project::files::{MAX_FILE_BYTES, Overlay, module_files, read_source};
use yoroi_project::unbound::CallGraph;
use yoroi_syntax::FileKind;
use yoroi_syntax::terraform::ParsedModule;

/// Directories the walk skips, as the scan's discovery does.
/// A local module call: the callee's directory, and whether `count` or `for_each` decides its
/// instances.
pub type LocalCall = (PathBuf, bool);

#[derive(Default)]
pub struct Index {
    /// Whether the walk indexed the module calls, and the manifests.
    walked_terraform: bool,
    walked_kubernetes: bool,
    /// Terraform directory → the local modules it calls (directories calling none are left out).
    calls: BTreeMap<PathBuf, Vec<LocalCall>>,
    /// The call graph of `calls`, built again after a change.
    graph: Option<Arc<CallGraph>>,
    /// Every manifest's Kubernetes objects (files without any are left out).
    kubernetes: Vec<K8sFile>,
    /// The cross-file findings over `kubernetes`, by file, as last computed.
    related: HashMap<PathBuf, Vec<Finding>>,
    /// Whether `related` must be computed again (an object changed).
    stale: bool,
    /// Files whose cross-file findings changed since [`Index::take_changed`] was last called.
    changed: HashSet<PathBuf>,
}

impl Index {
    /// Forgets everything (a config changed: objects may parse differently).
    pub fn reset(&mut self) {
        *self = Index::default();
    }

    /// Walks the workspace folders once: every Terraform directory's local calls and, when
    /// `kubernetes` is given, every manifest's objects.
    pub fn ensure_walked(
        &mut self,
        roots: &[PathBuf],
        overlay: Overlay<'_>,
        kubernetes: Option<&ParseOptions>,
    ) {
        let kubernetes = kubernetes.filter(|_| !self.walked_kubernetes);
        if self.walked_terraform && kubernetes.is_none() {
            return;
        }
        let terraform = !self.walked_terraform;
        self.walked_terraform = true;
        self.graph = None;
        self.walked_kubernetes |= kubernetes.is_some();
        let mut dirs: BTreeMap<PathBuf, Vec<PathBuf>> = BTreeMap::new();
        let mut manifests: Vec<PathBuf> = Vec::new();
        for root in roots {
            let walker = yoroi_project::files::walker(root).build();
            for entry in walker.flatten() {
                if !entry.file_type().is_some_and(|t| t.is_file()) {
                    continue;
                }
                let path = entry.path();
                match FileKind::from_path(path) {
                    Some(FileKind::Terraform | FileKind::TerraformJson) if terraform => {
                        if let Some(dir) = path.parent() {
                            dirs.entry(dir.to_path_buf())
                                .or_default()
                                .push(path.to_path_buf());
                        }
                    }
                    Some(FileKind::Yaml) => manifests.push(path.to_path_buf()),
                    _ => {}
                }
            }
        }
        for dir in dirs.into_keys() {
            let kinds = [FileKind::Terraform, FileKind::TerraformJson];
            let files = module_files(&dir, &kinds, overlay, MAX_FILE_BYTES).unwrap_or_default();
            // A call needs the words `module` and `source`; other directories are not parsed.
            if !files
                .iter()
                .any(|f| f.text.contains("module") && f.text.contains("source"))
            {
                continue;
            }
            let calls = ParsedModule::parse(dir.clone(), files).local_calls_counted();
            if !calls.is_empty() {
                self.calls.insert(dir, calls);
            }
        }
        if let Some(options) = kubernetes {
            let charts = chart_dirs(&manifests);
            for path in manifests {
                // Chart templates are not manifests; the chart renders them.
                if charts.iter().any(|chart| path.starts_with(chart)) {
                    continue;
                }
                let file = match overlay(&path) {
                    Some(file) => file,
                    None => match read_source(&path, FileKind::Yaml, MAX_FILE_BYTES) {
                        Ok(file) => file,
                        Err(_) => continue,
                    },
                };
                self.kubernetes
                    .extend(parse_file_with(file, options).into_kubernetes());
            }
            self.stale = true;
        }
    }

    /// Replaces a directory's local calls (after its files were parsed for a lint).
    pub fn set_calls(&mut self, dir: &Path, calls: Vec<LocalCall>) {
        let old = self.calls.get(dir).map(Vec::as_slice).unwrap_or_default();
        if old == calls.as_slice() {
            return;
        }
        if calls.is_empty() {
            self.calls.remove(dir);
        } else {
            self.calls.insert(dir.to_path_buf(), calls);
        }
        self.graph = None;
    }

    pub fn graph(&mut self) -> Arc<CallGraph> {
        let calls = &self.calls;
        Arc::clone(self.graph.get_or_insert_with(|| {
            Arc::new(CallGraph::new(
                calls
                    .iter()
                    .map(|(dir, calls)| (dir.clone(), calls.clone())),
            ))
        }))
    }

    /// The directories a change in `dir` may change the findings of: those it calls, however
    /// deep, and those that call it.
    pub fn related_dirs(&mut self, dir: &Path) -> HashSet<PathBuf> {
        let graph = self.graph();
        let mut out = graph.ancestors([dir]);
        let mut queue = vec![dir.to_path_buf()];
        while let Some(next) = queue.pop() {
            for (callee, _) in self.calls.get(&next).into_iter().flatten() {
                if out.insert(callee.clone()) {
                    queue.push(callee.clone());
                }
            }
        }
        out.insert(dir.to_path_buf());
        out
    }

    /// Replaces a manifest's objects (only this file is parsed again).
    pub fn set_kubernetes(&mut self, path: &Path, objects: Vec<K8sFile>) {
        let old: Vec<&K8sFile> = self
            .kubernetes
            .iter()
            .filter(|f| f.file.path == path)
            .collect();
        // The same text parses to the same objects.
        let same = old.len() == objects.len()
            && old
                .iter()
                .zip(&objects)
                .all(|(a, b)| a.file.text == b.file.text && a.objects.len() == b.objects.len());
        if same {
            return;
        }
        self.kubernetes.retain(|f| f.file.path != path);
        self.kubernetes.extend(objects);
        self.stale = true;
    }

    /// Replaces the objects of every file under `dir` (a chart's rendered documents).
    pub fn set_kubernetes_under(&mut self, dir: &Path, objects: Vec<K8sFile>) {
        let old: Vec<&K8sFile> = self
            .kubernetes
            .iter()
            .filter(|f| f.file.path.starts_with(dir))
            .collect();
        let same = old.len() == objects.len()
            && old.iter().zip(&objects).all(|(a, b)| {
                a.file.path == b.file.path
                    && a.file.text == b.file.text
                    && a.objects.len() == b.objects.len()
            });
        if same {
            return;
        }
        self.kubernetes.retain(|f| !f.file.path.starts_with(dir));
        self.kubernetes.extend(objects);
        self.stale = true;
    }

    /// The cross-file findings in `path`, computed again only after an object changed; the
    /// files whose findings changed are noted for [`Index::take_changed`].
    pub fn related_in(&mut self, engine: &Engine, path: &Path) -> Vec<Finding> {
        if self.stale {
            self.stale = false;
            let mut by_file: HashMap<PathBuf, Vec<Finding>> = HashMap::new();
            for finding in engine.check_set(&self.kubernetes) {
                by_file
                    .entry(finding.file.path.clone())
                    .or_default()
                    .push(finding);
            }
            self.changed.extend(changed_files(&self.related, &by_file));
            self.related = by_file;
        }
        self.related.get(path).cloned().unwrap_or_default()
    }

    /// Files whose cross-file findings changed since the last call.
    pub fn take_changed(&mut self) -> HashSet<PathBuf> {
        std::mem::take(&mut self.changed)
    }
}

/// Directories holding a `Chart.yaml` among `paths`.
fn chart_dirs(paths: &[PathBuf]) -> Vec<PathBuf> {
    paths
        .iter()
        .filter(|p| p.file_name().is_some_and(|n| n == "Chart.yaml"))
        .filter_map(|p| p.parent().map(Path::to_path_buf))
        .collect()
}

fn changed_files(
    old: &HashMap<PathBuf, Vec<Finding>>,
    new: &HashMap<PathBuf, Vec<Finding>>,
) -> Vec<PathBuf> {
    fn same(a: Option<&Vec<Finding>>, b: Option<&Vec<Finding>>) -> bool {
        let (a, b) = (
            a.map_or(&[][..], Vec::as_slice),
            b.map_or(&[][..], Vec::as_slice),
        );
        a.len() == b.len() && a.iter().zip(b).all(|(a, b)| a.sort_key() == b.sort_key())
    }
    old.keys()
        .chain(new.keys())
        .filter(|path| !same(old.get(*path), new.get(*path)))
        .cloned()
        .collect()
}
