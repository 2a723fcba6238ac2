//! Terraform modules: every `.tf` / `.tf.json` file of a directory parsed into blocks with spans,
//! and each block body exposed as a [`Node`] tree for rules.
//!
//! Attribute values are converted to nodes by [`value::literal`]: literals become known values,
//! everything else (references, function calls, templates with interpolation) is
//! [`Value::Unknown`](crate::node::Value::Unknown). The evaluator (variables, locals, functions,
//! `count`/`for_each`, local modules) replaces that conversion without changing the model: the
//! node keeps room for the evaluated value and its [`Origin`](crate::node::Origin).

mod json;
pub mod value;

use crate::node::{Entry, Node, Value};
use crate::source::{FileKind, SourceFile, Span};
use hcl_edit::Span as _;
use std::path::PathBuf;
use std::sync::Arc;

/// How deep `{`/`[`/`(` may nest before a file is refused (the HCL parser is recursive).
pub const MAX_NESTING: usize = 200;

/// All Terraform files of one directory.
#[derive(Debug, Default)]
pub struct Module {
    pub dir: PathBuf,
    pub files: Vec<Arc<SourceFile>>,
    pub blocks: Vec<Block>,
    pub errors: Vec<TfError>,
}

#[derive(Debug, Clone)]
pub struct TfError {
    /// Index into [`Module::files`].
    pub file: usize,
    pub span: Span,
    pub message: String,
}

/// A top-level block (`resource`, `data`, `variable`, `locals`, `module`, …).
#[derive(Debug, Clone)]
pub struct Block {
    /// Index into [`Module::files`].
    pub file: usize,
    pub kind: String,
    pub labels: Vec<String>,
    pub span: Span,
    /// The block identifier through its last label: where "missing attribute" findings point.
    pub header: Span,
    pub body: Node,
}

impl Block {
    /// `aws_s3_bucket.logs`, `data.aws_iam_policy_document.x`, `module.vpc`, `var.region`.
    pub fn address(&self) -> String {
        match self.kind.as_str() {
            "resource" => self.labels.join("."),
            "data" => format!("data.{}", self.labels.join(".")),
            "module" => format!("module.{}", self.labels.join(".")),
            "variable" => format!("var.{}", self.labels.join(".")),
            "output" => format!("output.{}", self.labels.join(".")),
            _ => {
                if self.labels.is_empty() {
                    self.kind.clone()
                } else {
                    format!("{}.{}", self.kind, self.labels.join("."))
                }
            }
        }
    }

    /// The resource or data source type (first label).
    pub fn resource_type(&self) -> Option<&str> {
        match self.kind.as_str() {
            "resource" | "data" => self.labels.first().map(String::as_str),
            _ => None,
        }
    }
}

impl Module {
    /// Parses the files of one directory as a module. Files that fail to parse become errors;
    /// the blocks of the others are kept.
    pub fn parse(dir: PathBuf, files: Vec<Arc<SourceFile>>) -> Module {
        let mut module = Module {
            dir,
            files,
            ..Module::default()
        };
        for index in 0..module.files.len() {
            let file = Arc::clone(&module.files[index]);
            match file.kind {
                FileKind::Terraform | FileKind::TerraformVars => {
                    parse_hcl(&file, index, &mut module)
                }
                FileKind::TerraformJson => json::parse_json(&file, index, &mut module),
                _ => {}
            }
        }
        module
    }

    pub fn resources(&self) -> impl Iterator<Item = &Block> {
        self.blocks
            .iter()
            .filter(|b| b.kind == "resource" || b.kind == "data")
    }

    pub fn file(&self, block: &Block) -> &Arc<SourceFile> {
        &self.files[block.file]
    }
}

fn parse_hcl(file: &SourceFile, index: usize, module: &mut Module) {
    let text = file.text.as_str();
    if let Some(at) = nesting_exceeds(text, MAX_NESTING) {
        module.errors.push(TfError {
            file: index,
            span: Span::new(at, at + 1),
            message: format!("nesting deeper than {MAX_NESTING} levels"),
        });
        return;
    }
    let body = match hcl_edit::parser::parse_body(text) {
        Ok(body) => body,
        Err(error) => {
            let loc = error.location();
            let at =
                file.lines
                    .offset_of_char_col(text, loc.line(), loc.column().saturating_sub(1));
            module.errors.push(TfError {
                file: index,
                span: Span::new(at, (at + 1).min(text.len()).max(at)),
                message: error.message().to_string(),
            });
            return;
        }
    };
    if file.kind == FileKind::TerraformVars {
        // Variable files hold attributes only; the evaluator reads them. Parsing here reports
        // their syntax errors like any other file's.
        return;
    }
    for block in body.blocks() {
        module.blocks.push(Block {
            file: index,
            kind: block.ident.as_str().to_string(),
            labels: block
                .labels
                .iter()
                .map(|l| l.as_str().to_string())
                .collect(),
            span: span_of(block.span()),
            header: header_span(block),
            body: body_node(&block.body, span_of(block.span())),
        });
    }
}

fn span_of(range: Option<std::ops::Range<usize>>) -> Span {
    range.map_or(Span::default(), |r| Span::new(r.start, r.end))
}

fn header_span(block: &hcl_edit::structure::Block) -> Span {
    let ident = span_of(block.ident.span());
    block
        .labels
        .iter()
        .filter_map(|l| match l {
            hcl_edit::structure::BlockLabel::Ident(i) => i.span(),
            hcl_edit::structure::BlockLabel::String(s) => s.span(),
        })
        .fold(ident, |acc, r| acc.cover(span_of(Some(r))))
}

/// A block body as a mapping: attributes by key, nested blocks by type (repeated blocks repeat the
/// key). A `dynamic "x"` block is an unknown `x`: its content depends on evaluation.
pub fn body_node(body: &hcl_edit::structure::Body, span: Span) -> Node {
    let mut entries = Vec::with_capacity(body.len());
    for structure in body.iter() {
        match structure {
            hcl_edit::structure::Structure::Attribute(attr) => entries.push(Entry {
                key: attr.key.as_str().to_string(),
                key_span: span_of(attr.key.span()),
                value: value::literal(&attr.value),
            }),
            hcl_edit::structure::Structure::Block(block) => {
                let block_span = span_of(block.span());
                if block.ident.as_str() == "dynamic" {
                    if let Some(label) = block.labels.first() {
                        entries.push(Entry {
                            key: label.as_str().to_string(),
                            key_span: header_span(block),
                            value: Node::unknown(block_span),
                        });
                    }
                    continue;
                }
                entries.push(Entry {
                    key: block.ident.as_str().to_string(),
                    key_span: span_of(block.ident.span()),
                    value: body_node(&block.body, block_span),
                });
            }
        }
    }
    Node::new(span, Value::Map(entries))
}

/// The offset where bracket nesting first exceeds `max`, ignoring brackets inside strings and
/// comments well enough to keep real files well under the limit.
fn nesting_exceeds(text: &str, max: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, b) in text.bytes().enumerate() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' | b'\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' | b'(' => {
                depth += 1;
                if depth > max {
                    return Some(i);
                }
            }
            b'}' | b']' | b')' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests;
