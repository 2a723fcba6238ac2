//! Automatic fixes: the declarative `autofix:` spec of `rule.yaml`, the edit builders that turn
//! it into text edits on the original bytes (YAML and HCL), and the applier shared by
//! `yoroi scan --fix`, the LSP and the catalog tests.
//!
//! A fix is a list of [`Edit`]s on one file's original text. Builders never re-render a
//! document: they replace one scalar or insert lines in the style of the file (its indent
//! width, the indentation of the mapping or block they extend), so comments, ordering and
//! quoting elsewhere are untouched. When they cannot be sure (a flow-style mapping, a value
//! that came from a Terraform variable, a computed expression) they decline and the finding
//! carries no edit.

mod apply;
mod hcl;
mod indent;
mod yaml;

pub use apply::{Applied, apply_fixes};

use crate::declarative::{CondSpec, Path, Root, Roots};
use crate::finding::Edit;
use serde::Deserialize;
use std::sync::Arc;
use yoroi_syntax::{FileKind, Node, Origin, SourceFile, Value};

/// How many syntax errors a file's text has, in the parser yoroi uses for its kind: a fixed
/// file is written only when this does not grow.
pub fn parse_problems(file: &Arc<SourceFile>) -> usize {
    match file.kind {
        FileKind::Dockerfile => yoroi_syntax::dockerfile::parse(&file.text).errors.len(),
        FileKind::Yaml
        | FileKind::GithubWorkflow
        | FileKind::GithubAction
        | FileKind::GitlabCi
        | FileKind::Dependabot => yoroi_syntax::yaml::parse_stream(
            &file.text,
            &file.lines,
            yoroi_syntax::yaml::YamlLimits::default(),
        )
        .errors
        .len(),
        FileKind::Terraform | FileKind::TerraformJson | FileKind::TerraformVars => {
            let dir = file.path.parent().map(Into::into).unwrap_or_default();
            yoroi_syntax::terraform::ParsedModule::parse(dir, vec![Arc::clone(file)])
                .errors
                .len()
        }
    }
}

/// Whether `after` has more syntax errors than `before` ([`parse_problems`]): what keeps a
/// fixed file from being written. A YAML stream's documents are parsed apart, each failing at
/// most once, so only the documents that differ between the two texts are parsed (a fix to one
/// object of a large stream costs that object's parse); a text without problems is never worse.
pub fn parses_worse(before: &Arc<SourceFile>, after: &Arc<SourceFile>) -> bool {
    if before.kind == FileKind::Yaml && after.kind == FileKind::Yaml {
        let mut changed: std::collections::HashMap<&str, isize> = Default::default();
        for range in yoroi_syntax::yaml::document_ranges(&before.text) {
            *changed.entry(&before.text[range]).or_default() -= 1;
        }
        for range in yoroi_syntax::yaml::document_ranges(&after.text) {
            *changed.entry(&after.text[range]).or_default() += 1;
        }
        let mut more = 0;
        for (document, times) in changed {
            if times != 0 {
                let lines = yoroi_syntax::LineIndex::new(document);
                let limits = yoroi_syntax::yaml::YamlLimits::default();
                let errors = yoroi_syntax::yaml::parse_stream(document, &lines, limits).errors;
                more += times * errors.len() as isize;
            }
        }
        return more > 0;
    }
    let problems = parse_problems(after);
    problems > 0 && problems > parse_problems(before)
}

/// The edits that set the scalar at `keys` below the YAML mapping `start` (replacing a scalar
/// in place, or inserting the missing keys in the file's style), as an `autofix:` change does:
/// for Rust rules. `None` when the builders decline or the value is already there.
pub(crate) fn set_yaml(
    file: &SourceFile,
    start: &Node,
    keys: &[&str],
    value: Scalar,
) -> Option<Vec<Edit>> {
    let change = Change {
        when: None,
        from_pod: false,
        keys: keys.iter().map(|k| k.to_string()).collect(),
        op: ChangeOp::Set(value),
    };
    yaml::edit(file, start, &change)
        .ok()
        .filter(|edits| !edits.is_empty())
}

/// `autofix:` as written in `rule.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AutofixSpec {
    /// What the fix does, for `--fix` output and editor code actions.
    #[serde(default)]
    pub title: Option<String>,
    /// Offer the fix only to subjects for which this condition is true (the edits would not
    /// resolve the finding otherwise).
    #[serde(default)]
    pub when: Option<CondSpec>,
    /// The changes, applied together.
    pub set: Vec<ChangeSpec>,
}

/// One change: `{ path: P, value: V }` sets the value at P (replacing a scalar or inserting the
/// missing keys); `{ path: P, add: V }` appends V to the list at P (creating `[V]`).
/// `if_exists: true` makes the change only where P is already written (a rule that accepts one
/// of two spellings), `when: <condition>` only where the condition holds.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeSpec {
    pub path: String,
    #[serde(default)]
    pub if_exists: bool,
    #[serde(default)]
    pub when: Option<CondSpec>,
    #[serde(default)]
    pub value: Option<serde_json::Value>,
    #[serde(default)]
    pub add: Option<serde_json::Value>,
}

