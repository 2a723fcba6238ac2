//! Terraform's Kubernetes provider (`kubernetes_deployment`, `kubernetes_role_v1`,
//! `kubernetes_manifest`, …) seen as Kubernetes objects, so one set of Kubernetes rules serves
//! both syntaxes.
//!
//! The provider writes the same API objects in HCL: snake_case names (`security_context`,
//! `run_as_non_root`) and repeated blocks (`container { … } container { … }`, `rule { … }`) where
//! the API has camelCase names and lists (`containers`, `rules`). The conversion renames keys and
//! gathers repeated blocks into lists; every node keeps its span in the `.tf` file, so findings
//! point at the Terraform lines, and unknown values stay unknown. `kubernetes_manifest` already
//! holds the API object in its `manifest` argument and is taken as written.

use crate::kubernetes::K8sObject;
use crate::node::{Entry, Node, Origin, Value};
use crate::terraform::{Block, Module};
use std::sync::{Arc, OnceLock};

/// The Kubernetes kind and apiVersion a provider resource type stands for. The unsuffixed names
/// are the provider's deprecated aliases; where they still use a beta API (`kubernetes_ingress`,
/// `kubernetes_cron_job`, `kubernetes_pod_disruption_budget`), that is the version they send.
/// `kubernetes_manifest` is not here: its kind is in its `manifest` (see [`is_object_type`]).
pub fn kind_of(resource_type: &str) -> Option<(&'static str, &'static str)> {
    const RBAC: &str = "rbac.authorization.k8s.io/v1";
    const ADMISSION: &str = "admissionregistration.k8s.io/v1";
    Some(match resource_type {
        "kubernetes_pod" | "kubernetes_pod_v1" => ("Pod", "v1"),
        "kubernetes_deployment" | "kubernetes_deployment_v1" => ("Deployment", "apps/v1"),
        "kubernetes_stateful_set" | "kubernetes_stateful_set_v1" => ("StatefulSet", "apps/v1"),
        "kubernetes_daemonset" | "kubernetes_daemon_set" | "kubernetes_daemon_set_v1" => {
            ("DaemonSet", "apps/v1")
        }
        "kubernetes_replication_controller" | "kubernetes_replication_controller_v1" => {
            ("ReplicationController", "v1")
        }
        "kubernetes_job" | "kubernetes_job_v1" => ("Job", "batch/v1"),
        "kubernetes_cron_job" => ("CronJob", "batch/v1beta1"),
        "kubernetes_cron_job_v1" => ("CronJob", "batch/v1"),
        "kubernetes_role" | "kubernetes_role_v1" => ("Role", RBAC),
        "kubernetes_cluster_role" | "kubernetes_cluster_role_v1" => ("ClusterRole", RBAC),
        "kubernetes_role_binding" | "kubernetes_role_binding_v1" => ("RoleBinding", RBAC),
        "kubernetes_cluster_role_binding" | "kubernetes_cluster_role_binding_v1" => {
            ("ClusterRoleBinding", RBAC)
        }
        "kubernetes_service" | "kubernetes_service_v1" => ("Service", "v1"),
        "kubernetes_ingress" => ("Ingress", "networking.k8s.io/v1beta1"),
        "kubernetes_ingress_v1" => ("Ingress", "networking.k8s.io/v1"),
        "kubernetes_network_policy" | "kubernetes_network_policy_v1" => {
            ("NetworkPolicy", "networking.k8s.io/v1")
        }
        "kubernetes_namespace" | "kubernetes_namespace_v1" => ("Namespace", "v1"),
        "kubernetes_service_account"
        | "kubernetes_service_account_v1"
        | "kubernetes_default_service_account"
        | "kubernetes_default_service_account_v1" => ("ServiceAccount", "v1"),
        "kubernetes_secret" | "kubernetes_secret_v1" | "kubernetes_secret_v1_data" => {
            ("Secret", "v1")
        }
        "kubernetes_config_map" | "kubernetes_config_map_v1" | "kubernetes_config_map_v1_data" => {
            ("ConfigMap", "v1")
        }
        "kubernetes_horizontal_pod_autoscaler" | "kubernetes_horizontal_pod_autoscaler_v1" => {
            ("HorizontalPodAutoscaler", "autoscaling/v1")
        }
        "kubernetes_horizontal_pod_autoscaler_v2beta2" => {
            ("HorizontalPodAutoscaler", "autoscaling/v2beta2")
        }
        "kubernetes_horizontal_pod_autoscaler_v2" => ("HorizontalPodAutoscaler", "autoscaling/v2"),
        "kubernetes_persistent_volume_claim" | "kubernetes_persistent_volume_claim_v1" => {
            ("PersistentVolumeClaim", "v1")
        }
        "kubernetes_pod_disruption_budget" => ("PodDisruptionBudget", "policy/v1beta1"),
        "kubernetes_pod_disruption_budget_v1" => ("PodDisruptionBudget", "policy/v1"),
        "kubernetes_limit_range" | "kubernetes_limit_range_v1" => ("LimitRange", "v1"),
        "kubernetes_resource_quota" | "kubernetes_resource_quota_v1" => ("ResourceQuota", "v1"),
        // Removed from the provider in v2.24 (PodSecurityPolicy left Kubernetes in 1.25), still
        // found in older configurations.
        "kubernetes_pod_security_policy" | "kubernetes_pod_security_policy_v1beta1" => {
            ("PodSecurityPolicy", "policy/v1beta1")
        }
        "kubernetes_validating_webhook_configuration"
        | "kubernetes_validating_webhook_configuration_v1" => {
            ("ValidatingWebhookConfiguration", ADMISSION)
        }
        "kubernetes_mutating_webhook_configuration"
        | "kubernetes_mutating_webhook_configuration_v1" => {
            ("MutatingWebhookConfiguration", ADMISSION)
        }
        "kubernetes_api_service" | "kubernetes_api_service_v1" => {
            ("APIService", "apiregistration.k8s.io/v1")
        }
        _ => return None,
    })
}

/// Whether a resource of this type manages one Kubernetes object (or part of one).
pub fn is_object_type(resource_type: &str) -> bool {
    resource_type == "kubernetes_manifest"
        || is_metadata_patch(resource_type)
        || kind_of(resource_type).is_some()
}

