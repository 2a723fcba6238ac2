//! K8S089 ingress-backend-missing: an Ingress routes to a Service that is not in the scanned
//! files of its scope. Judged only where the scan holds Services of that scope.

use super::set::Index;
use crate::finding::SetEmitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::Node;

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S089",
    check: Check::KubernetesSet(check),
};

fn check(index: &Index<'_>, emit: &mut SetEmitter<'_>) {
    for ingress in index.of_kind("Ingress") {
        let scope = ingress.scope();
        if !index.has_kind(scope, "Service") {
            continue;
        }
        let Some(spec) = ingress.object.root.get("spec") else {
            continue;
        };
        let mut backends: Vec<&Node> = Vec::new();
        backends.extend(spec.get("defaultBackend"));
        backends.extend(spec.get("backend"));
        for rule in spec.get("rules").into_iter().flat_map(|r| r.items()) {
            for path in rule
                .at("http.paths")
                .into_iter()
                .flat_map(|p| p.items())
            {
                backends.extend(path.get("backend"));
            }
        }
        for backend in backends {
            let Some(name_node) = backend
                .at("service.name")
                .or_else(|| backend.get("serviceName"))
            else {
                continue;
            };
            let Some(name) = name_node.as_str() else {
                continue;
            };
            if index.has_named(scope, "Service", name) {
                continue;
            }
            emit.report(
                ingress.file,
                name_node.span,
                format!(
                    "`{}` routes to the Service `{name}`, which is not in the scanned files",
                    ingress.object.identity()
                ),
            )
            .object(ingress.object.identity());
        }
    }
}
