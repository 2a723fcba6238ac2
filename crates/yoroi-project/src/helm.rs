//! Checking Helm charts: each chart is rendered in-process with [`yoroi_helm`], once with its
//! default values and once per values set the user declares, and the documents it renders are
//! checked as Kubernetes documents. Shared by the scan and the language server (which renders
//! a chart with its open buffers instead of their files).
//!
//! Locations: each rendered byte maps to the template text or the values line behind it
//! (`Manifest::chunks`). A finding is moved there: to the values file line that set the value
//! (with the template action as a secondary label), or to the template line; the include chain is
//! labelled. Where the origin is lost (text run through `tpl`) the finding stays at the nearest
//! known template line and says its location is approximate. The same rule at the same final
//! location, from several values sets or several documents, is reported once.

pub use crate::checked::Checked;
use crate::checked::each_owned;
use crate::files::Overlay;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use yoroi_checks::suppress;
use yoroi_checks::{Document, Engine, Finding, ParseOptions};
use yoroi_helm::{ChartFs, DiskFs, RenderOptions, Rendered};
use yoroi_syntax::{FileKind, SourceFile, Span};

/// How charts are rendered: the values sets applied to every chart of a scan, and per chart.
#[derive(Debug, Clone, Default)]
pub struct HelmOptions {
    /// `--values FILE` and `--set k=v` of the command line: one more values set for every chart.
    pub values: Vec<PathBuf>,
    pub set: Vec<String>,
    /// `[[helm.charts]]` of `.yoroi.toml`.
    pub charts: Vec<ChartConfig>,
}

pub use crate::config::HelmChart as ChartConfig;

/// The charts of a scan.
#[derive(Default)]
pub struct Charts {
    /// Chart directories, sorted.
    pub roots: Vec<PathBuf>,
    /// Discovered files under a chart directory.
    pub consumed: HashSet<PathBuf>,
}

/// One values set: the options of one render.
fn value_sets(root: &Path, options: &HelmOptions) -> Vec<RenderOptions> {
    let config = options
        .charts
        .iter()
        .find(|c| yoroi_kustomize::normalize(&c.path) == yoroi_kustomize::normalize(root));
    let mut base = RenderOptions::default();
    if let Some(config) = config {
        if let Some(name) = &config.release_name {
            base.release_name.clone_from(name);
        }
        if let Some(namespace) = &config.namespace {
            base.namespace.clone_from(namespace);
        }
        if let Some(version) = &config.kube_version {
            base.kube_version.clone_from(version);
        }
    }
    let mut sets = vec![base.clone()];
    if let Some(config) = config {
        if !config.values.is_empty() || !config.set.is_empty() {
            let mut set = base.clone();
            set.values_files = config.values.iter().map(|v| root.join(v)).collect();
            set.set.clone_from(&config.set);
            sets.push(set);
        }
        if config.ci_values
            && let Ok(entries) = std::fs::read_dir(root.join("ci"))
        {
            let mut files: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
                .collect();
            files.sort();
            for file in files {
                let mut set = base.clone();
                set.values_files = vec![file];
                sets.push(set);
            }
        }
    }
    if !options.values.is_empty() || !options.set.is_empty() {
        let mut set = base;
        // `--values` files are read as given (relative to the working directory).
        set.values_files.clone_from(&options.values);
        set.set.clone_from(&options.set);
        sets.push(set);
    }
    sets
}

/// Checks every chart that `owned` keeps (a shard).
pub fn check(
    engine: &Engine,
    options: &ParseOptions,
    charts: &Charts,
    helm: &HelmOptions,
    owned: impl Fn(&Path) -> bool + Sync,
) -> Checked {
    let keep = engine.wants_kubernetes_set();
    let (files, parts) = each_owned(
        &charts.roots,
        PathBuf::as_path,
        &charts.consumed,
        owned,
        |root| check_chart(engine, options, root, helm, keep, &|_| None),
    );
    let mut out = Checked {
        files,
        ..Checked::default()
    };
    for part in parts {
        out.absorb(part);
    }
    out
}

/// The source files a chart's findings point into, read once per chart.
struct Files<'a> {
    root: &'a Path,
    overlay: Overlay<'a>,
    /// Values files read as given (not relative to the chart).
    given: HashSet<String>,
    by_path: HashMap<String, Arc<SourceFile>>,
}

impl Files<'_> {
    /// A file by its path relative to the chart directory (or a `-f` file as given).
    fn get(&mut self, path: &str, text: Option<&str>) -> Arc<SourceFile> {
        if let Some(file) = self.by_path.get(path) {
            return Arc::clone(file);
        }
        let full = if path == "--set" || self.given.contains(path) {
            yoroi_kustomize::normalize(Path::new(path))
        } else {
            yoroi_kustomize::normalize(&self.root.join(path))
        };
        let text = match text {
            Some(text) => text.to_string(),
            None => match (self.overlay)(&full) {
                Some(buffer) => buffer.text.clone(),
                None => std::fs::read_to_string(&full).unwrap_or_default(),
            },
        };
        let file = SourceFile::new(full, FileKind::Yaml, text);
        self.by_path.insert(path.to_string(), Arc::clone(&file));
        file
    }
}

