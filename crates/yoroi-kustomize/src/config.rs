//! Field specs: which fields of which kinds each transformer touches (kustomize's built-in
//! transformer configuration, extended by a kustomization's `configurations` files).

use yoroi_syntax::Node;

use crate::res::Gvk;
use crate::tree::scalar_string;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldSpec {
    pub group: String,
    pub version: String,
    pub kind: String,
    pub path: String,
    pub create: bool,
}

impl FieldSpec {
    fn new(kind: &str, group: &str, version: &str, path: &str, create: bool) -> FieldSpec {
        FieldSpec {
            group: group.into(),
            version: version.into(),
            kind: kind.into(),
            path: path.into(),
            create,
        }
    }

    pub fn applies_to(&self, gvk: &Gvk) -> bool {
        gvk.selected_by(&self.group, &self.version, &self.kind)
    }

    fn from_node(node: &Node) -> Option<FieldSpec> {
        let s = |k: &str| node.get(k).and_then(scalar_string).unwrap_or_default();
        let path = s("path");
        if path.is_empty() {
            return None;
        }
        Some(FieldSpec {
            group: s("group"),
            version: s("version"),
            kind: s("kind"),
            path,
            create: node.get("create").and_then(Node::as_bool).unwrap_or(false),
        })
    }
}

/// A kind whose name other objects refer to, and the fields that hold such references.
#[derive(Debug, Clone)]
pub struct NameRef {
    pub target: Gvk,
    pub referrers: Vec<FieldSpec>,
}

#[derive(Debug, Clone, Default)]
pub struct Config {
    pub name_prefix: Vec<FieldSpec>,
    pub name_suffix: Vec<FieldSpec>,
    pub namespace: Vec<FieldSpec>,
    pub common_labels: Vec<FieldSpec>,
    pub template_labels: Vec<FieldSpec>,
    pub labels: Vec<FieldSpec>,
    pub common_annotations: Vec<FieldSpec>,
    pub images: Vec<FieldSpec>,
    pub replicas: Vec<FieldSpec>,
    pub var_reference: Vec<FieldSpec>,
    pub name_reference: Vec<NameRef>,
}

fn merge_specs(into: &mut Vec<FieldSpec>, from: &[FieldSpec]) {
    for f in from {
        if !into.contains(f) {
            into.push(f.clone());
        }
    }
}

impl Config {
    pub fn merge(&mut self, other: &Config) {
        merge_specs(&mut self.name_prefix, &other.name_prefix);
        merge_specs(&mut self.name_suffix, &other.name_suffix);
        merge_specs(&mut self.namespace, &other.namespace);
        merge_specs(&mut self.common_labels, &other.common_labels);
        merge_specs(&mut self.template_labels, &other.template_labels);
        merge_specs(&mut self.labels, &other.labels);
        merge_specs(&mut self.common_annotations, &other.common_annotations);
        merge_specs(&mut self.images, &other.images);
        merge_specs(&mut self.replicas, &other.replicas);
        merge_specs(&mut self.var_reference, &other.var_reference);
        for nr in &other.name_reference {
            match self
                .name_reference
                .iter_mut()
                .find(|n| n.target == nr.target)
            {
                Some(existing) => merge_specs(&mut existing.referrers, &nr.referrers),
                None => self.name_reference.push(nr.clone()),
            }
        }
    }

