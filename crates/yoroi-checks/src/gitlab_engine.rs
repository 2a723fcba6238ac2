//! The GitLab CI domain's part of the engine: a configuration is checked with its local
//! includes merged in, each finding in the file that writes what it judges.

use super::{Document, Engine, Guard, ParseOptions};
use crate::catalog::Logic;
use crate::finding::{Emitter, Finding};
use crate::rules::Check;
use std::sync::Arc;
use yoroi_syntax::SourceFile;
use yoroi_syntax::gitlab::{self, FsLoader, GitlabCi, Loader};

/// A `.gitlab-ci.yml` is read with the files it includes (from disk); any other GitLab CI file
/// (one that a configuration includes) alone.
pub(super) fn parse(file: Arc<SourceFile>, options: &ParseOptions) -> Document {
    parse_with(file, options, &FsLoader)
}

/// As [`parse`], reading included files through `loader`.
pub fn parse_with(file: Arc<SourceFile>, options: &ParseOptions, loader: &dyn Loader) -> Document {
    let configuration = file
        .path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(gitlab::is_configuration_name);
    let ci = if configuration {
        gitlab::load(&file, options.yaml, loader)
    } else {
        gitlab::parse(&file, options.yaml)
    };
    Document::Gitlab { file, ci }
}

/// The configuration's included files, read by a merged check (an included file's own,
/// standalone check is then superseded).
pub fn included_files(document: &Document) -> Vec<std::path::PathBuf> {
    match document {
        Document::Gitlab { ci, .. } => ci.included.iter().map(|f| f.file.path.clone()).collect(),
        _ => Vec::new(),
    }
}

impl Engine {
    pub(super) fn check_gitlab(
        &self,
        file: &Arc<SourceFile>,
        ci: &GitlabCi,
        guard: &mut Guard,
        out: &mut Vec<Finding>,
    ) {
        self.parse_errors(file, ci.errors.iter().map(|e| (e.span, &e.message)), out);
        for included in &ci.included {
            self.parse_errors(
                &included.file,
                included.errors.iter().map(|e| (e.span, &e.message)),
                out,
            );
        }
        if let Some(rule) = &self.parse_error {
            for error in &ci.include_errors {
                Emitter::new(rule, &error.file, out).report(
                    error.span,
                    format!(
                        "cannot merge the GitLab CI configuration: {}",
                        error.message
                    ),
                );
            }
        }
        let ctx = crate::rules::GitlabCtx::new(file, ci);
        for rule in &self.gitlab {
            if let Logic::Rust(r) = &rule.logic
                && let Check::Gitlab(f) = r.check
            {
                guard.run(rule, out, |out| f(&ctx, &mut Emitter::new(rule, file, out)));
            }
        }
    }
}
