//! K8S071 selector-template-mismatch: a controller's `spec.selector.matchLabels` asks for a
//! label its own pod template does not carry. The API server rejects such a Deployment,
//! StatefulSet, DaemonSet or ReplicaSet; for custom controllers the pods are simply orphaned.

use crate::finding::Emitter;
use crate::rules::{Check, K8sCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S071",
    check: Check::Kubernetes(check),
};

fn check(ctx: &K8sCtx<'_>, emit: &mut Emitter<'_>) {
    for object in ctx.objects {
        if object.kind == "Pod" || object.kind == "PodTemplate" {
            continue;
        }
        let Some(pod) = object.pod_spec() else {
            continue;
        };
        let Some(match_labels) = object.root.at("spec.selector.matchLabels") else {
            continue;
        };
        let labels = pod.metadata.and_then(|m| m.get("labels"));
        for entry in match_labels.entries() {
            let Some(want) = entry.value.as_str() else {
                continue;
            };
            let have = labels.and_then(|l| l.get(&entry.key));
            if have.is_some_and(|h| h.is_unknown() || h.as_str().is_none()) {
                continue;
            }
            if have.and_then(|h| h.as_str()) != Some(want) {
                emit.report(
                    entry.key_span.cover(entry.value.span),
                    format!(
                        "the selector asks for `{}: {want}` but the pod template does not carry that label",
                        entry.key
                    ),
                )
                .object(object.identity());
            }
        }
    }
}