    /// Reads a `configurations` file.
    pub fn from_node(root: &Node) -> Config {
        let specs = |key: &str| -> Vec<FieldSpec> {
            root.get(key)
                .map(|n| n.items().filter_map(FieldSpec::from_node).collect())
                .unwrap_or_default()
        };
        let mut c = Config {
            name_prefix: specs("namePrefix"),
            name_suffix: specs("nameSuffix"),
            namespace: specs("namespace"),
            common_labels: specs("commonLabels"),
            template_labels: specs("templateLabels"),
            labels: specs("labels"),
            common_annotations: specs("commonAnnotations"),
            images: specs("images"),
            replicas: specs("replicas"),
            var_reference: specs("varReference"),
            name_reference: Vec::new(),
        };
        if let Some(nr) = root.get("nameReference") {
            for item in nr.items() {
                let s = |k: &str| item.get(k).and_then(scalar_string).unwrap_or_default();
                let target = Gvk {
                    group: s("group"),
                    version: s("version"),
                    kind: s("kind"),
                };
                let referrers = item
                    .get("fieldSpecs")
                    .map(|n| n.items().filter_map(FieldSpec::from_node).collect())
                    .unwrap_or_default();
                c.merge(&Config {
                    name_reference: vec![NameRef { target, referrers }],
                    ..Config::default()
                });
            }
        }
        c
    }

    /// kustomize's built-in configuration.
    pub fn builtin() -> Config {
        let fs = FieldSpec::new;
        let mut c = Config {
            name_prefix: vec![fs("", "", "", "metadata/name", false)],
            name_suffix: vec![fs("", "", "", "metadata/name", false)],
            namespace: vec![
                fs("Namespace", "", "", "metadata/name", true),
                fs(
                    "APIService",
                    "apiregistration.k8s.io",
                    "",
                    "spec/service/namespace",
                    true,
                ),
                fs(
                    "CustomResourceDefinition",
                    "apiextensions.k8s.io",
                    "",
                    "spec/conversion/webhook/clientConfig/service/namespace",
                    false,
                ),
            ],
            images: [
                "spec/containers[]/image",
                "spec/initContainers[]/image",
                "spec/volumes[]/image/reference",
                "spec/template/spec/containers[]/image",
                "spec/template/spec/initContainers[]/image",
                "spec/template/spec/volumes[]/image/reference",
            ]
            .iter()
            .map(|p| fs("", "", "", p, true))
            .collect(),
            replicas: [
                "Deployment",
                "ReplicationController",
                "ReplicaSet",
                "StatefulSet",
            ]
            .iter()
            .map(|k| fs(k, "", "", "spec/replicas", true))
            .collect(),
            ..Config::default()
        };
        // Labels on objects and on the pod templates they stamp out.
        let metadata_labels = |path_leaf: &str| -> Vec<FieldSpec> {
            let mut v = vec![fs("", "", "", &format!("metadata/{path_leaf}"), true)];
            for (kind, group, version, path) in [
                ("ReplicationController", "", "v1", "spec/template/metadata"),
                ("Deployment", "", "", "spec/template/metadata"),
                ("ReplicaSet", "", "", "spec/template/metadata"),
                ("DaemonSet", "", "", "spec/template/metadata"),
                ("StatefulSet", "apps", "", "spec/template/metadata"),
                ("Job", "batch", "", "spec/template/metadata"),
                ("CronJob", "batch", "", "spec/jobTemplate/metadata"),
                (
                    "CronJob",
                    "batch",
                    "",
                    "spec/jobTemplate/spec/template/metadata",
                ),
            ] {
                let group = if path_leaf == "annotations" && kind == "StatefulSet" {
                    ""
                } else {
                    group
                };
                v.push(fs(
                    kind,
                    group,
                    version,
                    &format!("{path}/{path_leaf}"),
                    true,
                ));
            }
            v
        };
        let vct = fs(
            "StatefulSet",
            "apps",
            "",
            "spec/volumeClaimTemplates[]/metadata/labels",
            true,
        );
        c.template_labels = metadata_labels("labels");
        c.common_annotations = metadata_labels("annotations");
        let mut common = vec![
            fs("Service", "", "v1", "spec/selector", true),
            fs("ReplicationController", "", "v1", "spec/selector", true),
            fs("Deployment", "", "", "spec/selector/matchLabels", true),
        ];
        let affinity = |kind: &str| -> Vec<FieldSpec> {
            [
                "spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels",
                "spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",
                "spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels",
                "spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",
                "spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels",
            ]
            .iter()
            .map(|p| fs(kind, "apps", "", p, false))
            .collect()
        };
        common.extend(affinity("Deployment"));
        common.push(fs("ReplicaSet", "", "", "spec/selector/matchLabels", true));
        common.push(fs("DaemonSet", "", "", "spec/selector/matchLabels", true));
        common.push(fs(
            "StatefulSet",
            "apps",
            "",
            "spec/selector/matchLabels",
            true,
        ));
        common.extend(affinity("StatefulSet"));
        common.push(fs("Job", "batch", "", "spec/selector/matchLabels", false));
        common.push(fs(
            "CronJob",
            "batch",
            "",
            "spec/jobTemplate/spec/selector/matchLabels",
            false,
        ));
        common.push(fs(
            "PodDisruptionBudget",
            "policy",
            "",
            "spec/selector/matchLabels",
            false,
        ));
        for p in [
            "spec/podSelector/matchLabels",
            "spec/ingress/from/podSelector/matchLabels",
            "spec/egress/to/podSelector/matchLabels",
        ] {
            common.push(fs("NetworkPolicy", "networking.k8s.io", "", p, false));
        }
        common.extend(c.template_labels.clone());
        common.push(vct.clone());
        c.common_labels = common;
        c.name_reference = builtin_name_references();
        c.var_reference = builtin_var_references();
        c
    }
}

