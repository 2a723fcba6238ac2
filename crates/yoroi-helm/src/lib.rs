//! Helm charts rendered in-process the way `helm template` renders them, with provenance.
//!
//! [`render`] loads a chart (its `Chart.yaml`, values, templates, files, `crds/`, and subcharts from `charts/`,
//! directories or `.tgz` archives), coalesces values as Helm does (chart defaults, parent overrides, `-f` files,
//! `--set`, `global`), enables dependencies by condition and tags, and runs every template through
//! [`yoroi_gotmpl`] with Helm's functions. Each output document is a [`Manifest`] with the chunk map of its bytes,
//! and every value carries an origin (file, span, key path) in [`Rendered::origins`]. Nothing touches the network
//! or spawns a process; `lookup` returns an empty map and non-deterministic functions return fixed values.

mod chart;
mod fs;
mod helm;
mod render;
mod schema;
mod values;
mod yamlout;

use std::path::{Path, PathBuf};

pub use chart::glob_match;
pub use fs::{ChartFs, DiskFs, MemFs, untgz};
pub use values::{OriginEntry, Origins, parse_values, parse_yaml_value};
pub use yoroi_gotmpl::{Chunk, ChunkSource, FileId, Origin, frames};

/// The Kubernetes version `.Capabilities.KubeVersion` reports by default (Helm 3.17's client-only default).
pub const DEFAULT_KUBE_VERSION: &str = "v1.32.0";

/// The file id of text rendered by `tpl` (it has no file of its own).
pub const TPL_FILE: FileId = FileId(u32::MAX - 1);

/// How to render (the `helm template` flags that matter).
#[derive(Clone, Debug)]
pub struct RenderOptions {
    /// `.Release.Name` (`helm template`'s default: `release-name`).
    pub release_name: String,
    /// `.Release.Namespace`.
    pub namespace: String,
    /// `.Capabilities.KubeVersion` (`--kube-version`).
    pub kube_version: String,
    /// Added to `.Capabilities.APIVersions` (`--api-versions`).
    pub api_versions: Vec<String>,
    /// `-f` files, in order (later wins). Read from disk, bounded by `limits.max_file_bytes`.
    pub values_files: Vec<PathBuf>,
    /// `--set` arguments, in order.
    pub set: Vec<String>,
    /// `--set-string` arguments, applied after `set`.
    pub set_string: Vec<String>,
    /// Include the files of `crds/` (`helm template --include-crds`); on by default, since a linter wants them.
    pub include_crds: bool,
    pub limits: ChartLimits,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            release_name: "release-name".into(),
            namespace: "default".into(),
            kube_version: DEFAULT_KUBE_VERSION.into(),
            api_versions: Vec::new(),
            values_files: Vec::new(),
            set: Vec::new(),
            set_string: Vec::new(),
            include_crds: true,
            limits: ChartLimits::default(),
        }
    }
}

/// Bounds on what a chart may make yoroi read and compute.
#[derive(Clone, Debug)]
pub struct ChartLimits {
    pub max_file_bytes: u64,
    /// Files read in all (archives' contents included).
    pub max_files: usize,
    /// Bytes read in all, and the unpacked size of one archive.
    pub max_total_bytes: u64,
    /// Subcharts nested in subcharts.
    pub max_chart_depth: usize,
    /// The template engine's limits, per template.
    pub template: yoroi_gotmpl::Limits,
}

impl Default for ChartLimits {
    fn default() -> Self {
        ChartLimits {
            max_file_bytes: 8 << 20,
            max_files: 20_000,
            max_total_bytes: 256 << 20,
            max_chart_depth: 10,
            template: yoroi_gotmpl::Limits::default(),
        }
    }
}

/// One rendered document, as `helm template` prints it after `# Source:`.
#[derive(Clone, Debug)]
pub struct Manifest {
    /// The template path as in Helm's `# Source:` line (`chart/templates/x.yaml`, `chart/charts/sub/templates/y.yaml`,
    /// `chart/crds/z.yaml`).
    pub source: String,
    /// The document text (trimmed, as Helm splits it).
    pub text: String,
    /// Where each byte of `text` came from (tiles `text`; spans name [`Rendered::templates`] by `FileId`). Empty
    /// for `crds/` files, which are copied verbatim from `source`.
    pub chunks: Vec<Chunk>,
    /// Carries the `helm.sh/hook` annotation (Helm prints hooks after the other manifests).
    pub hook: bool,
}

/// A template file, by `FileId` (its index).
#[derive(Clone, Debug)]
pub struct TemplateSource {
    /// Helm's name for it (`chart/templates/x.yaml`).
    pub name: String,
    /// Its path relative to the chart directory (`templates/x.yaml`, `charts/sub/templates/y.yaml`).
    pub path: String,
    pub text: String,
}

/// What went wrong or deserves a note. Rendering goes on past every diagnostic it can.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    /// Path relative to the chart directory (or a `-f` file as given, or `--set`).
    pub file: String,
    /// Byte span in `file`, when known.
    pub span: Option<std::ops::Range<usize>>,
    pub message: String,
    pub kind: DiagnosticKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiagnosticKind {
    /// `Chart.yaml` unreadable or invalid, an archive that does not unpack, a library chart rendered directly.
    Chart,
    /// A values file or `--set` that does not parse.
    Values,
    /// A dependency listed in `Chart.yaml` with no copy under `charts/`.
    MissingDependency,
    /// A template that does not parse or fails (`required`, `fail`, a type error...). Its output is left out.
    Template,
    /// A limit of [`ChartLimits`] was reached.
    Limit,
    /// A file could not be read.
    Io,
    /// The values break the chart's (or a subchart's) `values.schema.json`, or the schema cannot be used.
    Schema,
    /// Something not done, for the record (`values.schema.json` is not validated, `import-values` ignored).
    Note,
}

/// The result of [`render`].
#[derive(Debug, Default)]
pub struct Rendered {
    /// In `helm template`'s order: CRDs, then manifests by kind, then hooks.
    pub manifests: Vec<Manifest>,
    /// Origin id → where the value was set.
    pub origins: Origins,
    pub diagnostics: Vec<Diagnostic>,
    /// Template files by `FileId`.
    pub templates: Vec<TemplateSource>,
}

/// Renders the chart at `chart_dir` (a path inside `fs`; `""` for its root) like `helm template`.
pub fn render(chart_dir: &Path, fs: &dyn ChartFs, opts: &RenderOptions) -> Rendered {
    render::render(chart_dir, fs, opts)
}
