//! K8S215 pdb-min-available-above-hpa-min: a PodDisruptionBudget's integer `minAvailable` is
//! higher than the `minReplicas` of the autoscaler that scales the same workload, so at the
//! autoscaler's minimum no pod may ever be evicted and node drains block.

use super::set::{Index, match_labels, selects};
use crate::finding::SetEmitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S215",
    check: Check::KubernetesSet(check),
};

fn check(index: &Index<'_>, emit: &mut SetEmitter<'_>) {
    for hpa in index.of_kind("HorizontalPodAutoscaler") {
        let scope = hpa.scope();
        let Some(target) = hpa.object.root.at("spec.scaleTargetRef") else {
            continue;
        };
        let (Some(kind), Some(name)) = (
            target.get("kind").and_then(|k| k.as_str()),
            target.get("name").and_then(|n| n.as_str()),
        ) else {
            continue;
        };
        // minReplicas defaults to 1.
        let min_replicas = match hpa.object.root.at("spec.minReplicas") {
            Some(node) => match node.as_i64() {
                Some(v) => v,
                None => continue,
            },
            None => 1,
        };
        let Some(workload) = index
            .workloads_in(scope)
            .find(|w| w.object.kind == kind && w.object.name.as_deref() == Some(name))
        else {
            continue;
        };
        for pdb in index.of_kind_in(scope, "PodDisruptionBudget") {
            if pdb.object.partial {
                continue;
            }
            let Some(labels) = pdb.object.root.at("spec.selector").and_then(match_labels) else {
                continue;
            };
            if selects(labels, workload.pod_labels()) != Some(true) {
                continue;
            }
            let Some(entry) = pdb
                .object
                .root
                .get("spec")
                .and_then(|s| s.entry("minAvailable"))
            else {
                continue;
            };
            let Some(min_available) = entry.value.as_i64() else {
                continue;
            };
            if min_available > min_replicas {
                emit.report(
                    pdb.file,
                    entry.key_span.cover(entry.value.span),
                    format!(
                        "`{}` keeps {min_available} pods available but `{}` may scale `{kind}/{name}` down to {min_replicas}",
                        pdb.object.identity(),
                        hpa.object.identity()
                    ),
                )
                .object(pdb.object.identity());
            }
        }
    }
}
