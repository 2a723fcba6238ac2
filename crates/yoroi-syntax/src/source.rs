//! Source files, byte spans and the line index that turns spans into human and editor positions.

use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A half-open byte range `start..end` into one file's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, serde::Serialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        let start = u32::try_from(start).unwrap_or(u32::MAX);
        let end = u32::try_from(end).unwrap_or(u32::MAX).max(start);
        Span { start, end }
    }

    pub fn empty(at: usize) -> Span {
        Span::new(at, at)
    }

    pub fn start(self) -> usize {
        self.start as usize
    }

    pub fn end(self) -> usize {
        self.end as usize
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    pub fn contains(self, offset: usize) -> bool {
        (self.start as usize) <= offset && offset < self.end as usize
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start()..self.end()
    }
}

/// What a file is, decided by its name (and for YAML, later, by its content).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FileKind {
    Dockerfile,
    Terraform,
    TerraformJson,
    TerraformVars,
    Yaml,
    /// A GitHub Actions workflow (`.github/workflows/*.yml`), decided by its path.
    GithubWorkflow,
    /// A GitHub Actions action's metadata (`action.yml` / `action.yaml`, anywhere).
    GithubAction,
    /// A GitLab CI configuration: `.gitlab-ci.yml` at any depth, or a file it includes with a
    /// local `include:` (decided by discovery, whatever its name).
    GitlabCi,
    /// A Dependabot configuration (`.github/dependabot.yml` / `.yaml`), decided by its path.
    Dependabot,
}

impl FileKind {
    /// Classifies a path by its file name alone; `None` means yoroi does not read it.
    pub fn from_path(path: &Path) -> Option<FileKind> {
        let name = path.file_name()?.to_str()?;
        let kind = Self::from_file_name(name)?;
        if kind == FileKind::Yaml && is_workflow_path(path) {
            return Some(FileKind::GithubWorkflow);
        }
        if kind == FileKind::Yaml && is_dependabot_path(path) {
            return Some(FileKind::Dependabot);
        }
        Some(kind)
    }

    /// Whether the kind's syntax is YAML (Kubernetes manifests, GitHub Actions, Dependabot and
    /// GitLab CI files).
    pub fn is_yaml(self) -> bool {
        matches!(
            self,
            FileKind::Yaml
                | FileKind::GithubWorkflow
                | FileKind::GithubAction
                | FileKind::GitlabCi
                | FileKind::Dependabot
        )
    }

    pub fn from_file_name(name: &str) -> Option<FileKind> {
        let lower = name.to_ascii_lowercase();
        if lower == "dockerfile"
            || lower.starts_with("dockerfile.")
            || lower.ends_with(".dockerfile")
            || lower.starts_with("containerfile")
        {
            return Some(FileKind::Dockerfile);
        }
        if lower.ends_with(".tf.json") {
            return Some(FileKind::TerraformJson);
        }
        if lower.ends_with(".tf") {
            return Some(FileKind::Terraform);
        }
        if lower.ends_with(".tfvars") || lower.ends_with(".tfvars.json") {
            return Some(FileKind::TerraformVars);
        }
        if lower == "action.yml" || lower == "action.yaml" {
            return Some(FileKind::GithubAction);
        }
        if lower == ".gitlab-ci.yml" || lower == ".gitlab-ci.yaml" {
            return Some(FileKind::GitlabCi);
        }
        if lower.ends_with(".yaml") || lower.ends_with(".yml") {
            return Some(FileKind::Yaml);
        }
        None
    }

    pub fn name(self) -> &'static str {
        match self {
            FileKind::Dockerfile => "dockerfile",
            FileKind::Terraform => "terraform",
            FileKind::TerraformJson => "terraform-json",
            FileKind::TerraformVars => "terraform-vars",
            FileKind::Yaml => "yaml",
            FileKind::GithubWorkflow => "github-workflow",
            FileKind::GithubAction => "github-action",
            FileKind::GitlabCi => "gitlab-ci",
            FileKind::Dependabot => "dependabot",
        }
    }
}

/// `…/.github/workflows/<file>`: GitHub reads workflows from that directory only (not from
/// subdirectories of it).
fn is_workflow_path(path: &Path) -> bool {
    let mut parents = path.components().rev().skip(1);
    let workflows = parents.next().and_then(|c| c.as_os_str().to_str());
    let github = parents.next().and_then(|c| c.as_os_str().to_str());
    workflows == Some("workflows") && github == Some(".github")
}

/// `…/.github/dependabot.yml` (or `.yaml`): the only place GitHub reads Dependabot's
/// configuration from.
fn is_dependabot_path(path: &Path) -> bool {
    let mut components = path.components().rev();
    let name = components.next().and_then(|c| c.as_os_str().to_str());
    let github = components.next().and_then(|c| c.as_os_str().to_str());
    matches!(name, Some("dependabot.yml" | "dependabot.yaml")) && github == Some(".github")
}

/// One file's text, read once and shared by every stage of the pipeline.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as shown to users (relative to the working directory when possible).
    pub path: PathBuf,
    pub kind: FileKind,
    pub text: String,
    pub lines: LineIndex,
    /// `path` with forward slashes, computed once (findings are sorted and rendered by it).
    display: String,
}

