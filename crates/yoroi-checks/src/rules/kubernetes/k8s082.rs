//! K8S082 networkpolicy-selects-nothing: a NetworkPolicy's `podSelector` matches no workload in
//! its scope, so it protects nothing (often a renamed label). An empty selector selects every pod
//! and is fine; selectors with `matchExpressions` are not judged.

use super::set::{Index, match_labels, selects};
use crate::finding::SetEmitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S082",
    check: Check::KubernetesSet(check),
};

fn check(index: &Index<'_>, emit: &mut SetEmitter<'_>) {
    for policy in index.of_kind("NetworkPolicy") {
        let Some(entry) = policy.object.root.get("spec").and_then(|s| s.entry("podSelector")) else {
            continue;
        };
        let Some(labels) = match_labels(&entry.value) else {
            continue;
        };
        let scope = policy.scope();
        if !index.has_workloads(scope) || index.may_hide_pods(scope) || policy.object.partial {
            continue;
        }
        let mut undecided = false;
        let matched = index.selector_candidates(scope, labels).into_iter().any(|w| {
            selects(labels, w.pod_labels()).unwrap_or_else(|| {
                undecided = true;
                false
            })
        });
        if !matched && !undecided {
            emit.report(
                policy.file,
                entry.key_span.cover(entry.value.span),
                format!(
                    "`{}` selects pods that no workload in the scanned files runs, so it isolates nothing",
                    policy.object.identity()
                ),
            )
            .object(policy.object.identity());
        }
    }
}
