//! K8S218 networkpolicy-peer-selects-nothing: an ingress `from` or egress `to` peer of a
//! NetworkPolicy selects pods by `podSelector` (in the policy's own namespace) that no workload
//! in the scan runs, so the rule allows traffic from or to nobody. Peers with a
//! `namespaceSelector` reach other namespaces and are not judged, nor are policies without
//! `metadata.namespace`.

use super::set::{Index, Scope, match_labels, selects};
use crate::finding::SetEmitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S218",
    check: Check::KubernetesSet(check),
};

fn check(index: &Index<'_>, emit: &mut SetEmitter<'_>) {
    for policy in index.of_kind("NetworkPolicy") {
        let scope = policy.scope();
        // Objects without a namespace are combined by Kustomize or Argo CD with other
        // directories, where the peer may run: only explicit namespaces are judged.
        if !matches!(scope, Scope::Namespace(_)) {
            continue;
        }
        if !index.has_workloads(scope) || index.may_hide_pods(scope) || policy.object.partial {
            continue;
        }
        let Some(spec) = policy.object.root.get("spec") else {
            continue;
        };
        for (direction, peers) in [("ingress", "from"), ("egress", "to")] {
            let Some(rules) = spec.get(direction) else {
                continue;
            };
            for rule in rules.items() {
                for peer in rule.get(peers).into_iter().flat_map(|p| p.items()) {
                    if peer.get("namespaceSelector").is_some() {
                        continue;
                    }
                    let Some(entry) = peer.entry("podSelector") else {
                        continue;
                    };
                    let Some(labels) = match_labels(&entry.value) else {
                        continue;
                    };
                    let mut undecided = false;
                    let matched =
                        index
                            .selector_candidates(scope, labels)
                            .into_iter()
                            .any(|w| {
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
                                "a {direction} peer of `{}` selects pods that no workload in the scanned files runs",
                                policy.object.identity()
                            ),
                        )
                        .object(policy.object.identity());
                    }
                }
            }
        }
    }
}