/// A chart's files on disk, the open buffers (by full path) instead of theirs.
struct OverlayFs<'a> {
    disk: DiskFs,
    root: &'a Path,
    overlay: Overlay<'a>,
}

impl ChartFs for OverlayFs<'_> {
    fn read(&self, path: &Path, max: u64) -> std::io::Result<Vec<u8>> {
        match (self.overlay)(&yoroi_kustomize::normalize(&self.root.join(path))) {
            Some(buffer) if buffer.text.len() as u64 > max => Err(std::io::Error::other(format!(
                "{} is larger than {max} bytes",
                path.display()
            ))),
            Some(buffer) => Ok(buffer.text.as_bytes().to_vec()),
            None => self.disk.read(path, max),
        }
    }

    fn list(&self, dir: &Path) -> std::io::Result<Vec<(String, bool)>> {
        self.disk.list(dir)
    }
}

/// Renders and checks one chart, reading `overlay`'s texts instead of the files they replace
/// (the language server's open buffers). With `keep`, the rendered objects are kept for the
/// cross-file pass.
pub fn check_chart(
    engine: &Engine,
    options: &ParseOptions,
    root: &Path,
    helm: &HelmOptions,
    keep: bool,
    overlay: Overlay<'_>,
) -> Checked {
    let mut out = Checked::default();
    let sets = value_sets(root, helm);
    let mut files = Files {
        root,
        overlay,
        given: sets
            .iter()
            .flat_map(|s| &s.values_files)
            .map(|v| v.display().to_string())
            .collect(),
        by_path: HashMap::new(),
    };
    let Ok(disk) = DiskFs::new(root) else {
        return out;
    };
    let fs = OverlayFs {
        disk,
        root,
        overlay,
    };
    let mut seen: HashSet<(String, PathBuf, Span)> = HashSet::new();
    let mut diagnosed: HashSet<(PathBuf, Span, String)> = HashSet::new();
    for opts in sets {
        let rendered = yoroi_helm::render(Path::new(""), &fs as &dyn ChartFs, &opts);
        for d in &rendered.diagnostics {
            if d.kind == yoroi_helm::DiagnosticKind::Note {
                continue;
            }
            let text = rendered
                .templates
                .iter()
                .find(|t| t.path == d.file)
                .map(|t| t.text.as_str());
            let file = files.get(&d.file, text);
            let span = d
                .span
                .clone()
                .map_or(Span::empty(0), |r| Span::new(r.start, r.end));
            if diagnosed.insert((file.path.clone(), span, d.message.clone())) {
                let message = format!("Helm chart `{}`: {}", root.display(), d.message);
                out.findings
                    .extend(engine.kustomization_not_built(&file, span, &message));
            }
        }
        for template in &rendered.templates {
            files.get(&template.path, Some(&template.text));
        }
        check_rendered(
            engine, options, &rendered, &mut files, keep, &mut seen, &mut out,
        );
    }
    let mut read = HashSet::new();
    for file in files.by_path.values() {
        if read.insert(file.path.clone()) {
            out.directives.extend(suppress::directives(file));
        }
    }
    out
}

fn check_rendered(
    engine: &Engine,
    options: &ParseOptions,
    rendered: &Rendered,
    files: &mut Files,
    keep: bool,
    seen: &mut HashSet<(String, PathBuf, Span)>,
    out: &mut Checked,
) {
    for manifest in &rendered.manifests {
        // The path relative to the chart: Helm's source name without the chart's name.
        let relative = manifest
            .source
            .split_once('/')
            .map_or(manifest.source.as_str(), |(_, rest)| rest);
        let shown = yoroi_kustomize::normalize(&files.root.join(relative));
        let file = SourceFile::new(shown, FileKind::Yaml, manifest.text.clone());
        let document = yoroi_checks::parse_file_with(Arc::clone(&file), options);
        if let Document::Kubernetes { objects, .. } = &document {
            out.coverage.kubernetes_objects += objects.len();
        }
        let mut findings = engine.check(&document);
        for mut finding in findings.drain(..) {
            if Arc::ptr_eq(&finding.file, &file) {
                locate(&mut finding, manifest, rendered, files, relative);
            }
            let key = (
                finding.rule_id().to_string(),
                finding.file.path.clone(),
                finding.span,
            );
            if seen.insert(key) {
                out.findings.push(finding);
            }
        }
        if keep {
            out.kubernetes.extend(document.into_kubernetes());
        }
    }
}

/// Where byte `at` of a manifest came from: a file (relative to the chart), a span in it, and
/// labels (the template action that printed a value, the include chain), or `None` when lost.
struct Located {
    file: String,
    span: Span,
    labels: Vec<(String, Span, String)>,
    approximate: bool,
}

