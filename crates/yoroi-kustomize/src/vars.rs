//! `vars` (the `$(NAME)` references kustomize resolves at the end) and `replacements`.

use std::sync::Arc;
use yoroi_syntax::{Entry, Node, Span, Value};

use crate::DiagnosticKind;
use crate::engine::{Acc, Engine, Kust};
use crate::res::{Gvk, Id};
use crate::tree::{Provenance, scalar_string, transplant};

#[derive(Debug, Clone)]
pub struct Var {
    pub name: String,
    /// The object the var reads, as it was identified when the var was declared.
    pub target: Id,
    pub field_path: String,
    pub prov: Provenance,
}

/// kustomize's MergeVars: a var must name exactly one object of the accumulator.
pub fn merge(engine: &mut Engine<'_>, kust: &Kust, acc: &mut Acc) {
    let Some(list) = kust.get("vars") else { return };
    for item in list.items() {
        let name = item.get("name").and_then(scalar_string).unwrap_or_default();
        let Some(objref) = item.get("objref") else {
            continue;
        };
        let s = |k: &str| objref.get(k).and_then(scalar_string).unwrap_or_default();
        let mut gvk = Gvk::from_api_version(&s("apiVersion"), &s("kind"));
        if gvk.group.is_empty() {
            gvk.group = s("group");
        }
        if gvk.version.is_empty() {
            gvk.version = s("version");
        }
        let obj_name = s("name");
        let ns = s("namespace");
        let matches: Vec<Id> = acc
            .res
            .iter()
            .filter(|r| {
                let id = r.cur_id();
                id.gvk.selected_by(&gvk.group, &gvk.version, &gvk.kind)
                    && (id.name == obj_name || r.prev_ids.iter().any(|p| p.name == obj_name))
                    && (ns.is_empty() || id.namespace == ns)
            })
            .map(|r| r.cur_id())
            .collect();
        if matches.len() != 1 {
            engine.diag(
                &kust.file,
                item.span,
                DiagnosticKind::Invalid,
                format!(
                    "var `{name}` must name exactly one object; {} match",
                    matches.len()
                ),
            );
            continue;
        }
        let field_path = item
            .get("fieldref")
            .and_then(|f| f.get("fieldpath").or_else(|| f.get("fieldPath")))
            .and_then(scalar_string)
            .unwrap_or_else(|| "metadata.name".into());
        if acc.vars.iter().any(|v| v.name == name) {
            engine.diag(
                &kust.file,
                item.span,
                DiagnosticKind::Invalid,
                format!("var `{name}` is declared twice"),
            );
            continue;
        }
        acc.vars.push(Var {
            name,
            target: matches[0].clone(),
            field_path,
            prov: kust.prov(item.span, "vars"),
        });
    }
}

/// Replaces `$(NAME)` in the var-reference fields of every object.
pub fn resolve(engine: &mut Engine<'_>, acc: &mut Acc, kust: &Kust) {
    if acc.vars.is_empty() {
        return;
    }
    let mut values: Vec<(String, Node, Provenance)> = Vec::new();
    for v in &acc.vars {
        let Some(r) = acc.res.iter().find(|r| r.any_id_matches(&v.target)) else {
            continue;
        };
        let found = lookup(&r.node, &v.field_path);
        match found.first() {
            Some(n) => values.push((v.name.clone(), (*n).clone(), v.prov.clone())),
            None => engine.diag(
                &v.prov.file,
                v.prov.span,
                DiagnosticKind::Invalid,
                format!("var `{}`: no field `{}`", v.name, v.field_path),
            ),
        }
    }
    let specs = acc.config.var_reference.clone();
    for r in &mut acc.res {
        let gvk = r.gvk();
        for f in &specs {
            if !f.applies_to(&gvk) {
                continue;
            }
            let prov = Provenance::new(&kust.file, Span::default(), "vars");
            crate::fieldspec::visit(&mut r.node, &f.path, false, &Value::Null, &prov, &mut |n| {
                expand_node(n, &values)
            });
        }
    }
}

fn expand_node(n: &mut Node, values: &[(String, Node, Provenance)]) {
    match &mut n.value {
        Value::Str(s) => {
            if !s.contains("$(") {
                return;
            }
            // A whole-field reference keeps the value's type.
            for (name, v, prov) in values {
                if *s == format!("$({name})") {
                    let mut t = transplant(v, n.span, &prov.file, &prov.note);
                    if let Some(o) = &v.origin {
                        t.origin = Some(Arc::clone(o));
                    }
                    *n = t;
                    return;
                }
            }
            let out = expand_string(s, values);
            if out != *s {
                let prov = values.first().map(|(_, _, p)| p.clone());
                n.value = Value::Str(out);
                if let Some(p) = prov {
                    n.origin = Some(p.origin());
                }
            }
        }
        Value::Seq(items) => {
            for i in items {
                expand_node(i, values);
            }
        }
        Value::Map(entries) => {
            for e in entries {
                expand_node(&mut e.value, values);
            }
        }
        _ => {}
    }
}