/// `kubernetes_labels` and `kubernetes_annotations`: labels or annotations put on an object of
/// any kind (named by `api_version`, `kind` and `metadata`) that exists already.
fn is_metadata_patch(resource_type: &str) -> bool {
    matches!(
        resource_type,
        "kubernetes_labels" | "kubernetes_annotations"
    )
}

/// Resources that patch part of an object that exists already (its data, its labels).
fn is_patch(resource_type: &str) -> bool {
    resource_type.ends_with("_v1_data")
}

/// Kinds without a namespace. The provider puts every other object in `default` when its
/// `metadata` names no namespace.
fn is_cluster_scoped(kind: &str) -> bool {
    matches!(
        kind,
        "Namespace"
            | "ClusterRole"
            | "ClusterRoleBinding"
            | "PodSecurityPolicy"
            | "ValidatingWebhookConfiguration"
            | "MutatingWebhookConfiguration"
            | "APIService"
            | "PersistentVolume"
    )
}

/// A block (or an attribute holding a list) that stands for an API list, and the list's name.
/// `parent` is the provider's name of the enclosing block (`None` at the resource's top level).
fn list_name(kind: &str, parent: Option<&str>, key: &str) -> Option<&'static str> {
    Some(match key {
        "container" => "containers",
        "init_container" => "initContainers",
        "ephemeral_container" => "ephemeralContainers",
        "volume" => "volumes",
        "volume_mount" => "volumeMounts",
        "volume_device" => "volumeDevices",
        // An Ingress v1 backend's `service { port { number = 80 } }` is a single port.
        "port" if parent != Some("service") => "ports",
        "env" => "env",
        "env_from" => "envFrom",
        "toleration" => "tolerations",
        "sysctl" => "sysctls",
        "image_pull_secrets" | "image_pull_secret" => "imagePullSecrets",
        "host_aliases" => "hostAliases",
        "topology_spread_constraint" => "topologySpreadConstraints",
        "readiness_gate" => "readinessGates",
        "match_expressions" | "match_expression" => "matchExpressions",
        "match_fields" => "matchFields",
        "node_selector_term" => "nodeSelectorTerms",
        "preferred_during_scheduling_ignored_during_execution" => {
            "preferredDuringSchedulingIgnoredDuringExecution"
        }
        // A node affinity's required terms are one node selector, a pod affinity's a list.
        "required_during_scheduling_ignored_during_execution"
            if parent != Some("node_affinity") =>
        {
            "requiredDuringSchedulingIgnoredDuringExecution"
        }
        "volume_claim_template" => "volumeClaimTemplates",
        "items" => "items",
        "sources" => "sources",
        "http_header" => "httpHeaders",
        "option" => "options",
        // RBAC rules, Ingress rules, webhook rules.
        "rule" => "rules",
        "subject" => "subjects",
        // A ServiceAccount's secrets (a pod volume's `secret` is one block).
        "secret" if kind == "ServiceAccount" && parent.is_none() => "secrets",
        // NetworkPolicy rules and peers.
        "ingress" => "ingress",
        "egress" => "egress",
        "from" => "from",
        "to" => "to",
        "ports" => "ports",
        // An Ingress's TLS entries.
        "tls" => "tls",
        "path" if parent == Some("http") => "paths",
        "limit" if kind == "LimitRange" => "limits",
        // An autoscaler's metrics (inside one, `object { metric { … } }` is a single block).
        "metric" if parent == Some("spec") => "metrics",
        "policy" if matches!(parent, Some("scale_up" | "scale_down")) => "policies",
        "cluster_role_selectors" => "clusterRoleSelectors",
        "webhook" => "webhooks",
        "host_ports" => "hostPorts",
        "allowed_host_paths" => "allowedHostPaths",
        "allowed_flex_volumes" => "allowedFlexVolumes",
        "range" => "ranges",
        _ => return None,
    })
}

/// Maps whose keys are the user's own (label names, resource names, data keys): their keys are
/// copied as written.
fn is_free_form(kind: &str, parent: Option<&str>, key: &str) -> bool {
    match key {
        "labels" | "annotations" | "limits" | "requests" | "node_selector" | "match_labels"
        | "data" | "binary_data" | "data_wo" | "binary_data_wo" | "hard" | "capacity" => true,
        "default" | "default_request" | "max" | "min" | "max_limit_request_ratio" => {
            parent == Some("limit")
        }
        // A Service's (and a ReplicationController's) selector is a plain label map; a
        // workload's is a `selector { match_labels = … }` block.
        "selector" => matches!(kind, "Service" | "ReplicationController") && parent == Some("spec"),
        _ => false,
    }
}