fn origin_of(
    manifest: &yoroi_helm::Manifest,
    rendered: &Rendered,
    at: usize,
    len: usize,
) -> Option<Located> {
    use yoroi_gotmpl::ChunkSource;
    let index = manifest.chunks.partition_point(|c| c.end <= at);
    let mut chunk = manifest.chunks.get(index)?;
    // A finding on a `key: value` entry that `toYaml` printed starts at the key, which has no
    // origin: the value's chunk, within the finding's span, has it.
    if matches!(&*chunk.source, ChunkSource::Action { origin: None, .. })
        && let Some(valued) = manifest.chunks[index..]
            .iter()
            .take_while(|c| c.start < at + len.max(1))
            .find(|c| {
                matches!(
                    &*c.source,
                    ChunkSource::Action {
                        origin: Some(_),
                        ..
                    }
                )
            })
    {
        chunk = valued;
    }
    let template = |span: &yoroi_gotmpl::Span| {
        rendered
            .templates
            .get(span.file.0 as usize)
            .map(|t| t.path.clone())
    };
    let (span, stack, origin) = match &*chunk.source {
        ChunkSource::Text { span, stack } => (span, stack, None),
        ChunkSource::Action {
            span,
            origin,
            stack,
        } => (span, stack, *origin),
    };
    // The include chain, innermost first, up to the first frame in a real template.
    let mut labels = Vec::new();
    for frame in yoroi_gotmpl::frames(stack) {
        if let Some(path) = template(&frame.call_site) {
            labels.push((
                path,
                Span::new(frame.call_site.start as usize, frame.call_site.end as usize),
                format!("through `{}`", frame.name),
            ));
        }
    }
    let action_file = template(span);
    if let Some(origin) = origin
        && let Some(entry) = rendered.origins.entries.get(origin.0 as usize)
        && entry.file != "--set"
    {
        let mut located = Located {
            file: entry.file.clone(),
            span: Span::new(entry.span.start, entry.span.end),
            labels: Vec::new(),
            approximate: false,
        };
        if let Some(path) = action_file {
            located.labels.push((
                path,
                Span::new(span.start as usize, span.end as usize),
                format!("`{}` rendered here", entry.key_path),
            ));
        }
        located.labels.extend(labels);
        return Some(located);
    }
    match action_file {
        Some(file) => {
            let exact = matches!(&*chunk.source, ChunkSource::Text { .. }) && !chunk.approximate;
            let span = if exact {
                let start = span.start as usize + (at - chunk.start);
                let end = (start + len).min(span.end as usize).max(start);
                Span::new(start, end)
            } else {
                Span::new(span.start as usize, span.end as usize)
            };
            Some(Located {
                file,
                span,
                labels,
                approximate: false,
            })
        }
        // Text from `tpl`: the nearest call site in a real template.
        None => {
            let (file, span, _) = labels.first().cloned()?;
            Some(Located {
                file,
                span,
                labels: labels.into_iter().skip(1).collect(),
                approximate: true,
            })
        }
    }
}

/// Moves a finding from the rendered document to the template or values line behind it.
fn locate(
    finding: &mut Finding,
    manifest: &yoroi_helm::Manifest,
    rendered: &Rendered,
    files: &mut Files,
    relative: &str,
) {
    let rendered_file = Arc::clone(&finding.file);
    finding.fix = None;
    finding.redact = None;
    let located = if manifest.chunks.is_empty() {
        // A `crds/` file, copied verbatim (trimmed).
        let file = files.get(relative, None);
        let offset = file.text.find(manifest.text.as_str());
        offset.map(|offset| Located {
            file: relative.to_string(),
            span: Span::new(offset + finding.span.start(), offset + finding.span.end()),
            labels: Vec::new(),
            approximate: false,
        })
    } else {
        origin_of(manifest, rendered, finding.span.start(), finding.span.len())
    };
    let located = located.unwrap_or_else(|| Located {
        file: relative.to_string(),
        span: Span::empty(0),
        labels: Vec::new(),
        approximate: true,
    });
    let target = files.get(&located.file, None);
    // Labels in the rendered document move the same way, when they can.
    let old: Vec<yoroi_checks::Label> = std::mem::take(&mut finding.labels);
    finding.file = Arc::clone(&target);
    finding.span = located.span;
    for (path, span, message) in located.labels {
        let file = files.get(&path, None);
        finding.label_in(&file, span, message);
    }
    for label in old {
        if !Arc::ptr_eq(&label.file, &rendered_file) {
            finding.labels.push(label);
        } else if let Some(at) = origin_of(manifest, rendered, label.span.start(), label.span.len())
        {
            let file = files.get(&at.file, None);
            finding.label_in(&file, at.span, label.message);
        }
    }
    if located.approximate {
        finding.label_in(
            &target,
            located.span,
            "approximate location: the rendered text has no exact source here",
        );
    }
}
