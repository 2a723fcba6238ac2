//! Walking a field-spec path (`spec/template/metadata/labels`, `spec/containers[]/image`) through
//! an object, creating what is missing when the spec says so.

use yoroi_syntax::{Node, Value};

use crate::tree::{Provenance, get_mut, set, split_fs_path};

/// Calls `f` on every node at `path` (sequences met on the way are walked element by element).
/// With `create`, missing mappings along the path are created and a missing leaf is created as
/// `leaf` (anchored at its parent, provenance `prov`).
pub fn visit(
    node: &mut Node,
    path: &str,
    create: bool,
    leaf: &Value,
    prov: &Provenance,
    f: &mut dyn FnMut(&mut Node),
) {
    let parts = split_fs_path(path);
    walk(node, &parts, create, leaf, prov, f, 0);
}

fn walk(
    node: &mut Node,
    path: &[String],
    create: bool,
    leaf: &Value,
    prov: &Provenance,
    f: &mut dyn FnMut(&mut Node),
    depth: usize,
) {
    if depth > crate::tree::MAX_WALK_DEPTH {
        return;
    }
    let Some((head, rest)) = path.split_first() else {
        f(node);
        return;
    };
    match &mut node.value {
        Value::Seq(items) => {
            for item in items {
                walk(item, path, create, leaf, prov, f, depth + 1);
            }
        }
        Value::Map(_) => {
            let (name, is_seq) = match head.strip_suffix("[]") {
                Some(n) => (n, true),
                None => (head.as_str(), false),
            };
            let creating = create && !is_seq;
            let want = if rest.is_empty() {
                leaf.clone()
            } else {
                Value::Map(Vec::new())
            };
            let anchor = node.span;
            match node.get(name) {
                None if creating => set(node, name, prov.scalar(anchor, want)),
                Some(n) if n.is_null() && creating => {
                    if let Some(n) = get_mut(node, name) {
                        let keep = n.span;
                        *n = prov.scalar(keep, want);
                    }
                }
                _ => {}
            }
            if let Some(child) = get_mut(node, name) {
                walk(child, rest, create, leaf, prov, f, depth + 1);
            }
        }
        _ => {}
    }
}
