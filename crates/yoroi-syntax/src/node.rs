//! The spanned value tree shared by YAML documents and Terraform bodies.
//!
//! A Kubernetes manifest and a Terraform resource body look alike to a rule: mappings, lists and
//! scalars, each with the byte span it came from. Terraform adds one more state, [`Value::Unknown`]:
//! a value that exists but cannot be known before `apply` (a reference to another resource, an
//! unresolved variable). Rules must treat unknown as "cannot say" and never report it.

use crate::source::{SourceFile, Span};
use std::sync::Arc;

/// A value with the span of its source text.
#[derive(Debug, Clone)]
pub struct Node {
    pub span: Span,
    pub value: Value,
    /// Where an evaluated value came from when that is not `span` in the same file (a variable
    /// default, a tfvars line). Rules add it as a secondary label.
    pub origin: Option<Arc<Origin>>,
}

/// Where an evaluated value was set.
#[derive(Debug)]
pub struct Origin {
    pub file: Arc<SourceFile>,
    pub span: Span,
    /// What set it, e.g. "default of variable `encrypted`".
    pub note: String,
}

#[derive(Debug, Clone)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<Entry>),
    /// Exists, but its value cannot be known statically.
    Unknown,
}

/// One key of a mapping. Keys may repeat (repeated Terraform nested blocks).
#[derive(Debug, Clone)]
pub struct Entry {
    pub key: String,
    pub key_span: Span,
    pub value: Node,
}

impl Node {
    pub fn new(span: Span, value: Value) -> Node {
        Node {
            span,
            value,
            origin: None,
        }
    }

    pub fn unknown(span: Span) -> Node {
        Node::new(span, Value::Unknown)
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self.value, Value::Unknown)
    }

    pub fn is_null(&self) -> bool {
        matches!(self.value, Value::Null)
    }

    /// First value of `key` in a mapping.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entries().find(|e| e.key == key).map(|e| &e.value)
    }

    /// The entry of `key` (with its key span).
    pub fn entry(&self, key: &str) -> Option<&Entry> {
        self.entries().find(|e| e.key == key)
    }

    /// Every value of `key` (a repeated Terraform block yields each occurrence).
    pub fn get_all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a Node> + 'a {
        self.entries()
            .filter(move |e| e.key == key)
            .map(|e| &e.value)
    }

    /// Follows a dotted path of plain keys (no wildcards).
    pub fn at(&self, path: &str) -> Option<&Node> {
        path.split('.').try_fold(self, |node, key| node.get(key))
    }

    pub fn entries(&self) -> std::slice::Iter<'_, Entry> {
        match &self.value {
            Value::Map(entries) => entries.iter(),
            _ => [].iter(),
        }
    }

    pub fn items(&self) -> std::slice::Iter<'_, Node> {
        match &self.value {
            Value::Seq(items) => items.iter(),
            _ => [].iter(),
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self.value {
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }

    /// A number, or a string that holds one (Kubernetes and Terraform both coerce).
    pub fn as_f64(&self) -> Option<f64> {
        match &self.value {
            Value::Int(i) => Some(*i as f64),
            Value::Float(f) => Some(*f),
            Value::Str(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match &self.value {
            Value::Int(i) => Some(*i),
            Value::Float(f) if f.fract() == 0.0 => Some(*f as i64),
            Value::Str(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    pub fn is_map(&self) -> bool {
        matches!(self.value, Value::Map(_))
    }

    pub fn is_seq(&self) -> bool {
        matches!(self.value, Value::Seq(_))
    }

    /// A short rendering of a scalar for messages; collections render as `{…}` / `[…]`.
    pub fn display(&self) -> String {
        match &self.value {
            Value::Null => "null".into(),
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => f.to_string(),
            Value::Str(s) => s.clone(),
            Value::Seq(_) => "[…]".into(),
            Value::Map(_) => "{…}".into(),
            Value::Unknown => "(unknown)".into(),
        }
    }

    /// Whether two scalars are equal by value (`1` equals `1.0`; `"true"` does not equal `true`).
    pub fn scalar_eq(&self, other: &Node) -> bool {
        match (&self.value, &other.value) {
            (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Str(a), Value::Str(b)) => a == b,
            (Value::Int(_) | Value::Float(_), Value::Int(_) | Value::Float(_)) => {
                self.as_f64() == other.as_f64()
            }
            _ => false,
        }
    }

    /// Converts to JSON (unknown becomes null); used to read rule metadata and for debugging.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match &self.value {
            Value::Null | Value::Unknown => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Int(i) => J::from(*i),
            Value::Float(f) => serde_json::Number::from_f64(*f).map_or(J::Null, J::Number),
            Value::Str(s) => J::String(s.clone()),
            Value::Seq(items) => J::Array(items.iter().map(Node::to_json).collect()),
            Value::Map(entries) => J::Object(
                entries
                    .iter()
                    .map(|e| (e.key.clone(), e.value.to_json()))
                    .collect(),
            ),
        }
    }
}
