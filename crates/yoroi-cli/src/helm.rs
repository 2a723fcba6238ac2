//! Helm charts in a scan: every directory holding a `Chart.yaml` that is not a subchart (under
//! another chart's `charts/`) is rendered in-process with [`yoroi_helm`], once with its default
//! values and once per values set the user declares, and the documents it renders are checked as
//! Kubernetes documents. The files under a chart (templates, values files, `Chart.yaml`) are not
//! also checked on their own: templates are not YAML, and values files are not manifests.
//!
//! Locations: each rendered byte maps to the template text or the values line behind it
//! (`Manifest::chunks`). A finding is moved there: to the values file line that set the value
//! (with the template action as a secondary label), or to the template line; the include chain is
//! labelled. Where the origin is lost (text run through `tpl`) the finding stays at the nearest
//! known template line and says its location is approximate. The same rule at the same final
//! location, from several values sets or several documents, is reported once.

use crate::discover::Discovered;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use yoroi_helm::{ChartFs, DiskFs, RenderOptions};
pub use yoroi_project::helm::{Charts, HelmOptions, check};

/// Finds the chart directories among the discovered files and takes every file under them out of
/// `discovered`.
pub fn take(discovered: &mut Discovered) -> Charts {
    let mut dirs: Vec<PathBuf> = discovered
        .files
        .iter()
        .filter(|(path, _)| path.file_name().is_some_and(|n| n == "Chart.yaml"))
        .map(|(path, _)| parent(path))
        .collect();
    dirs.sort();
    dirs.dedup();
    if dirs.is_empty() {
        return Charts::default();
    }
    // A subchart (under another chart's `charts/`) is rendered as part of its parent.
    let all = dirs.clone();
    let roots: Vec<PathBuf> = dirs
        .into_iter()
        .filter(|dir| {
            !all.iter().any(|other| {
                other != dir
                    && dir
                        .strip_prefix(other)
                        .is_ok_and(|rest| rest.starts_with("charts"))
            })
        })
        .collect();
    let mut consumed = HashSet::new();
    discovered.files.retain(|(path, _)| {
        let under = roots.iter().any(|root| under_root(path, root));
        if under {
            consumed.insert(path.clone());
        }
        !under
    });
    Charts { roots, consumed }
}

fn under_root(path: &Path, root: &Path) -> bool {
    if root == Path::new(".") {
        return true;
    }
    path.strip_prefix(root).is_ok()
        || path
            .strip_prefix("./")
            .is_ok_and(|p| p.strip_prefix(root).is_ok())
}

fn parent(path: &Path) -> PathBuf {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), PathBuf::from)
}

/// `yoroi render CHART`: the rendered documents, each preceded by `# Source:`, as `helm
/// template` prints them; diagnostics on standard error. Exit 1 when the render had problems.
pub fn render(path: &Path, opts: &RenderOptions) -> Result<u8, crate::CliError> {
    let fs = DiskFs::new(path)
        .map_err(|e| crate::CliError::Usage(format!("{}: {e}", path.display())))?;
    let rendered = yoroi_helm::render(Path::new(""), &fs as &dyn ChartFs, opts);
    let mut out = String::new();
    for manifest in &rendered.manifests {
        out.push_str("---\n# Source: ");
        out.push_str(&manifest.source);
        out.push('\n');
        out.push_str(&manifest.text);
        out.push('\n');
    }
    print!("{out}");
    let mut problems = false;
    for d in &rendered.diagnostics {
        problems |= d.kind != yoroi_helm::DiagnosticKind::Note;
        let (line, column) = match &d.span {
            Some(span) => {
                let text = std::fs::read_to_string(path.join(&d.file)).unwrap_or_default();
                let index = yoroi_syntax::LineIndex::new(&text);
                let at = index.line_col(&text, span.start);
                (at.line, at.column)
            }
            None => (1, 1),
        };
        eprintln!(
            "{}:{line}:{column}: {:?}: {}",
            path.join(&d.file).display(),
            d.kind,
            d.message
        );
    }
    Ok(u8::from(problems))
}
