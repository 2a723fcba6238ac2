//! K8S079 writable-host-path-mount: a container mounts a hostPath volume without
//! `readOnly: true`. Joining a container's `volumeMounts` to the pod's `volumes` by name needs
//! code.

use crate::finding::Emitter;
use crate::rules::{Check, K8sCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S079",
    check: Check::Kubernetes(check),
};

fn check(ctx: &K8sCtx<'_>, emit: &mut Emitter<'_>) {
    for object in ctx.objects {
        let Some(pod) = object.pod_spec() else {
            continue;
        };
        let host_volumes: Vec<&str> = pod
            .spec
            .get("volumes")
            .into_iter()
            .flat_map(|v| v.items())
            .filter(|v| v.get("hostPath").is_some_and(|h| !h.is_null()))
            .filter_map(|v| v.get("name").and_then(|n| n.as_str()))
            .collect();
        if host_volumes.is_empty() {
            continue;
        }
        for container in pod.containers() {
            for mount in container
                .node
                .get("volumeMounts")
                .into_iter()
                .flat_map(|m| m.items())
            {
                let Some(name_node) = mount.get("name") else {
                    continue;
                };
                let Some(name) = name_node.as_str() else {
                    continue;
                };
                if !host_volumes.contains(&name) {
                    continue;
                }
                match mount.get("readOnly") {
                    Some(ro) if ro.as_bool() == Some(true) || ro.is_unknown() => continue,
                    Some(ro) if ro.as_bool().is_none() && !ro.is_null() => continue,
                    _ => {}
                }
                let path = mount.get("mountPath").and_then(|p| p.as_str()).unwrap_or("?");
                emit.report(
                    name_node.span,
                    format!(
                        "container `{}` mounts the host path volume `{name}` at `{path}` writable",
                        container.display_name()
                    ),
                )
                .object(format!(
                    "{} container {}",
                    object.identity(),
                    container.display_name()
                ));
            }
        }
    }
}
