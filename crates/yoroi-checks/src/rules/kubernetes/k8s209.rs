//! K8S209 liveness-probe-port-undeclared (and the shared logic of K8S210 readiness and K8S211
//! startup): a probe's `httpGet`, `tcpSocket` or `grpc` port is a name that the container does
//! not declare in `ports`, so the kubelet cannot resolve it and the probe always fails. A numeric
//! port works whether or not it is declared (`ports` is informational), so it is not reported.

use crate::finding::Emitter;
use crate::rules::{Check, K8sCtx, RustRule};
use yoroi_syntax::node::Node;

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S209",
    check: Check::Kubernetes(check),
};

fn check(ctx: &K8sCtx<'_>, emit: &mut Emitter<'_>) {
    check_probe(ctx, emit, "livenessProbe", "liveness");
}

/// Reports the probe `field` of every container whose port is not declared.
pub(super) fn check_probe(ctx: &K8sCtx<'_>, emit: &mut Emitter<'_>, field: &str, what: &str) {
    for object in ctx.objects {
        let Some(pod) = object.pod_spec() else {
            continue;
        };
        for container in pod.containers() {
            let Some(probe) = container.node.get(field) else {
                continue;
            };
            let ports = container.node.get("ports");
            if ports.is_some_and(|p| p.is_unknown() || !p.is_seq()) {
                continue;
            }
            let declared: Vec<&Node> = ports.map(|p| p.items().collect()).unwrap_or_default();
            if declared.iter().any(|p| {
                p.is_unknown()
                    || p.get("name").is_some_and(Node::is_unknown)
                    || p.get("containerPort").is_some_and(Node::is_unknown)
            }) {
                continue;
            }
            for handler in ["httpGet", "tcpSocket", "grpc"] {
                let Some(port) = probe.get(handler).and_then(|h| h.get("port")) else {
                    continue;
                };
                if let Some(name) = port.as_str() {
                    if name.is_empty() || name.bytes().all(|b| b.is_ascii_digit()) {
                        continue;
                    }
                    if name.contains("{{") || name.contains("${") {
                        continue;
                    }
                    let found = declared
                        .iter()
                        .any(|p| p.get("name").and_then(Node::as_str) == Some(name));
                    if !found {
                        emit.report(
                            port.span,
                            format!(
                                "the {what} probe of container `{}` uses the port name `{name}`, which the container does not declare",
                                container.display_name()
                            ),
                        )
                        .object(object.identity());
                    }
                }
            }
        }
    }
}
