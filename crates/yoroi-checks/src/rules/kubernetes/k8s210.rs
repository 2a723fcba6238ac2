//! K8S210 readiness-probe-port-undeclared: the readiness probe targets a port the container does not
//! declare; see K8S209 for the shared logic.

use crate::finding::Emitter;
use crate::rules::{Check, K8sCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S210",
    check: Check::Kubernetes(check),
};

fn check(ctx: &K8sCtx<'_>, emit: &mut Emitter<'_>) {
    super::k8s209::check_probe(ctx, emit, "readinessProbe", "readiness");
}