/// A compiled `autofix:`.
#[derive(Debug)]
pub struct Autofix {
    pub title: String,
    pub when: Option<crate::declarative::Cond>,
    pub changes: Vec<Change>,
}

/// One compiled change: plain keys from the subject (or the pod spec) and what to do there.
#[derive(Debug)]
pub struct Change {
    /// The change is skipped unless this holds for the subject.
    pub when: Option<crate::declarative::Cond>,
    pub from_pod: bool,
    pub keys: Vec<String>,
    pub op: ChangeOp,
}

#[derive(Debug, Clone)]
pub enum ChangeOp {
    Set(Scalar),
    /// Append the values a list lacks (or create the list).
    Add(Vec<Scalar>),
}

/// A value a fix writes. Fixes only write scalars, or a list of one scalar.
#[derive(Debug, Clone, PartialEq)]
pub enum Scalar {
    Bool(bool),
    Int(i64),
    Str(String),
}

/// Why a builder produced no edit.
#[derive(Debug)]
pub enum Declined {
    /// The value was set through a variable, a local or a module input: fix it there.
    FromVariable(Arc<Origin>),
    /// Any other reason (a flow-style mapping, a computed expression, an unsupported format).
    Unsupported,
}

impl Autofix {
    pub fn compile(spec: &AutofixSpec) -> Result<Autofix, String> {
        if spec.set.is_empty() {
            return Err("`autofix.set` lists no change".into());
        }
        let mut changes = Vec::new();
        for change in &spec.set {
            let path = Path::parse(&change.path)?;
            let from_pod = match path.root {
                Root::Subject => false,
                Root::Pod => true,
                Root::Object => {
                    return Err(format!(
                        "autofix path `{}`: only the subject and `@pod.` can be changed",
                        change.path
                    ));
                }
            };
            let keys = path.plain_keys().ok_or_else(|| {
                format!(
                    "autofix path `{}` must be plain keys (no `[*]`, `[N]` or `*`)",
                    change.path
                )
            })?;
            if keys.is_empty() {
                return Err(format!("autofix path `{}` names no key", change.path));
            }
            let op = match (&change.value, &change.add) {
                (Some(v), None) => ChangeOp::Set(Scalar::from_json(v)?),
                (None, Some(serde_json::Value::Array(items))) if !items.is_empty() => {
                    ChangeOp::Add(
                        items
                            .iter()
                            .map(Scalar::from_json)
                            .collect::<Result<_, _>>()?,
                    )
                }
                (None, Some(v)) => ChangeOp::Add(vec![Scalar::from_json(v)?]),
                _ => {
                    return Err(format!(
                        "autofix change on `{}` needs exactly one of `value` or `add`",
                        change.path
                    ));
                }
            };
            let mut when = change
                .when
                .as_ref()
                .map(crate::declarative::Cond::compile)
                .transpose()?;
            if change.if_exists {
                let exists = crate::declarative::Cond::Leaf {
                    path,
                    op: crate::declarative::Op::Exists,
                    every: false,
                };
                when = Some(match when {
                    Some(w) => crate::declarative::Cond::All(vec![w, exists]),
                    None => exists,
                });
            }
            changes.push(Change {
                when,
                from_pod,
                keys,
                op,
            });
        }
        let title = spec.title.clone().unwrap_or_else(|| {
            changes
                .iter()
                .map(Change::describe)
                .collect::<Vec<_>>()
                .join(", ")
        });
        Ok(Autofix {
            title,
            when: spec
                .when
                .as_ref()
                .map(crate::declarative::Cond::compile)
                .transpose()?,
            changes,
        })
    }

    /// The edits that resolve a finding on `roots`'s subject in `file`, or why there are none.
    pub fn edits(&self, roots: &Roots<'_>, file: &SourceFile) -> Result<Vec<Edit>, Declined> {
        if let Some(when) = &self.when
            && when.eval(roots).value != crate::declarative::Tri::True
        {
            return Err(Declined::Unsupported);
        }
        let mut edits = Vec::new();
        for change in &self.changes {
            if let Some(when) = &change.when
                && when.eval(roots).value != crate::declarative::Tri::True
            {
                continue;
            }
            let start = if change.from_pod {
                roots.pod.ok_or(Declined::Unsupported)?
            } else {
                roots.subject.node
            };
            let edit = match file.kind {
                FileKind::Yaml => yaml::edit(file, start, change)?,
                FileKind::Terraform => hcl::edit(file, start, change)?,
                _ => return Err(Declined::Unsupported),
            };
            edits.extend(edit);
        }
        edits.sort_by_key(|e| (e.span.start, e.span.end));
        // Two changes that extend the same mapping would insert at one offset: join them so the
        // fix stays one consistent set of non-overlapping edits.
        let mut merged: Vec<Edit> = Vec::with_capacity(edits.len());
        for edit in edits {
            match merged.last_mut() {
                Some(last) if last.span.is_empty() && last.span == edit.span => {
                    last.replacement.push_str(&edit.replacement);
                }
                Some(last) if last.span.end > edit.span.start => return Err(Declined::Unsupported),
                _ => merged.push(edit),
            }
        }
        // A change may find its value already in place; only a fix with some edit is offered.
        if merged.is_empty() {
            return Err(Declined::Unsupported);
        }
        Ok(merged)
    }
}