/// Kubernetes' `$(VAR)` expansion: `$$` escapes, unknown names stay as written.
fn expand_string(s: &str, values: &[(String, Node, Provenance)]) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('$') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        if let Some(a) = after.strip_prefix('$') {
            out.push('$');
            rest = a;
        } else if let Some(body) = after.strip_prefix('(')
            && let Some(end) = body.find(')')
        {
            let name = &body[..end];
            match values.iter().find(|(n, _, _)| n == name) {
                Some((_, v, _)) => out.push_str(&scalar_string(v).unwrap_or_default()),
                None => {
                    out.push_str("$(");
                    out.push_str(name);
                    out.push(')');
                }
            }
            rest = &body[end + 1..];
        } else {
            out.push('$');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Splits a kyaml field path at dots outside brackets.
fn split_path(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '[' => {
                depth += 1;
                cur.push(c);
            }
            ']' => {
                depth -= 1;
                cur.push(c);
            }
            '.' if depth == 0 => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    // `a[0]` / `a[name=x]` written without a dot.
    let mut fixed = Vec::new();
    for seg in out {
        if !seg.starts_with('[')
            && let Some(i) = seg.find('[')
        {
            fixed.push(seg[..i].to_string());
            let mut tail = &seg[i..];
            while let Some(end) = tail.find(']') {
                fixed.push(tail[..=end].to_string());
                tail = &tail[end + 1..];
            }
            continue;
        }
        fixed.push(seg);
    }
    fixed.retain(|s| !s.is_empty());
    fixed
}

enum Seg {
    Field(String),
    Match(String, String),
    Index(usize),
    All,
}

fn parse_seg(seg: &str) -> Seg {
    if seg == "*" {
        return Seg::All;
    }
    if let Some(inner) = seg.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
        if let Some((k, v)) = inner.split_once('=') {
            return Seg::Match(k.to_string(), v.to_string());
        }
        if let Ok(i) = inner.parse() {
            return Seg::Index(i);
        }
        return Seg::Field(inner.to_string());
    }
    if let Ok(i) = seg.parse() {
        return Seg::Index(i);
    }
    Seg::Field(seg.to_string())
}

fn matches_elem(n: &Node, k: &str, v: &str) -> bool {
    if k.is_empty() {
        return scalar_string(n).as_deref() == Some(v);
    }
    n.get(k).and_then(scalar_string).as_deref() == Some(v)
}

fn lookup<'a>(node: &'a Node, path: &str) -> Vec<&'a Node> {
    let mut cur = vec![node];
    for seg in split_path(path) {
        let seg = parse_seg(&seg);
        let mut next = Vec::new();
        for n in cur {
            match (&seg, &n.value) {
                (Seg::Field(f), Value::Map(_)) => next.extend(n.get(f)),
                (Seg::Match(k, v), Value::Seq(items)) => {
                    next.extend(items.iter().filter(|i| matches_elem(i, k, v)))
                }
                (Seg::Index(i), Value::Seq(items)) => next.extend(items.get(*i)),
                (Seg::All, Value::Seq(items)) => next.extend(items.iter()),
                (Seg::All, Value::Map(entries)) => next.extend(entries.iter().map(|e| &e.value)),
                _ => {}
            }
        }
        cur = next;
    }
    cur
}

