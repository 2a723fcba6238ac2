//! Patches: strategic merge (with the built-in merge keys) and JSON 6902, selected by identity or
//! by a `target` selector.

use std::sync::Arc;
use yoroi_syntax::{Entry, Node, SourceFile, Span, Value};

use crate::DiagnosticKind;
use crate::engine::{Acc, Engine, Kust};
use crate::res::{Gvk, Id, Res};
use crate::tree::{same_value, scalar_string, string_list, transplant};

/// A parsed patch with where it was written.
struct PatchSource {
    docs: Vec<Node>,
    file: Arc<SourceFile>,
    note: Arc<str>,
    /// Span in the kustomization to report problems at.
    span: Span,
}

fn load_patch_text(
    engine: &mut Engine<'_>,
    kust: &Kust,
    item: &Node,
    field: &str,
) -> Option<PatchSource> {
    let span = item.span;
    if let Some(path_node) = item.get("path").filter(|n| !n.is_null()) {
        let rel = scalar_string(path_node)?;
        let file = engine.kust_file(kust, &rel, path_node.span)?;
        let docs = engine.parse(&file);
        return Some(PatchSource {
            docs,
            note: format!("from patch {}", file.display()).into(),
            file,
            span,
        });
    }
    if let Some(inline) = item.get("patch").filter(|n| !n.is_null()) {
        return Some(inline_patch(engine, kust, inline, field, span));
    }
    None
}

/// An inline patch is a YAML string inside the kustomization: parse it as its own text, then
/// map every span back into the kustomization where the text lines are verbatim (block scalars).
fn inline_patch(
    engine: &mut Engine<'_>,
    kust: &Kust,
    inline: &Node,
    field: &str,
    span: Span,
) -> PatchSource {
    let text = scalar_string(inline).unwrap_or_default();
    let virt = yoroi_syntax::SourceFile::new(
        kust.file.path.clone(),
        yoroi_syntax::FileKind::Yaml,
        text.clone(),
    );
    let stream = yoroi_syntax::yaml::parse_stream(&virt.text, &virt.lines, engine.limits.yaml);
    for e in &stream.errors {
        engine.diag(
            &kust.file,
            inline.span,
            DiagnosticKind::ParseError,
            format!("inline patch: {}", e.message),
        );
    }
    let map = SpanMap::new(&kust.file, inline.span, &text);
    let docs = stream
        .documents
        .into_iter()
        .map(|d| map.remap(d.root))
        .collect();
    PatchSource {
        docs,
        file: Arc::clone(&kust.file),
        note: format!("from inline `{field}` in {}", kust.file.display()).into(),
        span,
    }
}

/// Maps offsets of an inline block scalar's text to the kustomization file: line `i` of the text
/// is found at the same relative line of the scalar, shifted by the block indentation.
struct SpanMap {
    /// For each line of the inline text: (offset of the line in the text, offset in the file).
    lines: Vec<(usize, usize)>,
    fallback: Span,
}

impl SpanMap {
    fn new(file: &SourceFile, scalar: Span, text: &str) -> SpanMap {
        let mut lines = Vec::new();
        let src = file.slice(scalar);
        // Block scalars keep the text's lines verbatim after their indentation; the span may
        // start at the `|` indicator or at the first content line.
        let mut file_off = if src.starts_with('|') || src.starts_with('>') {
            scalar.start() + src.find('\n').map_or(src.len(), |i| i + 1)
        } else {
            file.lines.line_start(file.lines.line_of(scalar.start()))
        };
        let mut text_off = 0;
        for line in text.split_inclusive('\n') {
            let Some(fl) = file
                .text
                .get(file_off..)
                .and_then(|rest| rest.split_inclusive('\n').next())
            else {
                break;
            };
            let content = line.trim_end_matches(['\n', '\r']);
            let at = if content.is_empty() {
                Some(0)
            } else {
                fl.find(content)
            };
            match at {
                Some(i) => lines.push((text_off, file_off + i)),
                None => {
                    lines.clear();
                    break;
                }
            }
            text_off += line.len();
            file_off += fl.len();
        }
        SpanMap {
            lines,
            fallback: scalar,
        }
    }

