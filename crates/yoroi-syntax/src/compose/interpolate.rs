//! Compose interpolation: `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?err}`,
//! `${VAR?err}`, `${VAR:+alt}`, `${VAR+alt}`, `$VAR`, `$$`.
//!
//! Variables come from the `.env` file beside the compose file only: the shell environment of a
//! scan is not the one the file is deployed with, so a variable nobody sets in the repository
//! makes the value unknown (it never decides a rule). A literal default decides.

use crate::node::{Node, Value};
use std::collections::HashMap;

/// Variables known to the project (`.env`).
#[derive(Debug, Default, Clone)]
pub struct Env {
    vars: HashMap<String, String>,
}

impl Env {
    /// Reads a `.env` file: `KEY=value` lines, `export` prefixes, quotes and `#` comments.
    pub fn parse(text: &str) -> Env {
        let mut vars = HashMap::new();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let line = line.strip_prefix("export ").unwrap_or(line);
            let Some((key, value)) = line.split_once('=') else {
                continue;
            };
            let key = key.trim();
            if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                continue;
            }
            let value = value.trim();
            let value = if let Some(inner) = value
                .strip_prefix('"')
                .and_then(|v| v.rfind('"').map(|end| &v[..end]))
            {
                inner.replace("\\n", "\n").replace("\\\"", "\"")
            } else if let Some(inner) = value
                .strip_prefix('\'')
                .and_then(|v| v.rfind('\'').map(|end| &v[..end]))
            {
                inner.to_string()
            } else {
                // An unquoted value ends at ` #`.
                match value.find(" #") {
                    Some(at) => value[..at].trim_end().to_string(),
                    None => value.to_string(),
                }
            };
            vars.insert(key.to_string(), value);
        }
        Env { vars }
    }

    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Env {
        Env {
            vars: pairs
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.vars.get(key).map(String::as_str)
    }
}

/// Interpolates every string of a tree in place. A string that needs an unset variable becomes
/// [`Value::Unknown`]; one whose text changed is typed again like a plain YAML scalar
/// (`${RO:-true}` is the boolean `true`).
pub fn interpolate(node: &mut Node, env: &Env) {
    interpolate_at(node, env, 0)
}

fn interpolate_at(node: &mut Node, env: &Env, depth: usize) {
    if depth > 256 {
        return;
    }
    match &mut node.value {
        Value::Str(s) if s.contains('$') => {
            node.value = match expand(s, env) {
                Some(out) if out == *s => return,
                Some(out) => retype(out),
                None => Value::Unknown,
            };
        }
        Value::Map(entries) => {
            for entry in entries {
                interpolate_at(&mut entry.value, env, depth + 1);
            }
        }
        Value::Seq(items) => {
            for item in items {
                interpolate_at(item, env, depth + 1);
            }
        }
        _ => {}
    }
}

fn retype(s: String) -> Value {
    match s.as_str() {
        "true" | "True" | "TRUE" => Value::Bool(true),
        "false" | "False" | "FALSE" => Value::Bool(false),
        _ => match s.parse::<i64>() {
            // `+1` and `007` stay strings, as YAML's core schema reads them.
            Ok(i) if !(s.starts_with('+') || (s.starts_with('0') && s.len() > 1)) => Value::Int(i),
            _ => Value::Str(s),
        },
    }
}

/// Expands one string; `None` when a variable it needs is unset (or the syntax is broken).
pub fn expand(s: &str, env: &Env) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        if let Some(tail) = after.strip_prefix('$') {
            out.push('$');
            rest = tail;
        } else if let Some(body) = after.strip_prefix('{') {
            let end = closing_brace(body)?;
            out.push_str(&braced(&body[..end], env)?);
            rest = &body[end + 1..];
        } else {
            let len = after
                .char_indices()
                .find(|(i, c)| {
                    !(c.is_ascii_alphanumeric() || *c == '_') || (*i == 0 && c.is_ascii_digit())
                })
                .map_or(after.len(), |(i, _)| i);
            if len == 0 {
                // A lone `$` is kept as written.
                out.push('$');
                rest = after;
                continue;
            }
            out.push_str(env.get(&after[..len])?);
            rest = &after[len..];
        }
    }
    out.push_str(rest);
    Some(out)
}

/// The index of the `}` closing a `${`, counting nested `${…}` in defaults.
fn closing_brace(body: &str) -> Option<usize> {
    let mut depth = 0usize;
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'$' if bytes.get(i + 1) == Some(&b'{') => {
                depth += 1;
                i += 1;
            }
            b'}' if depth == 0 => return Some(i),
            b'}' => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    None
}

fn braced(body: &str, env: &Env) -> Option<String> {
    let name_len = body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(body.len());
    let (name, op) = body.split_at(name_len);
    if name.is_empty() {
        return None;
    }
    let value = env.get(name);
    let (op, arg) = if let Some(arg) = op.strip_prefix(":-") {
        (":-", arg)
    } else if let Some(arg) = op.strip_prefix(":?") {
        (":?", arg)
    } else if let Some(arg) = op.strip_prefix(":+") {
        (":+", arg)
    } else if op.is_empty() {
        ("", "")
    } else {
        op.split_at(1)
    };
    match op {
        "" => value.map(str::to_string),
        ":-" => match value {
            Some(v) if !v.is_empty() => Some(v.to_string()),
            _ => expand(arg, env),
        },
        "-" => match value {
            Some(v) => Some(v.to_string()),
            None => expand(arg, env),
        },
        // The deployment fails when unset: whatever value it runs with is unknown here.
        ":?" | "?" => value.map(str::to_string),
        ":+" => match value {
            Some(v) if !v.is_empty() => expand(arg, env),
            Some(_) => Some(String::new()),
            None => None,
        },
        "+" => match value {
            Some(_) => expand(arg, env),
            None => None,
        },
        _ => None,
    }
}
