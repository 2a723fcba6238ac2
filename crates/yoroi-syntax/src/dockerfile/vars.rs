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