    fn map_span(&self, s: Span) -> Span {
        let find = |off: usize| -> Option<usize> {
            let i = self.lines.partition_point(|(t, _)| *t <= off);
            let (t, f) = self.lines.get(i.checked_sub(1)?)?;
            Some(f + (off - t))
        };
        match (
            find(s.start()),
            find(s.end().saturating_sub(1).max(s.start())),
        ) {
            (Some(a), Some(b)) => Span::new(a, (b + 1).max(a).min(a + s.len().max(1))),
            _ => self.fallback,
        }
    }

    fn remap(&self, mut n: Node) -> Node {
        n.span = self.map_span(n.span);
        match &mut n.value {
            Value::Seq(items) => {
                let taken = std::mem::take(items);
                *items = taken.into_iter().map(|i| self.remap(i)).collect();
            }
            Value::Map(entries) => {
                let taken = std::mem::take(entries);
                *entries = taken
                    .into_iter()
                    .map(|e| Entry {
                        key: e.key,
                        key_span: self.map_span(e.key_span),
                        value: self.remap(e.value),
                    })
                    .collect();
            }
            _ => {}
        }
        n
    }
}

/// The legacy `patchesStrategicMerge`: a list of paths or inline patches.
pub fn strategic_merge_legacy(engine: &mut Engine<'_>, kust: &Kust, acc: &mut Acc) {
    let Some(list) = kust.get("patchesStrategicMerge") else {
        return;
    };
    for item in list.items() {
        let Some(text) = scalar_string(item) else {
            continue;
        };
        // An entry is a path when it names a file, else inline YAML.
        let path = crate::fs::normalize(&kust.dir.join(text.trim()));
        let source = if !text.contains('\n') && engine.fs.is_file(&path) {
            let Some(file) = engine.kust_file(kust, text.trim(), item.span) else {
                continue;
            };
            let docs = engine.parse(&file);
            PatchSource {
                docs,
                note: format!("from patch {}", file.display()).into(),
                file,
                span: item.span,
            }
        } else if text.contains('\n') || text.contains(':') {
            inline_patch(engine, kust, item, "patchesStrategicMerge", item.span)
        } else {
            engine.diag(
                &kust.file,
                item.span,
                DiagnosticKind::MissingFile,
                format!("`{text}`: no such patch file"),
            );
            continue;
        };
        for doc in &source.docs {
            apply_smp_by_id(engine, kust, acc, doc, &source);
        }
    }
}

/// `patches`: each entry a path or inline text, strategic merge or JSON 6902, with an optional
/// target selector.
pub fn patches(engine: &mut Engine<'_>, kust: &Kust, acc: &mut Acc) {
    let Some(list) = kust.get("patches") else {
        return;
    };
    for item in list.items() {
        let Some(source) = load_patch_text(engine, kust, item, "patches") else {
            engine.diag(
                &kust.file,
                item.span,
                DiagnosticKind::Invalid,
                "a patch needs `path` or `patch`".into(),
            );
            continue;
        };
        let target = item.get("target").filter(|t| t.is_map());
        let options = item.get("options");
        let allow_name = options
            .and_then(|o| o.get("allowNameChange"))
            .and_then(Node::as_bool)
            .unwrap_or(false);
        let allow_kind = options
            .and_then(|o| o.get("allowKindChange"))
            .and_then(Node::as_bool)
            .unwrap_or(false);
        let docs: Vec<&Node> = source.docs.iter().filter(|d| !d.is_null()).collect();
        if docs.is_empty() {
            continue;
        }
        if docs[0].is_seq() {
            let Some(target) = target else {
                engine.diag(
                    &kust.file,
                    item.span,
                    DiagnosticKind::Invalid,
                    "a JSON 6902 patch needs a `target`".into(),
                );
                continue;
            };
            let ops = docs[0].clone();
            apply_json_to_selected(engine, kust, acc, target, &ops, &source);
            continue;
        }
        match target {
            Some(target) => {
                if docs.len() > 1 {
                    engine.diag(
                        &kust.file,
                        item.span,
                        DiagnosticKind::Invalid,
                        "a patch with a `target` may hold only one strategic merge patch".into(),
                    );
                    continue;
                }
                let selected = select(engine, kust, acc, target);
                let mut deleted = Vec::new();
                for i in selected {
                    let Some(r) = acc.res.get_mut(i) else {
                        continue;
                    };
                    let mut patch = docs[0].clone();
                    // The patch is aimed by the selector: its own identity fields do not count.
                    if !allow_name {
                        if let Some(meta) = crate::tree::get_mut(&mut patch, "metadata") {
                            crate::tree::remove(meta, "name");
                            crate::tree::remove(meta, "namespace");
                        }
                    } else if patch.at("metadata.name").is_some() {
                        r.store_previous_id();
                    }
                    if !allow_kind {
                        crate::tree::remove(&mut patch, "kind");
                        crate::tree::remove(&mut patch, "apiVersion");
                    }
                    if !apply_smp(r, &patch, &source) {
                        deleted.push(i);
                    }
                }
                remove_indices(acc, deleted);
            }
            None => {
                for doc in docs {
                    apply_smp_by_id(engine, kust, acc, doc, &source);
                }
            }
        }
    }
}

