//! Modules that no caller instantiates.
//!
//! A directory only reached as a local module is checked through its callers, with their
//! inputs. When every call to it has `count` or `for_each` and the evaluation gives none of them
//! an instance (`count = 0`, `for_each` over an empty default: a `wrappers/` folder), nothing of
//! the module would be checked at all. Such a module is evaluated once more on its own, with its
//! inputs unknown, so what it does whatever its callers pass is still reported, once.
//!
//! The decision must not depend on how a scan is split into shards: the shard that owns the
//! module's directory decides it from every root module upstream of it, its own or not.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use yoroi_syntax::terraform::Module;

/// Local module calls between directories, as phase 1 found them.
#[derive(Default)]
pub struct CallGraph {
    /// Callee directory → its callers, each with whether the call is counted (`count` or
    /// `for_each`), so that it may have no instance at all.
    callers: HashMap<PathBuf, Vec<(PathBuf, bool)>>,
}

impl CallGraph {
    pub fn new(calls: impl IntoIterator<Item = (PathBuf, Vec<(PathBuf, bool)>)>) -> CallGraph {
        let mut callers: HashMap<PathBuf, Vec<(PathBuf, bool)>> = HashMap::new();
        for (caller, callees) in calls {
            for (callee, counted) in callees {
                callers
                    .entry(callee)
                    .or_default()
                    .push((caller.clone(), counted));
            }
        }
        CallGraph { callers }
    }

    /// Whether some directory calls `dir` as a module.
    pub fn is_called(&self, dir: &Path) -> bool {
        self.callers.contains_key(dir)
    }

    /// Called directories that may have no instance: no chain of calls without `count` or
    /// `for_each` reaches them from a root module (a directory nothing calls).
    pub fn candidates(&self) -> BTreeSet<PathBuf> {
        let mut surely: HashSet<&Path> = HashSet::new();
        loop {
            let mut grew = false;
            for (callee, callers) in &self.callers {
                if surely.contains(callee.as_path()) {
                    continue;
                }
                let reached = callers.iter().any(|(caller, counted)| {
                    !counted && (!self.is_called(caller) || surely.contains(caller.as_path()))
                });
                if reached {
                    surely.insert(callee);
                    grew = true;
                }
            }
            if !grew {
                break;
            }
        }
        self.callers
            .keys()
            .filter(|dir| !surely.contains(dir.as_path()))
            .cloned()
            .collect()
    }

    /// The directories that reach one of `dirs` through one or more calls.
    pub fn ancestors<'a>(&self, dirs: impl IntoIterator<Item = &'a Path>) -> HashSet<PathBuf> {
        let mut seen: HashSet<PathBuf> = HashSet::new();
        let mut queue: Vec<&Path> = dirs.into_iter().collect();
        while let Some(dir) = queue.pop() {
            for (caller, _) in self.callers.get(dir).into_iter().flatten() {
                if seen.insert(caller.clone()) {
                    queue.push(caller);
                }
            }
        }
        seen
    }

    /// The order in which candidates are decided: a module after every candidate that calls it
    /// (its standalone evaluation may instantiate it), in rounds that can run in parallel. Calls
    /// in a cycle, which Terraform refuses, end up in one last round.
    pub fn rounds(&self, candidates: &BTreeSet<PathBuf>) -> Vec<Vec<PathBuf>> {
        let mut undecided: BTreeSet<&Path> = candidates.iter().map(PathBuf::as_path).collect();
        let mut rounds = Vec::new();
        while !undecided.is_empty() {
            let mut ready: Vec<&Path> = undecided
                .iter()
                .copied()
                .filter(|dir| {
                    !self
                        .callers
                        .get(*dir)
                        .into_iter()
                        .flatten()
                        .any(|(caller, _)| {
                            caller.as_path() != *dir && undecided.contains(caller.as_path())
                        })
                })
                .collect();
            if ready.is_empty() {
                ready = undecided.iter().copied().collect();
            }
            for dir in &ready {
                undecided.remove(dir);
            }
            rounds.push(ready.into_iter().map(Path::to_path_buf).collect());
        }
        rounds
    }
}

/// The directories whose resources an evaluation reached through module calls: the block's own
/// directory and every module on the way there (a module that only calls another holds no
/// resource of its own).
pub fn instantiated(module: &Module) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = module
        .blocks
        .iter()
        .filter(|b| !b.module_path.is_empty())
        .flat_map(|b| std::iter::once(b.file).chain(b.calls.iter().map(|(file, _)| *file)))
        .filter_map(|file| module.files.get(file)?.path.parent().map(Path::to_path_buf))
        .collect();
    dirs.sort();
    dirs.dedup();
    dirs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(&str, &[(&str, bool)])]) -> CallGraph {
        CallGraph::new(edges.iter().map(|(caller, callees)| {
            (
                PathBuf::from(caller),
                callees
                    .iter()
                    .map(|(callee, counted)| (PathBuf::from(callee), *counted))
                    .collect(),
            )
        }))
    }

    fn set(dirs: &[&str]) -> BTreeSet<PathBuf> {
        dirs.iter().map(PathBuf::from).collect()
    }

    #[test]
    fn only_modules_behind_counted_calls_are_candidates() {
        let g = graph(&[
            ("root", &[("mods/a", false), ("mods/b", true)]),
            ("mods/a", &[("mods/c", false)]),
            ("mods/b", &[("mods/d", false)]),
            ("wrappers", &[("mods/e", true)]),
            ("mods/e", &[("mods/a", true)]),
        ]);
        // `a` and `c` are reached by plain calls from a root; `b`, `d` and `e` may have no instance.
        assert_eq!(g.candidates(), set(&["mods/b", "mods/d", "mods/e"]));
        assert_eq!(
            g.ancestors([Path::new("mods/d")]),
            HashSet::from([PathBuf::from("mods/b"), PathBuf::from("root")])
        );
    }

    #[test]
    fn callers_are_decided_before_their_callees() {
        let g = graph(&[
            ("w", &[("m/top", true)]),
            ("m/top", &[("m/mid", true)]),
            ("m/mid", &[("m/low", true), ("m/mid", true)]),
            ("m/x", &[("m/y", true)]),
            ("m/y", &[("m/x", true)]),
        ]);
        let candidates = g.candidates();
        assert_eq!(
            g.rounds(&candidates),
            vec![
                vec![PathBuf::from("m/top")],
                vec![PathBuf::from("m/mid")],
                vec![PathBuf::from("m/low")],
                // A cycle is decided last, all at once.
                vec![PathBuf::from("m/x"), PathBuf::from("m/y")],
            ]
        );
    }
}
