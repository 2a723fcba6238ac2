//! Finding the files to scan: a `.gitignore`-aware walk that skips `.git`, `.terraform` and
//! `node_modules`, classification by file name, `--include`/`--exclude` globs, and grouping of
//! Terraform files into one unit per directory (a module).

use globset::{Glob, GlobSet, GlobSetBuilder};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use yoroi_syntax::FileKind;

/// What a scan will read.
#[derive(Debug, Default)]
pub struct Discovered {
    /// Dockerfiles and YAML files, each its own unit.
    pub files: Vec<(PathBuf, FileKind)>,
    /// Terraform directories and their files, sorted.
    pub modules: BTreeMap<PathBuf, Vec<(PathBuf, FileKind)>>,
    /// Paths that were asked for but do not exist or cannot be classified.
    pub problems: Vec<String>,
    /// Terraform files read only because a sibling was named explicitly: they are evaluated
    /// with it (variables, locals), but their own findings are not reported.
    pub context_only: std::collections::HashSet<PathBuf>,
    /// A GitLab CI file that a configuration includes → the configuration's project root: its
    /// findings come from that configuration's check, so shards keep them together.
    pub gitlab_roots: std::collections::HashMap<PathBuf, PathBuf>,
    /// Every path added, so that a file reached twice (two overlapping arguments) is read once;
    /// a set, because a linear search per file made discovery quadratic.
    seen: std::collections::HashSet<PathBuf>,
}

impl Discovered {
    fn add(&mut self, path: PathBuf, kind: FileKind) {
        if !self.seen.insert(path.clone()) {
            return;
        }
        match kind {
            FileKind::Terraform | FileKind::TerraformJson | FileKind::TerraformVars => {
                // Files in the working directory belong to `.`, as module sources resolve it.
                let dir = match path.parent() {
                    Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                    _ => PathBuf::from("."),
                };
                self.modules.entry(dir).or_default().push((path, kind));
            }
            _ => self.files.push((path, kind)),
        }
    }
}

pub struct Filters {
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
}

impl Filters {
    pub fn new(include: &[String], exclude: &[String]) -> Result<Filters, String> {
        Ok(Filters {
            include: build_set(include)?,
            exclude: build_set(exclude)?,
        })
    }

    fn accepts(&self, path: &Path) -> bool {
        let rel = path.strip_prefix(".").unwrap_or(path);
        if let Some(exclude) = &self.exclude
            && (exclude.is_match(rel) || exclude.is_match(path))
        {
            return false;
        }
        match &self.include {
            Some(include) => include.is_match(rel) || include.is_match(path),
            None => true,
        }
    }
}

fn build_set(patterns: &[String]) -> Result<Option<GlobSet>, String> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns {
        // A bare pattern matches at any depth, as in `.gitignore`.
        let full = if pattern.contains('/') || pattern.starts_with("**") {
            pattern.clone()
        } else {
            format!("**/{pattern}")
        };
        for p in [full.clone(), format!("{full}/**")] {
            builder.add(Glob::new(&p).map_err(|e| format!("invalid glob `{pattern}`: {e}"))?);
        }
    }
    builder
        .build()
        .map(Some)
        .map_err(|e| format!("invalid globs: {e}"))
}