/// Where a pod spec sits in each workload kind.
const POD_SPECS: &[(&str, &str)] = &[
    ("Pod", "spec"),
    ("PodTemplate", "template/spec"),
    ("Deployment", "spec/template/spec"),
    ("ReplicaSet", "spec/template/spec"),
    ("DaemonSet", "spec/template/spec"),
    ("StatefulSet", "spec/template/spec"),
    ("Job", "spec/template/spec"),
    ("CronJob", "spec/jobTemplate/spec/template/spec"),
    ("ReplicationController", "spec/template/spec"),
];

fn pod_refs(kinds: &[&str], leaves: &[&str]) -> Vec<FieldSpec> {
    let mut out = Vec::new();
    for (kind, base) in POD_SPECS {
        if !kinds.contains(kind) {
            continue;
        }
        let version = if *kind == "Pod" { "v1" } else { "" };
        for leaf in leaves {
            out.push(FieldSpec::new(
                kind,
                "",
                version,
                &format!("{base}/{leaf}"),
                false,
            ));
        }
    }
    out
}

fn builtin_name_references() -> Vec<NameRef> {
    let fs = FieldSpec::new;
    let gvk = |k: &str, g: &str, v: &str| Gvk {
        group: g.into(),
        version: v.into(),
        kind: k.into(),
    };
    let workloads = [
        "Pod",
        "PodTemplate",
        "Deployment",
        "ReplicaSet",
        "DaemonSet",
        "StatefulSet",
        "Job",
        "CronJob",
    ];
    let mut out = Vec::new();
    for k in [
        "Deployment",
        "ReplicationController",
        "ReplicaSet",
        "StatefulSet",
    ] {
        out.push(NameRef {
            target: gvk(k, "", ""),
            referrers: vec![fs(
                "HorizontalPodAutoscaler",
                "",
                "",
                "spec/scaleTargetRef/name",
                false,
            )],
        });
    }
    let mut cm = pod_refs(
        &workloads,
        &[
            "volumes/configMap/name",
            "containers/env/valueFrom/configMapKeyRef/name",
            "initContainers/env/valueFrom/configMapKeyRef/name",
            "containers/envFrom/configMapRef/name",
            "initContainers/envFrom/configMapRef/name",
            "volumes/projected/sources/configMap/name",
        ],
    );
    cm.push(fs("Node", "", "", "spec/configSource/configMap", false));
    cm.push(fs("Role", "", "", "rules/resourceNames", false));
    cm.push(fs("ClusterRole", "", "", "rules/resourceNames", false));
    cm.push(fs(
        "Ingress",
        "",
        "",
        "metadata/annotations/nginx.ingress.kubernetes.io\\/fastcgi-params-configmap",
        false,
    ));
    out.push(NameRef {
        target: gvk("ConfigMap", "", "v1"),
        referrers: cm,
    });
    let mut secret = pod_refs(
        &workloads,
        &[
            "volumes/secret/secretName",
            "containers/env/valueFrom/secretKeyRef/name",
            "initContainers/env/valueFrom/secretKeyRef/name",
            "containers/envFrom/secretRef/name",
            "initContainers/envFrom/secretRef/name",
            "imagePullSecrets/name",
            "volumes/projected/sources/secret/name",
        ],
    );
    for (k, p) in [
        ("Ingress", "spec/tls/secretName"),
        (
            "Ingress",
            "metadata/annotations/ingress.kubernetes.io\\/auth-secret",
        ),
        (
            "Ingress",
            "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret",
        ),
        (
            "Ingress",
            "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-tls-secret",
        ),
        ("ServiceAccount", "imagePullSecrets/name"),
        ("StorageClass", "parameters/secretName"),
        ("StorageClass", "parameters/adminSecretName"),
        ("StorageClass", "parameters/userSecretName"),
        ("StorageClass", "parameters/secretRef"),
        ("Role", "rules/resourceNames"),
        ("ClusterRole", "rules/resourceNames"),
        ("PersistentVolume", "spec/azureFile/secretName"),
    ] {
        secret.push(fs(k, "", "", p, false));
    }
    secret.push(fs(
        "Service",
        "serving.knative.dev",
        "v1",
        "spec/template/spec/containers/env/valueFrom/secretKeyRef/name",
        false,
    ));
    out.push(NameRef {
        target: gvk("Secret", "", "v1"),
        referrers: secret,
    });
    out.push(NameRef {
        target: gvk("Service", "", "v1"),
        referrers: vec![
            fs("StatefulSet", "apps", "", "spec/serviceName", false),
            fs(
                "Ingress",
                "",
                "",
                "spec/rules/http/paths/backend/serviceName",
                false,
            ),
            fs("Ingress", "", "", "spec/backend/serviceName", false),
            fs(
                "Ingress",
                "",
                "",
                "spec/rules/http/paths/backend/service/name",
                false,
            ),
            fs("Ingress", "", "", "spec/defaultBackend/service/name", false),
            fs(
                "APIService",
                "apiregistration.k8s.io",
                "",
                "spec/service/name",
                false,
            ),
            fs(
                "ValidatingWebhookConfiguration",
                "admissionregistration.k8s.io",
                "",
                "webhooks/clientConfig/service",
                false,
            ),
            fs(
                "MutatingWebhookConfiguration",
                "admissionregistration.k8s.io",
                "",
                "webhooks/clientConfig/service",
                false,
            ),
        ],
    });
    let rbac = "rbac.authorization.k8s.io";
    out.push(NameRef {
        target: gvk("Role", rbac, ""),
        referrers: vec![fs("RoleBinding", rbac, "", "roleRef/name", false)],
    });
    out.push(NameRef {
        target: gvk("ClusterRole", rbac, ""),
        referrers: vec![
            fs("RoleBinding", rbac, "", "roleRef/name", false),
            fs("ClusterRoleBinding", rbac, "", "roleRef/name", false),
        ],
    });
    let sa_kinds = [
        "Pod",
        "StatefulSet",
        "Deployment",
        "ReplicationController",
        "CronJob",
        "Job",
        "DaemonSet",
    ];
    let mut sa = vec![
        fs("RoleBinding", rbac, "", "subjects", false),
        fs("ClusterRoleBinding", rbac, "", "subjects", false),
    ];
    sa.extend(unversioned(pod_refs(&sa_kinds, &["serviceAccountName"])));
    out.push(NameRef {
        target: gvk("ServiceAccount", "", "v1"),
        referrers: sa,
    });
    out.push(NameRef {
        target: gvk("PersistentVolumeClaim", "", "v1"),
        referrers: unversioned(pod_refs(
            &sa_kinds,
            &["volumes/persistentVolumeClaim/claimName"],
        )),
    });
    out.push(NameRef {
        target: gvk("PersistentVolume", "", "v1"),
        referrers: vec![
            fs("PersistentVolumeClaim", "", "", "spec/volumeName", false),
            fs("ClusterRole", "", "", "rules/resourceNames", false),
        ],
    });
    out.push(NameRef {
        target: gvk("StorageClass", "storage.k8s.io", "v1"),
        referrers: vec![
            fs("PersistentVolume", "", "", "spec/storageClassName", false),
            fs(
                "PersistentVolumeClaim",
                "",
                "",
                "spec/storageClassName",
                false,
            ),
            fs(
                "StatefulSet",
                "",
                "",
                "spec/volumeClaimTemplates/spec/storageClassName",
                false,
            ),
        ],
    });
    out.push(NameRef {
        target: gvk("PriorityClass", "scheduling.k8s.io", "v1"),
        referrers: unversioned(pod_refs(&sa_kinds, &["priorityClassName"])),
    });
    out.push(NameRef {
        target: gvk("IngressClass", "networking.k8s.io/v1", "v1"),
        referrers: vec![fs("Ingress", "", "", "spec/ingressClassName", false)],
    });
    out.push(NameRef {
        target: gvk(
            "ValidatingAdmissionPolicy",
            "admissionregistration.k8s.io",
            "",
        ),
        referrers: vec![fs(
            "ValidatingAdmissionPolicyBinding",
            "admissionregistration.k8s.io",
            "",
            "spec/policyName",
            false,
        )],
    });
    out
}

