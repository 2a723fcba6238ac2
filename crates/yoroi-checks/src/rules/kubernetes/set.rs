//! What the cross-object rules share: every object of the scan with its file, grouped by the
//! scope in which names and selectors resolve.
//!
//! An object with `metadata.namespace` belongs to that namespace, wherever its file is. An object
//! without one is deployed into whatever namespace `kubectl`/Kustomize/Argo CD picks, which the
//! files do not say; such objects are grouped with the other namespace-less objects of the same
//! directory, the usual unit of `kubectl apply -f`.

use crate::engine::K8sFile;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;
use yoroi_syntax::kubernetes::{ContainerKind, K8sObject};
use yoroi_syntax::{Node, SourceFile};

#[derive(Debug, Clone, Copy)]
pub(crate) struct Item<'a> {
    pub file: &'a Arc<SourceFile>,
    pub object: &'a K8sObject,
}

/// Whether an object makes pods whose labels the scan does not know: a patch of a workload
/// (the base holds the rest), or a custom resource an operator turns into pods (Prometheus,
/// Strimzi's Kafka, Elastic's Elasticsearch, CloudNativePG's Cluster …). Custom resources of
/// groups known not to run pods (monitors, certificates, policies, routes) do not count.
pub(crate) fn creates_unseen_pods(object: &K8sObject) -> bool {
    if object.partial {
        return object.pod_spec_path.is_some() || object.kind == "Pod";
    }
    let group = object.api_version.split_once('/').map_or("", |(g, _)| g);
    if group.is_empty() || !group.contains('.') || group.ends_with("k8s.io") {
        return false;
    }
    const NO_PODS: &[&str] = &[
        "cert-manager.io",
        "acme.cert-manager.io",
        "networking.istio.io",
        "security.istio.io",
        "telemetry.istio.io",
        "traefik.containo.us",
        "traefik.io",
        "external-secrets.io",
        "bitnami.com",
        "kyverno.io",
        "wgpolicyk8s.io",
        "templates.gatekeeper.sh",
        "constraints.gatekeeper.sh",
        "mutations.gatekeeper.sh",
        "config.gatekeeper.sh",
        "cilium.io",
        "crd.projectcalico.org",
        "projectcalico.org",
        "policy.linkerd.io",
        "split.smi-spec.io",
        "externaldns.k8s.io",
    ];
    if NO_PODS.contains(&group) {
        return false;
    }
    match group {
        "monitoring.coreos.com" => matches!(
            object.kind.as_str(),
            "Prometheus" | "PrometheusAgent" | "Alertmanager" | "ThanosRuler"
        ),
        "keda.sh" => object.kind == "ScaledJob",
        "argoproj.io" => matches!(
            object.kind.as_str(),
            "Workflow" | "CronWorkflow" | "Sensor" | "EventSource"
        ),
        // Custom resources whose pod template the scan reads are workloads like any other.
        _ => object.pod_spec_path.is_none(),
    }
}

/// Annotations on a Service that make OpenShift's service CA write a serving certificate into a
/// Secret of that name.
const SERVING_CERT_ANNOTATIONS: &[&str] = &[
    "service.beta.openshift.io/serving-cert-secret-name",
    "service.alpha.openshift.io/serving-cert-secret-name",
];

/// The name of the Secret a controller writes for this object, when the object says so: a
/// cert-manager `Certificate` (`spec.secretName`), an External Secrets `ExternalSecret`
/// (`spec.target.name`, else its own name), a Bitnami `SealedSecret` (its own name), a Vault
/// Secrets Operator secret (`spec.destination.name`), or a Service annotated for an OpenShift
/// serving certificate. A pod that mounts such a Secret does not name a missing one.
pub(crate) fn produced_secret(object: &K8sObject) -> Option<&str> {
    let group = object.api_version.split_once('/').map_or("", |(g, _)| g);
    let root = &object.root;
    let own_name = || object.name.as_deref();
    match (group, object.kind.as_str()) {
        ("cert-manager.io", "Certificate") => root.at("spec.secretName")?.as_str(),
        ("external-secrets.io", "ExternalSecret" | "PushSecret") => root
            .at("spec.target.name")
            .and_then(Node::as_str)
            .or_else(own_name),
        ("bitnami.com", "SealedSecret") => own_name(),
        ("secrets.hashicorp.com", _) => root.at("spec.destination.name")?.as_str(),
        ("", "Service") => {
            let annotations = root.at("metadata.annotations")?;
            SERVING_CERT_ANNOTATIONS
                .iter()
                .find_map(|key| annotations.get(key).and_then(Node::as_str))
        }
        _ => None,
    }
}

