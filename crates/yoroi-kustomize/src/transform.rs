//! The built-in transformers, in kustomize's order: patchesStrategicMerge, patches, namespace,
//! namePrefix, nameSuffix, labels/commonLabels, commonAnnotations, patchesJson6902, replicas,
//! images, replacements.

use std::sync::Arc;
use yoroi_syntax::{Node, Value};

use crate::config::FieldSpec;
use crate::engine::{Acc, Engine, Kust};
use crate::fieldspec::visit;
use crate::res::Res;
use crate::tree::{Provenance, map_at, scalar_string, set, string_map};

pub fn run(engine: &mut Engine<'_>, kust: &Kust, acc: &mut Acc) {
    crate::patch::strategic_merge_legacy(engine, kust, acc);
    crate::patch::patches(engine, kust, acc);
    namespace(kust, acc);
    prefix_suffix(kust, acc, "namePrefix");
    prefix_suffix(kust, acc, "nameSuffix");
    labels(kust, acc);
    annotations(kust, acc);
    crate::patch::json6902_legacy(engine, kust, acc);
    replicas(kust, acc);
    images(kust, acc);
    crate::vars::replacements(engine, kust, acc);
}

fn namespace(kust: &Kust, acc: &mut Acc) {
    let Some((ns, span)) = kust.str("namespace") else {
        return;
    };
    let prov = kust.prov(span, "namespace");
    let specs: Vec<FieldSpec> = acc
        .config
        .namespace
        .iter()
        .filter(|f| f.path != "metadata/namespace")
        .cloned()
        .collect();
    for r in &mut acc.res {
        r.store_previous_id();
        let gvk = r.gvk();
        let api_version = gvk.api_version();
        if !gvk.is_cluster_scoped()
            && let Some(meta) = map_at(&mut r.node, "metadata", &prov)
        {
            set_scalar(meta, "namespace", &ns, &prov);
        }
        let role_binding = gvk.kind == "RoleBinding" || gvk.kind == "ClusterRoleBinding";
        if role_binding
            && let Some(Node {
                value: Value::Seq(subjects),
                ..
            }) = crate::tree::get_mut(&mut r.node, "subjects")
        {
            for s in subjects {
                if s.get("name").and_then(Node::as_str) == Some("default") {
                    set_scalar(s, "namespace", &ns, &prov);
                }
            }
        }
        for f in &specs {
            if !f.applies_to(&gvk) {
                continue;
            }
            if f.path == "metadata/name" && api_version != "v1" {
                continue;
            }
            if role_binding && f.path == "subjects/namespace" {
                continue;
            }
            visit(
                &mut r.node,
                &f.path,
                f.create,
                &Value::Str(String::new()),
                &prov,
                &mut |n| replace_scalar(n, &ns, &prov),
            );
        }
    }
}

/// Sets a scalar field, keeping the existing node when the value is already right.
pub fn set_scalar(node: &mut Node, key: &str, value: &str, prov: &Provenance) {
    if node.get(key).and_then(Node::as_str) == Some(value) {
        return;
    }
    let anchor = node.get(key).map_or(node.span, |n| n.span);
    set(node, key, prov.string(anchor, value));
}

fn replace_scalar(n: &mut Node, value: &str, prov: &Provenance) {
    if n.as_str() == Some(value) || n.is_map() || n.is_seq() {
        return;
    }
    *n = prov.string(n.span, value);
}

fn prefix_suffix(kust: &Kust, acc: &mut Acc, field: &str) {
    let Some((affix, span)) = kust.str(field) else {
        return;
    };
    let prov = kust.prov(span, field);
    let is_prefix = field == "namePrefix";
    let specs = if is_prefix {
        acc.config.name_prefix.clone()
    } else {
        acc.config.name_suffix.clone()
    };
    for r in &mut acc.res {
        let org = r.org_id().gvk;
        let skip = org.kind == "CustomResourceDefinition"
            || org.kind == "Namespace"
            || (org.kind == "APIService" && org.group == "apiregistration.k8s.io");
        if skip {
            continue;
        }
        for f in &specs {
            if !f.applies_to(&org) {
                continue;
            }
            if f.path == "metadata/name" {
                if is_prefix {
                    r.prefixes.push(affix.clone());
                } else {
                    r.suffixes.push(affix.clone());
                }
                r.store_previous_id();
            }
            visit(
                &mut r.node,
                &f.path,
                f.create,
                &Value::Str(String::new()),
                &prov,
                &mut |n| {
                    if let Some(s) = n.as_str() {
                        let new = if is_prefix {
                            format!("{affix}{s}")
                        } else {
                            format!("{s}{affix}")
                        };
                        *n = prov.string(n.span, new);
                    }
                },
            );
        }
    }
}

