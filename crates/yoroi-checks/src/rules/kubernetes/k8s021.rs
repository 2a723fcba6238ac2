//! K8S021 apparmor-annotation-unconfined: the legacy per-container AppArmor annotation
//! (`container.apparmor.security.beta.kubernetes.io/<container>`) names a profile other than
//! `runtime/default` or `localhost/<name>`. The annotation is keyed by container name and lives
//! in the pod template's metadata, which a declarative path cannot pair with the container.

use crate::finding::Emitter;
use crate::rules::{Check, K8sCtx, RustRule};


pub(crate) const RULE: RustRule = RustRule {
    id: "K8S021",
    check: Check::Kubernetes(check),
};

const PREFIX: &str = "container.apparmor.security.beta.kubernetes.io/";

fn check(ctx: &K8sCtx<'_>, emit: &mut Emitter<'_>) {
    for object in ctx.objects {
        let Some(pod) = object.pod_spec() else {
            continue;
        };
        let Some(annotations) = pod.metadata.and_then(|m| m.get("annotations")) else {
            continue;
        };
        for entry in annotations.entries() {
            let Some(container) = entry.key.strip_prefix(PREFIX) else {
                continue;
            };
            let Some(profile) = entry.value.as_str().map(str::trim) else {
                continue;
            };
            if profile == "runtime/default" || profile.starts_with("localhost/") {
                continue;
            }
            emit.report(
                entry.key_span.cover(entry.value.span),
                format!(
                    "container `{container}` is given the AppArmor profile `{profile}` by annotation; only `runtime/default` and `localhost/<profile>` are allowed"
                ),
            )
            .object(format!("{} container {container}", object.identity()));
        }
    }
}

