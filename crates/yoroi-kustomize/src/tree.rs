//! Small operations on spanned trees: provenance stamping, lookups and edits by path.

use std::sync::Arc;
use yoroi_syntax::{Entry, Node, Origin, SourceFile, Span, Value};

/// Where an edit comes from: a file and the span that produced the value, plus a note for humans.
#[derive(Debug, Clone)]
pub struct Provenance {
    pub file: Arc<SourceFile>,
    pub span: Span,
    pub note: Arc<str>,
}

impl Provenance {
    pub fn new(file: &Arc<SourceFile>, span: Span, note: impl Into<Arc<str>>) -> Provenance {
        Provenance {
            file: Arc::clone(file),
            span,
            note: note.into(),
        }
    }

    pub fn origin(&self) -> Arc<Origin> {
        Arc::new(Origin {
            file: Arc::clone(&self.file),
            span: self.span,
            note: self.note.to_string(),
        })
    }

    /// A scalar produced by this provenance, anchored at `anchor` in the object's own file.
    pub fn scalar(&self, anchor: Span, value: Value) -> Node {
        Node {
            span: anchor,
            value,
            origin: Some(self.origin()),
        }
    }

    pub fn string(&self, anchor: Span, s: impl Into<String>) -> Node {
        self.scalar(anchor, Value::Str(s.into()))
    }
}

/// Copies a subtree written in another file (a patch, a kustomization field) into an object:
/// every node is anchored at `anchor` (a span of the object's own file) and its origin points at
/// the exact place in `file` that wrote it.
pub fn transplant(node: &Node, anchor: Span, file: &Arc<SourceFile>, note: &Arc<str>) -> Node {
    let value = match &node.value {
        Value::Seq(items) => Value::Seq(
            items
                .iter()
                .map(|n| transplant(n, anchor, file, note))
                .collect(),
        ),
        Value::Map(entries) => Value::Map(
            entries
                .iter()
                .map(|e| Entry {
                    key: e.key.clone(),
                    key_span: anchor,
                    value: transplant(&e.value, anchor, file, note),
                })
                .collect(),
        ),
        other => other.clone(),
    };
    // A node that already tells where it came from (copied from another object) keeps that.
    let origin = node.origin.clone().or_else(|| {
        Some(Arc::new(Origin {
            file: Arc::clone(file),
            span: node.span,
            note: note.to_string(),
        }))
    });
    Node {
        span: anchor,
        value,
        origin,
    }
}

pub fn get_mut<'a>(node: &'a mut Node, key: &str) -> Option<&'a mut Node> {
    match &mut node.value {
        Value::Map(entries) => entries
            .iter_mut()
            .find(|e| e.key == key)
            .map(|e| &mut e.value),
        _ => None,
    }
}

/// Sets `key` in a mapping (replacing the first entry with that key, else appending).
pub fn set(node: &mut Node, key: &str, value: Node) {
    let anchor = node.span;
    if let Value::Map(entries) = &mut node.value {
        if let Some(e) = entries.iter_mut().find(|e| e.key == key) {
            e.value = value;
        } else {
            entries.push(Entry {
                key: key.to_string(),
                key_span: anchor,
                value,
            });
        }
    }
}

pub fn remove(node: &mut Node, key: &str) -> Option<Node> {
    if let Value::Map(entries) = &mut node.value {
        let i = entries.iter().position(|e| e.key == key)?;
        return Some(entries.remove(i).value);
    }
    None
}

/// The mapping at `key`, created empty (anchored at the parent) when absent or null.
pub fn map_at<'a>(node: &'a mut Node, key: &str, prov: &Provenance) -> Option<&'a mut Node> {
    if !node.is_map() {
        return None;
    }
    let anchor = node.span;
    let needs = match node.get(key) {
        None => true,
        Some(n) => n.is_null(),
    };
    if needs {
        set(node, key, prov.scalar(anchor, Value::Map(Vec::new())));
    }
    get_mut(node, key).filter(|n| n.is_map())
}

pub fn str_at<'a>(node: &'a Node, path: &[&str]) -> Option<&'a str> {
    path.iter()
        .try_fold(node, |n, k| n.get(k))
        .and_then(Node::as_str)
}

/// A scalar as kustomize reads it into a Go string (`1` → "1", `true` → "true").
pub fn scalar_string(node: &Node) -> Option<String> {
    match &node.value {
        Value::Str(s) => Some(s.clone()),
        Value::Int(i) => Some(i.to_string()),
        Value::Float(_) | Value::Bool(_) => Some(node.display()),
        Value::Null => Some(String::new()),
        _ => None,
    }
}

/// String pairs of a mapping (labels, annotations, literals maps), with the span of each value.
pub fn string_map(node: &Node) -> Vec<(String, String, Span)> {
    node.entries()
        .filter_map(|e| scalar_string(&e.value).map(|v| (e.key.clone(), v, e.value.span)))
        .collect()
}

pub fn string_list(node: &Node) -> Vec<(String, Span)> {
    match &node.value {
        Value::Seq(items) => items
            .iter()
            .filter_map(|n| scalar_string(n).map(|s| (s, n.span)))
            .collect(),
        Value::Str(s) => vec![(s.clone(), node.span)],
        _ => Vec::new(),
    }
}

/// Structural equality by value (spans and origins ignored).
pub fn same_value(a: &Node, b: &Node) -> bool {
    match (&a.value, &b.value) {
        (Value::Seq(x), Value::Seq(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_value(p, q))
        }
        (Value::Map(x), Value::Map(y)) => {
            x.len() == y.len()
                && x.iter().all(|e| {
                    y.iter()
                        .find(|f| f.key == e.key)
                        .is_some_and(|f| same_value(&e.value, &f.value))
                })
        }
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y || (x.is_nan() && y.is_nan()),
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Null, Value::Null) | (Value::Unknown, Value::Unknown) => true,
        _ => false,
    }
}

/// Splits a kustomize field-spec path at `/`, honouring `\/` escapes.
pub fn split_fs_path(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = path.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'/') => {
                cur.push('/');
                chars.next();
            }
            '/' => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out.retain(|s| !s.is_empty());
    out
}

/// Nodes deeper than this are not visited by recursive walks (the parser caps nesting lower).
pub const MAX_WALK_DEPTH: usize = 512;

/// Removes `key` from a mapping, returning its value and position.
pub fn remove_keep_index(node: &mut Node, key: &str) -> Option<(Node, usize, Span)> {
    if let Value::Map(entries) = &mut node.value {
        let i = entries.iter().position(|e| e.key == key)?;
        let e = entries.remove(i);
        return Some((e.value, i, e.key_span));
    }
    None
}