/// `run_as_non_root` → `runAsNonRoot`, with the API's own spellings where they differ.
fn camel(key: &str) -> String {
    let special = match key {
        "host_pid" => "hostPID",
        "host_ipc" => "hostIPC",
        "host_ip" => "hostIP",
        "se_linux_options" => "seLinuxOptions",
        "se_linux" => "seLinux",
        "external_ips" => "externalIPs",
        "cluster_ip" => "clusterIP",
        "cluster_ips" => "clusterIPs",
        "load_balancer_ip" => "loadBalancerIP",
        "client_ip" => "clientIP",
        "insecure_skip_tls_verify" => "insecureSkipTLSVerify",
        "non_resource_urls" => "nonResourceURLs",
        "target_cpu_utilization_percentage" => "targetCPUUtilizationPercentage",
        // A Secret's write-only data (kept out of the state) is its data all the same.
        "data_wo" => "data",
        "binary_data_wo" => "binaryData",
        _ => "",
    };
    if !special.is_empty() {
        return special.into();
    }
    let mut out = String::with_capacity(key.len());
    let mut upper = false;
    for c in key.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// A provider resource as the Kubernetes object it manages; `None` for other resources and for a
/// `kubernetes_manifest` whose kind or apiVersion is unknown. References to other resources stay
/// unknown (see [`object_in`]).
pub fn object_of(block: &Block) -> Option<K8sObject> {
    if block.kind != "resource" {
        return None;
    }
    let resource_type = block.resource_type()?;
    if resource_type == "kubernetes_manifest" {
        return manifest_object(block);
    }
    if is_metadata_patch(resource_type) {
        return metadata_patch_object(block);
    }
    let (kind, mut api_version) = kind_of(resource_type)?;
    // The deprecated `kubernetes_horizontal_pod_autoscaler` switches to autoscaling/v2beta2
    // when it is given metrics or a scaling behaviour.
    if resource_type == "kubernetes_horizontal_pod_autoscaler"
        && block
            .body
            .get("spec")
            .is_some_and(|s| s.get("metric").is_some() || s.get("behavior").is_some())
    {
        api_version = "autoscaling/v2beta2";
    }
    let mut body = convert(&block.body, kind, None);
    let partial = is_patch(resource_type);
    if let Value::Map(entries) = &mut body.value
        && let Some(metadata) = entries.iter_mut().find(|e| e.key == "metadata")
        && let Value::Map(fields) = &mut metadata.value.value
    {
        let at = metadata.value.span;
        // `kubernetes_default_service_account` manages the namespace's `default` account.
        if resource_type.starts_with("kubernetes_default_service_account")
            && !fields.iter().any(|f| f.key == "name")
        {
            fields.push(Entry {
                key: "name".into(),
                key_span: metadata.key_span,
                value: Node::new(at, Value::Str("default".into())),
            });
        }
        if !partial && !is_cluster_scoped(kind) && !fields.iter().any(|f| f.key == "namespace") {
            fields.push(Entry {
                key: "namespace".into(),
                key_span: metadata.key_span,
                value: Node::new(at, Value::Str("default".into())),
            });
        }
    }
    if !partial {
        unsettable(&mut body, kind, block);
    }
    let mut entries = vec![
        Entry {
            key: "apiVersion".into(),
            key_span: block.header,
            value: Node::new(block.header, Value::Str(api_version.into())),
        },
        Entry {
            key: "kind".into(),
            key_span: block.header,
            value: Node::new(block.header, Value::Str(kind.into())),
        },
    ];
    if let Value::Map(rest) = body.value {
        entries.extend(rest);
    }
    let mut object = K8sObject {
        api_version: api_version.into(),
        kind: kind.into(),
        name: None,
        namespace: None,
        root: Node::new(block.span, Value::Map(entries)),
        kind_span: block.header,
        document: 0,
        pod_spec_path: crate::kubernetes::builtin_pod_spec_path(api_version, kind)
            .map(|p| p.iter().map(|k| (*k).to_owned()).collect()),
        partial,
        // Findings name the Terraform resource, which is what the user edits.
        address: Some(block.address()),
    };
    refresh_names(&mut object);
    Some(object)
}

/// API fields the provider's typed resources have no argument for, by kind: (parent, key). The
/// cluster applies its default, which the configuration cannot change short of a
/// `kubernetes_manifest`, so a rule asking for the field cannot be answered: it is unknown.
const UNSETTABLE: &[(&str, &str, &str)] =
    &[("PodDisruptionBudget", "spec", "unhealthyPodEvictionPolicy")];

fn unsettable(body: &mut Node, kind: &str, block: &Block) {
    for (_, parent, key) in UNSETTABLE.iter().filter(|(k, _, _)| *k == kind) {
        let Value::Map(entries) = &mut body.value else {
            return;
        };
        let Some(parent) = entries.iter_mut().find(|e| e.key == *parent) else {
            continue;
        };
        if let Value::Map(fields) = &mut parent.value.value
            && !fields.iter().any(|f| f.key == *key)
        {
            fields.push(Entry {
                key: (*key).to_string(),
                key_span: block.header,
                value: Node::unknown(block.header),
            });
        }
    }
}

/// `kubernetes_manifest`: the `manifest` argument is the API object, written as an HCL object.
fn manifest_object(block: &Block) -> Option<K8sObject> {
    let manifest = block.body.get("manifest")?;
    let kind_node = manifest.get("kind")?;
    let kind = kind_node.as_str()?.to_owned();
    let api_version = manifest.get("apiVersion")?.as_str()?.to_owned();
    let mut object = K8sObject {
        pod_spec_path: crate::kubernetes::builtin_pod_spec_path(&api_version, &kind)
            .map(|p| p.iter().map(|k| (*k).to_owned()).collect()),
        kind_span: kind_node.span,
        api_version,
        kind,
        name: None,
        namespace: None,
        root: manifest.clone(),
        document: 0,
        partial: false,
        address: Some(block.address()),
    };
    refresh_names(&mut object);
    Some(object)
}

/// `kubernetes_labels` / `kubernetes_annotations` as the part of the object they set: its
/// metadata's labels or annotations (and, for `template_annotations`, its pod template's).
fn metadata_patch_object(block: &Block) -> Option<K8sObject> {
    let body = &block.body;
    let kind_node = body.get("kind")?;
    let kind = kind_node.as_str()?.to_owned();
    let api_version_node = body.get("api_version")?;
    let api_version = api_version_node.as_str()?.to_owned();
    let metadata = body.get("metadata")?;
    let mut fields: Vec<Entry> = metadata.entries().cloned().collect();
    let mut entries = vec![
        Entry {
            key: "apiVersion".into(),
            key_span: api_version_node.span,
            value: api_version_node.clone(),
        },
        Entry {
            key: "kind".into(),
            key_span: kind_node.span,
            value: kind_node.clone(),
        },
    ];
    for key in ["labels", "annotations"] {
        if let Some(entry) = body.entry(key) {
            fields.push(entry.clone());
        }
    }
    if let Some(template) = body.entry("template_annotations") {
        let annotations = Entry {
            key: "annotations".into(),
            ..template.clone()
        };
        let metadata = Node::new(template.value.span, Value::Map(vec![annotations]));
        let template_node = Node::new(
            template.value.span,
            Value::Map(vec![Entry {
                key: "metadata".into(),
                key_span: template.key_span,
                value: metadata,
            }]),
        );
        entries.push(Entry {
            key: "spec".into(),
            key_span: template.key_span,
            value: Node::new(
                template.value.span,
                Value::Map(vec![Entry {
                    key: "template".into(),
                    key_span: template.key_span,
                    value: template_node,
                }]),
            ),
        });
    }
    entries.push(Entry {
        key: "metadata".into(),
        key_span: body.entry("metadata").map_or(block.header, |e| e.key_span),
        value: Node::new(metadata.span, Value::Map(fields)),
    });
    let mut object = K8sObject {
        pod_spec_path: crate::kubernetes::builtin_pod_spec_path(&api_version, &kind)
            .map(|p| p.iter().map(|k| (*k).to_owned()).collect()),
        kind_span: block.header,
        api_version,
        kind,
        name: None,
        namespace: None,
        root: Node::new(block.span, Value::Map(entries)),
        document: 0,
        // The rest of the object is written elsewhere.
        partial: true,
        address: Some(block.address()),
    };
    refresh_names(&mut object);
    Some(object)
}

/// As [`object_of`], with the references to another Kubernetes resource's name resolved where
/// the module says what it is: `kubernetes_namespace_v1.app.metadata[0].name` (or `.id` of a
/// namespace) is the `metadata.name` written in that resource, so an object placed in that
/// namespace, a binding to that service account or an autoscaler of that deployment can be
/// related to it.
///
/// `kubernetes_labels` and `kubernetes_annotations` that target an object the module defines are
/// merged into that object (and give no object of their own), so a Namespace labelled for Pod
/// Security that way is seen with its labels; those that target an object defined elsewhere are
/// partial objects.
pub fn object_in(module: &Module, block: &Block) -> Option<K8sObject> {
    let mut object = resolved(module, block)?;
    let resource_type = block.resource_type()?;
    if is_metadata_patch(resource_type) {
        let defined = module.blocks.iter().any(|b| {
            b.kind == "resource"
                && b.module_path == block.module_path
                && b.resource_type()
                    .and_then(kind_of)
                    .is_some_and(|(kind, _)| kind == object.kind)
                && resolved(module, b).is_some_and(|target| is_target(&object, &target))
        });
        return (!defined).then_some(object);
    }
    for patch_type in ["kubernetes_labels", "kubernetes_annotations"] {
        for patch_block in module
            .of_type(patch_type)
            .filter(|p| p.kind == "resource" && p.module_path == block.module_path)
        {
            if let Some(patch) = resolved(module, patch_block)
                && is_target(&patch, &object)
            {
                merge_metadata(&mut object, &patch, module, block, patch_block);
            }
        }
    }
    Some(object)
}

/// [`object_of`] with references to other objects' names resolved.
fn resolved(module: &Module, block: &Block) -> Option<K8sObject> {
    let mut object = object_of(block)?;
    let file = module.file(block);
    resolve(&mut object.root, module, block, &file.text);
    refresh_names(&mut object);
    Some(object)
}

/// Whether a labels or annotations patch names this object.
fn is_target(patch: &K8sObject, object: &K8sObject) -> bool {
    patch.kind == object.kind
        && patch.name.is_some()
        && patch.name == object.name
        && match (&patch.namespace, &object.namespace) {
            (Some(a), Some(b)) => a == b,
            (None, None) => true,
            (None, Some(ns)) => ns == "default",
            (Some(_), None) => false,
        }
}

/// Adds a patch's labels and annotations to the object's metadata. A value written in another
/// file than the object keeps its place as the origin, and points at the object's metadata.
fn merge_metadata(
    object: &mut K8sObject,
    patch: &K8sObject,
    module: &Module,
    block: &Block,
    patch_block: &Block,
) {
    let same_file = module.file(block).path == module.file(patch_block).path;
    let Value::Map(root) = &mut object.root.value else {
        return;
    };
    let Some(metadata) = root.iter_mut().find(|e| e.key == "metadata") else {
        return;
    };
    let at = metadata.value.span;
    let Value::Map(fields) = &mut metadata.value.value else {
        return;
    };
    for key in ["labels", "annotations"] {
        let Some(added) = patch.root.get("metadata").and_then(|m| m.get(key)) else {
            continue;
        };
        let mut entries: Vec<Entry> = added.entries().cloned().collect();
        if !same_file {
            for entry in &mut entries {
                let written = entry.value.span;
                entry.key_span = at;
                entry.value.span = at;
                entry.value.origin.get_or_insert_with(|| {
                    Arc::new(Origin {
                        file: Arc::clone(module.file(patch_block)),
                        span: written,
                        note: format!("set by `{}`", patch_block.address()),
                    })
                });
            }
        }
        match fields.iter_mut().find(|f| f.key == key) {
            Some(existing) => {
                if let Value::Map(map) = &mut existing.value.value {
                    map.retain(|e| !entries.iter().any(|n| n.key == e.key));
                    map.extend(entries);
                }
            }
            None => fields.push(Entry {
                key: key.to_string(),
                key_span: at,
                value: Node::new(at, Value::Map(entries)),
            }),
        }
    }
}

/// `name` and `namespace` from the object's metadata.
fn refresh_names(object: &mut K8sObject) {
    let metadata = object.root.get("metadata");
    object.name = metadata
        .and_then(|m| m.get("name").or_else(|| m.get("generateName")))
        .and_then(Node::as_str)
        .map(str::to_owned);
    object.namespace = metadata
        .and_then(|m| m.get("namespace"))
        .and_then(Node::as_str)
        .map(str::to_owned);
}

/// `kubernetes_namespace_v1.app.metadata[0].name`, `….metadata.0.namespace`, `….id`.
fn reference_pattern() -> &'static regex::Regex {
    static PATTERN: OnceLock<regex::Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        regex::Regex::new(
            r"^(kubernetes_[a-z0-9_]+)\.([A-Za-z_][A-Za-z0-9_-]*)\.(?:metadata(?:\[0\]|\.0)\.(name|namespace)|(id))$",
        )
        .expect("valid pattern")
    })
}

