//! Edits on a YAML file: replace a scalar in place, append to a list, or insert missing keys as
//! block mappings indented like the mapping they extend (nested levels use the file's own
//! indent width). Flow-style mappings are declined.

use super::indent::{eol, indentation, line_end, line_start, unit};
use super::{Change, ChangeOp, Declined, Scalar, Walk, flow_list, walk};
use crate::finding::Edit;
use yoroi_syntax::{Node, SourceFile, Span, Value};

pub(super) fn edit(
    file: &SourceFile,
    start: &Node,
    change: &Change,
) -> Result<Vec<Edit>, Declined> {
    let text = file.text.as_str();
    let region = Span::new(start.span.start(), line_end(text, content_end(text, start)));
    let inside = |span: Span| region.start <= span.start && span.end <= region.end;
    // A key that came through an alias or a merge key lives elsewhere in the file.
    let accept = |entry: &yoroi_syntax::Entry| Ok(inside(entry.key_span));
    let node = match walk(start, &change.keys, accept)? {
        Walk::Found(node) => node,
        Walk::Missing { map, depth } => {
            return insert(text, map, &change.keys[depth..], &change.op, &inside);
        }
    };
    if !inside(node.span) {
        return Err(Declined::Unsupported);
    }
    match &change.op {
        ChangeOp::Set(value) => replace(text, node, value),
        ChangeOp::Add(value) => append(text, node, value),
    }
}

/// Replaces an existing scalar, keeping its quoting style.
fn replace(text: &str, node: &Node, value: &Scalar) -> Result<Vec<Edit>, Declined> {
    let scalar = matches!(
        node.value,
        Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_)
    );
    if value.matches(node) {
        return Ok(Vec::new());
    }
    if !scalar || node.span.is_empty() {
        return Err(Declined::Unsupported);
    }
    let written = text.get(node.span.range()).unwrap_or("");
    let replacement = match (value, written.chars().next()) {
        (Scalar::Str(s), Some('"')) => quoted(s),
        (Scalar::Str(s), Some('\'')) if !s.contains('\'') => format!("'{s}'"),
        _ => render(value),
    };
    Ok(vec![Edit {
        span: node.span,
        replacement,
    }])
}

/// Appends the missing values to an existing list, in its own style.
fn append(text: &str, node: &Node, values: &[Scalar]) -> Result<Vec<Edit>, Declined> {
    let Value::Seq(items) = &node.value else {
        return Err(Declined::Unsupported);
    };
    let missing: Vec<&Scalar> = values
        .iter()
        .filter(|v| !items.iter().any(|i| v.matches(i)))
        .collect();
    if missing.is_empty() {
        return Ok(Vec::new());
    }
    let written = text.get(node.span.range()).unwrap_or("");
    if written.starts_with('[') {
        let rendered: Vec<String> = missing.iter().map(|v| render(v)).collect();
        return Ok(vec![match items.last() {
            Some(last) => Edit {
                span: Span::empty(last.span.end()),
                replacement: format!(", {}", rendered.join(", ")),
            },
            None if written.trim_end() == "[]" => Edit {
                span: Span::new(node.span.start(), node.span.start() + 2),
                replacement: format!("[{}]", rendered.join(", ")),
            },
            None => return Err(Declined::Unsupported),
        }]);
    }
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        return Err(Declined::Unsupported);
    };
    let dash = indentation(text, first.span.start()).ok_or(Declined::Unsupported)?;
    let first_line = line_start(text, first.span.start());
    if text.as_bytes().get(first_line + dash) != Some(&b'-') {
        return Err(Declined::Unsupported);
    }
    let at = line_end(text, content_end(text, last));
    let replacement = missing
        .iter()
        .map(|v| format!("{}{}- {}", eol(text), " ".repeat(dash), render(v)))
        .collect();
    Ok(vec![Edit {
        span: Span::empty(at),
        replacement,
    }])
}

/// Inserts `keys` (the first one missing from `map`) with the value at the end of `map`.
fn insert(
    text: &str,
    map: &Node,
    keys: &[String],
    op: &ChangeOp,
    inside: &dyn Fn(Span) -> bool,
) -> Result<Vec<Edit>, Declined> {
    let Value::Map(entries) = &map.value else {
        return Err(Declined::Unsupported);
    };
    let (Some(first), Some(last)) = (entries.first(), entries.last()) else {
        return Err(Declined::Unsupported);
    };
    if text[map.span.start()..].starts_with('{')
        || !inside(first.key_span)
        || !inside(last.key_span)
    {
        return Err(Declined::Unsupported);
    }
    let key_line = line_start(text, first.key_span.start());
    let column = first.key_span.start() - key_line;
    // The key may follow a list dash (`- name: web`): only spaces and dashes before it.
    if !text[key_line..first.key_span.start()]
        .bytes()
        .all(|b| b == b' ' || b == b'-')
    {
        return Err(Declined::Unsupported);
    }
    let step = unit(text, ':', "#");
    let mut out = String::new();
    for (depth, key) in keys.iter().enumerate() {
        out.push_str(eol(text));
        out.push_str(&" ".repeat(column + depth * step));
        out.push_str(&render_key(key));
        out.push(':');
    }
    out.push(' ');
    out.push_str(&match op {
        ChangeOp::Set(value) => render(value),
        ChangeOp::Add(values) => flow_list(values, render),
    });
    let end = content_end(text, &last.value).max(last.key_span.end());
    Ok(vec![Edit {
        span: Span::empty(line_end(text, end)),
        replacement: out,
    }])
}

