//! K8S086 missing-secret: a pod refers to a Secret (environment, `envFrom`, volume or projected
//! source) that the scanned files do not define, although they define its namespace.
//! References marked `optional: true` are not reported, nor Secrets that an object of the scan
//! makes a controller write (see `set::produced_secret`), nor any in a namespace where a Role
//! grants creating Secrets (a job may write them at run time).

use super::set::{Index, Reference, pod_references};
use crate::finding::SetEmitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S086",
    check: Check::KubernetesSet(check),
};

fn check(index: &Index<'_>, emit: &mut SetEmitter<'_>) {
    for item in index.items.iter().filter(|i| i.is_workload()) {
        if !index.defines_namespace_of(item) || index.may_create_secrets(item.scope()) {
            continue;
        }
        for name_node in pod_references(item, Reference::Secret) {
            let Some(name) = name_node.as_str() else {
                continue;
            };
            if index.has_named(item.scope(), "Secret", name) {
                continue;
            }
            emit.report(
                item.file,
                name_node.span,
                format!(
                    "`{}` uses the Secret `{name}`, which the scanned files do not define in its namespace",
                    item.object.identity()
                ),
            )
            .object(item.object.identity());
        }
    }
}
