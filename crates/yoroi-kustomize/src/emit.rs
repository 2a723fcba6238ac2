//! A plain YAML writer for built objects (block style, strings quoted when a plain scalar would
//! read back as something else).

use yoroi_syntax::{Node, Value};

/// Writes objects as a YAML stream separated by `---`.
pub fn to_yaml(objects: &[&Node]) -> String {
    let mut out = String::new();
    for (i, o) in objects.iter().enumerate() {
        if i > 0 {
            out.push_str("---\n");
        }
        write_block(o, 0, &mut out);
    }
    out
}

fn write_block(n: &Node, indent: usize, out: &mut String) {
    match &n.value {
        Value::Map(entries) if !entries.is_empty() => {
            for e in entries {
                pad(indent, out);
                write_key(&e.key, out);
                write_value_after_key(&e.value, indent, out);
            }
        }
        Value::Seq(items) if !items.is_empty() => {
            for item in items {
                pad(indent, out);
                out.push('-');
                match &item.value {
                    Value::Map(entries) if !entries.is_empty() => {
                        // First entry on the dash line.
                        let mut first = true;
                        for e in entries {
                            if first {
                                out.push(' ');
                                first = false;
                            } else {
                                pad(indent + 2, out);
                            }
                            write_key(&e.key, out);
                            write_value_after_key(&e.value, indent + 2, out);
                        }
                    }
                    Value::Seq(s) if !s.is_empty() => {
                        out.push('\n');
                        write_block(item, indent + 2, out);
                    }
                    _ => {
                        out.push(' ');
                        write_scalar(item, indent + 2, out);
                        out.push('\n');
                    }
                }
            }
        }
        _ => {
            pad(indent, out);
            write_scalar(n, indent, out);
            out.push('\n');
        }
    }
}

fn write_value_after_key(v: &Node, indent: usize, out: &mut String) {
    match &v.value {
        Value::Map(e) if !e.is_empty() => {
            out.push('\n');
            write_block(v, indent + 2, out);
        }
        Value::Seq(s) if !s.is_empty() => {
            out.push('\n');
            write_block(v, indent, out);
        }
        _ => {
            out.push(' ');
            write_scalar(v, indent + 2, out);
            out.push('\n');
        }
    }
}

fn pad(indent: usize, out: &mut String) {
    out.extend(std::iter::repeat_n(' ', indent));
}

fn write_key(k: &str, out: &mut String) {
    if needs_quotes(k) {
        quote(k, out);
    } else {
        out.push_str(k);
    }
    out.push(':');
}

fn write_scalar(n: &Node, indent: usize, out: &mut String) {
    match &n.value {
        Value::Null | Value::Unknown => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Float(f) => {
            if f.is_nan() {
                out.push_str(".nan");
            } else if f.is_infinite() {
                out.push_str(if *f > 0.0 { ".inf" } else { "-.inf" });
            } else {
                let s = f.to_string();
                out.push_str(&s);
                if !s.contains(['.', 'e', 'E']) {
                    out.push_str(".0");
                }
            }
        }
        Value::Str(s) => {
            if s.contains('\n')
                && !s.contains(['\r', '\t'])
                && s.lines().all(|l| l.trim_end() == l)
                && !s.starts_with([' ', '\n'])
            {
                // Literal block keeps multi-line text readable.
                out.push_str(if s.ends_with('\n') {
                    if s.ends_with("\n\n") { "|+" } else { "|" }
                } else {
                    "|-"
                });
                for line in s.lines() {
                    out.push('\n');
                    if !line.is_empty() {
                        pad(indent, out);
                        out.push_str(line);
                    }
                }
            } else if needs_quotes(s) {
                quote(s, out);
            } else {
                out.push_str(s);
            }
        }
        Value::Map(_) => out.push_str("{}"),
        Value::Seq(_) => out.push_str("[]"),
    }
}

fn needs_quotes(s: &str) -> bool {
    if s.is_empty() || s.trim() != s {
        return true;
    }
    let lower = s.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "null"
            | "~"
            | "true"
            | "false"
            | "yes"
            | "no"
            | "on"
            | "off"
            | "y"
            | "n"
            | ".inf"
            | "-.inf"
            | "+.inf"
            | ".nan"
    ) {
        return true;
    }
    let first = s.as_bytes()[0];
    if b"-?:,[]{}#&*!|>'\"%@`".contains(&first)
        || first.is_ascii_digit()
        || first == b'.'
        || first == b'+'
    {
        return true;
    }
    s.contains(": ") || s.contains(" #") || s.ends_with(':') || s.chars().any(|c| c.is_control())
}

fn quote(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}
