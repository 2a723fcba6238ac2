//! K8S219 workload-not-isolated: the workload's namespace has NetworkPolicies, but none of them
//! selects the workload's pods, so its traffic is unrestricted. Namespaces without any policy are
//! K8S083's; a policy whose selector cannot be decided (expressions, odd values) makes the whole
//! scope undecided.

use super::set::{Index, Scope, match_labels, selects};
use crate::finding::SetEmitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S219",
    check: Check::KubernetesSet(check),
};

fn check(index: &Index<'_>, emit: &mut SetEmitter<'_>) {
    for workload in &index.items {
        if !workload.is_workload() || workload.object.partial {
            continue;
        }
        let scope = workload.scope();
        // Like K8S083, only explicit namespaces: a namespace-less policy may be deployed with
        // objects of other directories.
        if !matches!(scope, Scope::Namespace(_)) || !index.has_kind(scope, "NetworkPolicy") {
            continue;
        }
        let mut undecided = false;
        let selected = index.of_kind_in(scope, "NetworkPolicy").any(|policy| {
            if policy.object.partial {
                undecided = true;
                return false;
            }
            let Some(selector) = policy.object.root.at("spec.podSelector") else {
                // No podSelector: the API requires it; treat as unknown.
                undecided = true;
                return false;
            };
            if selector.is_map()
                && selector.entries().all(|e| {
                    e.value.is_null() || (e.value.is_map() && e.value.entries().next().is_none())
                })
            {
                // `{}` selects every pod of the namespace.
                return true;
            }
            let Some(labels) = match_labels(selector) else {
                undecided = true;
                return false;
            };
            selects(labels, workload.pod_labels()).unwrap_or_else(|| {
                undecided = true;
                false
            })
        });
        if !selected && !undecided {
            emit.report(
                workload.file,
                workload.object.kind_span,
                format!(
                    "no NetworkPolicy of the scanned files selects the pods of `{}`, so their traffic is not restricted",
                    workload.object.identity()
                ),
            )
            .object(workload.object.identity());
        }
    }
}
