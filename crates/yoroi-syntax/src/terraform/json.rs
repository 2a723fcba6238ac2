//! `.tf.json` files: the JSON syntax of Terraform, read through the YAML parser (JSON is YAML) so
//! keys and values keep their spans.

use super::{Block, ParsedModule, TfError};
use crate::node::{Entry, Node, Value};
use crate::source::SourceFile;
use crate::yaml::{YamlLimits, parse_stream};

/// Block types whose JSON form nests labels as object keys, with the number of labels.
fn label_depth(kind: &str) -> Option<usize> {
    Some(match kind {
        "resource" | "data" => 2,
        "variable" | "output" | "module" | "provider" => 1,
        "locals" | "terraform" => 0,
        _ => return None,
    })
}

pub(super) fn parse_json(file: &SourceFile, index: usize, module: &mut ParsedModule) {
    let stream = parse_stream(&file.text, &file.lines, YamlLimits::default());
    if let Some(error) = stream.errors.first() {
        module.errors.push(TfError {
            file: index,
            span: error.span,
            message: error.message.clone(),
        });
        return;
    }
    let Some(doc) = stream.documents.into_iter().next() else {
        return;
    };
    for top in doc.root.entries() {
        let Some(depth) = label_depth(&top.key) else {
            continue;
        };
        collect(
            &top.key,
            &top.value,
            depth,
            Vec::new(),
            top.key_span,
            index,
            module,
        );
    }
}

fn collect(
    kind: &str,
    node: &Node,
    depth: usize,
    labels: Vec<String>,
    header: crate::source::Span,
    file: usize,
    module: &mut ParsedModule,
) {
    if depth == 0 {
        // Providers may be given as a list of configurations.
        let bodies: Vec<&Node> = match &node.value {
            Value::Seq(items) => items.iter().collect(),
            _ => vec![node],
        };
        for body in bodies {
            module.json_blocks.push(Block {
                file,
                kind: kind.to_string(),
                labels: labels.clone(),
                span: body.span,
                header,
                body: json_body(body),
                module_path: Vec::new(),
                instance: None,
                references: Vec::new(),
                calls: Vec::new(),
            });
        }
        return;
    }
    for entry in node.entries() {
        let mut labels = labels.clone();
        labels.push(entry.key.clone());
        collect(
            kind,
            &entry.value,
            depth - 1,
            labels,
            entry.key_span,
            file,
            module,
        );
    }
}

/// A JSON block body: strings with `${` are templates (unknown without evaluation), and a list of
/// objects under a key is a repeated nested block.
fn json_body(node: &Node) -> Node {
    let mut out = Vec::new();
    for entry in node.entries() {
        match &entry.value.value {
            Value::Seq(items) if !items.is_empty() && items.iter().all(Node::is_map) => {
                for item in items {
                    out.push(Entry {
                        key: entry.key.clone(),
                        key_span: entry.key_span,
                        value: json_body(item),
                    });
                }
            }
            _ => out.push(Entry {
                key: entry.key.clone(),
                key_span: entry.key_span,
                value: json_value(&entry.value),
            }),
        }
    }
    Node::new(node.span, Value::Map(out))
}

fn json_value(node: &Node) -> Node {
    match &node.value {
        Value::Str(s) if s.contains("${") || s.contains("%{") => Node::unknown(node.span),
        Value::Map(_) => json_body(node),
        Value::Seq(items) => Node::new(
            node.span,
            Value::Seq(items.iter().map(json_value).collect()),
        ),
        _ => node.clone(),
    }
}