impl Change {
    fn describe(&self) -> String {
        let path = self.keys.join(".");
        match &self.op {
            ChangeOp::Set(v) => format!("set `{path}` to `{}`", v.plain()),
            ChangeOp::Add(vs) => format!(
                "add {} to `{path}`",
                vs.iter()
                    .map(|v| format!("`{}`", v.plain()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }
}

impl Scalar {
    fn from_json(v: &serde_json::Value) -> Result<Scalar, String> {
        match v {
            serde_json::Value::Bool(b) => Ok(Scalar::Bool(*b)),
            serde_json::Value::Number(n) => n
                .as_i64()
                .map(Scalar::Int)
                .ok_or_else(|| format!("autofix value `{n}` must be an integer")),
            serde_json::Value::String(s) => Ok(Scalar::Str(s.clone())),
            other => Err(format!(
                "autofix value `{other}` must be a boolean, an integer or a string"
            )),
        }
    }

    /// As a human reads it (titles).
    fn plain(&self) -> String {
        match self {
            Scalar::Bool(b) => b.to_string(),
            Scalar::Int(i) => i.to_string(),
            Scalar::Str(s) => s.clone(),
        }
    }

    /// Whether an existing node already holds this value.
    fn matches(&self, node: &Node) -> bool {
        match (self, &node.value) {
            (Scalar::Bool(a), Value::Bool(b)) => a == b,
            (Scalar::Int(a), Value::Int(b)) => a == b,
            (Scalar::Str(a), Value::Str(b)) => a == b,
            _ => false,
        }
    }
}

/// `[a, b]` in the syntax `render` writes scalars in.
fn flow_list(values: &[Scalar], render: fn(&Scalar) -> String) -> String {
    format!(
        "[{}]",
        values.iter().map(render).collect::<Vec<_>>().join(", ")
    )
}

/// Where a change's keys lead from the start node.
enum Walk<'a> {
    /// Every key exists: the node at the end.
    Found(&'a Node),
    /// `keys[depth..]` are missing from `map`, the deepest mapping that exists.
    Missing { map: &'a Node, depth: usize },
}

/// Follows `keys` from `start` through mappings; `accept` vets each entry on the way (a
/// builder declines entries it cannot edit safely: `false` or its own reason).
fn walk<'a>(
    start: &'a Node,
    keys: &[String],
    accept: impl Fn(&yoroi_syntax::Entry) -> Result<bool, Declined>,
) -> Result<Walk<'a>, Declined> {
    let mut node = start;
    for (depth, key) in keys.iter().enumerate() {
        if !matches!(node.value, Value::Map(_)) {
            return Err(Declined::Unsupported);
        }
        match single_entry(node, key)? {
            Some(entry) if accept(entry)? => node = &entry.value,
            Some(_) => return Err(Declined::Unsupported),
            None => return Ok(Walk::Missing { map: node, depth }),
        }
    }
    Ok(Walk::Found(node))
}

/// The node at `key` in a mapping when the key occurs exactly once (a repeated key — repeated
/// Terraform blocks — is ambiguous: which one would the user want changed?).
fn single_entry<'a>(
    node: &'a Node,
    key: &str,
) -> Result<Option<&'a yoroi_syntax::Entry>, Declined> {
    let mut found = node.entries().filter(|e| e.key == key);
    let first = found.next();
    if found.next().is_some() {
        return Err(Declined::Unsupported);
    }
    Ok(first)
}

/// A value that came from somewhere else (a variable default, a tfvars line, a local): the
/// edit belongs there, not here.
fn from_elsewhere(node: &Node) -> Result<(), Declined> {
    match &node.origin {
        Some(origin) => Err(Declined::FromVariable(Arc::clone(origin))),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(text: &str) -> Arc<SourceFile> {
        SourceFile::new("stream.yaml", FileKind::Yaml, text.to_string())
    }

    #[test]
    fn a_stream_parses_worse_only_when_more_of_its_documents_fail() {
        let broken = "a: [1\n";
        let before = yaml(&format!("a: 1\n---\n{broken}---\nb: 2\n"));
        // Fixing the good document keeps the broken one as it was: not worse.
        let fixed = yaml(&format!("a: 2\n---\n{broken}---\nb: 2\n"));
        assert!(!parses_worse(&before, &fixed));
        assert_eq!(parse_problems(&fixed), parse_problems(&before));
        // Breaking another document is worse, even though the texts share the broken one.
        let worse = yaml(&format!("a: [2\n---\n{broken}---\nb: 2\n"));
        assert!(parses_worse(&before, &worse));
        assert!(parse_problems(&worse) > parse_problems(&before));
        // Mending the broken document while breaking another is not worse.
        let traded = yaml("a: [2\n---\na: 1\n---\nb: 2\n");
        assert!(!parses_worse(&before, &traded));
        assert_eq!(parse_problems(&traded), parse_problems(&before));
    }
}