/// Whether an RBAC role's rules allow creating Secrets (core group, `secrets` or `*`, verb
/// `create` or `*`).
fn grants_secret_creation(root: &Node) -> bool {
    let has = |rule: &Node, key: &str, wanted: &[&str]| {
        rule.get(key).is_some_and(|list| {
            list.items()
                .any(|v| v.as_str().is_some_and(|v| wanted.contains(&v)))
        })
    };
    root.get("rules")
        .into_iter()
        .flat_map(Node::items)
        .any(|rule| {
            has(rule, "apiGroups", &["", "*"])
                && has(rule, "resources", &["secrets", "*"])
                && has(rule, "verbs", &["create", "*"])
        })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Scope<'a> {
    Namespace(&'a str),
    Directory(&'a Path),
}

impl<'a> Item<'a> {
    pub fn scope(&self) -> Scope<'a> {
        match self.object.namespace.as_deref() {
            Some(ns) => Scope::Namespace(ns),
            None => Scope::Directory(self.file.path.parent().unwrap_or(Path::new(""))),
        }
    }

    pub fn is_workload(&self) -> bool {
        self.object.pod_spec().is_some() && self.object.kind != "PodTemplate"
    }

    /// The labels of the pods this object runs (its template's, or a Pod's own).
    pub fn pod_labels(&self) -> Option<&'a Node> {
        self.object.pod_spec()?.metadata?.get("labels")
    }
}

