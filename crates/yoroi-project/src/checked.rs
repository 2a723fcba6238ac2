//! What checking the objects of rendered charts or built overlays produced, and the sharded,
//! parallel walk over their roots that both use.

use rayon::prelude::*;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use yoroi_checks::suppress::Directive;
use yoroi_checks::{Finding, K8sFile};
use yoroi_report::Coverage;

/// What checking charts or overlays produced, to merge into the scan's totals.
#[derive(Default)]
pub struct Checked {
    /// Files counted as scanned.
    pub files: usize,
    pub findings: Vec<Finding>,
    /// Objects kept for the cross-file pass (only when a rule needs them).
    pub kubernetes: Vec<K8sFile>,
    /// Suppression directives of the files the findings point into.
    pub directives: Vec<Directive>,
    pub coverage: Coverage,
}

impl Checked {
    /// Adds what checking one more root produced (its file count aside: shared files are
    /// counted once, by [`each_owned`]).
    pub fn absorb(&mut self, part: Checked) {
        self.findings.extend(part.findings);
        self.kubernetes.extend(part.kubernetes);
        self.directives.extend(part.directives);
        self.coverage.add(&part.coverage);
    }
}

/// Runs `check` on every root whose directory the shard owns, in parallel; a root whose check
/// panics contributes `T::default()` (the panic is reported by the guard). Also counts the
/// `consumed` files the shard owns: each file read counts once over the shards, in the shard
/// that owns its directory, even when two roots of different shards read it.
pub fn each_owned<R: Sync, T: Default + Send>(
    roots: &[R],
    dir_of: impl Fn(&R) -> &Path + Sync,
    consumed: &HashSet<PathBuf>,
    owned: impl Fn(&Path) -> bool + Sync,
    check: impl Fn(&R) -> T + Sync,
) -> (usize, Vec<T>) {
    let parts = roots
        .par_iter()
        .filter(|root| owned(dir_of(root)))
        .map(|root| yoroi_checks::guard::catch(|| check(root)).unwrap_or_default())
        .collect();
    let files = consumed
        .iter()
        .filter(|path| owned(path.parent().unwrap_or(Path::new("."))))
        .count();
    (files, parts)
}
