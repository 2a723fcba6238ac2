//! Which Dockerfiles a document builds: a compose service's `build:`, a workflow step's
//! `docker build` or `docker/build-push-action`, a GitLab CI job's `docker build`. The scan
//! names the builder on the Dockerfile's findings (a usage label, left out of fingerprints).
//!
//! Paths that an expression or a variable decides, remote contexts and standard input are
//! unknown: they link nothing.

use crate::engine::Document;
use crate::rules::dockerfile::stages::declarations;
use crate::rules::github_actions::action_name;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use yoroi_syntax::dockerfile::Keyword;
use yoroi_syntax::dockerfile::shell::{Command, Script, ShellWord};
use yoroi_syntax::terraform::eval::normalize;
use yoroi_syntax::{Node, SourceFile, Span};

/// A Dockerfile built by a service or a CI step.
#[derive(Debug, Clone)]
pub struct Build {
    /// The Dockerfile, as the builder's path spells it (not normalised).
    pub dockerfile: PathBuf,
    /// Where the build is asked for: the service's `build:` key, the `docker build` command, the
    /// step's `uses:`.
    pub file: Arc<SourceFile>,
    pub span: Span,
    /// Who builds it: "service `web`", "workflow step `Build` of job `image`".
    pub by: String,
    /// The `--build-arg NAME=…` of a `docker build` command: each name with its word's span.
    pub args: Vec<(String, Span)>,
}

impl Build {
    /// The label put on the Dockerfile's findings.
    pub fn label(&self) -> String {
        format!("built by {} (`{}`)", self.by, self.file.display())
    }
}

/// The Dockerfiles that a document builds.
pub fn of(document: &Document) -> Vec<Build> {
    match document {
        Document::Compose { project, .. } => project
            .services
            .iter()
            .filter_map(|service| {
                let built = service.build.as_ref()?;
                let entry = service.node.entry("build")?;
                Some(Build {
                    dockerfile: built.file.path.clone(),
                    file: Arc::clone(crate::engine::compose_file_of(&entry.value, &service.file)),
                    span: entry.key_span,
                    by: format!("service `{}`", service.name),
                    args: Vec::new(),
                })
            })
            .collect(),
        Document::Workflow { file, workflow } if !workflow.is_action => {
            let root = repository_root(file);
            let mut out = Vec::new();
            for job in &workflow.jobs {
                for (index, step) in job.steps.iter().enumerate() {
                    let name = step
                        .node
                        .get("name")
                        .and_then(Node::as_str)
                        .map_or_else(|| format!("#{}", index + 1), |n| format!("`{n}`"));
                    let by = format!("workflow step {name} of job `{}`", job.id);
                    // An action runs in the workspace; `working-directory` is for `run:`.
                    if action_name(step).as_deref() == Some("docker/build-push-action")
                        && let Some(uses) = &step.uses
                        && let Some(dockerfile) = action_dockerfile(step.with.as_ref(), &root)
                    {
                        out.push(Build {
                            dockerfile,
                            file: Arc::clone(file),
                            span: uses.span,
                            by: by.clone(),
                            args: Vec::new(),
                        });
                    }
                    let cwd = match step.node.get("working-directory") {
                        None => Some(root.clone()),
                        Some(dir) => dir
                            .as_str()
                            .filter(|d| !d.contains("${{"))
                            .map(|d| root.join(d)),
                    };
                    let Some(cwd) = cwd else {
                        continue;
                    };
                    if let Some(script) = step.run.as_ref().and_then(|r| r.script.as_ref()) {
                        out.extend(script_builds(file, script, &cwd, &by));
                    }
                }
            }
            out
        }
        // Jobs run at the repository's root, which is known from `.gitlab-ci.yml` only (a file
        // it includes may lie anywhere).
        Document::Gitlab { file, ci }
            if file.path.file_name() == Some(".gitlab-ci.yml".as_ref()) =>
        {
            let root = repository_root(file);
            let mut out = Vec::new();
            for job in ci.runnable() {
                let by = format!("job `{}`", job.name);
                for line in ci.script_lines_of(job) {
                    out.extend(script_builds(file, &line.script, &root, &by));
                }
            }
            out
        }
        _ => Vec::new(),
    }
}

/// The directory a CI file's commands start in: the repository that holds
/// `.github/workflows/x.yml`, the directory of `.gitlab-ci.yml`.
fn repository_root(file: &SourceFile) -> PathBuf {
    let dir = file.path.parent().unwrap_or(Path::new(""));
    if dir.ends_with(".github/workflows") {
        dir.ancestors()
            .nth(2)
            .unwrap_or(Path::new(""))
            .to_path_buf()
    } else {
        dir.to_path_buf()
    }
}

