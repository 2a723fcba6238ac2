//! Kubernetes objects in YAML streams, and the one accessor for every pod spec and container.

use crate::node::{Node, Value};
use crate::source::Span;
use crate::yaml::YamlDocument;

/// One Kubernetes object (a document, or one item of a `List`).
#[derive(Debug, Clone)]
pub struct K8sObject {
    pub api_version: String,
    pub kind: String,
    pub name: Option<String>,
    pub namespace: Option<String>,
    pub root: Node,
    /// The span of the `kind` value, where findings about the object as a whole point.
    pub kind_span: Span,
    /// 0-based document index in its file.
    pub document: usize,
    /// Where the pod spec is, resolved once from the kind when the object was built.
    pub pod_spec_path: Option<Vec<String>>,
    /// Only part of an object: a patch (Kustomize, kubeadm), or a custom resource whose pod
    /// spec an operator completes. What it sets is judged; what it leaves out is unknown, since
    /// the base or the operator may set it.
    pub partial: bool,
    /// For an object of Terraform's Kubernetes provider, the resource address
    /// (`kubernetes_deployment_v1.web`): findings name it, since it is what the user edits, while
    /// `name` stays the object's own `metadata.name` for the rules that match names.
    pub address: Option<String>,
}

/// Where a pod spec hides inside an object of a given kind: the built-in workload kinds, the pod
/// templates of common custom resources, and any mapping the user declares.
#[derive(Debug, Clone, Default)]
pub struct PodSpecPaths {
    /// User mappings (`Kind=dotted.path`); they take precedence over the built-in table.
    custom: Vec<(String, Vec<String>)>,
}

impl PodSpecPaths {
    /// Adds a mapping written as `Kind=dotted.path` (e.g. `Workflow=spec.podTemplate.spec`).
    pub fn add(&mut self, mapping: &str) -> Result<(), String> {
        let (kind, path) = mapping
            .split_once('=')
            .ok_or_else(|| format!("`{mapping}` is not `Kind=dotted.path`"))?;
        let kind = kind.trim();
        let keys: Vec<String> = path.trim().split('.').map(str::to_owned).collect();
        if kind.is_empty() || keys.iter().any(String::is_empty) {
            return Err(format!("`{mapping}` is not `Kind=dotted.path`"));
        }
        self.custom.push((kind.to_owned(), keys));
        Ok(())
    }

    /// The path of the pod spec inside an object of `kind` from `api_version`.
    pub fn lookup(&self, api_version: &str, kind: &str) -> Option<Vec<String>> {
        if let Some((_, keys)) = self.custom.iter().rev().find(|(k, _)| k == kind) {
            return Some(keys.clone());
        }
        builtin_pod_spec_path(api_version, kind)
            .map(|p| p.iter().map(|k| (*k).to_owned()).collect())
    }
}

/// The built-in table: core workloads by kind, custom resources by API group and kind (a
/// Knative `Service` is not a core `Service`).
pub fn builtin_pod_spec_path(api_version: &str, kind: &str) -> Option<&'static [&'static str]> {
    const TEMPLATE: &[&str] = &["spec", "template", "spec"];
    let group = api_version.split_once('/').map_or("", |(g, _)| g);
    Some(match (group, kind) {
        // Core groups (and their older betas).
        ("", "Pod") => &["spec"],
        (
            "" | "apps" | "extensions" | "batch",
            "Deployment"
            | "StatefulSet"
            | "DaemonSet"
            | "ReplicaSet"
            | "ReplicationController"
            | "Job",
        ) => TEMPLATE,
        ("batch", "CronJob") => &["spec", "jobTemplate", "spec", "template", "spec"],
        ("", "PodTemplate") => &["template", "spec"],
        // Argo Rollouts, Knative Serving, OpenKruise, OpenShift.
        ("argoproj.io", "Rollout") => TEMPLATE,
        ("serving.knative.dev", "Service" | "Configuration") => TEMPLATE,
        ("serving.knative.dev", "Revision") => &["spec"],
        ("apps.kruise.io", "CloneSet" | "StatefulSet" | "DaemonSet" | "BroadcastJob") => TEMPLATE,
        ("apps.kruise.io", "AdvancedCronJob") => &[
            "spec",
            "template",
            "jobTemplate",
            "spec",
            "template",
            "spec",
        ],
        ("apps.openshift.io", "DeploymentConfig") => TEMPLATE,
        ("keda.sh", "ScaledJob") => &["spec", "jobTargetRef", "template", "spec"],
        // prometheus-operator: the resource's spec carries a subset of a pod spec that the
        // operator merges into the pods it creates.
        (
            "monitoring.coreos.com",
            "Prometheus" | "PrometheusAgent" | "Alertmanager" | "ThanosRuler",
        ) => &["spec"],
        _ => return None,
    })
}

