//! Edits on a Terraform (`.tf`) file: replace a literal attribute value, append to a literal
//! list, or insert an attribute (inside nested blocks when they are missing) before the closing
//! brace of the block, indented like the block's attributes. A value that came from a variable,
//! a local or a module input, or that is computed, is never touched.

use super::indent::{eol, indentation, line_start, unit};
use super::{Change, ChangeOp, Declined, Scalar, Walk, flow_list, from_elsewhere, walk};
use crate::finding::Edit;
use yoroi_syntax::{Node, SourceFile, Span, Value};

pub(super) fn edit(
    file: &SourceFile,
    start: &Node,
    change: &Change,
) -> Result<Vec<Edit>, Declined> {
    let text = file.text.as_str();
    // A `dynamic` block's content is generated: its key span is the `dynamic` header, not the
    // key.
    let accept = |entry: &yoroi_syntax::Entry| {
        from_elsewhere(&entry.value).map(|()| file.slice(entry.key_span) == entry.key)
    };
    let node = match walk(start, &change.keys, accept)? {
        Walk::Found(node) => node,
        Walk::Missing { map, depth } => {
            return insert(text, map, &change.keys[depth..], &change.op);
        }
    };
    match &change.op {
        ChangeOp::Set(value) => {
            if value.matches(node) {
                return Ok(Vec::new());
            }
            if !is_literal(file.slice(node.span)) {
                return Err(Declined::Unsupported);
            }
            Ok(vec![Edit {
                span: node.span,
                replacement: render(value),
            }])
        }
        ChangeOp::Add(value) => append(file, node, value),
    }
}

/// Appends the missing values to a list written as a literal (`["a", "b"]`).
fn append(file: &SourceFile, node: &Node, values: &[Scalar]) -> Result<Vec<Edit>, Declined> {
    let Value::Seq(items) = &node.value else {
        return Err(Declined::Unsupported);
    };
    let missing: Vec<Scalar> = values
        .iter()
        .filter(|v| !items.iter().any(|i| v.matches(i)))
        .cloned()
        .collect();
    if missing.is_empty() {
        return Ok(Vec::new());
    }
    let written = file.slice(node.span);
    if !written.starts_with('[')
        || !written.ends_with(']')
        || items
            .iter()
            .any(|i| i.origin.is_some() || !is_literal(file.slice(i.span)))
    {
        return Err(Declined::Unsupported);
    }
    Ok(vec![match items.last() {
        Some(last) => Edit {
            span: Span::empty(last.span.end()),
            replacement: format!(
                ", {}",
                missing.iter().map(render).collect::<Vec<_>>().join(", ")
            ),
        },
        None => Edit {
            span: node.span,
            replacement: flow_list(&missing, render),
        },
    }])
}

/// Inserts `keys` (the first one missing from the block `body`) before the block's closing
/// brace; missing intermediate keys become nested blocks.
fn insert(text: &str, body: &Node, keys: &[String], op: &ChangeOp) -> Result<Vec<Edit>, Declined> {
    let written = text.get(body.span.range()).unwrap_or("");
    // Only blocks (`name … {`): an object value (`x = { … }`) or generated content is declined.
    if written.starts_with('{') || !written.ends_with('}') || body.origin.is_some() {
        return Err(Declined::Unsupported);
    }
    let close = body.span.end() - 1;
    let close_line = line_start(text, close);
    if !text[close_line..close].bytes().all(|b| b == b' ') {
        return Err(Declined::Unsupported);
    }
    let step = unit(text, '{', "#");
    let close_indent = close - close_line;
    let indent = match body
        .entries()
        .find(|e| text.get(e.key_span.range()) == Some(e.key.as_str()))
    {
        Some(entry) => {
            let column = indentation(text, entry.key_span.start()).ok_or(Declined::Unsupported)?;
            if line_start(text, entry.key_span.start()) + column != entry.key_span.start() {
                return Err(Declined::Unsupported);
            }
            column
        }
        None => close_indent + step,
    };
    let value = match op {
        ChangeOp::Set(value) => render(value),
        ChangeOp::Add(values) => flow_list(values, render),
    };
    let mut out = String::new();
    let last = keys.len() - 1;
    for (depth, key) in keys.iter().enumerate() {
        out.push_str(&" ".repeat(indent + depth * step));
        out.push_str(key);
        if depth == last {
            // Line up with the attribute above, as `terraform fmt` aligns a group.
            let width = if depth == 0 {
                aligned_key_width(text, close_line, indent)
            } else {
                0
            };
            out.push_str(&" ".repeat(width.saturating_sub(key.len()) + 1));
            out.push_str("= ");
            out.push_str(&value);
        } else {
            out.push_str(" {");
        }
        out.push_str(eol(text));
    }
    for depth in (0..last).rev() {
        out.push_str(&" ".repeat(indent + depth * step));
        out.push('}');
        out.push_str(eol(text));
    }
    Ok(vec![Edit {
        span: Span::empty(close_line),
        replacement: out,
    }])
}

/// The key width of the attribute on the line before `line` when it sits at `indent` (its `=`
/// column), or 0.
fn aligned_key_width(text: &str, line: usize, indent: usize) -> usize {
    let Some(previous) = text[..line]
        .strip_suffix('\n')
        .and_then(|t| t.lines().last())
    else {
        return 0;
    };
    let Some(rest) = previous.get(indent..) else {
        return 0;
    };
    if previous[..indent].bytes().any(|b| b != b' ')
        || !rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
    {
        return 0;
    }
    let key_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(rest.len());
    let after = &rest[key_len..];
    let spaces = after.len() - after.trim_start_matches(' ').len();
    if after[spaces..].starts_with('=') && !after[spaces..].starts_with("==") {
        key_len + spaces - 1
    } else {
        0
    }
}

/// A value written as a literal: `true`, `false`, a number, or a string without interpolation.
fn is_literal(written: &str) -> bool {
    let w = written.trim();
    if matches!(w, "true" | "false") || w.parse::<f64>().is_ok() {
        return true;
    }
    w.len() >= 2
        && w.starts_with('"')
        && w.ends_with('"')
        && !w.contains("${")
        && !w.contains("%{")
        && !w[1..w.len() - 1].contains('"')
}

fn render(value: &Scalar) -> String {
    match value {
        Scalar::Bool(b) => b.to_string(),
        Scalar::Int(i) => i.to_string(),
        Scalar::Str(s) => {
            let json = serde_json::to_string(s).unwrap_or_else(|_| format!("\"{s}\""));
            json.replace("${", "$${").replace("%{", "%%{")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_with_the_attribute_above() {
        let text = "r {\n  size      = 1\n}\n";
        assert_eq!(aligned_key_width(text, 20, 2), 9);
        assert_eq!(aligned_key_width("r {\n  x {\n  }\n}\n", 14, 2), 0);
    }

    #[test]
    fn literals_only() {
        assert!(is_literal("true"));
        assert!(is_literal("\"optional\""));
        assert!(is_literal("7"));
        assert!(!is_literal("var.x"));
        assert!(!is_literal("\"${var.x}\""));
        assert!(!is_literal("local.on ? true : false"));
    }
}