fn remove_indices(acc: &mut Acc, mut idx: Vec<usize>) {
    idx.sort_unstable();
    idx.dedup();
    for i in idx.into_iter().rev() {
        acc.res.remove(i);
    }
}

fn patch_id(doc: &Node) -> Id {
    let s = |path: &[&str]| crate::tree::str_at(doc, path).unwrap_or("").to_string();
    Id {
        gvk: Gvk::from_api_version(&s(&["apiVersion"]), &s(&["kind"])),
        name: s(&["metadata", "name"]),
        namespace: s(&["metadata", "namespace"]),
    }
}

fn apply_smp_by_id(
    engine: &mut Engine<'_>,
    kust: &Kust,
    acc: &mut Acc,
    doc: &Node,
    source: &PatchSource,
) {
    if doc.is_null() {
        return;
    }
    let id = patch_id(doc);
    let matches: Vec<usize> = acc
        .res
        .iter()
        .enumerate()
        .filter(|(_, r)| r.any_id_matches(&id))
        .map(|(i, _)| i)
        .collect();
    if matches.len() != 1 {
        let why = if matches.is_empty() {
            "matches no object"
        } else {
            "matches more than one object"
        };
        engine.diag(
            &kust.file,
            source.span,
            DiagnosticKind::Invalid,
            format!("strategic merge patch for {} {why}", id.describe()),
        );
        return;
    }
    let i = matches[0];
    let mut patch = doc.clone();
    // Identity fields select the target; they must not rename it.
    if let Some(meta) = crate::tree::get_mut(&mut patch, "metadata") {
        crate::tree::remove(meta, "name");
        crate::tree::remove(meta, "namespace");
    }
    crate::tree::remove(&mut patch, "kind");
    crate::tree::remove(&mut patch, "apiVersion");
    if let Some(r) = acc.res.get_mut(i)
        && !apply_smp(r, &patch, source)
    {
        acc.res.remove(i);
    }
}

/// Applies a strategic merge patch to a resource; false when the patch deletes it.
fn apply_smp(r: &mut Res, patch: &Node, source: &PatchSource) -> bool {
    if patch.get("$patch").and_then(Node::as_str) == Some("delete") {
        return false;
    }
    let gvk = r.gvk();
    let known = is_known_kind(&gvk);
    let ctx = SmpCtx {
        file: &source.file,
        note: &source.note,
        known,
        kind: gvk.kind.clone(),
    };
    let mut path = Vec::new();
    let node = std::mem::replace(&mut r.node, Node::new(Span::default(), Value::Null));
    match merge(Some(node), Some(patch), &ctx, &mut path, 0) {
        Some(n) => {
            r.node = n;
            true
        }
        None => false,
    }
}

struct SmpCtx<'a> {
    file: &'a Arc<SourceFile>,
    note: &'a Arc<str>,
    known: bool,
    kind: String,
}

fn is_directive(key: &str) -> bool {
    key == "$patch"
        || key == "$retainKeys"
        || key.starts_with("$setElementOrder/")
        || key.starts_with("$deleteFromPrimitiveList/")
}

