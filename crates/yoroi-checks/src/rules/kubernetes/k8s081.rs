//! K8S081 service-selects-nothing: a Service's selector matches the pod labels of no workload in
//! its scope, so it has no endpoints. Judged only where the scan holds workloads of that scope.

use super::set::{Index, selects};
use crate::finding::SetEmitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S081",
    check: Check::KubernetesSet(check),
};

fn check(index: &Index<'_>, emit: &mut SetEmitter<'_>) {
    for service in index.of_kind("Service") {
        if service.object.pod_spec().is_some() {
            continue;
        }
        let Some(entry) = service.object.root.get("spec").and_then(|s| s.entry("selector")) else {
            continue;
        };
        if !entry.value.is_map() || entry.value.entries().next().is_none() {
            continue;
        }
        let scope = service.scope();
        if !index.has_workloads(scope) || index.may_hide_pods(scope) || service.object.partial {
            continue;
        }
        let mut undecided = false;
        let matched = index.selector_candidates(scope, &entry.value).into_iter().any(|w| {
            match selects(&entry.value, w.pod_labels()) {
                Some(m) => m,
                None => {
                    undecided = true;
                    false
                }
            }
        });
        if !matched && !undecided {
            emit.report(
                service.file,
                entry.key_span.cover(entry.value.span),
                format!(
                    "`{}` selects pods that no workload in the scanned files runs, so it has no endpoints",
                    service.object.identity()
                ),
            )
            .object(service.object.identity());
        }
    }
}
