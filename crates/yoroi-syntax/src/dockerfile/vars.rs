//! `ARG` / `ENV` substitution as BuildKit does it: `$VAR`, `${VAR}`, `${VAR:-default}`,
//! `${VAR:+alternative}`, `${VAR-default}`.

use std::collections::HashMap;

/// Variables in scope at some instruction: name → value (`None` when declared without a value
/// that could be known, e.g. `ARG VERSION` with no default).
#[derive(Debug, Clone, Default)]
pub struct Vars {
    values: HashMap<String, Option<String>>,
}

impl Vars {
    pub fn set(&mut self, name: &str, value: Option<String>) {
        self.values.insert(name.to_string(), value);
    }

    pub fn get(&self, name: &str) -> Option<&Option<String>> {
        self.values.get(name)
    }

    pub fn is_declared(&self, name: &str) -> bool {
        self.values.contains_key(name)
    }
}

/// Substitutes variables; `None` when a variable's value cannot be known.
pub fn substitute(text: &str, vars: &Vars, escape: char) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == escape && chars.peek() == Some(&'$') {
            out.push('$');
            chars.next();
            continue;
        }
        if c != '$' {
            out.push(c);
            continue;
        }
        match chars.peek() {
            Some('{') => {
                chars.next();
                let mut inner = String::new();
                let mut depth = 1;
                for c in chars.by_ref() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    inner.push(c);
                }
                out.push_str(&expand_braced(&inner, vars, escape)?);
            }
            Some(c) if c.is_ascii_alphabetic() || *c == '_' => {
                let mut name = String::new();
                while let Some(&c) = chars.peek() {
                    if c.is_ascii_alphanumeric() || c == '_' {
                        name.push(c);
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push_str(vars.get(&name)?.as_deref()?);
            }
            _ => out.push('$'),
        }
    }
    Some(out)
}

fn expand_braced(inner: &str, vars: &Vars, escape: char) -> Option<String> {
    let name_end = inner
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(inner.len());
    let (name, op) = inner.split_at(name_end);
    let value = vars.get(name);
    let (modifier, word) = if let Some(w) = op.strip_prefix(":-") {
        (":-", w)
    } else if let Some(w) = op.strip_prefix(":+") {
        (":+", w)
    } else if let Some(w) = op.strip_prefix('-') {
        ("-", w)
    } else if let Some(w) = op.strip_prefix('+') {
        ("+", w)
    } else if op.is_empty() {
        ("", "")
    } else {
        return None;
    };
    match (modifier, value) {
        ("", Some(v)) => v.clone(),
        ("", None) => None,
        (":-", Some(Some(v))) if !v.is_empty() => Some(v.clone()),
        (":-", Some(None)) => None,
        (":-", _) => substitute(word, vars, escape),
        ("-", Some(Some(v))) => Some(v.clone()),
        ("-", Some(None)) => None,
        ("-", None) => substitute(word, vars, escape),
        (":+", Some(Some(v))) if !v.is_empty() => substitute(word, vars, escape),
        (":+", Some(None)) => None,
        (":+", _) => Some(String::new()),
        ("+", Some(Some(_))) => substitute(word, vars, escape),
        ("+", Some(None)) => None,
        ("+", None) => Some(String::new()),
        _ => None,
    }
}

/// A `$NAME` / `${NAME…}` reference in text that BuildKit expands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VarRef {
    pub name: String,
    /// Byte range of the whole reference in the text.
    pub start: usize,
    pub end: usize,
    /// `${NAME:-x}`, `${NAME-x}`, `${NAME:+x}`, `${NAME+x}`, `${NAME:?x}`: the reference says
    /// itself what happens when NAME is unset.
    pub handles_unset: bool,
}

/// The variable references of `text`, skipping single-quoted text and escaped `$`, the way
/// BuildKit's word expansion reads them. Nested references in a default (`${A:-$B}`) are listed too.
pub fn references(text: &str, escape: char) -> Vec<VarRef> {
    let mut out = Vec::new();
    collect_references(text, 0, escape, false, &mut out);
    out
}

fn collect_references(text: &str, base: usize, escape: char, nested: bool, out: &mut Vec<VarRef>) {
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    let mut single = false;
    while i < bytes.len() {
        let (at, c) = bytes[i];
        if single {
            single = c != '\'';
            i += 1;
            continue;
        }
        if c == escape {
            i += 2;
            continue;
        }
        if c == '\'' && !nested {
            single = true;
            i += 1;
            continue;
        }
        if c != '$' {
            i += 1;
            continue;
        }
        match bytes.get(i + 1).map(|b| b.1) {
            Some('{') => {
                let mut depth = 0;
                let mut j = i + 1;
                while j < bytes.len() {
                    match bytes[j].1 {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                let inner_start = bytes[i + 1].0 + 1;
                let inner_end = bytes.get(j).map_or(text.len(), |b| b.0);
                let inner = &text[inner_start..inner_end];
                let name_len = inner
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(inner.len());
                let rest = &inner[name_len..];
                if name_len > 0 {
                    out.push(VarRef {
                        name: inner[..name_len].to_string(),
                        start: base + at,
                        end: base + (inner_end + 1).min(text.len()),
                        handles_unset: ["-", "+", ":-", ":+", ":?", "?"]
                            .iter()
                            .any(|m| rest.starts_with(m)),
                    });
                }
                let word = rest.trim_start_matches([':', '-', '+', '?']);
                let word_start = inner_end - word.len();
                collect_references(word, base + word_start, escape, true, out);
                i = j + 1;
            }
            Some(n) if n.is_ascii_alphabetic() || n == '_' => {
                let mut j = i + 1;
                while j < bytes.len() && (bytes[j].1.is_ascii_alphanumeric() || bytes[j].1 == '_') {
                    j += 1;
                }
                let end = bytes.get(j).map_or(text.len(), |b| b.0);
                out.push(VarRef {
                    name: text[at + 1..end].to_string(),
                    start: base + at,
                    end: base + end,
                    handles_unset: false,
                });
                i = j;
            }
            _ => i += 1,
        }
    }
}
