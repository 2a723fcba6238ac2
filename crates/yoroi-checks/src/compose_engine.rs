//! The compose domain's part of the engine: which YAML files are compose files, and how the
//! compose rules run on their merged services.

use super::{Document, Engine, Guard, ParseOptions, render_message};
use crate::catalog::{Logic, Rule, Severity};
use crate::declarative::{Roots, Selected};
use crate::finding::{Emitter, Finding};
use crate::rules::Check;
use crate::rules::compose::ComposeCtx;
use std::sync::Arc;
use yoroi_syntax::compose::{self, ComposeProject, FsLoader, Service};
use yoroi_syntax::{Node, SourceFile, Span};

/// A YAML file is a compose file by name (`compose*.y{a,}ml`, `docker-compose*.y{a,}ml`) or by
/// content (a top-level `services:` mapping and no Kubernetes `apiVersion`/`kind`).
pub(crate) fn is_compose(file: &SourceFile) -> bool {
    let by_name = file
        .path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(compose::is_compose_name);
    (by_name && !file.text.lines().any(|l| l.starts_with("apiVersion:")))
        || compose::looks_like_compose(&file.text)
}

pub(super) fn parse(file: Arc<SourceFile>, options: &ParseOptions) -> Document {
    parse_with(file, options, &FsLoader)
}

/// As [`parse`], reading the files it pulls in (`.env`, `extends`, override, Dockerfile) through
/// `loader`.
pub(crate) fn parse_with(
    file: Arc<SourceFile>,
    options: &ParseOptions,
    loader: &dyn compose::Loader,
) -> Document {
    let project = compose::parse(Arc::clone(&file), options.yaml, loader);
    Document::Compose { file, project }
}

/// The files of one catalog example group, served from memory.
pub(crate) struct ExampleLoader(pub Vec<Arc<SourceFile>>);

impl compose::Loader for ExampleLoader {
    fn read(&self, path: &std::path::Path) -> Option<String> {
        self.0
            .iter()
            .find(|f| f.path == path)
            .map(|f| f.text.clone())
    }

    fn files_under(&self, dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        self.0
            .iter()
            .filter(|f| f.path.starts_with(dir))
            .map(|f| f.path.clone())
            .collect()
    }
}

/// Where a node of a merged service was written: its own file when it came from another one
/// (`extends`, an override file), else the compose file.
pub(crate) fn file_of<'a>(node: &'a Node, main: &'a Arc<SourceFile>) -> &'a Arc<SourceFile> {
    match &node.origin {
        Some(origin) => &origin.file,
        None => main,
    }
}

impl Engine {
    pub(super) fn check_compose(
        &self,
        file: &Arc<SourceFile>,
        project: &ComposeProject,
        guard: &mut Guard,
        out: &mut Vec<Finding>,
    ) {
        self.parse_errors(
            file,
            project.syntax_errors.iter().map(|e| (e.span, &e.message)),
            out,
        );
        for error in &project.errors {
            if error.remote {
                if let Some(rule) = &self.module_not_analysed {
                    Emitter::new(rule, &error.file, out).report(error.span, error.message.clone());
                }
            } else if let Some(rule) = &self.parse_error {
                Emitter::new(rule, &error.file, out).report(
                    error.span,
                    format!("cannot produce the compose project: {}", error.message),
                );
            }
        }
        let ctx = ComposeCtx {
            file,
            project,
            options: &self.options,
        };
        for rule in &self.compose {
            match &rule.logic {
                Logic::Declarative(d) => {
                    for service in &project.services {
                        if !service.node.is_map() {
                            continue;
                        }
                        guard.run(rule, out, |out| {
                            judge_service(rule, d, file, service, self.strict_unknown, out)
                        });
                    }
                }
                Logic::Rust(r) => {
                    if let Check::Compose(f) = r.check {
                        guard.run(rule, out, |out| f(&ctx, &mut Emitter::new(rule, file, out)));
                    }
                }
            }
        }
    }
}