/// The Dockerfiles of the `docker build` commands of a script.
fn script_builds(file: &Arc<SourceFile>, script: &Script, cwd: &Path, by: &str) -> Vec<Build> {
    script
        .commands
        .iter()
        .filter_map(|command| {
            let dockerfile = command_dockerfile(file, command, cwd)?;
            Some(Build {
                dockerfile,
                file: Arc::clone(file),
                span: command.span,
                by: by.to_string(),
                args: crate::rules::gitlab_ci::build_args(command)
                    .into_iter()
                    .map(|(name, word)| (name, word.span))
                    .collect(),
            })
        })
        .collect()
}

/// Options of `docker build` (and `buildx build`, `podman build`) that take a value.
const VALUED: &[&str] = &[
    "-t",
    "--tag",
    "--build-arg",
    "--target",
    "--platform",
    "--label",
    "--cache-from",
    "--cache-to",
    "--secret",
    "--ssh",
    "--network",
    "--progress",
    "-o",
    "--output",
    "--iidfile",
    "--add-host",
    "--builder",
    "--build-context",
    "--annotation",
    "--attest",
    "--metadata-file",
    "--provenance",
    "--sbom",
    "--shm-size",
    "--ulimit",
    "-m",
    "--memory",
    "--cgroup-parent",
    "--isolation",
    "--allow",
    "--config",
    "--context",
];

/// The Dockerfile of a `docker build [-f FILE] CONTEXT` command: `FILE` (from the working
/// directory), else `CONTEXT/Dockerfile`.
fn command_dockerfile(file: &SourceFile, command: &Command, cwd: &Path) -> Option<PathBuf> {
    let program = command.program()?;
    let args = command.args();
    let at = match program {
        "docker" | "podman" => match args.first().map(|w| w.text.as_str()) {
            Some("build") => 1,
            Some("buildx" | "image") if args.get(1).is_some_and(|w| w.text == "build") => 2,
            _ => return None,
        },
        _ => return None,
    };
    let known = |w: &ShellWord| w.literal && !file.slice(w.span).contains("${{");
    let mut dockerfile = None;
    let mut context = None;
    let mut words = args[at..].iter();
    while let Some(word) = words.next() {
        let text = word.text.as_str();
        if text == "-f" || text == "--file" {
            dockerfile = Some(words.next()?);
        } else if text.starts_with("--file=") {
            dockerfile = Some(word);
        } else if VALUED.contains(&text) {
            words.next();
        } else if !text.starts_with('-') {
            context = Some(word);
        }
    }
    let context = context?;
    if !known(context) || context.text == "-" || context.text.contains("://") {
        return None;
    }
    match dockerfile {
        Some(word) => {
            if !known(word) {
                return None;
            }
            let path = word.text.trim_start_matches("--file=");
            if path == "-" {
                return None;
            }
            Some(cwd.join(path))
        }
        None => Some(cwd.join(&context.text).join("Dockerfile")),
    }
}

/// The Dockerfile of `docker/build-push-action`: `file:`, else `context:` (default the
/// repository) joined with `Dockerfile`.
fn action_dockerfile(with: Option<&Node>, cwd: &Path) -> Option<PathBuf> {
    let text = |key: &str| -> Option<Option<&str>> {
        match with.and_then(|w| w.get(key)) {
            None => Some(None),
            Some(node) => {
                let s = node.as_str()?;
                (!s.contains("${{") && !s.contains("://")).then_some(Some(s))
            }
        }
    };
    let context = text("context")?.unwrap_or(".");
    match text("file")? {
        Some(file) => Some(cwd.join(file)),
        None => Some(cwd.join(context).join("Dockerfile")),
    }
}

/// A Dockerfile's path (normalised) and the `ARG` names it declares, in any stage or before the
/// first `FROM`; `None` for another document, or a Dockerfile that did not parse whole (an `ARG`
/// may be in the part lost).
pub fn declared_args(document: &Document) -> Option<(PathBuf, Vec<String>)> {
    let Document::Dockerfile { dockerfile, file } = document else {
        return None;
    };
    if !dockerfile.errors.is_empty() {
        return None;
    }
    let mut names: Vec<String> = dockerfile
        .instructions
        .iter()
        .filter(|i| i.keyword == Keyword::Arg)
        .flat_map(|i| declarations(i, dockerfile.escape))
        .map(|d| d.key)
        .collect();
    names.sort();
    names.dedup();
    Some((normalize(&file.path), names))
}

/// Whether a secret passed as a build argument (`GHA061`, `GLC014`) never reaches the image: the
/// command builds a Dockerfile of the scan that declares no `ARG` of that name, so BuildKit
/// drops the value (and warns that it was not consumed) and the history does not record it.
pub fn unconsumed_build_arg(
    finding: &crate::Finding,
    builds: &[&Build],
    declared: &HashMap<PathBuf, Vec<String>>,
) -> bool {
    if !matches!(finding.rule.meta.id.as_str(), "GHA061" | "GLC014") {
        return false;
    }
    builds.iter().any(|build| {
        build.file.path == finding.file.path
            && build.args.iter().any(|(name, span)| {
                *span == finding.span
                    && declared
                        .get(&normalize(&build.dockerfile))
                        .is_some_and(|args| !args.contains(name))
            })
    })
}
