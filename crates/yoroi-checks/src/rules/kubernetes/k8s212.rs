//! K8S212 hpa-min-equals-max: a HorizontalPodAutoscaler whose `minReplicas` equals its
//! `maxReplicas` can never scale; comparing two fields needs code.

use crate::finding::Emitter;
use crate::rules::{Check, K8sCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S212",
    check: Check::Kubernetes(check),
};

fn check(ctx: &K8sCtx<'_>, emit: &mut Emitter<'_>) {
    for object in ctx.objects {
        if object.kind != "HorizontalPodAutoscaler" {
            continue;
        }
        let Some(max) = object.root.at("spec.maxReplicas") else {
            continue;
        };
        let Some(max_value) = max.as_i64() else {
            continue;
        };
        // minReplicas defaults to 1.
        let min_value = match object.root.at("spec.minReplicas") {
            Some(min) => match min.as_i64() {
                Some(v) => v,
                None => continue,
            },
            None => 1,
        };
        if min_value == max_value {
            emit.report(
                max.span,
                format!(
                    "`minReplicas` and `maxReplicas` are both {max_value}, so the autoscaler can never change the replica count"
                ),
            )
            .object(object.identity());
        }
    }
}
