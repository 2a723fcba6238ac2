//! Name references: after prefixes, suffixes and hashes renamed objects, the fields that named
//! them (a pod's ConfigMap volume, a RoleBinding's roleRef, ...) follow (kustomize's
//! nameReference transformer).

use std::sync::Arc;
use yoroi_syntax::{Node, Origin, Value};

use crate::config::FieldSpec;
use crate::engine::{Acc, Engine};
use crate::res::{Gvk, Id};
use crate::tree::{get_mut, split_fs_path};

struct Candidate {
    cur: Id,
    prev: Vec<Id>,
    prefixes: Vec<String>,
    suffixes: Vec<String>,
    origin: Arc<Origin>,
}

struct Referrer<'a> {
    cur: Id,
    prefixes: &'a [String],
    suffixes: &'a [String],
    role_ref: Option<Gvk>,
}

pub fn fix(_engine: &mut Engine<'_>, acc: &mut Acc) {
    let candidates: Vec<Candidate> = acc
        .res
        .iter()
        .map(|r| {
            let name_node = r.node.at("metadata.name");
            let origin = name_node.and_then(|n| n.origin.clone()).unwrap_or_else(|| {
                Arc::new(Origin {
                    file: Arc::clone(&r.file),
                    span: name_node.map_or(r.node.span, |n| n.span),
                    note: String::new(),
                })
            });
            Candidate {
                cur: r.cur_id(),
                prev: r.prev_ids.clone(),
                prefixes: r.prefixes.clone(),
                suffixes: r.suffixes.clone(),
                origin,
            }
        })
        .collect();
    let refs = acc.config.name_reference.clone();
    for idx in 0..acc.res.len() {
        let Some(r) = acc.res.get(idx) else { continue };
        let org_gvk = r.org_id().gvk;
        let cur = r.cur_id();
        let prefixes = r.prefixes.clone();
        let suffixes = r.suffixes.clone();
        let role_ref = r.node.get("roleRef").and_then(|rr| {
            Some(Gvk {
                group: rr.get("apiGroup")?.as_str()?.to_string(),
                version: String::new(),
                kind: rr.get("kind")?.as_str()?.to_string(),
            })
        });
        // Objects this one may refer to (kustomize's SubsetThatCouldBeReferencedByResource).
        let rb_namespaces: Vec<String> = if cur.gvk.kind == "RoleBinding" {
            r.node
                .get("subjects")
                .map(|s| {
                    s.items()
                        .filter(|x| x.get("kind").and_then(Node::as_str) == Some("ServiceAccount"))
                        .filter_map(|x| x.get("namespace").and_then(Node::as_str))
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        let subset: Vec<&Candidate> = candidates
            .iter()
            .filter(|c| {
                cur.gvk.is_cluster_scoped()
                    || c.cur.gvk.is_cluster_scoped()
                    || c.cur.ns_equals(&cur)
                    || rb_namespaces.contains(&c.cur.namespace)
            })
            .collect();
        let referrer = Referrer {
            cur,
            prefixes: &prefixes,
            suffixes: &suffixes,
            role_ref,
        };
        let Some(r) = acc.res.get_mut(idx) else {
            continue;
        };
        for nr in &refs {
            for spec in &nr.referrers {
                if !spec.applies_to(&org_gvk) {
                    continue;
                }
                let parts = split_fs_path(&spec.path);
                walk(&mut r.node, &parts, &mut |leaf| {
                    set(leaf, &referrer, &nr.target, spec, &subset);
                });
            }
        }
    }
}

fn walk(node: &mut Node, path: &[String], f: &mut dyn FnMut(&mut Node)) {
    let Some((head, rest)) = path.split_first() else {
        f(node);
        return;
    };
    match &mut node.value {
        Value::Seq(items) => {
            for i in items {
                walk(i, path, f);
            }
        }
        Value::Map(_) => {
            let name = head.strip_suffix("[]").unwrap_or(head);
            if let Some(child) = get_mut(node, name) {
                walk(child, rest, f);
            }
        }
        _ => {}
    }
}

fn set(
    leaf: &mut Node,
    referrer: &Referrer<'_>,
    target: &Gvk,
    spec: &FieldSpec,
    subset: &[&Candidate],
) {
    match &mut leaf.value {
        Value::Str(_) => set_scalar(leaf, referrer, target, spec, subset),
        Value::Map(_) => set_mapping(leaf, referrer, target, spec, subset),
        Value::Seq(items) => {
            for i in items {
                match i.value {
                    Value::Str(_) => set_scalar(i, referrer, target, spec, subset),
                    Value::Map(_) => set_mapping(i, referrer, target, spec, subset),
                    _ => {}
                }
            }
        }
        _ => {}
    }
}

fn follow(c: &Candidate, old: &Node) -> Arc<Origin> {
    let _ = old;
    Arc::new(Origin {
        file: Arc::clone(&c.origin.file),
        span: c.origin.span,
        note: format!(
            "follows the name of {} {}{}",
            c.cur.gvk.kind,
            c.cur.name,
            if c.origin.note.is_empty() {
                String::new()
            } else {
                format!(" ({})", c.origin.note)
            }
        ),
    })
}

fn set_scalar(
    leaf: &mut Node,
    referrer: &Referrer<'_>,
    target: &Gvk,
    spec: &FieldSpec,
    subset: &[&Candidate],
) {
    let Some(old) = leaf.as_str().map(str::to_string) else {
        return;
    };
    let Some(c) = select(&old, subset.to_vec(), referrer, target, spec, false) else {
        return;
    };
    if c.cur.name != old {
        leaf.origin = Some(follow(c, leaf));
        leaf.value = Value::Str(c.cur.name.clone());
    }
}

fn set_mapping(
    node: &mut Node,
    referrer: &Referrer<'_>,
    target: &Gvk,
    spec: &FieldSpec,
    subset: &[&Candidate],
) {
    let Some(old) = node.get("name").and_then(Node::as_str).map(str::to_string) else {
        return;
    };
    let candidates: Vec<&Candidate> = match node.get("namespace").and_then(Node::as_str) {
        None => subset.to_vec(),
        Some(ns) => {
            let by_org: Vec<&Candidate> = subset
                .iter()
                .copied()
                .filter(|c| {
                    let org = c.prev.first().unwrap_or(&c.cur);
                    org.effective_namespace() == ns || org.namespace == ns
                })
                .collect();
            if by_org.is_empty() {
                subset
                    .iter()
                    .copied()
                    .filter(|c| c.cur.namespace == ns)
                    .collect()
            } else {
                by_org
            }
        }
    };
    let Some(c) = select(&old, candidates, referrer, target, spec, true) else {
        return;
    };
    if c.cur.name == old && c.cur.namespace.is_empty() {
        return;
    }
    let anchor = node.span;
    if let Some(n) = get_mut(node, "name")
        && n.as_str() != Some(c.cur.name.as_str())
    {
        n.origin = Some(follow(c, n));
        n.value = Value::Str(c.cur.name.clone());
    }
    if !c.cur.namespace.is_empty() {
        match get_mut(node, "namespace") {
            Some(n) => {
                if n.as_str() != Some(c.cur.namespace.as_str()) {
                    n.origin = Some(follow(c, n));
                    n.value = Value::Str(c.cur.namespace.clone());
                }
            }
            None => {
                let n = Node {
                    span: anchor,
                    value: Value::Str(c.cur.namespace.clone()),
                    origin: Some(follow(c, node)),
                };
                crate::tree::set(node, "namespace", n);
            }
        }
    }
}

fn same_ending(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() > b.len() { (b, a) } else { (a, b) };
    let diff = long.len() - short.len();
    if short.is_empty() {
        return diff == 0;
    }
    short.iter().enumerate().all(|(i, s)| long[i + diff] == *s)
}

fn select<'c>(
    old: &str,
    mut c: Vec<&'c Candidate>,
    referrer: &Referrer<'_>,
    target: &Gvk,
    spec: &FieldSpec,
    mapping: bool,
) -> Option<&'c Candidate> {
    c.retain(|x| x.prev.iter().any(|id| id.name == old));
    c.retain(|x| {
        x.prev.iter().any(|id| {
            id.gvk
                .selected_by(&target.group, &target.version, &target.kind)
        })
    });
    if spec.path.ends_with("roleRef/name")
        && let Some(rr) = &referrer.role_ref
    {
        c.retain(|x| {
            x.prev
                .iter()
                .any(|id| id.gvk.selected_by(&rr.group, &rr.version, &rr.kind))
        });
    }
    if !referrer.cur.gvk.is_cluster_scoped() {
        c.retain(|x| {
            x.cur.gvk.is_cluster_scoped()
                || x.cur.gvk.kind == "ServiceAccount"
                || x.cur.ns_equals(&referrer.cur)
        });
    }
    if c.len() == 1 {
        return c.first().copied();
    }
    let ps_equal = |x: &Candidate, allow_empty: bool| {
        if allow_empty {
            let pe = x.prefixes.is_empty() || referrer.prefixes.is_empty();
            let se = x.suffixes.is_empty() || referrer.suffixes.is_empty();
            (pe || same_ending(&x.prefixes, referrer.prefixes))
                && (se || same_ending(&x.suffixes, referrer.suffixes))
        } else {
            same_ending(&x.prefixes, referrer.prefixes)
                && same_ending(&x.suffixes, referrer.suffixes)
        }
    };
    c.retain(|x| ps_equal(x, true));
    if c.len() > 1 {
        c.retain(|x| ps_equal(x, false));
    }
    match c.len() {
        0 => None,
        1 => c.first().copied(),
        _ => {
            let first = c[0];
            let same = c.iter().all(|x| {
                x.cur.name == first.cur.name && (!mapping || x.cur.namespace == first.cur.namespace)
            });
            same.then_some(first)
        }
    }
}
