//! Kustomize built in-process on yoroi's spanned YAML.
//!
//! [`build`] turns a directory holding a `kustomization.yaml` into the objects `kustomize build`
//! prints, in the same order. Because it works on yoroi's own spanned trees, every node of every
//! built object says where it came from: nodes read from the object's own file keep their span;
//! nodes written by a patch or by a kustomization field (`namespace:`, `images:`,
//! `commonLabels:` ...) are anchored at the nearest span of the object's file and carry an
//! [`Origin`](yoroi_syntax::Origin) naming the file, span and field that produced them.
//!
//! Nothing here touches the network: remote bases and `helmCharts` yield a [`Diagnostic`] at the
//! line that asks for them, as does anything else that cannot be built.

mod config;
mod emit;
mod engine;
mod fieldspec;
mod fs;
mod generate;
mod nameref;
mod patch;
mod res;
mod transform;
mod tree;
mod vars;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use yoroi_syntax::yaml::YamlLimits;
use yoroi_syntax::{Node, SourceFile, Span};

pub use emit::to_yaml;
pub use fs::{Fs, MemFs, RealFs, normalize};

/// Bounds that keep hostile input cheap.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Nesting of kustomizations (bases of bases, components).
    pub max_depth: usize,
    /// Files read in one build.
    pub max_files: usize,
    /// Objects held at any time.
    pub max_objects: usize,
    pub yaml: YamlLimits,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_depth: 48,
            max_files: 20_000,
            max_objects: 100_000,
            yaml: YamlLimits::default(),
        }
    }
}

/// Why a kustomization (or part of it) could not be built as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DiagnosticKind {
    /// A base or resource fetched over the network (`github.com/...`, `https://`, `git::`).
    RemoteBase,
    /// `helmCharts` / `helmChartInflationGenerator`: Helm is not run.
    HelmCharts,
    /// A file or directory named by the kustomization does not exist (or lies outside the tree).
    MissingFile,
    /// A file is not valid YAML, or not the shape kustomize expects.
    ParseError,
    /// A field or feature the builder does not implement (plugins, `openapi`, ...).
    UnsupportedField,
    /// A kustomization reaches itself through its bases or components.
    Cycle,
    /// kustomize itself would refuse this (duplicate objects, a patch with no target ...).
    Invalid,
    /// A limit was hit (depth, files, objects).
    Limit,
}

impl DiagnosticKind {
    pub fn name(self) -> &'static str {
        match self {
            DiagnosticKind::RemoteBase => "remote-base",
            DiagnosticKind::HelmCharts => "helm-charts",
            DiagnosticKind::MissingFile => "missing-file",
            DiagnosticKind::ParseError => "parse-error",
            DiagnosticKind::UnsupportedField => "unsupported-field",
            DiagnosticKind::Cycle => "cycle",
            DiagnosticKind::Invalid => "invalid",
            DiagnosticKind::Limit => "limit",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// The file holding the responsible line (usually a kustomization file).
    pub file: Arc<SourceFile>,
    pub span: Span,
    pub message: String,
    pub kind: DiagnosticKind,
}

/// One object of the build output.
#[derive(Debug, Clone)]
pub struct BuiltObject {
    /// The object. Every node's `span` lies in `file`; nodes produced elsewhere carry an origin.
    pub root: Node,
    /// The resource file it was read from (for generated objects, the kustomization file).
    pub file: Arc<SourceFile>,
}

#[derive(Debug, Default)]
pub struct Build {
    pub objects: Vec<BuiltObject>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Builds the kustomization in `dir` as `kustomize build dir` would (load restrictor
/// `RootOnly`, legacy output order unless the kustomization sets `sortOptions`).
pub fn build(dir: &Path, fs: &dyn Fs, limits: Limits) -> Build {
    engine::Engine::new(fs, limits).build(&normalize(dir))
}

/// The kustomization file of a directory, if it has one.
pub fn kustomization_file(dir: &Path, fs: &dyn Fs) -> Option<PathBuf> {
    engine::KUSTOMIZATION_FILE_NAMES
        .iter()
        .map(|n| normalize(&dir.join(n)))
        .find(|p| fs.is_file(p))
}
