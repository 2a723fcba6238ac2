//! K8S213 probes-identical: a container's readiness and liveness probes are the same check with
//! the same timing. Comparing two subtrees needs code.

use crate::finding::Emitter;
use crate::rules::{Check, K8sCtx, RustRule};
use yoroi_syntax::node::Node;

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S213",
    check: Check::Kubernetes(check),
};

fn has_unknown(node: &Node) -> bool {
    node.is_unknown()
        || node.items().any(has_unknown)
        || node.entries().any(|e| has_unknown(&e.value))
}

fn check(ctx: &K8sCtx<'_>, emit: &mut Emitter<'_>) {
    for object in ctx.objects {
        let Some(pod) = object.pod_spec() else {
            continue;
        };
        for container in pod.containers() {
            let (Some(liveness), Some(readiness)) = (
                container.node.get("livenessProbe"),
                container.node.get("readinessProbe"),
            ) else {
                continue;
            };
            if !liveness.is_map() || has_unknown(liveness) || has_unknown(readiness) {
                continue;
            }
            if liveness.to_json() == readiness.to_json() {
                emit.report(
                    container
                        .node
                        .entry("livenessProbe")
                        .map_or(liveness.span, |e| e.key_span),
                    format!(
                        "container `{}` uses the same probe for liveness and readiness",
                        container.display_name()
                    ),
                )
                .object(object.identity());
            }
        }
    }
}