fn unversioned(mut v: Vec<FieldSpec>) -> Vec<FieldSpec> {
    for f in &mut v {
        f.version.clear();
    }
    v
}

fn builtin_var_references() -> Vec<FieldSpec> {
    let fs = FieldSpec::new;
    let mut out = Vec::new();
    let container_leaves = [
        "containers/args",
        "containers/command",
        "containers/env/value",
        "containers/volumeMounts/mountPath",
        "initContainers/args",
        "initContainers/command",
        "initContainers/env/value",
        "initContainers/volumeMounts/mountPath",
    ];
    for (kind, base) in [
        ("CronJob", "spec/jobTemplate/spec/template/spec"),
        ("DaemonSet", "spec/template/spec"),
        ("Deployment", "spec/template/spec"),
        ("Job", "spec/template/spec"),
        ("Pod", "spec"),
        ("ReplicaSet", "spec/template/spec"),
        ("StatefulSet", "spec/template/spec"),
    ] {
        for leaf in container_leaves {
            out.push(fs(kind, "", "", &format!("{base}/{leaf}"), false));
        }
    }
    for (kind, path) in [
        (
            "CronJob",
            "spec/jobTemplate/spec/template/volumes/nfs/server",
        ),
        ("DaemonSet", "spec/template/spec/volumes/nfs/server"),
        ("Deployment", "spec/template/spec/volumes/nfs/server"),
        ("Deployment", "spec/template/metadata/annotations"),
        ("Ingress", "spec/rules/host"),
        ("Ingress", "spec/tls/hosts"),
        ("Ingress", "spec/tls/secretName"),
        ("Job", "spec/template/spec/volumes/nfs/server"),
        ("Pod", "spec/volumes/nfs/server"),
        ("ReplicaSet", "spec/template/spec/volumes/nfs/server"),
        ("Service", "spec/ports/port"),
        ("Service", "spec/ports/targetPort"),
        ("StatefulSet", "spec/volumeClaimTemplates/spec/nfs/server"),
        ("PersistentVolume", "spec/nfs/server"),
        ("", "metadata/labels"),
        ("", "metadata/annotations"),
    ] {
        out.push(fs(kind, "", "", path, false));
    }
    out
}