impl SourceFile {
    pub fn new(path: impl Into<PathBuf>, kind: FileKind, text: String) -> Arc<SourceFile> {
        let lines = LineIndex::new(&text);
        let path: PathBuf = path.into();
        Arc::new(SourceFile {
            display: path.to_string_lossy().replace('\\', "/"),
            path,
            kind,
            text,
            lines,
        })
    }

    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }

    /// The path with forward slashes, as used in reports and fingerprints.
    pub fn display_path(&self) -> String {
        self.display.clone()
    }

    /// As [`SourceFile::display_path`], borrowed.
    pub fn display(&self) -> &str {
        &self.display
    }
}

/// A position for humans and SARIF: 1-based line, 1-based column counted in Unicode scalar values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
}

/// Maps byte offsets to lines and columns. Built once per file.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset at which each line starts; the first entry is 0.
    starts: Vec<u32>,
    len: u32,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = Vec::with_capacity(text.len() / 32 + 1);
        starts.push(0);
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                starts.push(u32::try_from(i + 1).unwrap_or(u32::MAX));
            }
        }
        LineIndex {
            starts,
            len: u32::try_from(text.len()).unwrap_or(u32::MAX),
        }
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// 0-based line holding `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = u32::try_from(offset).unwrap_or(u32::MAX).min(self.len);
        match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// Byte offset where 0-based `line` starts (clamped to the end of the text).
    pub fn line_start(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(self.len) as usize
    }

    /// Byte range of 0-based `line` without its line terminator.
    pub fn line_span(&self, line: usize, text: &str) -> Span {
        let start = self.line_start(line);
        let mut end = self.line_start(line + 1);
        let bytes = text.as_bytes();
        while end > start && matches!(bytes.get(end - 1), Some(b'\n' | b'\r')) {
            end -= 1;
        }
        Span::new(start, end)
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let column = text.get(start..offset).map_or(0, |s| s.chars().count());
        LineCol {
            line: line as u32 + 1,
            column: column as u32 + 1,
        }
    }

    /// 0-based line and UTF-16 column, as the Language Server Protocol counts.
    pub fn line_col_utf16(&self, text: &str, offset: usize) -> (u32, u32) {
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let column = text
            .get(start..offset)
            .map_or(0, |s| s.chars().map(char::len_utf16).sum::<usize>());
        (line as u32, column as u32)
    }

    /// Byte offset of a 1-based line and 0-based character column (as YAML parsers report them).
    pub fn offset_of_char_col(&self, text: &str, line1: usize, char_col: usize) -> usize {
        let start = self.line_start(line1.saturating_sub(1));
        let end = self.line_start(line1).min(text.len());
        let line_text = text.get(start..end).unwrap_or("");
        if line_text.is_ascii() {
            return (start + char_col).min(end.max(start));
        }
        match line_text.char_indices().nth(char_col) {
            Some((i, _)) => start + i,
            None => end,
        }
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_and_utf16() {
        let text = "a: 1\nb: \"héllo\" x\n𝄞z\n";
        let idx = LineIndex::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(
            idx.line_col(text, x),
            LineCol {
                line: 2,
                column: 12
            }
        );
        let z = text.find('z').unwrap();
        assert_eq!(idx.line_col_utf16(text, z), (2, 2));
        assert_eq!(idx.offset_of_char_col(text, 2, 11), x);
        assert_eq!(idx.line_of(text.len()), 3);
    }

    #[test]
    fn classifies_file_names() {
        for (name, kind) in [
            ("Dockerfile", Some(FileKind::Dockerfile)),
            ("Dockerfile.prod", Some(FileKind::Dockerfile)),
            ("api.Dockerfile", Some(FileKind::Dockerfile)),
            ("build.dockerfile", Some(FileKind::Dockerfile)),
            ("Containerfile.dev", Some(FileKind::Dockerfile)),
            ("main.tf", Some(FileKind::Terraform)),
            ("main.tf.json", Some(FileKind::TerraformJson)),
            ("prod.tfvars", Some(FileKind::TerraformVars)),
            ("deploy.yml", Some(FileKind::Yaml)),
            ("action.yaml", Some(FileKind::GithubAction)),
            (".gitlab-ci.yml", Some(FileKind::GitlabCi)),
            ("README.md", None),
        ] {
            assert_eq!(FileKind::from_file_name(name), kind, "{name}");
        }
    }

    #[test]
    fn classifies_workflows_by_directory() {
        for (path, kind) in [
            (".github/workflows/ci.yml", Some(FileKind::GithubWorkflow)),
            (
                "repo/.github/workflows/ci.yaml",
                Some(FileKind::GithubWorkflow),
            ),
            (".github/workflows/sub/ci.yml", Some(FileKind::Yaml)),
            ("deploy/workflows/ci.yml", Some(FileKind::Yaml)),
            ("tools/setup/action.yml", Some(FileKind::GithubAction)),
            (".github/dependabot.yml", Some(FileKind::Dependabot)),
            ("repo/.github/dependabot.yaml", Some(FileKind::Dependabot)),
            ("dependabot.yml", Some(FileKind::Yaml)),
            (
                ".github/workflows/dependabot.yml",
                Some(FileKind::GithubWorkflow),
            ),
            ("config/dependabot.yml", Some(FileKind::Yaml)),
        ] {
            assert_eq!(FileKind::from_path(Path::new(path)), kind, "{path}");
        }
    }
}