fn resolve(node: &mut Node, module: &Module, block: &Block, text: &str) {
    match &mut node.value {
        Value::Map(entries) => {
            for entry in entries {
                resolve(&mut entry.value, module, block, text);
            }
        }
        Value::Seq(items) => {
            for item in items {
                resolve(item, module, block, text);
            }
        }
        Value::Unknown if node.origin.is_none() => {
            let Some(written) = text.get(node.span.range()) else {
                return;
            };
            if let Some((value, origin)) = referenced_name(written.trim(), module, block) {
                node.value = Value::Str(value);
                node.origin = Some(Arc::new(origin));
            }
        }
        _ => {}
    }
}

/// The literal name or namespace a reference stands for, and where it is written.
fn referenced_name(written: &str, module: &Module, from: &Block) -> Option<(String, Origin)> {
    let captures = reference_pattern().captures(written)?;
    let (resource_type, name) = (captures.get(1)?.as_str(), captures.get(2)?.as_str());
    let attribute = match (captures.get(3), captures.get(4)) {
        (Some(a), _) => a.as_str(),
        // Only a namespace's id is its name.
        (None, Some(_)) if kind_of(resource_type).is_some_and(|(k, _)| k == "Namespace") => "name",
        _ => return None,
    };
    let target = module.blocks.iter().find(|b| {
        b.kind == "resource"
            && b.instance.is_none()
            && b.module_path == from.module_path
            && b.labels.first().map(String::as_str) == Some(resource_type)
            && b.labels.get(1).map(String::as_str) == Some(name)
    })?;
    let (kind, _) = kind_of(resource_type)?;
    let metadata = target.body.get("metadata")?;
    let (value, span) = match metadata.get(attribute) {
        Some(node) => (node.as_str()?.to_owned(), node.span),
        // What the provider fills in when the argument is left out.
        None => match attribute {
            "name" if resource_type.starts_with("kubernetes_default_service_account") => {
                ("default".to_owned(), metadata.span)
            }
            "namespace" if !is_cluster_scoped(kind) && !is_patch(resource_type) => {
                ("default".to_owned(), metadata.span)
            }
            _ => return None,
        },
    };
    let origin = Origin {
        file: Arc::clone(module.file(target)),
        span,
        note: format!("`metadata.{attribute}` of `{}`", target.address()),
    };
    Some((value, origin))
}