/// The three lists a pod spec keeps containers in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ContainerKind {
    Container,
    InitContainer,
    EphemeralContainer,
}

impl ContainerKind {
    pub const ALL: [ContainerKind; 3] = [
        ContainerKind::InitContainer,
        ContainerKind::Container,
        ContainerKind::EphemeralContainer,
    ];

    pub fn field(self) -> &'static str {
        match self {
            ContainerKind::Container => "containers",
            ContainerKind::InitContainer => "initContainers",
            ContainerKind::EphemeralContainer => "ephemeralContainers",
        }
    }
}

/// A pod spec found inside an object.
#[derive(Debug, Clone, Copy)]
pub struct PodSpec<'a> {
    pub object: &'a K8sObject,
    pub spec: &'a Node,
    /// The span of the key that holds the spec (`spec:`), where "missing field" findings point.
    pub key_span: Span,
    /// Pod-level metadata (the template's, or the Pod's own).
    pub metadata: Option<&'a Node>,
}

/// A container of a pod spec.
#[derive(Debug, Clone, Copy)]
pub struct Container<'a> {
    pub pod: PodSpec<'a>,
    pub node: &'a Node,
    pub kind: ContainerKind,
    pub name: Option<&'a str>,
}

impl K8sObject {
    /// Builds objects from a document: a mapping with string `apiVersion` and `kind`; `List`
    /// kinds are unwrapped into their items. Anything else is not a Kubernetes object.
    pub fn from_document(doc: YamlDocument) -> Vec<K8sObject> {
        K8sObject::from_document_with(doc, &PodSpecPaths::default())
    }

    /// As [`K8sObject::from_document`], with user-declared pod spec locations.
    pub fn from_document_with(doc: YamlDocument, paths: &PodSpecPaths) -> Vec<K8sObject> {
        let mut out = Vec::new();
        collect_objects(doc.root, doc.index, paths, &mut out, 0);
        out
    }

    /// The object's own labels (`metadata.labels`).
    pub fn labels(&self) -> Option<&Node> {
        self.root.get("metadata")?.get("labels")
    }

    /// `Kind/namespace/name` (namespace omitted when not set); a Terraform resource address
    /// instead of the name for objects of the Kubernetes provider.
    pub fn identity(&self) -> String {
        let name = self
            .address
            .as_deref()
            .or(self.name.as_deref())
            .unwrap_or("<unnamed>");
        match &self.namespace {
            Some(ns) => format!("{}/{}/{}", self.kind, ns, name),
            None => format!("{}/{}", self.kind, name),
        }
    }

    /// The object's pod spec, if its kind has one.
    pub fn pod_spec(&self) -> Option<PodSpec<'_>> {
        let path = self.pod_spec_path.as_deref()?;
        let mut node = &self.root;
        let mut key_span = self.kind_span;
        let mut parent = &self.root;
        for key in path {
            let entry = node.entry(key)?;
            parent = node;
            key_span = entry.key_span;
            node = &entry.value;
        }
        if !node.is_map() {
            return None;
        }
        Some(PodSpec {
            object: self,
            spec: node,
            key_span,
            metadata: parent.get("metadata"),
        })
    }

    pub fn annotation(&self, key: &str) -> Option<&str> {
        self.root
            .get("metadata")?
            .get("annotations")?
            .get(key)?
            .as_str()
    }
}

