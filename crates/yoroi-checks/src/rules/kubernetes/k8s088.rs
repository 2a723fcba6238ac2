//! K8S088 missing-pod-disruption-budget: a Deployment or StatefulSet that asks for two or more
//! replicas has no PodDisruptionBudget in its scope whose selector covers its pods.

use super::set::{CONTROLLER_LABELS, Index, Item, Scope, match_labels, selects};
use std::collections::HashMap;
use crate::finding::SetEmitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S088",
    check: Check::KubernetesSet(check),
};

fn check(index: &Index<'_>, emit: &mut SetEmitter<'_>) {
    let mut pdbs: HashMap<Scope<'_>, Pdbs<'_>> = HashMap::new();
    for item in index.items.iter() {
        if !matches!(item.object.kind.as_str(), "Deployment" | "StatefulSet") {
            continue;
        }
        let Some(replicas) = item.object.root.at("spec.replicas") else {
            continue;
        };
        if replicas.as_i64().is_none_or(|r| r < 2) {
            continue;
        }
        let labels = item.pod_labels();
        let covered = pdbs
            .entry(item.scope())
            .or_insert_with(|| Pdbs::of(index, item.scope()))
            .cover(labels);
        if !covered {
            emit.report(
                item.file,
                replicas.span,
                format!(
                    "`{}` runs {} replicas but no PodDisruptionBudget in the scanned files covers its pods",
                    item.object.identity(),
                    replicas.display()
                ),
            )
            .object(item.object.identity());
        }
    }
}

/// The PodDisruptionBudgets of one scope, indexed so that a workload meets only those that can
/// cover it: `selects` decides at the first selector label that is not a controller label, so a
/// budget whose first such label (`key: value`) the pods lack cannot cover them. Budgets this
/// rule cannot evaluate count as covering everything, as before.
struct Pdbs<'a> {
    covers_all: bool,
    /// First selector label (key, value) → the budgets' selectors.
    by_first: HashMap<(&'a str, &'a str), Vec<&'a yoroi_syntax::Node>>,
}

impl<'a> Pdbs<'a> {
    fn of(index: &Index<'a>, scope: Scope<'a>) -> Pdbs<'a> {
        let mut pdbs = Pdbs {
            covers_all: false,
            by_first: HashMap::new(),
        };
        for pdb in index.of_kind_in(scope, "PodDisruptionBudget") {
            pdbs.add(pdb);
        }
        pdbs
    }

    fn add(&mut self, pdb: Item<'a>) {
        let Some(selector) = pdb.object.root.at("spec.selector") else {
            return;
        };
        let Some(want) = match_labels(selector) else {
            self.covers_all = true;
            return;
        };
        let first = want
            .entries()
            .find(|e| !CONTROLLER_LABELS.contains(&e.key.as_str()));
        match first.map(|e| (e.key.as_str(), e.value.as_str())) {
            // No label to decide on, or one that is not a plain string: covers every pod.
            None | Some((_, None)) => self.covers_all = true,
            Some((key, Some(value))) => self.by_first.entry((key, value)).or_default().push(want),
        }
    }

    fn cover(&self, labels: Option<&yoroi_syntax::Node>) -> bool {
        if self.covers_all {
            return true;
        }
        labels.into_iter().flat_map(|l| l.entries()).any(|entry| {
            match entry.value.as_str() {
                Some(value) => self
                    .by_first
                    .get(&(entry.key.as_str(), value))
                    .is_some_and(|list| list.iter().any(|want| selects(want, labels).unwrap_or(true))),
                // An undecidable pod label counts as covered by a budget that selects on it.
                None => self.by_first.keys().any(|(k, _)| *k == entry.key),
            }
        })
    }
}