fn convert(node: &Node, kind: &str, parent: Option<&str>) -> Node {
    let entries = match &node.value {
        Value::Map(entries) => entries,
        Value::Seq(items) => {
            // An attribute holding a list of objects (`env = [{ name = "A", … }]`).
            return Node {
                span: node.span,
                value: Value::Seq(items.iter().map(|i| convert(i, kind, parent)).collect()),
                origin: node.origin.clone(),
            };
        }
        _ => return node.clone(),
    };
    let mut out: Vec<Entry> = Vec::with_capacity(entries.len());
    for entry in entries {
        if is_free_form(kind, parent, &entry.key) {
            out.push(Entry {
                key: camel(&entry.key),
                key_span: entry.key_span,
                value: entry.value.clone(),
            });
            continue;
        }
        let value = convert(&entry.value, kind, Some(&entry.key));
        let list = list_name(kind, parent, &entry.key)
            .filter(|_| matches!(value.value, Value::Map(_) | Value::Seq(_)));
        match list {
            Some(list) => {
                // Repeated blocks, or an attribute already holding a list (`env = [...]`).
                let items = match value.value {
                    Value::Seq(items) => items,
                    _ => vec![value],
                };
                match out.iter_mut().find(|e| e.key == list) {
                    Some(existing) => {
                        if let Value::Seq(seq) = &mut existing.value.value {
                            seq.extend(items);
                        }
                        existing.value.span = existing.value.span.cover(entry.value.span);
                    }
                    None => out.push(Entry {
                        key: list.to_string(),
                        key_span: entry.key_span,
                        value: Node::new(entry.value.span, Value::Seq(items)),
                    }),
                }
            }
            None => out.push(Entry {
                key: camel(&entry.key),
                key_span: entry.key_span,
                value,
            }),
        }
    }
    Node {
        span: node.span,
        value: Value::Map(out),
        origin: node.origin.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{FileKind, SourceFile};
    use crate::terraform::Module;
    use std::path::PathBuf;

    #[test]
    fn a_provider_deployment_becomes_a_deployment() {
        let text = r#"resource "kubernetes_deployment_v1" "web" {
  metadata {
    name      = "web"
    namespace = "shop"
    labels    = { app_name = "web" }
  }
  spec {
    template {
      metadata {}
      spec {
        host_pid = true
        container {
          name  = "nginx"
          image = "nginx:1.27"
          security_context {
            privileged                 = true
            allow_privilege_escalation = false
            capabilities {
              drop = ["ALL"]
            }
          }
        }
        container {
          name  = "sidecar"
          image = var.sidecar_image
        }
      }
    }
  }
}
"#;
        let file = SourceFile::new("main.tf", FileKind::Terraform, text.into());
        let module = Module::parse(PathBuf::from("."), vec![file]);
        let object = object_of(&module.blocks[0]).unwrap();
        assert_eq!(object.kind, "Deployment");
        assert_eq!(
            object.identity(),
            "Deployment/shop/kubernetes_deployment_v1.web"
        );
        assert_eq!(
            object.root.at("metadata.labels.app_name").unwrap().as_str(),
            Some("web")
        );
        let pod = object.pod_spec().unwrap();
        assert_eq!(pod.spec.get("hostPID").unwrap().as_bool(), Some(true));
        let containers: Vec<_> = pod.containers().collect();
        assert_eq!(containers.len(), 2);
        let sc = containers[0].node.get("securityContext").unwrap();
        assert_eq!(sc.get("privileged").unwrap().as_bool(), Some(true));
        assert_eq!(
            sc.get("allowPrivilegeEscalation").unwrap().as_bool(),
            Some(false)
        );
        assert!(sc.at("capabilities.drop").unwrap().is_seq());
        assert!(containers[1].node.get("image").unwrap().is_unknown());
        let privileged = sc.get("privileged").unwrap();
        assert_eq!(&text[privileged.span.range()], "true");
    }

    fn objects(text: &str) -> Vec<K8sObject> {
        let file = SourceFile::new("main.tf", FileKind::Terraform, text.into());
        let module = Module::parse(PathBuf::from("."), vec![file]);
        module
            .blocks
            .iter()
            .filter_map(|b| object_in(&module, b))
            .collect()
    }

    fn text_at<'t>(text: &'t str, node: &Node) -> &'t str {
        &text[node.span.range()]
    }

    #[test]
    fn rbac_rules_subjects_and_role_refs_become_lists_and_maps() {
        let text = r#"resource "kubernetes_cluster_role_v1" "reader" {
  metadata {
    name = "reader"
  }
  rule {
    api_groups = [""]
    resources  = ["secrets"]
    verbs      = ["get", "list"]
  }
  rule {
    non_resource_urls = ["/healthz"]
    verbs             = ["get"]
  }
}