/// Sets `value` at every node `path` reaches (creating the path when `create`).
fn set_path(
    node: &mut Node,
    segs: &[String],
    create: bool,
    prov: &Provenance,
    f: &mut dyn FnMut(&mut Node),
    depth: usize,
) -> bool {
    if depth > crate::tree::MAX_WALK_DEPTH {
        return false;
    }
    let Some((head, rest)) = segs.split_first() else {
        f(node);
        return true;
    };
    let seg = parse_seg(head);
    let anchor = node.span;
    let mut any = false;
    match (seg, &mut node.value) {
        (Seg::Field(name), Value::Map(entries)) => {
            if !entries.iter().any(|e| e.key == name) {
                if !create {
                    return false;
                }
                let fresh = if rest.is_empty() {
                    Value::Null
                } else if rest
                    .first()
                    .is_some_and(|r| matches!(parse_seg(r), Seg::Match(..) | Seg::Index(_)))
                {
                    Value::Seq(Vec::new())
                } else {
                    Value::Map(Vec::new())
                };
                entries.push(Entry {
                    key: name.clone(),
                    key_span: anchor,
                    value: prov.scalar(anchor, fresh),
                });
            }
            if let Some(e) = entries.iter_mut().find(|e| e.key == name) {
                any |= set_path(&mut e.value, rest, create, prov, f, depth + 1);
            }
        }
        (Seg::Match(k, v), Value::Seq(items)) => {
            let mut found = false;
            for i in items.iter_mut().filter(|i| matches_elem(i, &k, &v)) {
                found = true;
                any |= set_path(i, rest, create, prov, f, depth + 1);
            }
            if !found && create && !k.is_empty() {
                let mut elem = prov.scalar(anchor, Value::Map(Vec::new()));
                crate::tree::set(&mut elem, &k, prov.string(anchor, v.clone()));
                any |= set_path(&mut elem, rest, create, prov, f, depth + 1);
                items.push(elem);
            }
        }
        (Seg::Index(i), Value::Seq(items)) => {
            if let Some(item) = items.get_mut(i) {
                any |= set_path(item, rest, create, prov, f, depth + 1);
            }
        }
        (Seg::All, Value::Seq(items)) => {
            for i in items {
                any |= set_path(i, rest, create, prov, f, depth + 1);
            }
        }
        (Seg::All, Value::Map(entries)) => {
            for e in entries {
                any |= set_path(&mut e.value, rest, create, prov, f, depth + 1);
            }
        }
        _ => {}
    }
    any
}

struct Selector {
    group: String,
    version: String,
    kind: String,
    name: String,
    namespace: String,
    label: String,
    annotation: String,
}

impl Selector {
    fn from(n: &Node) -> Selector {
        let s = |k: &str| n.get(k).and_then(scalar_string).unwrap_or_default();
        let mut gvk = Gvk::from_api_version(&s("apiVersion"), &s("kind"));
        if !s("group").is_empty() {
            gvk.group = s("group");
        }
        if !s("version").is_empty() {
            gvk.version = s("version");
        }
        Selector {
            group: gvk.group,
            version: gvk.version,
            kind: gvk.kind,
            name: s("name"),
            namespace: s("namespace"),
            label: s("labelSelector"),
            annotation: s("annotationSelector"),
        }
    }

    fn matches(&self, r: &crate::res::Res) -> bool {
        let mut ids = vec![r.cur_id()];
        ids.extend(r.prev_ids.iter().cloned());
        let id_ok = ids.iter().any(|id| {
            id.gvk.selected_by(&self.group, &self.version, &self.kind)
                && (self.name.is_empty() || id.name == self.name)
                && (self.namespace.is_empty()
                    || id.namespace == self.namespace
                    || id.effective_namespace() == self.namespace)
        });
        id_ok
            && (self.label.is_empty() || crate::patch::matches_selector(&self.label, &r.labels()))
            && (self.annotation.is_empty()
                || crate::patch::matches_selector(&self.annotation, &r.annotations()))
    }
}

fn options(n: Option<&Node>) -> (String, i64, bool) {
    let delimiter = n
        .and_then(|o| o.get("delimiter"))
        .and_then(scalar_string)
        .unwrap_or_default();
    let index = n
        .and_then(|o| o.get("index"))
        .and_then(Node::as_i64)
        .unwrap_or(0);
    let create = n
        .and_then(|o| o.get("create"))
        .and_then(Node::as_bool)
        .unwrap_or(false);
    (delimiter, index, create)
}

