//! K8S084 missing-service-account: a pod runs as a ServiceAccount that the scanned files do not
//! define, although they define its namespace. The pod is then rejected at creation.

use super::set::Index;
use crate::finding::SetEmitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S084",
    check: Check::KubernetesSet(check),
};

fn check(index: &Index<'_>, emit: &mut SetEmitter<'_>) {
    for item in index.items.iter().filter(|i| i.is_workload()) {
        if !index.defines_namespace_of(item) {
            continue;
        }
        let Some(pod) = item.object.pod_spec() else {
            continue;
        };
        let Some(name_node) = pod
            .spec
            .get("serviceAccountName")
            .or_else(|| pod.spec.get("serviceAccount"))
        else {
            continue;
        };
        let Some(name) = name_node.as_str() else {
            continue;
        };
        if name.is_empty() || name == "default" {
            continue;
        }
        if !index.has_named(item.scope(), "ServiceAccount", name) {
            emit.report(
                item.file,
                name_node.span,
                format!(
                    "`{}` runs as the ServiceAccount `{name}`, which the scanned files do not define in its namespace",
                    item.object.identity()
                ),
            )
            .object(item.object.identity());
        }
    }
}