resource "kubernetes_role_binding" "ci" {
  metadata {
    name      = "ci"
    namespace = "build"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "cluster-admin"
  }
  subject {
    kind      = "ServiceAccount"
    name      = "default"
    namespace = "build"
  }
  subject {
    kind = "Group"
    name = "system:authenticated"
  }
}
"#;
        let objects = objects(text);
        let role = &objects[0];
        assert_eq!(
            (role.kind.as_str(), role.api_version.as_str()),
            ("ClusterRole", "rbac.authorization.k8s.io/v1")
        );
        // A ClusterRole has no namespace, so none is assumed.
        assert_eq!(role.namespace, None);
        assert_eq!(role.name.as_deref(), Some("reader"));
        assert_eq!(
            role.identity(),
            "ClusterRole/kubernetes_cluster_role_v1.reader"
        );
        let rules: Vec<_> = role.root.get("rules").unwrap().items().collect();
        assert_eq!(rules.len(), 2);
        assert_eq!(
            rules[0]
                .get("resources")
                .unwrap()
                .items()
                .next()
                .unwrap()
                .as_str(),
            Some("secrets")
        );
        assert!(rules[1].get("nonResourceURLs").unwrap().is_seq());
        assert!(text_at(text, rules[0]).starts_with("rule {\n    api_groups"));
        let binding = &objects[1];
        assert_eq!(binding.kind, "RoleBinding");
        assert_eq!(binding.namespace.as_deref(), Some("build"));
        assert_eq!(
            binding.root.at("roleRef.name").unwrap().as_str(),
            Some("cluster-admin")
        );
        let subjects: Vec<_> = binding.root.get("subjects").unwrap().items().collect();
        assert_eq!(subjects.len(), 2);
        assert_eq!(
            subjects[1].get("name").unwrap().as_str(),
            Some("system:authenticated")
        );
    }

    #[test]
    fn a_service_keeps_its_selector_labels_and_lists_its_ports() {
        let text = r#"resource "kubernetes_service_v1" "web" {
  metadata {
    name = "web"
  }
  spec {
    selector = { app_name = "web" }
    type     = "LoadBalancer"
    load_balancer_source_ranges = ["10.0.0.0/8"]
    external_ips                = ["203.0.113.7"]
    port {
      port        = 80
      target_port = 8080
    }
    port {
      name = "metrics"
      port = 9090
    }
  }
}
"#;
        let service = &objects(text)[0];
        assert_eq!(service.kind, "Service");
        let spec = service.root.get("spec").unwrap();
        assert_eq!(spec.at("selector.app_name").unwrap().as_str(), Some("web"));
        assert_eq!(spec.get("ports").unwrap().items().count(), 2);
        let first = spec.get("ports").unwrap().items().next().unwrap();
        assert_eq!(first.get("targetPort").unwrap().as_i64(), Some(8080));
        assert!(spec.get("externalIPs").unwrap().is_seq());
        assert!(spec.get("loadBalancerSourceRanges").unwrap().is_seq());
        // The provider puts an object without a namespace into `default`; the value points at
        // the metadata block.
        assert_eq!(service.namespace.as_deref(), Some("default"));
        let namespace = service.root.at("metadata.namespace").unwrap();
        assert!(text_at(text, namespace).starts_with("metadata {\n    name = \"web\""));
    }

    #[test]
    fn ingresses_of_both_api_versions() {
        let text = r#"resource "kubernetes_ingress_v1" "web" {
  metadata {
    name      = "web"
    namespace = "shop"
  }
  spec {
    ingress_class_name = "nginx"
    default_backend {
      service {
        name = "fallback"
        port {
          number = 80
        }
      }
    }
    rule {
      host = "shop.example.com"
      http {
        path {
          path      = "/"
          path_type = "Prefix"
          backend {
            service {
              name = "web"
              port {
                number = 8080
              }
            }
          }
        }
        path {
          path = "/api"
          backend {
            service {
              name = "api"
              port {
                name = "http"
              }
            }
          }
        }
      }
    }
    tls {
      hosts       = ["shop.example.com"]
      secret_name = "shop-tls"
    }
  }
}

resource "kubernetes_ingress" "old" {
  metadata {
    name = "old"
  }
  spec {
    backend {
      service_name = "web"
      service_port = 80
    }
  }
}
"#;
        let objects = objects(text);
        let ingress = &objects[0];
        assert_eq!(ingress.api_version, "networking.k8s.io/v1");
        let spec = ingress.root.get("spec").unwrap();
        assert_eq!(
            spec.get("ingressClassName").unwrap().as_str(),
            Some("nginx")
        );
        assert_eq!(
            spec.at("defaultBackend.service.port.number")
                .unwrap()
                .as_i64(),
            Some(80)
        );
        let rule = spec.get("rules").unwrap().items().next().unwrap();
        let paths: Vec<_> = rule.at("http.paths").unwrap().items().collect();
        assert_eq!(paths.len(), 2);
        assert_eq!(paths[0].get("path").unwrap().as_str(), Some("/"));
        assert_eq!(paths[0].get("pathType").unwrap().as_str(), Some("Prefix"));
        assert_eq!(
            paths[1].at("backend.service.port.name").unwrap().as_str(),
            Some("http")
        );
        let tls = spec.get("tls").unwrap().items().next().unwrap();
        assert_eq!(tls.get("secretName").unwrap().as_str(), Some("shop-tls"));
        let old = &objects[1];
        assert_eq!(old.api_version, "networking.k8s.io/v1beta1");
        assert_eq!(
            old.root.at("spec.backend.serviceName").unwrap().as_str(),
            Some("web")
        );
    }

    #[test]
    fn network_policy_rules_and_peers_become_lists() {
        let text = r#"resource "kubernetes_network_policy_v1" "api" {
  metadata {
    name      = "api"
    namespace = "shop"
  }
  spec {
    pod_selector {
      match_labels = { app_name = "api" }
    }
    policy_types = ["Ingress", "Egress"]
    ingress {
      from {
        ip_block {
          cidr   = "0.0.0.0/0"
          except = ["10.0.0.0/8"]
        }
      }
      from {
        namespace_selector {
          match_expressions {
            key      = "team"
            operator = "In"
            values   = ["shop"]
          }
        }
      }
      ports {
        port     = "http"
        protocol = "TCP"
      }
    }
    egress {}
  }
}
"#;
        let policy = &objects(text)[0];
        let spec = policy.root.get("spec").unwrap();
        assert_eq!(
            spec.at("podSelector.matchLabels.app_name")
                .unwrap()
                .as_str(),
            Some("api")
        );
        let ingress: Vec<_> = spec.get("ingress").unwrap().items().collect();
        assert_eq!(ingress.len(), 1);
        let from: Vec<_> = ingress[0].get("from").unwrap().items().collect();
        assert_eq!(from.len(), 2);
        assert_eq!(
            from[0].at("ipBlock.cidr").unwrap().as_str(),
            Some("0.0.0.0/0")
        );
        let expressions = from[1].at("namespaceSelector.matchExpressions").unwrap();
        assert_eq!(expressions.items().count(), 1);
        let port = ingress[0].get("ports").unwrap().items().next().unwrap();
        assert_eq!(port.get("port").unwrap().as_str(), Some("http"));
        let egress: Vec<_> = spec.get("egress").unwrap().items().collect();
        assert_eq!(egress.len(), 1);
        assert_eq!(text_at(text, egress[0]), "egress {}");
    }

    #[test]
    fn service_accounts_secrets_and_config_maps() {
        let text = r#"resource "kubernetes_service_account_v1" "ci" {
  metadata {
    name      = "ci"
    namespace = "build"
  }
  automount_service_account_token = false
  secret {
    name = "ci-token"
  }
  image_pull_secret {
    name = "registry"
  }
}