/// Where the text of a node ends: the end of its last scalar for block collections (the
/// parser's end of a block mapping is the start of what follows it), before trailing
/// whitespace.
fn content_end(text: &str, node: &Node) -> usize {
    let flow = matches!(text.get(node.span.start()..), Some(t) if t.starts_with('[') || t.starts_with('{'));
    let end = match &node.value {
        Value::Map(entries) if !flow => entries
            .iter()
            .map(|e| {
                let value_end = if e.value.is_null() {
                    0
                } else {
                    content_end(text, &e.value)
                };
                value_end.max(e.key_span.end())
            })
            .max()
            .unwrap_or(node.span.start()),
        Value::Seq(items) if !flow => items
            .iter()
            .map(|i| content_end(text, i))
            .max()
            .unwrap_or(node.span.start()),
        _ => node.span.end(),
    };
    let end = end.min(text.len());
    text[..end].trim_end().len().max(node.span.start().min(end))
}

/// A scalar as YAML: plain when that reads back as the same string, double-quoted otherwise.
fn render(value: &Scalar) -> String {
    match value {
        Scalar::Bool(b) => b.to_string(),
        Scalar::Int(i) => i.to_string(),
        Scalar::Str(s) => {
            let plain = s
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '/')
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '/' | '-'))
                && !matches!(
                    s.to_ascii_lowercase().as_str(),
                    "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n" | "null"
                );
            if plain { s.clone() } else { quoted(s) }
        }
    }
}

fn render_key(key: &str) -> String {
    render(&Scalar::Str(key.to_string()))
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| format!("\"{s}\""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use yoroi_syntax::yaml::{YamlLimits, parse_stream};
    use yoroi_syntax::{FileKind, LineIndex};

    fn drop_all() -> ChangeOp {
        ChangeOp::Add(vec![Scalar::Str("ALL".into())])
    }

    fn fix(doc: &str, keys: &[&str], op: ChangeOp) -> Option<String> {
        let file = SourceFile::new("x.yaml", FileKind::Yaml, doc.to_string());
        let stream = parse_stream(doc, &LineIndex::new(doc), YamlLimits::default());
        let root = &stream.documents[0].root;
        let change = Change {
            when: None,
            from_pod: false,
            keys: keys.iter().map(|k| k.to_string()).collect(),
            op,
        };
        let edits = edit(&file, root, &change).ok()?;
        let mut out = doc.to_string();
        for e in edits.iter().rev() {
            out.replace_range(e.span.range(), &e.replacement);
        }
        Some(out)
    }

    #[test]
    fn replaces_a_scalar_in_place() {
        let doc = "a: 1 # keep\nsc:\n  priv: true   # me too\nz: 2\n";
        assert_eq!(
            fix(doc, &["sc", "priv"], ChangeOp::Set(Scalar::Bool(false))).unwrap(),
            "a: 1 # keep\nsc:\n  priv: false   # me too\nz: 2\n"
        );
        let doc = "type: \"Unconfined\"\n";
        assert_eq!(
            fix(
                doc,
                &["type"],
                ChangeOp::Set(Scalar::Str("RuntimeDefault".into()))
            )
            .unwrap(),
            "type: \"RuntimeDefault\"\n"
        );
    }

    #[test]
    fn inserts_missing_keys_with_the_files_indent() {
        let doc = "name: web\nsc:\n    user: 1\nimage: x # c\n";
        assert_eq!(
            fix(doc, &["sc", "ro"], ChangeOp::Set(Scalar::Bool(true))).unwrap(),
            "name: web\nsc:\n    user: 1\n    ro: true\nimage: x # c\n"
        );
        assert_eq!(
            fix(doc, &["ctx", "caps", "drop"], drop_all()).unwrap(),
            "name: web\nsc:\n    user: 1\nimage: x # c\nctx:\n    caps:\n        drop: [ALL]\n"
        );
    }

    #[test]
    fn appends_to_lists_in_their_style() {
        let doc = "drop: [NET_RAW]\n";
        assert_eq!(
            fix(doc, &["drop"], drop_all()).unwrap(),
            "drop: [NET_RAW, ALL]\n"
        );
        let doc = "drop:\n  - NET_RAW\nx: 1\n";
        assert_eq!(
            fix(doc, &["drop"], drop_all()).unwrap(),
            "drop:\n  - NET_RAW\n  - ALL\nx: 1\n"
        );
    }

    #[test]
    fn keeps_crlf_line_endings() {
        let doc = "sc:\r\n  user: 1\r\nz: 2\r\n";
        assert_eq!(
            fix(doc, &["sc", "ro"], ChangeOp::Set(Scalar::Bool(true))).unwrap(),
            "sc:\r\n  user: 1\r\n  ro: true\r\nz: 2\r\n"
        );
    }

    #[test]
    fn declines_flow_mappings() {
        assert!(
            fix(
                "sc: {user: 1}\n",
                &["sc", "ro"],
                ChangeOp::Set(Scalar::Bool(true))
            )
            .is_none()
        );
    }
}
