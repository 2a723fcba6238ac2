//! K8S087 hpa-target-missing: a HorizontalPodAutoscaler scales a workload that is not in the
//! scanned files of its scope. Judged only where the scan holds workloads of that scope.

use super::set::Index;
use crate::finding::SetEmitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S087",
    check: Check::KubernetesSet(check),
};

fn check(index: &Index<'_>, emit: &mut SetEmitter<'_>) {
    for hpa in index.of_kind("HorizontalPodAutoscaler") {
        let Some(target) = hpa.object.root.at("spec.scaleTargetRef") else {
            continue;
        };
        let (Some(kind), Some(name_node)) = (
            target.get("kind").and_then(|k| k.as_str()),
            target.get("name"),
        ) else {
            continue;
        };
        let Some(name) = name_node.as_str() else {
            continue;
        };
        let scope = hpa.scope();
        if !index.has_workloads(scope) || index.has_named(scope, kind, name) {
            continue;
        }
        emit.report(
            hpa.file,
            name_node.span,
            format!(
                "`{}` scales the {kind} `{name}`, which is not in the scanned files",
                hpa.object.identity()
            ),
        )
        .object(hpa.object.identity());
    }
}