resource "kubernetes_default_service_account_v1" "build" {
  metadata {
    namespace = "build"
  }
}

resource "kubernetes_secret_v1" "db" {
  metadata {
    name      = "db"
    namespace = "build"
  }
  type = "Opaque"
  data = {
    DB_PASSWORD = "hunter2"
    other_key   = var.other
  }
}

resource "kubernetes_secret_v1" "api" {
  metadata {
    name      = "api"
    namespace = "build"
  }
  data_wo          = { API_TOKEN = "abc" }
  data_wo_revision = 1
}

resource "kubernetes_config_map_v1_data" "settings" {
  metadata {
    name = "settings"
  }
  data = { LOG_LEVEL = "debug" }
}
"#;
        let objects = objects(text);
        let sa = &objects[0];
        assert_eq!(
            sa.root
                .get("automountServiceAccountToken")
                .unwrap()
                .as_bool(),
            Some(false)
        );
        assert_eq!(sa.root.get("secrets").unwrap().items().count(), 1);
        assert_eq!(sa.root.get("imagePullSecrets").unwrap().items().count(), 1);
        let default = &objects[1];
        assert_eq!(default.kind, "ServiceAccount");
        assert_eq!(default.name.as_deref(), Some("default"));
        let secret = &objects[2];
        assert_eq!(secret.kind, "Secret");
        assert_eq!(
            secret.root.at("data.DB_PASSWORD").unwrap().as_str(),
            Some("hunter2")
        );
        assert!(secret.root.at("data.other_key").unwrap().is_unknown());
        let write_only = &objects[3];
        assert_eq!(
            write_only.root.at("data.API_TOKEN").unwrap().as_str(),
            Some("abc")
        );
        let patch = &objects[4];
        assert_eq!(patch.kind, "ConfigMap");
        // A patch of an existing ConfigMap: what it leaves out is not known, its namespace included.
        assert!(patch.partial);
        assert_eq!(patch.namespace, None);
    }

    #[test]
    fn autoscalers_budgets_limits_and_quotas() {
        let text = r#"resource "kubernetes_horizontal_pod_autoscaler" "web" {
  metadata {
    name = "web"
  }
  spec {
    min_replicas = 1
    max_replicas = 5
    scale_target_ref {
      kind = "Deployment"
      name = "web"
    }
    target_cpu_utilization_percentage = 80
  }
}

resource "kubernetes_horizontal_pod_autoscaler" "api" {
  metadata {
    name = "api"
  }
  spec {
    max_replicas = 5
    scale_target_ref {
      kind = "Deployment"
      name = "api"
    }
    metric {
      type = "Resource"
      resource {
        name = "cpu"
        target {
          type                = "Utilization"
          average_utilization = 70
        }
      }
    }
    behavior {
      scale_down {
        policy {
          type           = "Pods"
          value          = 1
          period_seconds = 60
        }
      }
    }
  }
}

resource "kubernetes_pod_disruption_budget" "web" {
  metadata {
    name = "web"
  }
  spec {
    max_unavailable = 1
    selector {
      match_labels = { app = "web" }
    }
  }
}

resource "kubernetes_limit_range_v1" "defaults" {
  metadata {
    name = "defaults"
  }
  spec {
    limit {
      type = "Container"
      default = { cpu = "500m", memory = "256Mi" }
      default_request = { cpu = "100m" }
    }
  }
}

