//! K8S214 hpa-target-sets-replicas: a Deployment scaled by a HorizontalPodAutoscaler in the scan
//! also sets `spec.replicas`, so every apply resets the count the autoscaler chose.

use super::set::Index;
use crate::finding::SetEmitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S214",
    check: Check::KubernetesSet(check),
};

fn check(index: &Index<'_>, emit: &mut SetEmitter<'_>) {
    for hpa in index.of_kind("HorizontalPodAutoscaler") {
        let Some(target) = hpa.object.root.at("spec.scaleTargetRef") else {
            continue;
        };
        if target.get("kind").and_then(|k| k.as_str()) != Some("Deployment") {
            continue;
        }
        let Some(name) = target.get("name").and_then(|n| n.as_str()) else {
            continue;
        };
        for deployment in index.of_kind_in(hpa.scope(), "Deployment") {
            if deployment.object.name.as_deref() != Some(name) {
                continue;
            }
            let Some(entry) = deployment
                .object
                .root
                .get("spec")
                .and_then(|s| s.entry("replicas"))
            else {
                continue;
            };
            if entry.value.is_null() {
                continue;
            }
            emit.report(
                deployment.file,
                entry.key_span.cover(entry.value.span),
                format!(
                    "`{}` sets `replicas` although `{}` scales it; each apply resets the replica count",
                    deployment.object.identity(),
                    hpa.object.identity()
                ),
            )
            .object(deployment.object.identity());
        }
    }
}
