//! K8S083 namespace-without-networkpolicy: workloads run in a namespace for which the scanned
//! files define no NetworkPolicy (CIS 5.3.2). Only explicit namespaces are judged: objects without
//! `metadata.namespace` may land anywhere.

use super::set::{Index, Scope};
use crate::finding::SetEmitter;
use crate::rules::{Check, RustRule};
use std::collections::BTreeMap;

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S083",
    check: Check::KubernetesSet(check),
};

fn check(index: &Index<'_>, emit: &mut SetEmitter<'_>) {
    let mut namespaces: BTreeMap<&str, ()> = BTreeMap::new();
    for item in &index.items {
        if let Scope::Namespace(ns) = item.scope()
            && item.is_workload()
        {
            namespaces.insert(ns, ());
        }
    }
    for ns in namespaces.keys() {
        let scope = Scope::Namespace(ns);
        if index.has_kind(scope, "NetworkPolicy") {
            continue;
        }
        // Point at the Namespace object when the scan defines it, else at the first workload.
        let anchor = index
            .namespace_object(ns)
            .or_else(|| index.workloads_in(scope).next());
        if let Some(anchor) = anchor {
            emit.report(
                anchor.file,
                anchor.object.kind_span,
                format!(
                    "namespace `{ns}` runs workloads but no NetworkPolicy in the scanned files applies to it"
                ),
            )
            .object(format!("Namespace/{ns}"));
        }
    }
}