/// Every object of the scan, by scope, with the lookups the rules make as hash lookups: a
/// repository can hold thousands of objects in one namespace, and a linear search per object
/// made the cross-object pass quadratic.
pub(crate) struct Index<'a> {
    pub items: Vec<Item<'a>>,
    /// `Namespace` objects by name (the first of each name, in scan order).
    namespaces: HashMap<&'a str, usize>,
    by_kind: HashMap<&'a str, Vec<usize>>,
    by_scope_kind: HashMap<(Scope<'a>, &'a str), Vec<usize>>,
    workloads: HashMap<Scope<'a>, Vec<usize>>,
    /// (scope, kind, name) of every named object.
    named: HashSet<(Scope<'a>, &'a str, &'a str)>,
    /// Workloads by a pod label with a plain string value: (scope, key, value).
    by_label: HashMap<(Scope<'a>, &'a str, &'a str), Vec<usize>>,
    /// Workloads whose pod label `key` is not a plain string (undecidable): (scope, key).
    odd_label: HashMap<(Scope<'a>, &'a str), Vec<usize>>,
    /// Scopes where pods run that the scan cannot see: an operator's custom resource creates
    /// them, or a patch completes a workload defined elsewhere.
    hidden_pods: HashSet<Scope<'a>>,
    /// Scopes where a Role lets someone create Secrets at run time (a certificate-generating
    /// Job, an init job that writes a password).
    secret_makers: HashSet<Scope<'a>>,
    /// (scope, kind) of the objects whose name is unknown (a Terraform variable without a
    /// value): any name of that kind may be among them.
    unnamed: HashSet<(Scope<'a>, &'a str)>,
}

impl<'a> Index<'a> {
    pub(crate) fn new(files: &'a [K8sFile]) -> Index<'a> {
        let mut items = Vec::new();
        // A Terraform module called from two root modules yields its objects twice.
        let mut seen = HashSet::new();
        for file in files {
            for object in &file.objects {
                let key = (
                    &file.file.path,
                    object.kind_span,
                    &object.kind,
                    &object.name,
                    &object.namespace,
                );
                if object.address.is_some() && !seen.insert(key) {
                    continue;
                }
                items.push(Item {
                    file: &file.file,
                    object,
                });
            }
        }
        let mut index = Index {
            items: Vec::new(),
            namespaces: HashMap::new(),
            by_kind: HashMap::new(),
            by_scope_kind: HashMap::new(),
            workloads: HashMap::new(),
            named: HashSet::new(),
            by_label: HashMap::new(),
            odd_label: HashMap::new(),
            hidden_pods: HashSet::new(),
            secret_makers: HashSet::new(),
            unnamed: HashSet::new(),
        };
        for (i, item) in items.iter().enumerate() {
            let scope = item.scope();
            let kind = item.object.kind.as_str();
            index.by_kind.entry(kind).or_default().push(i);
            index
                .by_scope_kind
                .entry((scope, kind))
                .or_default()
                .push(i);
            if let Some(name) = item.object.name.as_deref() {
                index.named.insert((scope, kind, name));
                if kind == "Namespace" {
                    index.namespaces.entry(name).or_insert(i);
                }
            } else if item
                .object
                .root
                .at("metadata.name")
                .is_some_and(Node::is_unknown)
            {
                index.unnamed.insert((scope, kind));
            }
            if kind == "Role" && grants_secret_creation(&item.object.root) {
                index.secret_makers.insert(scope);
            }
            if let Some(secret) = produced_secret(item.object) {
                index.named.insert((scope, "Secret", secret));
            }
            if creates_unseen_pods(item.object) {
                index.hidden_pods.insert(scope);
            }
            if item.is_workload() && !item.object.partial {
                index.workloads.entry(scope).or_default().push(i);
                for entry in item.pod_labels().into_iter().flat_map(|l| l.entries()) {
                    let key = entry.key.as_str();
                    match entry.value.as_str() {
                        Some(value) => index
                            .by_label
                            .entry((scope, key, value))
                            .or_default()
                            .push(i),
                        None => index.odd_label.entry((scope, key)).or_default().push(i),
                    }
                }
            }
        }
        index.items = items;
        index
    }

    /// The workloads of a scope.
    pub fn workloads_in(&self, scope: Scope<'a>) -> impl Iterator<Item = Item<'a>> + '_ {
        self.workloads
            .get(&scope)
            .into_iter()
            .flatten()
            .map(|&i| self.items[i])
    }

    /// The workloads of a scope that `selects(selector, …)` may not answer `Some(false)` for:
    /// `selects` stops at the first selector label that is not a controller label, so only
    /// workloads with that label (as the wanted string, or as an undecidable value) can match or
    /// be undecided. In scan order.
    pub fn selector_candidates(&self, scope: Scope<'a>, selector: &Node) -> Vec<Item<'a>> {
        let first = selector
            .entries()
            .find(|e| !CONTROLLER_LABELS.contains(&e.key.as_str()));
        let Some((key, value)) = first.and_then(|e| Some((e.key.as_str(), e.value.as_str()?)))
        else {
            return self.workloads_in(scope).collect();
        };
        let mut found: Vec<usize> = self
            .by_label
            .get(&(scope, key, value))
            .into_iter()
            .chain(self.odd_label.get(&(scope, key)))
            .flatten()
            .copied()
            .collect();
        found.sort_unstable();
        found.into_iter().map(|i| self.items[i]).collect()
    }

    /// Whether an object of `kind` is in `scope`.
    pub fn has_kind(&self, scope: Scope<'a>, kind: &'a str) -> bool {
        self.by_scope_kind.contains_key(&(scope, kind))
    }

    /// The objects of `kind` in `scope`, in scan order.
    pub fn of_kind_in(
        &self,
        scope: Scope<'a>,
        kind: &'a str,
    ) -> impl Iterator<Item = Item<'a>> + '_ {
        self.by_scope_kind
            .get(&(scope, kind))
            .into_iter()
            .flatten()
            .map(|&i| self.items[i])
    }

    pub fn of_kind(&self, kind: &'a str) -> impl Iterator<Item = Item<'a>> + '_ {
        self.by_kind
            .get(kind)
            .into_iter()
            .flatten()
            .map(|&i| self.items[i])
    }

    pub fn has_workloads(&self, scope: Scope<'a>) -> bool {
        self.workloads.contains_key(&scope)
    }

    /// Whether pods the scan cannot see may run in `scope` (see [`creates_unseen_pods`]): a
    /// selector that matches no scanned workload there cannot be called dead.
    pub fn may_hide_pods(&self, scope: Scope<'a>) -> bool {
        self.hidden_pods.contains(&scope)
    }

    /// Whether a Role of `scope` grants `create` on Secrets: whoever holds it may write the
    /// Secret a pod refers to after the manifests are applied.
    pub fn may_create_secrets(&self, scope: Scope<'a>) -> bool {
        self.secret_makers.contains(&scope)
    }

    /// Whether the scanned files define the object's namespace (a `Namespace` object of that
    /// name): only then is a name missing from the scan known to be missing from the cluster.
    pub fn defines_namespace_of(&self, item: &Item<'a>) -> bool {
        item.object
            .namespace
            .as_deref()
            .is_some_and(|ns| self.namespaces.contains_key(ns))
    }

    /// The `Namespace` object named `name`, if the scan defines it.
    pub fn namespace_object(&self, name: &str) -> Option<Item<'a>> {
        self.namespaces.get(name).map(|&i| self.items[i])
    }

    /// Whether an object of `kind` named `name` is in `scope` (or may be: one of that kind has
    /// an unknown name).
    pub fn has_named(&self, scope: Scope<'a>, kind: &str, name: &str) -> bool {
        self.named.contains(&(scope, kind, name)) || self.unnamed.contains(&(scope, kind))
    }
}

/// Labels that controllers add to the pods they create, so they never appear in a template:
/// a selector on them (a per-replica Service of a StatefulSet) matches at run time.
pub(super) const CONTROLLER_LABELS: &[&str] = &[
    "statefulset.kubernetes.io/pod-name",
    "apps.kubernetes.io/pod-index",
    "controller-revision-hash",
    "pod-template-hash",
    "pod-template-generation",
    "controller-uid",
    "job-name",
    "batch.kubernetes.io/controller-uid",
    "batch.kubernetes.io/job-name",
    "batch.kubernetes.io/job-completion-index",
];

/// Whether every `key: value` of a label selector's map is among `labels`. `None` when that
/// cannot be decided (a value that is not a plain string).
pub(super) fn selects(selector: &Node, labels: Option<&Node>) -> Option<bool> {
    for entry in selector.entries() {
        if CONTROLLER_LABELS.contains(&entry.key.as_str()) {
            continue;
        }
        let want = entry.value.as_str()?;
        match labels.and_then(|l| l.get(&entry.key)) {
            None => return Some(false),
            Some(have) => match have.as_str() {
                Some(h) if h == want => {}
                Some(_) => return Some(false),
                None => return None,
            },
        }
    }
    Some(true)
}

/// A label selector as `matchLabels` (plus `matchExpressions`, which make it undecidable here).
/// `None` when the selector cannot be judged: expressions, or no labels at all.
pub(super) fn match_labels(selector: &Node) -> Option<&Node> {
    if selector
        .get("matchExpressions")
        .is_some_and(|e| e.items().next().is_some() || e.is_unknown())
    {
        return None;
    }
    let labels = selector.get("matchLabels")?;
    (labels.is_map() && labels.entries().next().is_some()).then_some(labels)
}

/// The names a pod spec refers to, of one kind of object, with the node that names each one.
/// References marked `optional: true` are left out: the pod starts without them.
pub(super) fn pod_references<'a>(item: &Item<'a>, target: Reference) -> Vec<&'a Node> {
    let Some(pod) = item.object.pod_spec() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let optional = |n: &Node| n.get("optional").and_then(Node::as_bool) == Some(true);
    let mut push = |holder: &'a Node, key: &str| {
        if optional(holder) {
            return;
        }
        if let Some(name) = holder.get(key)
            && name.as_str().is_some_and(|s| !s.is_empty())
        {
            out.push(name);
        }
    };
    let (env_ref, env_from_ref, volume_key, volume_name_key) = match target {
        Reference::ConfigMap => ("configMapKeyRef", "configMapRef", "configMap", "name"),
        Reference::Secret => ("secretKeyRef", "secretRef", "secret", "secretName"),
    };
    for container in pod.containers() {
        for env in container
            .node
            .get("env")
            .into_iter()
            .flat_map(|e| e.items())
        {
            if let Some(r) = env.get("valueFrom").and_then(|v| v.get(env_ref)) {
                push(r, "name");
            }
        }
        for env in container
            .node
            .get("envFrom")
            .into_iter()
            .flat_map(|e| e.items())
        {
            if let Some(r) = env.get(env_from_ref) {
                push(r, "name");
            }
        }
    }
    for volume in pod.spec.get("volumes").into_iter().flat_map(|v| v.items()) {
        if let Some(v) = volume.get(volume_key) {
            push(v, volume_name_key);
        }
        for source in volume
            .get("projected")
            .and_then(|p| p.get("sources"))
            .into_iter()
            .flat_map(|s| s.items())
        {
            if let Some(v) = source.get(volume_key) {
                push(v, "name");
            }
        }
    }
    if target == Reference::Secret {
        for secret in pod
            .spec
            .get("imagePullSecrets")
            .into_iter()
            .flat_map(|s| s.items())
        {
            push(secret, "name");
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reference {
    ConfigMap,
    Secret,
}

/// What the cross-object rules read of an object, besides its kind, name, namespace and
/// `kind_span`. The per-file pass needs whole trees; the cross-object pass runs after every file
/// and would otherwise hold every tree of the scan at once (about 200 MB at 10,000 files), so
/// each object is cut down to these paths when its file is done. Dotted paths; a list is walked
/// through, so `containers.env` keeps the `env` of every container. A rule that reads anything
/// else must add it here: the equivalence test below runs the rules on whole and slim objects.
const SET_PATHS: &[&str] = &[
    "spec.podSelector",              // K8S082
    "spec.selector",                 // K8S081, K8S088
    "spec.replicas",                 // K8S088
    "spec.scaleTargetRef",           // K8S087
    "spec.defaultBackend",           // K8S089
    "rules",                         // K8S086: Roles that create Secrets
    "spec.secretName",               // K8S086: Secrets written by a controller
    "spec.target.name",              // K8S086
    "spec.destination.name",         // K8S086
    "spec.backend",                  // K8S089
    "spec.rules.http.paths.backend", // K8S089
    "metadata.labels",               // K8S217 (Service labels)
    "spec.namespaceSelector",        // K8S217
    "spec.minReplicas",              // K8S215
    "spec.minAvailable",             // K8S215
    "spec.ingress.from",             // K8S218
    "spec.egress.to",                // K8S218
    "etcd.local.extraArgs",          // K8S222 (kubeadm ClusterConfiguration)
    "apiServer.extraArgs",           // K8S222
    "metadata.name",                 // unknown names (Terraform) in `has_named`
];

/// Paths under the pod spec (K8S084–K8S086: the service account, and the ConfigMaps and
/// Secrets that `pod_references` reads).
const POD_SPEC_PATHS: &[&str] = &[
    "serviceAccountName",
    "serviceAccount",
    "volumes.configMap",
    "volumes.secret",
    "volumes.projected.sources.configMap",
    "volumes.projected.sources.secret",
    "imagePullSecrets",
];

/// Paths under each container of every list (an environment variable with a literal value is
/// cut down to an empty map).
const CONTAINER_PATHS: &[&str] = &[
    "command", // K8S222 (control plane flags)
    "args",    // K8S222
    "image",   // K8S222
    "name",    // K8S222 (messages)
    "env.valueFrom.configMapKeyRef",
    "env.valueFrom.secretKeyRef",
    "envFrom.configMapRef",
    "envFrom.secretRef",
];

/// A set of paths to keep, as a trie (keys borrowed: one is built per object).
#[derive(Default)]
struct Keep<'k> {
    /// Keep the whole subtree.
    all: bool,
    fields: Vec<(&'k str, Keep<'k>)>,
}

impl<'k> Keep<'k> {
    fn insert(&mut self, path: impl IntoIterator<Item = &'k str>) {
        let mut node = self;
        for key in path {
            if node.all {
                return;
            }
            let at = match node.fields.iter().position(|(k, _)| *k == key) {
                Some(at) => at,
                None => {
                    node.fields.push((key, Keep::default()));
                    node.fields.len() - 1
                }
            };
            node = &mut node.fields[at].1;
        }
        node.all = true;
        node.fields = Vec::new();
    }

    /// Drops from `node` everything this trie does not name; lists are walked through.
    fn apply(&self, node: &mut Node) {
        if self.all {
            return;
        }
        match &mut node.value {
            yoroi_syntax::Value::Map(entries) => {
                entries.retain_mut(|entry| {
                    match self.fields.iter().find(|(k, _)| *k == entry.key) {
                        Some((_, keep)) => {
                            keep.apply(&mut entry.value);
                            true
                        }
                        None => false,
                    }
                });
                entries.shrink_to_fit();
            }
            yoroi_syntax::Value::Seq(items) => {
                for item in items.iter_mut() {
                    match item.value {
                        yoroi_syntax::Value::Map(_) => self.apply(item),
                        // No rule reads a list inside a list; not walking them keeps the
                        // recursion to the depth of the paths above, whatever the nesting.
                        yoroi_syntax::Value::Seq(_) => item.value = yoroi_syntax::Value::Null,
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
}

/// Cuts an object down to what the cross-object rules read (see [`SET_PATHS`]).
pub(crate) fn slim(mut object: K8sObject) -> K8sObject {
    let mut keep = Keep::default();
    for path in SET_PATHS {
        keep.insert(path.split('.'));
    }
    // Annotation keys hold dots, so they are inserted as whole keys.
    for key in SERVING_CERT_ANNOTATIONS {
        keep.insert(["metadata", "annotations", key]);
    }
    if let Some(pod) = object.pod_spec_path.as_deref() {
        let pod: Vec<&str> = pod.iter().map(String::as_str).collect();
        for path in POD_SPEC_PATHS {
            keep.insert(pod.iter().copied().chain(path.split('.')));
        }
        for list in ContainerKind::ALL.map(ContainerKind::field) {
            for path in CONTAINER_PATHS {
                keep.insert(pod.iter().copied().chain([list]).chain(path.split('.')));
            }
        }
        // The pod's labels sit in the metadata beside the spec (a template's, or a Pod's own).
        let parent = &pod[..pod.len().saturating_sub(1)];
        keep.insert(parent.iter().copied().chain(["metadata", "labels"]));
    }
    keep.apply(&mut object.root);
    object
}

#[cfg(test)]
mod tests {
    use crate::catalog::{Catalog, Domain};
    use crate::engine::{Document, Engine, K8sFile, Selection, parse_file};
    use std::sync::Arc;
    use yoroi_syntax::{FileKind, SourceFile};

    /// The cross-object rules must find exactly the same on slim objects as on whole ones: on
    /// each Kubernetes example of the catalog alone, and on all of them as one scan.
    #[test]
    fn slim_objects_change_no_cross_object_finding() {
        let catalog = Arc::new(Catalog::builtin().expect("catalog"));
        let engine = Engine::new(Arc::clone(&catalog), &Selection::default()).expect("engine");
        let render = |files: &[K8sFile]| -> Vec<String> {
            engine
                .check_set(files)
                .iter()
                .map(|f| {
                    format!(
                        "{} {} {:?} {} {:?}",
                        f.rule_id(),
                        f.file.display(),
                        f.span,
                        f.message,
                        f.object
                    )
                })
                .collect()
        };
        let (mut all_whole, mut all_slim) = (Vec::new(), Vec::new());
        let mut fired = Vec::new();
        let mut inputs: Vec<(std::path::PathBuf, String)> = vec![(
            "refs/every-reference.yaml".into(),
            EVERY_REFERENCE.to_string(),
        )];
        for rule in catalog
            .rules
            .iter()
            .filter(|r| r.domain == Domain::Kubernetes)
        {
            for example in &rule.examples {
                let name = example.name.rsplit('/').next().unwrap_or(&example.name);
                if FileKind::from_file_name(name) == Some(FileKind::Yaml) {
                    let path = std::path::Path::new("checks")
                        .join(&rule.dir)
                        .join(&example.name);
                    inputs.push((path, example.text.clone()));
                }
            }
        }
        for (path, text) in inputs {
            let file = SourceFile::new(path, FileKind::Yaml, text);
            let Document::Kubernetes { objects, .. } = parse_file(Arc::clone(&file)) else {
                continue;
            };
            let whole = K8sFile {
                file: Arc::clone(&file),
                objects,
            };
            let Some(slim) = parse_file(Arc::clone(&file)).into_kubernetes().pop() else {
                continue;
            };
            let expected = render(std::slice::from_ref(&whole));
            assert_eq!(
                render(std::slice::from_ref(&slim)),
                expected,
                "{}",
                file.display()
            );
            fired.extend(expected);
            all_whole.push(whole);
            all_slim.push(slim);
        }
        assert!(
            all_whole.len() > 100,
            "only {} example files",
            all_whole.len()
        );
        for id in [
            "K8S081", "K8S082", "K8S083", "K8S084", "K8S085", "K8S086", "K8S087", "K8S088",
            "K8S089",
        ] {
            assert!(fired.iter().any(|f| f.starts_with(id)), "{id} never fires");
        }
        for (id, count) in [("K8S084", 1), ("K8S085", 5), ("K8S086", 5)] {
            let every = "refs/every-reference.yaml";
            let found = fired
                .iter()
                .filter(|f| f.starts_with(id) && f.contains(every))
                .count();
            assert_eq!(found, count, "{id} on {every}");
        }
        assert_eq!(render(&all_slim), render(&all_whole));
    }

    /// Every place a pod names a ConfigMap, Secret or ServiceAccount, required and optional,
    /// beside the fields the slim objects drop.
    const EVERY_REFERENCE: &str = r#"apiVersion: v1
kind: Namespace
metadata:
  name: refs
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: refs
  labels: {app: web}
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      serviceAccountName: web-sa
      imagePullSecrets:
        - name: pull-secret
      initContainers:
        - name: init
          image: busybox:1.36
          envFrom:
            - configMapRef: {name: init-config}
      containers:
        - name: app
          image: nginx:1.25
          securityContext: {runAsNonRoot: true}
          env:
            - name: PLAIN
              value: literal
            - name: FROM_CM
              valueFrom:
                configMapKeyRef: {name: app-config, key: k}
            - name: FROM_SECRET
              valueFrom:
                secretKeyRef: {name: app-secret, key: k}
            - name: OPTIONAL
              valueFrom:
                secretKeyRef: {name: maybe-secret, key: k, optional: true}
            - name: FIELD
              valueFrom:
                fieldRef: {fieldPath: metadata.name}
          envFrom:
            - secretRef: {name: env-secret}
            - configMapRef: {name: optional-config, optional: true}
          resources:
            limits: {cpu: 100m, memory: 64Mi}
      ephemeralContainers:
        - name: debug
          image: busybox:1.36
          env:
            - name: E
              valueFrom:
                configMapKeyRef: {name: debug-config, key: k}
      volumes:
        - name: a
          configMap: {name: vol-config}
        - name: b
          secret: {secretName: vol-secret}
        - name: c
          projected:
            sources:
              - configMap: {name: projected-config}
              - secret: {name: projected-secret}
              - serviceAccountToken: {path: token}
        - name: d
          emptyDir: {}
"#;
}