/// Walks the given paths. Explicit files are always taken (their kind from their name);
/// directories are walked honouring ignore files.
pub fn discover(paths: &[PathBuf], filters: &Filters) -> Discovered {
    let mut found = Discovered::default();
    for root in paths {
        let meta = match std::fs::metadata(root) {
            Ok(m) => m,
            Err(e) => {
                found.problems.push(format!("{}: {e}", root.display()));
                continue;
            }
        };
        if meta.is_file() {
            match FileKind::from_path(root) {
                Some(kind) => {
                    let file = clean(root);
                    if matches!(
                        kind,
                        FileKind::Terraform | FileKind::TerraformJson | FileKind::TerraformVars
                    ) {
                        add_module_context(&file, &mut found);
                    }
                    found.context_only.remove(&file);
                    found.add(file, kind);
                }
                None => found.problems.push(format!(
                    "{}: not a Dockerfile, Terraform or YAML file name",
                    root.display()
                )),
            }
            continue;
        }
        // Walked on every core (a 100,000-file tree took 2.3 s on one); the order does not
        // matter, the lists are sorted below.
        let walker = yoroi_project::files::walker(root).build_parallel();
        let (sender, receiver) = std::sync::mpsc::channel();
        walker.run(|| {
            let sender = sender.clone();
            Box::new(move |entry| {
                if let Ok(entry) = entry
                    && entry.file_type().is_some_and(|t| t.is_file())
                    && let Some(kind) = FileKind::from_path(entry.path())
                    && filters.accepts(entry.path())
                {
                    let _ = sender.send((clean(entry.path()), kind));
                }
                ignore::WalkState::Continue
            })
        });
        drop(sender);
        for (path, kind) in receiver {
            found.add(path, kind);
        }
    }
    gitlab_includes(&mut found);
    found.files.sort();
    for files in found.modules.values_mut() {
        files.sort();
    }
    found
}

/// Files reached by the local `include:` of a GitLab CI configuration are GitLab CI files
/// whatever their name (never Kubernetes manifests). Include paths are relative to the project
/// root, taken as the directory of the `.gitlab-ci.yml`; wildcards match files on disk.
fn gitlab_includes(found: &mut Discovered) {
    let mut queue: Vec<(PathBuf, PathBuf)> = found
        .files
        .iter()
        .filter(|(_, k)| *k == FileKind::GitlabCi)
        .map(|(p, _)| {
            let root = p.parent().map(Path::to_path_buf).unwrap_or_default();
            (p.clone(), root)
        })
        .collect();
    let mut done = std::collections::HashSet::new();
    // Each wildcard walks a folder; a hostile configuration must not make discovery walk forever.
    let mut walks = 0;
    while let Some((path, root)) = queue.pop() {
        if !done.insert(path.clone()) || done.len() > 1000 {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let limits = yoroi_syntax::yaml::YamlLimits::default();
        for include in yoroi_syntax::gitlab::local_include_paths(&text, limits) {
            let relative = include.trim_start_matches('/');
            if relative.contains("..") || relative.contains('$') {
                continue;
            }
            let targets: Vec<PathBuf> = if relative.contains('*') {
                walks += 1;
                if walks > 1000 {
                    continue;
                }
                // GitLab's wildcard grammar, over the files on disk (hidden folders too), as the
                // configuration's check reads them.
                yoroi_syntax::gitlab::wildcard_files(
                    &root,
                    relative,
                    &yoroi_syntax::gitlab::FsLoader,
                )
                .iter()
                .map(|p| clean(p))
                .collect()
            } else {
                vec![clean(&root.join(relative))]
            };
            for target in targets {
                let kind = FileKind::from_path(&target);
                if !matches!(kind, Some(FileKind::Yaml | FileKind::GitlabCi)) {
                    continue;
                }
                if let Some(entry) = found.files.iter_mut().find(|(p, _)| *p == target) {
                    entry.1 = FileKind::GitlabCi;
                } else if target.is_file() {
                    found.add(target.clone(), FileKind::GitlabCi);
                }
                found
                    .gitlab_roots
                    .entry(target.clone())
                    .or_insert_with(|| root.clone());
                queue.push((target, root.clone()));
            }
        }
    }
}

/// The other Terraform files of an explicitly named file's directory (the module it belongs to).
fn add_module_context(file: &Path, found: &mut Discovered) {
    let dir = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = clean(&entry.path());
        let Some(kind) = FileKind::from_path(&path) else {
            continue;
        };
        if !matches!(
            kind,
            FileKind::Terraform | FileKind::TerraformJson | FileKind::TerraformVars
        ) || !entry.file_type().is_ok_and(|t| t.is_file())
        {
            continue;
        }
        if !found.seen.contains(&path) {
            found.context_only.insert(path.clone());
            found.add(path, kind);
        }
    }
}

/// `./a/b` → `a/b`, so reports show the paths users type.
fn clean(path: &Path) -> PathBuf {
    path.strip_prefix("./").unwrap_or(path).to_path_buf()
}