resource "kubernetes_resource_quota_v1" "quota" {
  metadata {
    name = "quota"
  }
  spec {
    hard = { "requests.cpu" = "4", pods = 20 }
    scope_selector {
      match_expression {
        scope_name = "PriorityClass"
        operator   = "In"
        values     = ["high"]
      }
    }
  }
}
"#;
        let objects = objects(text);
        let v1 = &objects[0];
        assert_eq!(v1.api_version, "autoscaling/v1");
        assert_eq!(v1.root.at("spec.minReplicas").unwrap().as_i64(), Some(1));
        assert_eq!(
            v1.root
                .at("spec.targetCPUUtilizationPercentage")
                .unwrap()
                .as_i64(),
            Some(80)
        );
        assert_eq!(
            v1.root.at("spec.scaleTargetRef.name").unwrap().as_str(),
            Some("web")
        );
        let v2 = &objects[1];
        assert_eq!(v2.api_version, "autoscaling/v2beta2");
        let metric = v2.root.at("spec.metrics").unwrap().items().next().unwrap();
        assert_eq!(
            metric
                .at("resource.target.averageUtilization")
                .unwrap()
                .as_i64(),
            Some(70)
        );
        assert_eq!(
            v2.root
                .at("spec.behavior.scaleDown.policies")
                .unwrap()
                .items()
                .count(),
            1
        );
        let pdb = &objects[2];
        assert_eq!(pdb.api_version, "policy/v1beta1");
        // The provider has no argument for it: unknown, not missing.
        assert!(
            pdb.root
                .at("spec.unhealthyPodEvictionPolicy")
                .unwrap()
                .is_unknown()
        );
        assert_eq!(
            pdb.root
                .at("spec.selector.matchLabels.app")
                .unwrap()
                .as_str(),
            Some("web")
        );
        let limits = &objects[3];
        let limit = limits
            .root
            .at("spec.limits")
            .unwrap()
            .items()
            .next()
            .unwrap();
        assert_eq!(limit.at("default.memory").unwrap().as_str(), Some("256Mi"));
        assert_eq!(
            limit.at("defaultRequest.cpu").unwrap().as_str(),
            Some("100m")
        );
        let quota = &objects[4];
        let hard = quota.root.at("spec.hard").unwrap();
        assert_eq!(hard.get("requests.cpu").unwrap().as_str(), Some("4"));
        assert_eq!(
            quota
                .root
                .at("spec.scopeSelector.matchExpressions")
                .unwrap()
                .items()
                .count(),
            1
        );
    }

    #[test]
    fn a_manifest_is_taken_as_written() {
        let text = r#"variable "kind" {}

resource "kubernetes_manifest" "web" {
  manifest = {
    apiVersion = "apps/v1"
    kind       = "Deployment"
    metadata = {
      name      = "web"
      namespace = "shop"
    }
    spec = {
      template = {
        spec = {
          hostNetwork = true
          containers = [
            { name = "web", image = "nginx:1.27" },
          ]
        }
      }
    }
  }
}

resource "kubernetes_manifest" "unknown" {
  manifest = {
    apiVersion = "v1"
    kind       = var.kind
  }
}
"#;
        let objects = objects(text);
        assert_eq!(objects.len(), 1, "an unknown kind is no object");
        let web = &objects[0];
        assert_eq!(web.identity(), "Deployment/shop/kubernetes_manifest.web");
        assert_eq!(
            text_at(text, &Node::new(web.kind_span, Value::Null)),
            "\"Deployment\""
        );
        let pod = web.pod_spec().unwrap();
        assert_eq!(pod.spec.get("hostNetwork").unwrap().as_bool(), Some(true));
        assert_eq!(pod.containers().count(), 1);
    }

    #[test]
    fn references_to_another_objects_name_are_resolved() {
        let text = r#"variable "namespace" {}

resource "kubernetes_namespace_v1" "shop" {
  metadata {
    name = "shop"
  }
}

resource "kubernetes_service_account_v1" "api" {
  metadata {
    name      = "api"
    namespace = kubernetes_namespace_v1.shop.metadata[0].name
  }
}

resource "kubernetes_role_binding_v1" "api" {
  metadata {
    name      = "api"
    namespace = kubernetes_namespace_v1.shop.id
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "Role"
    name      = "reader"
  }
  subject {
    kind      = "ServiceAccount"
    name      = kubernetes_service_account_v1.api.metadata.0.name
    namespace = var.namespace
  }
}
"#;
        let objects = objects(text);
        let sa = &objects[1];
        assert_eq!(sa.namespace.as_deref(), Some("shop"));
        let namespace = sa.root.at("metadata.namespace").unwrap();
        assert_eq!(
            text_at(text, namespace),
            "kubernetes_namespace_v1.shop.metadata[0].name"
        );
        assert!(namespace.origin.is_some());
        let binding = &objects[2];
        assert_eq!(binding.namespace.as_deref(), Some("shop"));
        let subject = binding
            .root
            .get("subjects")
            .unwrap()
            .items()
            .next()
            .unwrap();
        assert_eq!(subject.get("name").unwrap().as_str(), Some("api"));
        assert!(subject.get("namespace").unwrap().is_unknown());
    }

    #[test]
    fn a_probe_port_stays_a_port() {
        let text = r#"resource "kubernetes_pod_v1" "p" {
  metadata {
    name = "p"
  }
  spec {
    container {
      name  = "app"
      image = "app:1.0"
      port {
        container_port = 8080
      }
      liveness_probe {
        http_get {
          path = "/healthz"
          port = 8080
          http_header {
            name  = "X-Probe"
            value = "1"
          }
        }
      }
      readiness_probe {
        tcp_socket {
          port = "http"
        }
      }
    }
  }
}
"#;
        let pod = &objects(text)[0];
        let container = pod.pod_spec().unwrap().containers().next().unwrap().node;
        assert_eq!(
            container.at("livenessProbe.httpGet.port").unwrap().as_i64(),
            Some(8080)
        );
        assert_eq!(
            container.at("livenessProbe.httpGet.path").unwrap().as_str(),
            Some("/healthz")
        );
        assert!(
            container
                .at("livenessProbe.httpGet.httpHeaders")
                .unwrap()
                .is_seq()
        );
        assert_eq!(
            container
                .at("readinessProbe.tcpSocket.port")
                .unwrap()
                .as_str(),
            Some("http")
        );
        let port = container.get("ports").unwrap().items().next().unwrap();
        assert_eq!(port.get("containerPort").unwrap().as_i64(), Some(8080));
    }

    #[test]
    fn labels_and_annotations_resources_join_the_object_they_label() {
        let text = r#"resource "kubernetes_namespace_v1" "shop" {
  metadata {
    name = "shop"
    labels = { team = "shop" }
  }
}

resource "kubernetes_labels" "shop_pss" {
  api_version = "v1"
  kind        = "Namespace"
  metadata {
    name = kubernetes_namespace_v1.shop.metadata[0].name
  }
  labels = {
    "pod-security.kubernetes.io/enforce" = "restricted"
  }
}

resource "kubernetes_labels" "default_pss" {
  api_version = "v1"
  kind        = "Namespace"
  metadata {
    name = "default"
  }
  labels = {
    "pod-security.kubernetes.io/enforce" = "privileged"
  }
}

resource "kubernetes_annotations" "web" {
  api_version = "apps/v1"
  kind        = "Deployment"
  metadata {
    name      = "web"
    namespace = "shop"
  }
  template_annotations = {
    "container.apparmor.security.beta.kubernetes.io/web" = "unconfined"
  }
}
"#;
        let objects = objects(text);
        assert_eq!(
            objects.len(),
            3,
            "the first patch is merged into its namespace"
        );
        let shop = &objects[0];
        let labels = shop.root.at("metadata.labels").unwrap();
        assert_eq!(labels.get("team").unwrap().as_str(), Some("shop"));
        let enforce = labels.get("pod-security.kubernetes.io/enforce").unwrap();
        assert_eq!(enforce.as_str(), Some("restricted"));
        assert_eq!(text_at(text, enforce), "\"restricted\"");
        let default = &objects[1];
        assert_eq!(default.kind, "Namespace");
        assert!(default.partial);
        assert_eq!(default.name.as_deref(), Some("default"));
        assert_eq!(
            default.identity(),
            "Namespace/kubernetes_labels.default_pss"
        );
        let web = &objects[2];
        assert!(web.partial);
        assert_eq!(web.namespace.as_deref(), Some("shop"));
        let annotations = web.root.at("spec.template.metadata.annotations").unwrap();
        assert_eq!(
            annotations
                .get("container.apparmor.security.beta.kubernetes.io/web")
                .unwrap()
                .as_str(),
            Some("unconfined")
        );
    }
}
