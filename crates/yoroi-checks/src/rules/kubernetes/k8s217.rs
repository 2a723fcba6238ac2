//! K8S217 servicemonitor-selects-nothing: a Prometheus-operator ServiceMonitor's selector matches
//! no Service of its namespace in the scan, so nothing is scraped. Judged only when the monitor
//! looks at its own, explicit namespace, the scope holds Services, and no operator may create unseen ones.

use super::set::{Index, Scope, match_labels, selects};
use crate::finding::SetEmitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S217",
    check: Check::KubernetesSet(check),
};

fn check(index: &Index<'_>, emit: &mut SetEmitter<'_>) {
    for monitor in index.of_kind("ServiceMonitor") {
        // Every object of the group is marked partial (the operator completes them); the
        // selector it sets is still what it says.
        if !monitor.object.api_version.starts_with("monitoring.coreos.com/") {
            continue;
        }
        let spec = monitor.object.root.get("spec");
        // Another namespace (or all of them) is out of the scope's reach.
        if let Some(ns_selector) = spec.and_then(|s| s.get("namespaceSelector")) {
            let own = monitor.object.namespace.as_deref();
            let names: Vec<Option<&str>> = ns_selector
                .get("matchNames")
                .map(|m| m.items().map(|n| n.as_str()).collect())
                .unwrap_or_default();
            let only_own = ns_selector.get("any").is_none()
                && !names.is_empty()
                && names.iter().all(|n| n.is_some() && *n == own);
            if ns_selector.entries().next().is_some() && !only_own {
                continue;
            }
        }
        let Some(entry) = spec.and_then(|s| s.entry("selector")) else {
            continue;
        };
        let Some(labels) = match_labels(&entry.value) else {
            continue;
        };
        let scope = monitor.scope();
        if !matches!(scope, Scope::Namespace(_)) {
            continue;
        }
        if !index.has_kind(scope, "Service") || index.may_hide_pods(scope) {
            continue;
        }
        let mut undecided = false;
        let matched = index.of_kind_in(scope, "Service").any(|service| {
            if service.object.partial {
                undecided = true;
                return false;
            }
            let service_labels = service.object.root.at("metadata.labels");
            selects(labels, service_labels).unwrap_or_else(|| {
                undecided = true;
                false
            })
        });
        if !matched && !undecided {
            emit.report(
                monitor.file,
                entry.key_span.cover(entry.value.span),
                format!(
                    "`{}` selects no Service of the scanned files, so it scrapes nothing",
                    monitor.object.identity()
                ),
            )
            .object(monitor.object.identity());
        }
    }
}
