//! K8S216 shared-service-account: several workloads of one scope run under the same service
//! account, so each gets the API permissions every other one needs.

use super::set::{Index, Item, Scope};
use crate::finding::SetEmitter;
use crate::rules::{Check, RustRule};
use std::collections::HashMap;
use yoroi_syntax::Entry;

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S216",
    check: Check::KubernetesSet(check),
};

fn service_account<'a>(item: &Item<'a>) -> Option<&'a Entry> {
    let pod = item.object.pod_spec()?;
    let entry = pod.spec.entry("serviceAccountName")?;
    entry.value.as_str().filter(|s| !s.is_empty())?;
    Some(entry)
}

/// The service account an item runs under, when it is a plain name worth judging.
fn account<'a>(item: &Item<'a>) -> Option<(&'a Entry, &'a str)> {
    if !item.is_workload() || item.object.partial {
        return None;
    }
    let entry = service_account(item)?;
    let name = entry.value.as_str()?;
    if name.contains("{{") || name.contains("${") {
        return None;
    }
    Some((entry, name))
}

fn check(index: &Index<'_>, emit: &mut SetEmitter<'_>) {
    // The same workload often appears in several bundle files of one directory (install.yaml,
    // core-install.yaml …): workloads are told apart by identity, not by occurrence.
    let mut by_account: HashMap<(Scope<'_>, &str), Vec<String>> = HashMap::new();
    for item in &index.items {
        if let Some((_, name)) = account(item) {
            let users = by_account.entry((item.scope(), name)).or_default();
            let identity = item.object.identity();
            if !users.contains(&identity) {
                users.push(identity);
            }
        }
    }
    // Reported in scan order.
    for item in &index.items {
        let Some((entry, name)) = account(item) else {
            continue;
        };
        let Some(users) = by_account.get(&(item.scope(), name)) else {
            continue;
        };
        if users.len() < 2 {
            continue;
        }
        let me = item.object.identity();
        let others: Vec<&str> = users
            .iter()
            .map(String::as_str)
            .filter(|o| *o != me)
            .collect();
        if others.is_empty() {
            continue;
        }
        emit.report(
            item.file,
            entry.key_span.cover(entry.value.span),
            format!(
                "`{me}` shares the service account `{name}` with {}",
                others.join(", ")
            ),
        )
        .object(me);
    }
}