pub fn replacements(engine: &mut Engine<'_>, kust: &Kust, acc: &mut Acc) {
    let Some(list) = kust.get("replacements") else {
        return;
    };
    let mut entries: Vec<(Node, Arc<yoroi_syntax::SourceFile>)> = Vec::new();
    for item in list.items() {
        if let Some(p) = item.get("path").and_then(scalar_string) {
            let Some(file) = engine.kust_file(kust, &p, item.span) else {
                continue;
            };
            for doc in engine.parse(&file) {
                match &doc.value {
                    Value::Seq(items) => {
                        entries.extend(items.iter().map(|i| (i.clone(), Arc::clone(&file))))
                    }
                    _ => entries.push((doc, Arc::clone(&file))),
                }
            }
        } else {
            entries.push((item.clone(), Arc::clone(&kust.file)));
        }
    }
    for (rep, file) in entries {
        let Some(source) = rep.get("source") else {
            continue;
        };
        let sel = Selector::from(source);
        let picked: Vec<usize> = acc
            .res
            .iter()
            .enumerate()
            .filter(|(_, r)| sel.matches(r))
            .map(|(i, _)| i)
            .collect();
        if picked.len() != 1 {
            engine.diag(
                &file,
                source.span,
                DiagnosticKind::Invalid,
                format!(
                    "replacement source must select exactly one object; {} match",
                    picked.len()
                ),
            );
            continue;
        }
        let field = source
            .get("fieldPath")
            .and_then(scalar_string)
            .unwrap_or_else(|| "metadata.name".into());
        let Some(src_res) = acc.res.get(picked[0]) else {
            continue;
        };
        let Some(value) = lookup(&src_res.node, &field).first().map(|n| (*n).clone()) else {
            engine.diag(
                &file,
                source.span,
                DiagnosticKind::Invalid,
                format!("replacement source has no field `{field}`"),
            );
            continue;
        };
        let src_file = Arc::clone(&src_res.file);
        let (sd, si, _) = options(source.get("options"));
        let value = if sd.is_empty() {
            value
        } else {
            let s = scalar_string(&value).unwrap_or_default();
            let parts: Vec<&str> = s.split(sd.as_str()).collect();
            match usize::try_from(si).ok().and_then(|i| parts.get(i)) {
                Some(p) => Node {
                    span: value.span,
                    value: Value::Str((*p).to_string()),
                    origin: value.origin.clone(),
                },
                None => continue,
            }
        };
        let note: Arc<str> = format!("copied by `replacements` in {}", file.display()).into();
        let prov = Provenance::new(&file, rep.span, Arc::clone(&note));
        let Some(targets) = rep.get("targets") else {
            continue;
        };
        for t in targets.items() {
            let Some(select) = t.get("select") else {
                continue;
            };
            let sel = Selector::from(select);
            let rejects: Vec<Selector> = t
                .get("reject")
                .map(|r| r.items().map(Selector::from).collect())
                .unwrap_or_default();
            let (td, ti, create) = options(t.get("options"));
            let paths: Vec<String> = t
                .get("fieldPaths")
                .map(|p| p.items().filter_map(scalar_string).collect())
                .unwrap_or_else(|| vec!["metadata.name".into()]);
            for r in acc.res.iter_mut() {
                if !sel.matches(r) || rejects.iter().any(|x| x.matches(r)) {
                    continue;
                }
                for p in &paths {
                    let segs = split_path(p);
                    let mut apply = |n: &mut Node| {
                        let anchor = n.span;
                        if td.is_empty() {
                            let mut v = transplant(&value, anchor, &src_file, &note);
                            if value.origin.is_none() {
                                v.origin = Some(Arc::new(yoroi_syntax::Origin {
                                    file: Arc::clone(&src_file),
                                    span: value.span,
                                    note: note.to_string(),
                                }));
                            }
                            // kustomize copies only the text into a scalar target, which
                            // keeps its type: a string stays a string, and a field it created
                            // (or a number, a boolean) takes the type the text reads as.
                            if let Some(text) = scalar_text(&value) {
                                match &n.value {
                                    Value::Str(_) => v.value = Value::Str(text),
                                    Value::Map(_) | Value::Seq(_) | Value::Unknown => {}
                                    _ => v.value = yoroi_syntax::yaml::plain_scalar(&text),
                                }
                            }
                            *n = v;
                        } else {
                            let cur = scalar_string(n).unwrap_or_default();
                            let mut parts: Vec<String> =
                                cur.split(td.as_str()).map(str::to_string).collect();
                            let v = scalar_string(&value).unwrap_or_default();
                            if ti < 0 {
                                parts.insert(0, v);
                            } else if let Some(slot) =
                                usize::try_from(ti).ok().and_then(|i| parts.get_mut(i))
                            {
                                *slot = v;
                            } else {
                                parts.push(v);
                            }
                            *n = prov.string(anchor, parts.join(&td));
                        }
                    };
                    set_path(&mut r.node, &segs, create, &prov, &mut apply, 0);
                }
            }
        }
    }
}

/// The text of a scalar (not of a null).
fn scalar_text(node: &Node) -> Option<String> {
    match &node.value {
        Value::Str(_) | Value::Int(_) | Value::Float(_) | Value::Bool(_) => scalar_string(node),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_field_paths() {
        assert_eq!(
            split_path("spec.template.spec.containers.[name=app].image"),
            vec![
                "spec",
                "template",
                "spec",
                "containers",
                "[name=app]",
                "image"
            ]
        );
        assert_eq!(
            split_path("metadata.annotations.[a.b/c]"),
            vec!["metadata", "annotations", "[a.b/c]"]
        );
        assert_eq!(
            split_path("spec.ports[0].port"),
            vec!["spec", "ports", "[0]", "port"]
        );
    }
}