fn judge_service(
    rule: &Arc<Rule>,
    logic: &crate::declarative::Declarative,
    main: &Arc<SourceFile>,
    service: &Service,
    strict_unknown: bool,
    out: &mut Vec<Finding>,
) {
    let roots = Roots {
        subject: Selected {
            node: &service.node,
            key_span: Some(service.key_span),
            key: Some(service.name.as_str()),
        },
        pod: None,
        object: Some(&service.node),
        terraform: None,
        partial: false,
    };
    let object = format!("service {}", service.name);
    for verdict in logic.judge(roots, strict_unknown) {
        // A value from another file is reported there; a missing one at the service's key.
        let (file, span) = match (verdict.node, verdict.span) {
            (Some(node), Some(span)) => (file_of(node, &service.file), span),
            (Some(node), None) => (file_of(node, &service.file), node.span),
            // A `for_each` subject is its own anchor (a port item), in its own file.
            (None, span) if logic.for_each.is_some() => (
                file_of(verdict.subject.node, &service.file),
                span.unwrap_or(verdict.subject.span()),
            ),
            (None, Some(span)) => (&service.file, span),
            // Something is missing: at the deepest key on the way to it that is written.
            (None, None) => deepest_ancestor(&logic.cond, service),
        };
        let mut emitter = Emitter::new(rule, file, out);
        let finding = if verdict.unknown {
            let finding = emitter.report(
                span,
                format!(
                    "{object}: cannot decide \"{}\" because the value depends on a variable that is not set",
                    rule.meta.title
                ),
            );
            finding.severity = Severity::Info;
            finding
        } else {
            let message = render_message(rule, &object, None, &verdict, file);
            emitter.report(span, message)
        };
        finding.object(object.clone());
        if !Arc::ptr_eq(file, &service.file) {
            finding.label_in(
                &service.file,
                service.key_span,
                format!("inherited by service `{}`", service.name),
            );
        }
        if verdict.unknown {
            continue;
        }
        // Fixes edit the service as written: not a merged one, whose mapping is not one text.
        if let Some(autofix) = &logic.autofix
            && !service.merged
            && Arc::ptr_eq(&service.file, main)
            && verdict.node.is_none_or(|n| n.origin.is_none())
            && let Ok(edits) = autofix.edits(
                &Roots {
                    subject: verdict.subject,
                    ..roots
                },
                main,
            )
        {
            finding.fix(autofix.title.clone(), edits);
        }
    }
}

/// Where a missing value is reported: the deepest key that exists on the way to it, over every
/// path the rule reads (`limits:` when `deploy.resources.limits.memory` is missing, else
/// `resources:`, else `deploy:`; `cap_drop:` when it lacks `ALL`), in the file that wrote it;
/// the service's key when none does.
fn deepest_ancestor<'s>(
    cond: &crate::declarative::Cond,
    service: &'s Service,
) -> (&'s Arc<SourceFile>, Span) {
    let mut paths = Vec::new();
    cond.subject_paths(&mut paths);
    let mut best: Option<(usize, &Node, Span)> = None;
    for path in paths {
        let mut node = &service.node;
        for (depth, key) in path.leading_keys().enumerate() {
            let Some(entry) = node.entry(key) else {
                break;
            };
            if best.is_none_or(|(d, _, _)| depth + 1 > d) {
                best = Some((depth + 1, &entry.value, entry.key_span));
            }
            node = &entry.value;
        }
    }
    match best {
        Some((_, value, key_span)) => (file_of(value, &service.file), key_span),
        None => (&service.file, service.key_span),
    }
}

/// Reports a Rust rule's finding at a node of a merged service (in the file it came from).
pub(crate) fn report_at(
    emitter: &mut Emitter<'_>,
    service: &Service,
    node: Option<&Node>,
    message: String,
) {
    let (file, span): (&Arc<SourceFile>, Span) = match node {
        Some(n) => (file_of(n, &service.file), n.span),
        None => (&service.file, service.key_span),
    };
    let finding = emitter.report_in(file, span, message);
    finding.object(format!("service {}", service.name));
    if !Arc::ptr_eq(file, &service.file) {
        finding.label_in(
            &service.file,
            service.key_span,
            format!("inherited by service `{}`", service.name),
        );
    }
}