impl<'a> PodSpec<'a> {
    /// Every container of the pod: init containers, containers, then ephemeral containers.
    pub fn containers(&self) -> impl Iterator<Item = Container<'a>> + 'a {
        let pod = *self;
        ContainerKind::ALL.into_iter().flat_map(move |kind| {
            pod.spec
                .get(kind.field())
                .into_iter()
                .flat_map(|list| list.items())
                .filter(|c| c.is_map())
                .map(move |node| Container {
                    pod,
                    node,
                    kind,
                    name: node.get("name").and_then(Node::as_str),
                })
        })
    }

    /// Whether the pod targets Windows nodes (several Pod Security controls exempt them).
    pub fn is_windows(&self) -> bool {
        self.spec
            .at("os.name")
            .and_then(Node::as_str)
            .is_some_and(|os| os.eq_ignore_ascii_case("windows"))
    }
}

impl Container<'_> {
    /// The span where findings about a missing container field point: the container's first key.
    pub fn anchor(&self) -> Span {
        self.node
            .entries()
            .next()
            .map_or(self.node.span, |e| e.key_span.cover(e.value.span))
    }

    pub fn display_name(&self) -> &str {
        self.name.unwrap_or("<unnamed>")
    }
}

fn collect_objects(
    root: Node,
    document: usize,
    paths: &PodSpecPaths,
    out: &mut Vec<K8sObject>,
    depth: usize,
) {
    let kind = root.get("kind").and_then(Node::as_str).map(str::to_owned);
    let api_version = root
        .get("apiVersion")
        .and_then(Node::as_str)
        .map(str::to_owned);
    let (Some(kind), Some(api_version)) = (kind, api_version) else {
        return;
    };
    if kind.ends_with("List") && depth == 0 {
        if let Value::Map(entries) = root.value {
            for entry in entries {
                if entry.key == "items"
                    && let Value::Seq(items) = entry.value.value
                {
                    for item in items {
                        collect_objects(item, document, paths, out, depth + 1);
                    }
                }
            }
        }
        return;
    }
    let kind_span = root.get("kind").map_or(root.span, |n| n.span);
    let metadata = root.get("metadata");
    let name = metadata
        .and_then(|m| m.get("name").or_else(|| m.get("generateName")))
        .and_then(Node::as_str)
        .map(str::to_owned);
    let namespace = metadata
        .and_then(|m| m.get("namespace"))
        .and_then(Node::as_str)
        .map(str::to_owned);
    let pod_spec_path = paths.lookup(&api_version, &kind);
    let partial = is_partial(&root, &api_version, &kind, pod_spec_path.as_deref());
    out.push(K8sObject {
        partial,
        address: None,
        pod_spec_path,
        api_version,
        kind,
        name,
        namespace,
        root,
        kind_span,
        document,
    });
}

