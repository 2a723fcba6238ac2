//! K8S066 duplicate-env-var: a container lists the same environment variable name twice. The
//! later entry silently wins, so the earlier one is dead configuration that reviewers still read.

use crate::finding::Emitter;
use crate::rules::{Check, K8sCtx, RustRule};
use std::collections::HashMap;

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S066",
    check: Check::Kubernetes(check),
};

fn check(ctx: &K8sCtx<'_>, emit: &mut Emitter<'_>) {
    for object in ctx.objects {
        let Some(pod) = object.pod_spec() else {
            continue;
        };
        for container in pod.containers() {
            let mut seen: HashMap<&str, usize> = HashMap::new();
            for item in container.node.get("env").into_iter().flat_map(|e| e.items()) {
                let Some(name_node) = item.get("name") else {
                    continue;
                };
                let Some(name) = name_node.as_str() else {
                    continue;
                };
                let count = seen.entry(name).or_insert(0);
                *count += 1;
                if *count == 2 {
                    emit.report(
                        name_node.span,
                        format!(
                            "container `{}` sets the environment variable `{name}` more than once; only the last value takes effect",
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
}
