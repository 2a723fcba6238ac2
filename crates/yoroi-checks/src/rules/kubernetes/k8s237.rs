//! K8S237 image-registry-not-allowed: a container, init container or ephemeral container image
//! comes from a registry outside `[images] allowed-registries` of `.yoroi.toml`. Silent without
//! that setting; images written with a variable or template are never reported.

use crate::finding::Emitter;
use crate::rules::{Check, K8sCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S237",
    check: Check::Kubernetes(check),
};

fn check(ctx: &K8sCtx<'_>, emit: &mut Emitter<'_>) {
    let options = ctx.options;
    if options.allowed_registries.is_empty() {
        return;
    }
    let allowed = options.allowed_registries.join(", ");
    for object in ctx.objects {
        let Some(pod) = object.pod_spec() else {
            continue;
        };
        for container in pod.containers() {
            let Some(image) = container.node.get("image") else {
                continue;
            };
            let Some(reference) = image.as_str() else {
                continue;
            };
            if options.registry_allowed(reference) != Some(false) {
                continue;
            }
            let name = container.name.unwrap_or("?");
            emit.report(
                image.span,
                format!(
                    "container `{name}` runs `{reference}`, which is not from an allowed registry ({allowed})"
                ),
            )
            .object(format!("{} container {name}", object.identity()));
        }
    }
}