/// Whether an object can only be a fragment of one: a workload without a pod selector or with
/// a container that names no image (a strategic-merge patch), an object without a name, or a
/// custom resource whose pod spec an operator completes.
fn is_partial(
    root: &Node,
    api_version: &str,
    kind: &str,
    pod_spec_path: Option<&[String]>,
) -> bool {
    let group = api_version.split_once('/').map_or("", |(g, _)| g);
    if group == "monitoring.coreos.com" {
        return true;
    }
    let metadata = root.get("metadata");
    let named = metadata
        .and_then(|m| m.get("name").or_else(|| m.get("generateName")))
        .is_some();
    if !named && !kind.ends_with("Configuration") && !kind.ends_with("Policy") {
        return true;
    }
    let Some(path) = pod_spec_path else {
        return false;
    };
    let mut spec = root;
    for key in path {
        match spec.get(key) {
            Some(node) => spec = node,
            None => return matches!(kind, "Deployment" | "StatefulSet" | "DaemonSet" | "Job"),
        }
    }
    let selectorless = matches!(group, "apps")
        && matches!(
            kind,
            "Deployment" | "StatefulSet" | "DaemonSet" | "ReplicaSet"
        )
        && root.get("spec").and_then(|s| s.get("selector")).is_none();
    let imageless = ContainerKind::ALL.iter().any(|k| {
        spec.get(k.field())
            .into_iter()
            .flat_map(|list| list.items())
            .any(|c| c.get("image").is_none())
    });
    selectorless || imageless
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::LineIndex;
    use crate::yaml::{YamlLimits, parse_stream};

    fn objects(text: &str) -> Vec<K8sObject> {
        parse_stream(text, &LineIndex::new(text), YamlLimits::default())
            .documents
            .into_iter()
            .flat_map(K8sObject::from_document)
            .collect()
    }

    #[test]
    fn finds_pod_specs_and_all_containers_in_every_workload_kind() {
        let text = r#"
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly, namespace: ops}
spec:
  jobTemplate:
    spec:
      template:
        spec:
          initContainers: [{name: init, image: busybox}]
          containers: [{name: main, image: app}]
          ephemeralContainers: [{name: debug, image: busybox}]
---
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec: {containers: [{name: c}]}
  - apiVersion: v1
    kind: ConfigMap
    metadata: {name: cm}
---
just: yaml
"#;
        let objs = objects(text);
        assert_eq!(objs.len(), 3);
        assert_eq!(objs[0].identity(), "CronJob/ops/nightly");
        let names: Vec<_> = objs[0]
            .pod_spec()
            .unwrap()
            .containers()
            .map(|c| (c.kind, c.display_name().to_string()))
            .collect();
        assert_eq!(
            names,
            vec![
                (ContainerKind::InitContainer, "init".to_string()),
                (ContainerKind::Container, "main".to_string()),
                (ContainerKind::EphemeralContainer, "debug".to_string()),
            ]
        );
        assert_eq!(objs[1].identity(), "Pod/p");
        assert!(objs[2].pod_spec().is_none());
    }

    #[test]
    fn finds_pod_templates_of_custom_resources_and_user_mappings() {
        let text = r#"
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: r}
spec: {template: {spec: {containers: [{name: a}]}}}
---
apiVersion: serving.knative.dev/v1
kind: Service
metadata: {name: k}
spec: {template: {spec: {containers: [{name: b}]}}}
---
apiVersion: v1
kind: Service
metadata: {name: plain}
spec: {template: {spec: {containers: [{name: c}]}}}
---
apiVersion: example.com/v1
kind: Workflow
metadata: {name: w}
spec: {podTemplate: {spec: {containers: [{name: d}]}}}
"#;
        let objs = objects(text);
        assert!(objs[0].pod_spec().is_some());
        assert!(objs[1].pod_spec().is_some());
        assert!(
            objs[2].pod_spec().is_none(),
            "a core Service has no pod spec"
        );
        assert!(objs[3].pod_spec().is_none());

        let mut paths = PodSpecPaths::default();
        paths.add("Workflow=spec.podTemplate.spec").unwrap();
        assert!(paths.add("Workflow").is_err());
        assert!(paths.add("Workflow=spec..spec").is_err());
        let custom: Vec<K8sObject> =
            parse_stream(text, &LineIndex::new(text), YamlLimits::default())
                .documents
                .into_iter()
                .flat_map(|d| K8sObject::from_document_with(d, &paths))
                .collect();
        let names: Vec<_> = custom[3]
            .pod_spec()
            .unwrap()
            .containers()
            .map(|c| c.display_name().to_string())
            .collect();
        assert_eq!(names, vec!["d".to_string()]);
    }
}
