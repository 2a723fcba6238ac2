//! K8S088 missing-pod-disruption-budget: a Deployment or StatefulSet that asks for two or more
//! replicas has no PodDisruptionBudget in its scope whose selector covers its pods.

use super::set::{Index, match_labels, selects};
use crate::engine::K8sFile;
use crate::finding::SetEmitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S088",
    check: Check::KubernetesSet(check),
};

fn check(files: &[K8sFile], emit: &mut SetEmitter<'_>) {
    let index = Index::new(files);
    for item in index.items.iter() {
        if !matches!(item.object.kind.as_str(), "Deployment" | "StatefulSet") {
            continue;
        }
        let Some(replicas) = item.object.root.at("spec.replicas") else {
            continue;
        };
        if replicas.as_i64().is_none_or(|r| r < 2) {
            continue;
        }
        let labels = item.pod_labels();
        let covered = index
            .of_kind_in(item.scope(), "PodDisruptionBudget")
            .any(|pdb| {
                let Some(selector) = pdb.object.root.at("spec.selector") else {
                    return false;
                };
                // A selector this rule cannot evaluate counts as covering.
                match match_labels(selector) {
                    Some(want) => selects(want, labels).unwrap_or(true),
                    None => true,
                }
            });
        if !covered {
            emit.report(
                item.file,
                replicas.span,
                format!(
                    "`{}` runs {} replicas but no PodDisruptionBudget in the scanned files covers its pods",
                    item.object.identity(),
                    replicas.display()
                ),
            )
            .object(item.object.identity());
        }
    }
}