/// Adds string pairs to the mapping at each field spec.
fn add_pairs(r: &mut Res, specs: &[FieldSpec], pairs: &[(String, String, Arc<Provenance>)]) {
    let gvk = r.gvk();
    let Some(first) = pairs.first() else {
        return;
    };
    let prov = Arc::clone(&first.2);
    for f in specs {
        if !f.applies_to(&gvk) {
            continue;
        }
        visit(
            &mut r.node,
            &f.path,
            f.create,
            &Value::Map(Vec::new()),
            &prov,
            &mut |n| {
                if n.is_null() {
                    *n = prov.scalar(n.span, Value::Map(Vec::new()));
                }
                if !n.is_map() {
                    return;
                }
                for (k, v, p) in pairs {
                    set_scalar(n, k, v, p);
                }
            },
        );
    }
}

fn pairs_of(kust: &Kust, node: &Node, field: &str) -> Vec<(String, String, Arc<Provenance>)> {
    string_map(node)
        .into_iter()
        .map(|(k, v, span)| (k, v, Arc::new(kust.prov(span, field))))
        .collect()
}

fn labels(kust: &Kust, acc: &mut Acc) {
    if let Some(list) = kust.get("labels") {
        for item in list.items() {
            let Some(pairs_node) = item.get("pairs") else {
                continue;
            };
            let pairs = pairs_of(kust, pairs_node, "labels");
            if pairs.is_empty() {
                continue;
            }
            let flag = |k: &str| item.get(k).and_then(Node::as_bool).unwrap_or(false);
            let mut specs: Vec<FieldSpec> = item
                .get("fields")
                .map(|n| {
                    n.items()
                        .filter_map(|f| {
                            let s = |k: &str| f.get(k).and_then(scalar_string).unwrap_or_default();
                            let path = s("path");
                            (!path.is_empty()).then(|| FieldSpec {
                                group: s("group"),
                                version: s("version"),
                                kind: s("kind"),
                                path,
                                create: f.get("create").and_then(Node::as_bool).unwrap_or(false),
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            let mut push = |v: &[FieldSpec]| {
                for f in v {
                    if !specs.contains(f) {
                        specs.push(f.clone());
                    }
                }
            };
            push(&acc.config.labels);
            if flag("includeSelectors") {
                push(&acc.config.common_labels);
            } else {
                if flag("includeTemplates") {
                    push(&acc.config.template_labels);
                }
                push(&[FieldSpec {
                    group: String::new(),
                    version: String::new(),
                    kind: String::new(),
                    path: "metadata/labels".into(),
                    create: true,
                }]);
            }
            for r in &mut acc.res {
                add_pairs(r, &specs, &pairs);
            }
        }
    }
    if let Some(n) = kust.get("commonLabels") {
        let pairs = pairs_of(kust, n, "commonLabels");
        let specs = acc.config.common_labels.clone();
        for r in &mut acc.res {
            add_pairs(r, &specs, &pairs);
        }
    }
}

fn annotations(kust: &Kust, acc: &mut Acc) {
    if let Some(n) = kust.get("commonAnnotations") {
        let pairs = pairs_of(kust, n, "commonAnnotations");
        let specs = acc.config.common_annotations.clone();
        for r in &mut acc.res {
            add_pairs(r, &specs, &pairs);
        }
    }
}

fn replicas(kust: &Kust, acc: &mut Acc) {
    let Some(list) = kust.get("replicas") else {
        return;
    };
    for item in list.items() {
        let Some(name) = item.get("name").and_then(scalar_string) else {
            continue;
        };
        let Some(count_node) = item.get("count") else {
            continue;
        };
        let Some(count) = count_node.as_i64() else {
            continue;
        };
        let prov = kust.prov(count_node.span, "replicas");
        let specs = acc.config.replicas.clone();
        for r in &mut acc.res {
            let matches = r.name() == name || r.prev_ids.iter().any(|id| id.name == name);
            if !matches {
                continue;
            }
            let gvk = r.gvk();
            for f in &specs {
                if !f.applies_to(&gvk) {
                    continue;
                }
                visit(
                    &mut r.node,
                    &f.path,
                    f.create,
                    &Value::Int(0),
                    &prov,
                    &mut |n| {
                        if n.as_i64() != Some(count) || !matches!(n.value, Value::Int(_)) {
                            *n = prov.scalar(n.span, Value::Int(count));
                        }
                    },
                );
            }
        }
    }
}

struct ImageRule {
    pattern: regex::Regex,
    new_name: String,
    new_tag: String,
    digest: String,
    tag_suffix: String,
    prov: Provenance,
}

fn images(kust: &Kust, acc: &mut Acc) {
    let mut rules = Vec::new();
    for key in ["images", "imageTags"] {
        let Some(list) = kust.get(key) else { continue };
        for item in list.items() {
            let s = |k: &str| item.get(k).and_then(scalar_string).unwrap_or_default();
            let name = s("name");
            if name.is_empty() {
                continue;
            }
            let Ok(pattern) = regex::Regex::new(&format!(
                "^{name}(:[a-zA-Z0-9_.{{}}-]*)?(@[a-zA-Z0-9]+([.+_-][a-zA-Z0-9]+)*:[a-zA-Z0-9_.{{}}-]*)?$"
            )) else {
                continue;
            };
            rules.push(ImageRule {
                pattern,
                new_name: s("newName"),
                new_tag: s("newTag"),
                digest: s("digest"),
                tag_suffix: s("tagSuffix"),
                prov: kust.prov(item.span, key),
            });
        }
    }
    if rules.is_empty() {
        return;
    }
    let specs = acc.config.images.clone();
    for r in &mut acc.res {
        let gvk = r.gvk();
        for rule in &rules {
            // The legacy updater: every `containers` / `initContainers` list anywhere.
            legacy_images(&mut r.node, rule, 0);
            for f in &specs {
                if !f.applies_to(&gvk) {
                    continue;
                }
                // Only existing image fields: creating one would invent a container image.
                visit(
                    &mut r.node,
                    &f.path,
                    false,
                    &Value::Null,
                    &rule.prov,
                    &mut |n| update_image(n, rule),
                );
            }
        }
    }
}

fn legacy_images(node: &mut Node, rule: &ImageRule, depth: usize) {
    if depth > crate::tree::MAX_WALK_DEPTH {
        return;
    }
    match &mut node.value {
        Value::Map(entries) => {
            for e in entries {
                if (e.key == "containers" || e.key == "initContainers")
                    && let Value::Seq(items) = &mut e.value.value
                {
                    for c in items {
                        if let Some(img) = crate::tree::get_mut(c, "image") {
                            update_image(img, rule);
                        }
                    }
                }
                legacy_images(&mut e.value, rule, depth + 1);
            }
        }
        Value::Seq(items) => {
            for i in items {
                legacy_images(i, rule, depth + 1);
            }
        }
        _ => {}
    }
}

fn update_image(n: &mut Node, rule: &ImageRule) {
    let Some(value) = n.as_str() else { return };
    if !rule.pattern.is_match(value) {
        return;
    }
    let (mut name, mut tag, mut digest) = split_image(value);
    if !rule.new_name.is_empty() {
        name = rule.new_name.clone();
    }
    if !rule.new_tag.is_empty() && !rule.digest.is_empty() {
        tag = rule.new_tag.clone();
        digest = rule.digest.clone();
    } else if !rule.new_tag.is_empty() {
        tag = rule.new_tag.clone();
        digest.clear();
    } else if !rule.digest.is_empty() {
        tag.clear();
        digest = rule.digest.clone();
    } else if !rule.tag_suffix.is_empty() {
        tag.push_str(&rule.tag_suffix);
        digest.clear();
    }
    let mut out = name;
    if !tag.is_empty() {
        out.push(':');
        out.push_str(&tag);
    }
    if !digest.is_empty() {
        out.push('@');
        out.push_str(&digest);
    }
    if out != value {
        *n = rule.prov.string(n.span, out);
    }
}

/// kustomize's image.Split: name, tag, digest.
pub fn split_image(image: &str) -> (String, String, String) {
    let slash = image.find('/').filter(|&i| i > 0).unwrap_or(0);
    let search = &image[slash..];
    let id = search.find('@');
    let ic = search.find(':');
    match (id, ic) {
        (None, None) => (image.to_string(), String::new(), String::new()),
        (Some(d), c) if c.is_none_or(|c| d < c) => {
            let d = d + slash;
            (
                image[..d].to_string(),
                String::new(),
                image[d + 1..].to_string(),
            )
        }
        (Some(d), Some(c)) => {
            let (d, c) = (d + slash, c + slash);
            (
                image[..c].to_string(),
                image[c + 1..d].to_string(),
                image[d + 1..].to_string(),
            )
        }
        (None, Some(c)) => {
            let c = c + slash;
            (
                image[..c].to_string(),
                image[c + 1..].to_string(),
                String::new(),
            )
        }
        (Some(_), None) => (image.to_string(), String::new(), String::new()),
    }
}
