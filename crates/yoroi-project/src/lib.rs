//! What the command line and the language server share to lint a project the same way: the
//! `.yoroi.toml` settings ([`config`]), the catalog they extend ([`load_catalog`]), the
//! per-finding policy they imply ([`policy`]), reading files and Terraform modules from disk
//! ([`files`]), rendering and checking Helm charts ([`helm`], into a [`checked::Checked`]), and
//! the local module calls between Terraform directories ([`unbound`]).

pub mod checked;
pub mod config;
pub mod files;
pub mod helm;
pub mod policy;
pub mod unbound;

use std::path::PathBuf;
use std::sync::Arc;
use yoroi_checks::suppress::{self, Directive};
use yoroi_checks::{Catalog, Engine, Finding};

/// A problem with the project's settings: a bad config file, an unknown rule, a rule folder
/// that does not load.
#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Catalog(#[from] yoroi_checks::catalog::CatalogError),
}

/// The built-in catalog plus the rule folders of each `--checks-dir`.
pub fn load_catalog(checks_dirs: &[PathBuf]) -> Result<Arc<Catalog>, ProjectError> {
    let mut catalog = Catalog::builtin()?;
    for dir in checks_dirs {
        if !dir.is_dir() {
            return Err(ProjectError::Invalid(format!(
                "--checks-dir {}: not a directory",
                dir.display()
            )));
        }
        catalog.load_dir(dir)?;
    }
    Ok(Arc::new(catalog))
}

/// Marks the findings the directives suppress and adds the findings about the directives
/// themselves (expired, unused). Without a reason a directive does not count when the config
/// requires one.
pub fn apply_suppressions(
    engine: &Engine,
    findings: &mut Vec<Finding>,
    mut directives: Vec<Directive>,
    require_reason: bool,
) {
    if require_reason {
        directives.retain(|d| d.reason.is_some());
    }
    let enabled = |id: &str| engine.enabled_rules().iter().any(|r| r.meta.id == id);
    suppress::apply(
        findings,
        &directives,
        engine.catalog(),
        &enabled,
        &suppress::today(),
    );
}
