//! Short syntax to long form, so that rules read one shape. Every produced node is spanned at the
//! item it came from and keeps that item's origin.

use crate::node::{Entry, Node, Value};

/// Normalises one service mapping in place (idempotent).
pub fn service(node: &mut Node) {
    let Value::Map(entries) = &mut node.value else {
        return;
    };
    for entry in entries {
        match entry.key.as_str() {
            "environment" | "labels" | "sysctls" | "annotations" | "extra_hosts_map" => {
                list_to_map(&mut entry.value)
            }
            "ports" => each_item(&mut entry.value, port),
            "volumes" => each_item(&mut entry.value, volume),
            "secrets" | "configs" => each_item(&mut entry.value, |item| {
                if let Value::Str(s) = &item.value {
                    let field = leaf(item, Value::Str(s.clone()));
                    Some(map(item, vec![("source", field)]))
                } else {
                    None
                }
            }),
            "build" => {
                if let Value::Str(s) = &entry.value.value {
                    let context = leaf(&entry.value, Value::Str(s.clone()));
                    entry.value = map(&entry.value, vec![("context", context)]);
                }
            }
            _ => {}
        }
    }
}

/// The same as [`service`]: applied before merging, so lists merge item by item.
pub fn for_merge(node: &mut Node) {
    service(node)
}

fn each_item(list: &mut Node, f: impl Fn(&Node) -> Option<Node>) {
    if let Value::Seq(items) = &mut list.value {
        for item in items {
            if let Some(new) = f(item) {
                *item = new;
            }
        }
    }
}

fn leaf(at: &Node, value: Value) -> Node {
    Node {
        span: at.span,
        value,
        origin: at.origin.clone(),
    }
}

fn map(at: &Node, fields: Vec<(&str, Node)>) -> Node {
    Node {
        span: at.span,
        value: Value::Map(
            fields
                .into_iter()
                .map(|(key, value)| Entry {
                    key: key.to_string(),
                    key_span: at.span,
                    value,
                })
                .collect(),
        ),
        origin: at.origin.clone(),
    }
}

/// `[K=V, K]` → `{K: V, K: (unknown)}`: a key without a value takes the deploying shell's.
fn list_to_map(node: &mut Node) {
    let Value::Seq(items) = &node.value else {
        return;
    };
    let mut entries = Vec::with_capacity(items.len());
    for item in items {
        let text = match &item.value {
            Value::Str(s) => s.clone(),
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => item.display(),
            _ => continue,
        };
        let (key, value) = match text.split_once('=') {
            Some((k, v)) => (k.trim().to_string(), Value::Str(v.to_string())),
            None => (text.trim().to_string(), Value::Unknown),
        };
        entries.push(Entry {
            key,
            key_span: item.span,
            value: leaf(item, value),
        });
    }
    node.value = Value::Map(entries);
}

fn number_or_text(s: &str) -> Value {
    match s.parse::<i64>() {
        Ok(i) => Value::Int(i),
        Err(_) => Value::Str(s.to_string()),
    }
}

/// `[[IP:](PORT|RANGE):](PORT|RANGE)[/PROTOCOL]` → `{host_ip, published, target, protocol}`.
fn port(item: &Node) -> Option<Node> {
    let text = match &item.value {
        Value::Int(i) => i.to_string(),
        Value::Str(s) => s.trim().to_string(),
        _ => return None,
    };
    let (rest, protocol) = match text.rsplit_once('/') {
        Some((rest, proto)) => (rest.to_string(), Some(proto.to_string())),
        None => (text.clone(), None),
    };
    let (ip, rest) = if let Some(inner) = rest.strip_prefix('[') {
        let (ip, after) = inner.split_once("]:")?;
        (Some(ip.to_string()), after.to_string())
    } else {
        (None, rest)
    };
    let parts: Vec<&str> = rest.split(':').collect();
    let (host_ip, published, target) = match (ip, parts.as_slice()) {
        (None, [target]) => (None, None, *target),
        (None, [published, target]) => (None, Some(*published), *target),
        (Some(ip), [published, target]) => (Some(ip), Some(*published), *target),
        (None, [.., published, target]) => {
            let ip = parts[..parts.len() - 2].join(":");
            (Some(ip), Some(*published), *target)
        }
        _ => return Some(leaf(item, Value::Unknown)),
    };
    if target.is_empty() {
        return Some(leaf(item, Value::Unknown));
    }
    let mut fields = Vec::new();
    if let Some(ip) = host_ip {
        fields.push(("host_ip", leaf(item, Value::Str(ip))));
    }
    if let Some(published) = published.filter(|p| !p.is_empty()) {
        fields.push(("published", leaf(item, number_or_text(published))));
    }
    fields.push(("target", leaf(item, number_or_text(target))));
    if let Some(protocol) = protocol {
        fields.push(("protocol", leaf(item, Value::Str(protocol))));
    }
    Some(map(item, fields))
}

const PROPAGATION: &[&str] = &[
    "shared", "rshared", "slave", "rslave", "private", "rprivate",
];

/// `[SOURCE:]TARGET[:MODE]` → `{type, source, target, read_only, bind.propagation}`.
fn volume(item: &Node) -> Option<Node> {
    let Value::Str(text) = &item.value else {
        return None;
    };
    let mut parts: Vec<String> = text.split(':').map(str::to_string).collect();
    // A Windows drive letter (`C:\data:/data`).
    if parts.len() >= 3
        && parts[0].len() == 1
        && parts[0].chars().all(|c| c.is_ascii_alphabetic())
        && (parts[1].starts_with('\\') || parts[1].starts_with('/'))
    {
        let drive = parts.remove(0);
        parts[0] = format!("{drive}:{}", parts[0]);
    }
    let mut fields = Vec::new();
    match parts.as_slice() {
        [target] => {
            fields.push(("type", leaf(item, Value::Str("volume".into()))));
            fields.push(("target", leaf(item, Value::Str(target.clone()))));
        }
        [source, target, mode @ ..] if mode.len() <= 1 => {
            let bind = source.contains('/')
                || source.contains('\\')
                || source.starts_with('.')
                || source.starts_with('~');
            let kind = if bind { "bind" } else { "volume" };
            fields.push(("type", leaf(item, Value::Str(kind.into()))));
            fields.push(("source", leaf(item, Value::Str(source.clone()))));
            fields.push(("target", leaf(item, Value::Str(target.clone()))));
            let modes: Vec<&str> = mode
                .first()
                .map(|m| m.split(',').collect())
                .unwrap_or_default();
            fields.push(("read_only", leaf(item, Value::Bool(modes.contains(&"ro")))));
            if let Some(p) = modes.iter().find(|m| PROPAGATION.contains(m)) {
                let propagation = leaf(item, Value::Str((*p).to_string()));
                fields.push(("bind", map(item, vec![("propagation", propagation)])));
            }
        }
        _ => return Some(leaf(item, Value::Unknown)),
    }
    Some(map(item, fields))
}
