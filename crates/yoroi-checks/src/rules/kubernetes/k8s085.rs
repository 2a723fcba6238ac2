//! K8S085 missing-configmap: a pod refers to a ConfigMap (environment, `envFrom`, volume or projected
//! source) that the scanned files do not define, although they define its namespace.
//! References marked `optional: true` are not reported.

use super::set::{Index, Reference, pod_references};
use crate::finding::SetEmitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S085",
    check: Check::KubernetesSet(check),
};

fn check(index: &Index<'_>, emit: &mut SetEmitter<'_>) {
    for item in index.items.iter().filter(|i| i.is_workload()) {
        if !index.defines_namespace_of(item) {
            continue;
        }
        for name_node in pod_references(item, Reference::ConfigMap) {
            let Some(name) = name_node.as_str() else {
                continue;
            };
            if is_provided(name) || index.has_named(item.scope(), "ConfigMap", name) {
                continue;
            }
            emit.report(
                item.file,
                name_node.span,
                format!(
                    "`{}` uses the ConfigMap `{name}`, which the scanned files do not define in its namespace",
                    item.object.identity()
                ),
            )
            .object(item.object.identity());
        }
    }
}

/// ConfigMaps every namespace gets from the control plane.
fn is_provided(name: &str) -> bool {
    name == "kube-root-ca.crt"
}