/// Strips directives from a subtree copied from a patch, dropping null fields as a merge would.
fn clean(n: &Node, anchor: Span, ctx: &SmpCtx<'_>) -> Node {
    let mut t = transplant(n, anchor, ctx.file, ctx.note);
    strip(&mut t, 0);
    t
}

fn strip(n: &mut Node, depth: usize) {
    if depth > crate::tree::MAX_WALK_DEPTH {
        return;
    }
    match &mut n.value {
        Value::Map(entries) => {
            entries.retain(|e| !is_directive(&e.key));
            for e in entries {
                strip(&mut e.value, depth + 1);
            }
        }
        Value::Seq(items) => {
            items.retain(|i| i.get("$patch").and_then(Node::as_str) != Some("delete"));
            for i in items {
                strip(i, depth + 1);
            }
        }
        _ => {}
    }
}

/// The merge of kustomize's kyaml walker: `None` means the field is cleared.
fn merge(
    dest: Option<Node>,
    patch: Option<&Node>,
    ctx: &SmpCtx<'_>,
    path: &mut Vec<String>,
    depth: usize,
) -> Option<Node> {
    let Some(patch) = patch else {
        return dest;
    };
    if depth > crate::tree::MAX_WALK_DEPTH {
        return dest;
    }
    if patch.is_null() {
        return None;
    }
    let anchor = dest.as_ref().map_or(Span::default(), |d| d.span);
    match (&patch.value, dest) {
        (Value::Map(pentries), Some(mut d)) if d.is_map() => {
            match patch.get("$patch").and_then(Node::as_str) {
                Some("delete") => return None,
                Some("replace") => return Some(clean(patch, anchor, ctx)),
                _ => {}
            }
            let retain: Option<Vec<String>> = patch
                .get("$retainKeys")
                .map(|n| string_list(n).into_iter().map(|(s, _)| s).collect());
            for pe in pentries {
                if is_directive(&pe.key) {
                    if let Some(field) = pe.key.strip_prefix("$deleteFromPrimitiveList/") {
                        let drop: Vec<Node> = pe.value.items().cloned().collect();
                        if let Some(Node {
                            value: Value::Seq(items),
                            ..
                        }) = crate::tree::get_mut(&mut d, field)
                        {
                            items.retain(|i| !drop.iter().any(|x| same_value(x, i)));
                        }
                    }
                    continue;
                }
                path.push(pe.key.clone());
                let existing = crate::tree::remove_keep_index(&mut d, &pe.key);
                let (old, index, key_span) = match existing {
                    Some((n, i, k)) => (Some(n), Some(i), k),
                    None => (None, None, d.span),
                };
                let merged = merge(old, Some(&pe.value), ctx, path, depth + 1);
                path.pop();
                if let (Some(v), Value::Map(entries)) = (merged, &mut d.value) {
                    let entry = Entry {
                        key: pe.key.clone(),
                        key_span,
                        value: v,
                    };
                    match index {
                        Some(i) if i <= entries.len() => entries.insert(i, entry),
                        _ => entries.push(entry),
                    }
                }
            }
            if let (Some(keep), Value::Map(entries)) = (retain, &mut d.value) {
                entries.retain(|e| keep.contains(&e.key));
            }
            Some(d)
        }
        (Value::Seq(pitems), Some(d)) if d.is_seq() => {
            let strategy = list_strategy(ctx, path);
            Some(merge_list(d, pitems, strategy, ctx, path, depth))
        }
        (Value::Map(_) | Value::Seq(_), d) => {
            if patch.get("$patch").and_then(Node::as_str) == Some("delete") {
                return None;
            }
            let anchor = d.as_ref().map_or(anchor, |d| d.span);
            Some(clean(patch, anchor, ctx))
        }
        (_, Some(d)) if same_value(&d, patch) => Some(d),
        (_, d) => {
            let anchor = d.as_ref().map_or(anchor, |d| d.span);
            Some(clean(patch, anchor, ctx))
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum ListStrategy {
    Replace,
    Key(&'static str),
    Primitive,
}

/// The built-in merge keys (from the Kubernetes schema) of the lists patches most often touch.
fn list_strategy(ctx: &SmpCtx<'_>, path: &[String]) -> ListStrategy {
    if !ctx.known {
        return ListStrategy::Replace;
    }
    let Some(last) = path.last() else {
        return ListStrategy::Replace;
    };
    let parent = path.len().checked_sub(2).and_then(|i| path.get(i));
    let in_container =
        path.iter().rev().nth(1).is_some_and(|p| {
            p == "containers" || p == "initContainers" || p == "ephemeralContainers"
        });
    match last.as_str() {
        "containers" | "initContainers" | "ephemeralContainers" => ListStrategy::Key("name"),
        "volumes" if parent.is_some_and(|p| p == "spec") => ListStrategy::Key("name"),
        "env" if in_container => ListStrategy::Key("name"),
        "volumeMounts" if in_container => ListStrategy::Key("mountPath"),
        "volumeDevices" if in_container => ListStrategy::Key("devicePath"),
        "ports" if in_container => ListStrategy::Key("containerPort"),
        "resizePolicy" if in_container => ListStrategy::Key("resourceName"),
        "ports" if ctx.kind == "Service" && path.len() == 2 => ListStrategy::Key("port"),
        "imagePullSecrets" if parent.is_some_and(|p| p == "spec") => ListStrategy::Key("name"),
        "hostAliases" => ListStrategy::Key("ip"),
        "topologySpreadConstraints" => ListStrategy::Key("topologyKey"),
        "resourceClaims" if parent.is_some_and(|p| p == "spec") => ListStrategy::Key("name"),
        "schedulingGates" => ListStrategy::Key("name"),
        "finalizers" if parent.is_some_and(|p| p == "metadata") => ListStrategy::Primitive,
        "ownerReferences" => ListStrategy::Key("uid"),
        "webhooks"
            if ctx.kind == "MutatingWebhookConfiguration"
                || ctx.kind == "ValidatingWebhookConfiguration" =>
        {
            ListStrategy::Key("name")
        }
        "conditions" if parent.is_some_and(|p| p == "status") => ListStrategy::Key("type"),
        _ => ListStrategy::Replace,
    }
}

fn merge_list(
    dest: Node,
    pitems: &[Node],
    strategy: ListStrategy,
    ctx: &SmpCtx<'_>,
    path: &mut Vec<String>,
    depth: usize,
) -> Node {
    let anchor = dest.span;
    let Value::Seq(ditems) = dest.value else {
        return dest;
    };
    // `- $patch: replace` in a list replaces it with the other items.
    if pitems
        .iter()
        .any(|i| i.get("$patch").and_then(Node::as_str) == Some("replace"))
    {
        let kept: Vec<Node> = pitems
            .iter()
            .filter(|i| i.get("$patch").is_none())
            .map(|i| clean(i, anchor, ctx))
            .collect();
        return Node {
            span: anchor,
            value: Value::Seq(kept),
            origin: dest.origin,
        };
    }
    let out = match strategy {
        ListStrategy::Replace => pitems.iter().map(|i| clean(i, anchor, ctx)).collect(),
        ListStrategy::Primitive => {
            // Patch items first (kustomize prepends), then the rest of the destination.
            let mut out: Vec<Node> = Vec::new();
            for p in pitems {
                if !out.iter().any(|o| same_value(o, p)) {
                    let keep = ditems.iter().find(|d| same_value(d, p)).cloned();
                    out.push(keep.unwrap_or_else(|| clean(p, anchor, ctx)));
                }
            }
            for d in ditems {
                if !out.iter().any(|o| same_value(o, &d)) {
                    out.push(d);
                }
            }
            out
        }
        ListStrategy::Key(key) => {
            let key_of = |n: &Node| n.get(key).and_then(scalar_string);
            let mut dest_items: Vec<Option<Node>> = ditems.into_iter().map(Some).collect();
            let mut out = Vec::new();
            let mut seen: Vec<String> = Vec::new();
            for p in pitems {
                let Some(k) = key_of(p) else {
                    out.push(clean(p, anchor, ctx));
                    continue;
                };
                if seen.contains(&k) {
                    continue;
                }
                seen.push(k.clone());
                let d = dest_items
                    .iter_mut()
                    .find(|d| d.as_ref().and_then(&key_of).as_deref() == Some(&k))
                    .and_then(Option::take);
                if p.get("$patch").and_then(Node::as_str) == Some("delete") {
                    continue;
                }
                let merged = match d {
                    Some(d) => merge(Some(d), Some(p), ctx, path, depth + 1),
                    None => Some(clean(p, anchor, ctx)),
                };
                if let Some(m) = merged
                    && !matches!(&m.value, Value::Map(e) if e.is_empty())
                {
                    out.push(m);
                }
            }
            out.extend(dest_items.into_iter().flatten());
            out
        }
    };
    Node {
        span: anchor,
        value: Value::Seq(out),
        origin: dest.origin,
    }
}

/// Kinds covered by the built-in schema (their lists merge by key; other kinds' lists replace).
fn is_known_kind(gvk: &Gvk) -> bool {
    let builtin_group =
        gvk.group.is_empty() || !gvk.group.contains('.') || gvk.group.ends_with(".k8s.io");
    builtin_group
        && matches!(
            gvk.kind.as_str(),
            "Pod"
                | "PodTemplate"
                | "Deployment"
                | "ReplicaSet"
                | "DaemonSet"
                | "StatefulSet"
                | "Job"
                | "CronJob"
                | "ReplicationController"
                | "Service"
                | "ConfigMap"
                | "Secret"
                | "ServiceAccount"
                | "Namespace"
                | "Role"
                | "ClusterRole"
                | "RoleBinding"
                | "ClusterRoleBinding"
                | "Ingress"
                | "IngressClass"
                | "NetworkPolicy"
                | "PodDisruptionBudget"
                | "HorizontalPodAutoscaler"
                | "PersistentVolumeClaim"
                | "PersistentVolume"
                | "StorageClass"
                | "MutatingWebhookConfiguration"
                | "ValidatingWebhookConfiguration"
                | "CustomResourceDefinition"
                | "APIService"
                | "LimitRange"
                | "ResourceQuota"
                | "PriorityClass"
                | "Endpoints"
                | "EndpointSlice"
                | "Lease"
                | "CSIDriver"
                | "RuntimeClass"
        )
}

/// Indices of the resources a `target` selector picks.
pub fn select(engine: &mut Engine<'_>, kust: &Kust, acc: &Acc, target: &Node) -> Vec<usize> {
    let s = |k: &str| target.get(k).and_then(scalar_string).unwrap_or_default();
    let anchored = |p: String| -> Option<regex::Regex> {
        if p.is_empty() {
            return None;
        }
        regex::Regex::new(&format!("^(?:{p})$")).ok()
    };
    let fields = ["group", "version", "kind", "name", "namespace"];
    let mut rx = Vec::new();
    for f in fields {
        let v = s(f);
        if v.is_empty() {
            rx.push(None);
            continue;
        }
        match anchored(v.clone()) {
            Some(r) => rx.push(Some(r)),
            None => {
                engine.diag(
                    &kust.file,
                    target.get(f).map_or(target.span, |n| n.span),
                    DiagnosticKind::Invalid,
                    format!("`{v}` is not a valid regular expression"),
                );
                return Vec::new();
            }
        }
    }
    let m = |i: usize, v: &str| rx[i].as_ref().is_none_or(|r| r.is_match(v));
    let label_sel = s("labelSelector");
    let anno_sel = s("annotationSelector");
    let mut out = Vec::new();
    for (i, r) in acc.res.iter().enumerate() {
        let cur = r.cur_id();
        let org = r.org_id();
        if !m(4, org.effective_namespace()) && !m(4, cur.effective_namespace()) {
            continue;
        }
        if !m(3, &org.name) && !m(3, &cur.name) {
            continue;
        }
        let gvk = r.gvk();
        if !m(0, &gvk.group) || !m(1, &gvk.version) || !m(2, &gvk.kind) {
            continue;
        }
        if !label_sel.is_empty() && !matches_selector(&label_sel, &r.labels()) {
            continue;
        }
        if !anno_sel.is_empty() && !matches_selector(&anno_sel, &r.annotations()) {
            continue;
        }
        out.push(i);
    }
    out
}

/// A Kubernetes label selector string (`a=b,c!=d,e in (x,y),!f,g`).
pub fn matches_selector(selector: &str, labels: &[(String, String)]) -> bool {
    let get = |k: &str| labels.iter().find(|(l, _)| l == k).map(|(_, v)| v.as_str());
    let mut parts = Vec::new();
    let mut depth = 0;
    let mut cur = String::new();
    for c in selector.chars() {
        match c {
            '(' => {
                depth += 1;
                cur.push(c)
            }
            ')' => {
                depth -= 1;
                cur.push(c)
            }
            ',' if depth == 0 => parts.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    parts.push(cur);
    parts.iter().all(|p| {
        let p = p.trim();
        if p.is_empty() {
            return true;
        }
        let set_values = |rest: &str| -> Vec<String> {
            rest.trim()
                .trim_start_matches('(')
                .trim_end_matches(')')
                .split(',')
                .map(|s| s.trim().to_string())
                .collect()
        };
        if let Some((k, rest)) = p.split_once(" notin ") {
            return get(k.trim()).is_none_or(|v| !set_values(rest).iter().any(|x| x == v));
        }
        if let Some((k, rest)) = p.split_once(" in ") {
            return get(k.trim()).is_some_and(|v| set_values(rest).iter().any(|x| x == v));
        }
        if let Some((k, v)) = p.split_once("!=") {
            return get(k.trim()) != Some(v.trim());
        }
        if let Some((k, v)) = p.split_once("==").or_else(|| p.split_once('=')) {
            return get(k.trim()) == Some(v.trim());
        }
        if let Some(k) = p.strip_prefix('!') {
            return get(k.trim()).is_none();
        }
        get(p).is_some()
    })
}

/// The legacy `patchesJson6902`.
pub fn json6902_legacy(engine: &mut Engine<'_>, kust: &Kust, acc: &mut Acc) {
    let Some(list) = kust.get("patchesJson6902") else {
        return;
    };
    for item in list.items() {
        let Some(source) = load_patch_text(engine, kust, item, "patchesJson6902") else {
            continue;
        };
        let Some(target) = item.get("target").filter(|t| t.is_map()) else {
            engine.diag(
                &kust.file,
                item.span,
                DiagnosticKind::Invalid,
                "a JSON 6902 patch needs a `target`".into(),
            );
            continue;
        };
        let Some(ops) = source.docs.first().cloned() else {
            continue;
        };
        apply_json_to_selected(engine, kust, acc, target, &ops, &source);
    }
}

fn apply_json_to_selected(
    engine: &mut Engine<'_>,
    kust: &Kust,
    acc: &mut Acc,
    target: &Node,
    ops: &Node,
    source: &PatchSource,
) {
    if !ops.is_seq() {
        engine.diag(
            &kust.file,
            source.span,
            DiagnosticKind::ParseError,
            "a JSON 6902 patch must be a list of operations".into(),
        );
        return;
    }
    for i in select(engine, kust, acc, target) {
        let Some(r) = acc.res.get_mut(i) else {
            continue;
        };
        r.store_previous_id();
        if let Err(msg) = crate::patch::json6902(&mut r.node, ops, &source.file, &source.note) {
            engine.diag(
                &source.file,
                msg.1,
                DiagnosticKind::Invalid,
                format!("JSON patch: {}", msg.0),
            );
        }
    }
}

fn pointer(path: &str) -> Option<Vec<String>> {
    if path.is_empty() {
        return Some(Vec::new());
    }
    let rest = path.strip_prefix('/')?;
    Some(
        rest.split('/')
            .map(|t| t.replace("~1", "/").replace("~0", "~"))
            .collect(),
    )
}

fn resolve_mut<'a>(node: &'a mut Node, tokens: &[String]) -> Option<&'a mut Node> {
    let mut cur = node;
    for t in tokens {
        cur = match &mut cur.value {
            Value::Map(entries) => entries
                .iter_mut()
                .find(|e| &e.key == t)
                .map(|e| &mut e.value)?,
            Value::Seq(items) => {
                let i: usize = t.parse().ok()?;
                items.get_mut(i)?
            }
            _ => return None,
        };
    }
    Some(cur)
}

/// Applies RFC 6902 operations; an error names the failing operation's span.
pub fn json6902(
    node: &mut Node,
    ops: &Node,
    file: &Arc<SourceFile>,
    note: &Arc<str>,
) -> Result<(), (String, Span)> {
    for op in ops.items() {
        let kind = op.get("op").and_then(Node::as_str).unwrap_or("");
        let path_s = op.get("path").and_then(scalar_string).unwrap_or_default();
        let err = |m: String| (m, op.span);
        let path = pointer(&path_s).ok_or_else(|| err(format!("bad path `{path_s}`")))?;
        match kind {
            "add" | "replace" => {
                let value = op
                    .get("value")
                    .ok_or_else(|| err(format!("`{kind}` without a value")))?;
                json_set(node, &path, value, kind == "add", file, note)
                    .map_err(|m| err(format!("{m} (`{path_s}`)")))?;
            }
            "remove" => {
                json_remove(node, &path).ok_or_else(|| err(format!("no `{path_s}` to remove")))?;
            }
            "move" | "copy" => {
                let from_s = op.get("from").and_then(scalar_string).unwrap_or_default();
                let from = pointer(&from_s).ok_or_else(|| err(format!("bad from `{from_s}`")))?;
                let value = if kind == "move" {
                    json_remove(node, &from)
                } else {
                    resolve_mut(node, &from).map(|n| n.clone())
                }
                .ok_or_else(|| err(format!("no `{from_s}`")))?;
                json_set_node(node, &path, value, true)
                    .map_err(|m| err(format!("{m} (`{path_s}`)")))?;
            }
            "test" => {
                let value = op
                    .get("value")
                    .cloned()
                    .unwrap_or_else(|| Node::new(Span::default(), Value::Null));
                let actual =
                    resolve_mut(node, &path).ok_or_else(|| err(format!("no `{path_s}`")))?;
                if actual.to_json() != value.to_json() {
                    return Err(err(format!("test failed at `{path_s}`")));
                }
            }
            other => return Err(err(format!("unknown operation `{other}`"))),
        }
    }
    Ok(())
}

fn json_set(
    node: &mut Node,
    path: &[String],
    value: &Node,
    add: bool,
    file: &Arc<SourceFile>,
    note: &Arc<str>,
) -> Result<(), String> {
    let root_span = node.span;
    let anchor = match path.split_last() {
        Some((_, parent)) => resolve_mut(node, parent).map_or(root_span, |p| p.span),
        None => root_span,
    };
    let anchor = resolve_mut(node, path).map_or(anchor, |n| n.span);
    let v = transplant(value, anchor, file, note);
    json_set_node(node, path, v, add)
}

fn json_set_node(node: &mut Node, path: &[String], v: Node, add: bool) -> Result<(), String> {
    let Some((last, parent)) = path.split_last() else {
        *node = v;
        return Ok(());
    };
    let parent = resolve_mut(node, parent).ok_or("the parent does not exist")?;
    let anchor = parent.span;
    match &mut parent.value {
        Value::Map(entries) => {
            if let Some(e) = entries.iter_mut().find(|e| &e.key == last) {
                e.value = v;
            } else if add {
                entries.push(Entry {
                    key: last.clone(),
                    key_span: anchor,
                    value: v,
                });
            } else {
                return Err("no such field to replace".into());
            }
        }
        Value::Seq(items) => {
            if last == "-" && add {
                items.push(v);
            } else {
                let i: usize = last.parse().map_err(|_| "bad index")?;
                if add {
                    if i > items.len() {
                        return Err("index out of range".into());
                    }
                    items.insert(i, v);
                } else {
                    *items.get_mut(i).ok_or("index out of range")? = v;
                }
            }
        }
        _ => return Err("the parent is not a mapping or list".into()),
    }
    Ok(())
}

fn json_remove(node: &mut Node, path: &[String]) -> Option<Node> {
    let (last, parent) = path.split_last()?;
    let parent = resolve_mut(node, parent)?;
    match &mut parent.value {
        Value::Map(entries) => {
            let i = entries.iter().position(|e| &e.key == last)?;
            Some(entries.remove(i).value)
        }
        Value::Seq(items) => {
            let i: usize = last.parse().ok()?;
            (i < items.len()).then(|| items.remove(i))
        }
        _ => None,
    }
}
