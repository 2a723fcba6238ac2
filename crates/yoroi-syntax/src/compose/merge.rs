//! Merging a service onto another (`extends`, override files), as `docker compose` does:
//! mappings merge key by key, the lists that accumulate are joined, everything else is
//! replaced by the later value (whose span then is the one findings point at).

use crate::node::{Node, Value};

/// Lists that `docker compose` joins when merging (ports and volumes by target, the others by
/// value); joining keeps every item a rule may need to see.
const JOINED: &[&str] = &[
    "ports",
    "expose",
    "volumes",
    "volumes_from",
    "devices",
    "cap_add",
    "cap_drop",
    "security_opt",
    "dns",
    "dns_search",
    "dns_opt",
    "extra_hosts",
    "external_links",
    "links",
    "secrets",
    "configs",
    "tmpfs",
    "env_file",
    "group_add",
];

/// Merges `over` onto `base` (both service mappings).
pub fn merge(base: &mut Node, over: Node) {
    merge_at(base, over, 0, true)
}

fn merge_at(base: &mut Node, over: Node, depth: usize, service_level: bool) {
    if depth > 64 {
        *base = over;
        return;
    }
    match (&mut base.value, over.value) {
        (Value::Map(entries), Value::Map(over_entries)) => {
            for entry in over_entries {
                match entries.iter_mut().find(|e| e.key == entry.key) {
                    Some(existing) => {
                        let joined = service_level && JOINED.contains(&entry.key.as_str());
                        match (&mut existing.value.value, joined) {
                            (Value::Seq(items), true) if entry.value.is_seq() => {
                                if let Value::Seq(more) = entry.value.value {
                                    for item in more {
                                        // A later item for the same target replaces the earlier.
                                        let target = item_target(&item);
                                        if let Some(t) = target.as_deref()
                                            && let Some(at) = items
                                                .iter()
                                                .position(|i| item_target(i).as_deref() == Some(t))
                                        {
                                            items[at] = item;
                                        } else {
                                            items.push(item);
                                        }
                                    }
                                }
                            }
                            // The merged node keeps the earlier key, span and origin: one file.
                            (Value::Map(_), _) if entry.value.is_map() => {
                                merge_at(&mut existing.value, entry.value, depth + 1, false);
                            }
                            _ => {
                                existing.key_span = entry.key_span;
                                existing.value = entry.value;
                            }
                        }
                    }
                    None => entries.push(entry),
                }
            }
        }
        (_, value) => {
            *base = Node {
                span: over.span,
                value,
                origin: over.origin,
            };
        }
    }
}

/// What identifies a normalised list item for merging: a volume's or port's target, or a
/// scalar's text.
fn item_target(item: &Node) -> Option<String> {
    match &item.value {
        Value::Map(_) => {
            let target = item.get("target")?;
            let published = item.get("published").map(Node::display).unwrap_or_default();
            Some(format!("{}|{published}", target.display()))
        }
        Value::Str(s) => Some(s.clone()),
        Value::Int(i) => Some(i.to_string()),
        _ => None,
    }
}
