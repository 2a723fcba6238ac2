//! `yoroi scan --fix` / `--diff`: apply the fixes findings carry, file by file, re-scan and
//! repeat until nothing changes (or a few rounds passed), never keeping a text that parses
//! worse than the one it replaces. Nothing is written before the last round; `--diff` writes
//! nothing at all.

use crate::CliError;
use crate::scan::Overlay;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use yoroi_checks::fix::{apply_fixes, parses_worse};
use yoroi_checks::{Finding, FixKind};
use yoroi_report::Report;
use yoroi_syntax::SourceFile;

/// Rounds of fix-and-rescan. Fixes that insert at one place (several rules adding keys to one
/// `securityContext`) land one per round, so this is a little more than the rules that
/// may meet there.
pub const MAX_ROUNDS: usize = 12;

/// Which fixes run.
#[derive(Debug, Clone, Copy)]
pub struct FixOptions {
    pub unsafe_fixes: bool,
}

/// What the rounds produced.
#[derive(Debug, Default)]
pub struct FixOutcome {
    /// Fixes applied, over every round.
    pub applied: usize,
    /// The text each changed file had before the first round, and has now.
    pub changed: BTreeMap<PathBuf, (String, String)>,
    /// Files whose fixed text would no longer parse: left as they were.
    pub refused: Vec<PathBuf>,
    /// The rules whose fixes were applied (GHA009 pins from a table that can age).
    pub rules: BTreeSet<String>,
}

impl FixOptions {
    fn wants(&self, finding: &Finding) -> bool {
        finding.suppression.is_none()
            && finding.baseline != Some(yoroi_checks::BaselineState::Unchanged)
            && finding
                .fix
                .as_ref()
                .is_some_and(|fix| match fix.applicability {
                    FixKind::Safe => true,
                    FixKind::Unsafe => self.unsafe_fixes,
                    FixKind::None => false,
                })
    }

    /// Active findings whose fix needs `--unsafe-fixes`.
    pub fn held_back(&self, report: &Report) -> usize {
        if self.unsafe_fixes {
            return 0;
        }
        report
            .active()
            .filter(|f| {
                f.fix
                    .as_ref()
                    .is_some_and(|x| x.applicability == FixKind::Unsafe)
            })
            .count()
    }
}

/// Runs fix rounds from `report`, calling `rescan` after each with the fixed texts and the
/// files that round changed; returns the last report and what changed.
pub fn run(
    mut report: Report,
    options: FixOptions,
    mut rescan: impl FnMut(Arc<Overlay>, &HashSet<PathBuf>) -> Report,
) -> (Report, FixOutcome) {
    let mut overlay = Overlay::new();
    let mut outcome = FixOutcome::default();
    for _ in 0..MAX_ROUNDS {
        let mut round = HashSet::new();
        let mut by_file: BTreeMap<PathBuf, (Arc<SourceFile>, Vec<&Finding>)> = BTreeMap::new();
        for finding in report.findings.iter().filter(|f| options.wants(f)) {
            by_file
                .entry(finding.file.path.clone())
                .or_insert_with(|| (Arc::clone(&finding.file), Vec::new()))
                .1
                .push(finding);
        }
        // Files are fixed and re-parsed in parallel, then taken in path order.
        let fixed: Vec<(PathBuf, Arc<SourceFile>, Fixed)> = by_file
            .into_iter()
            .filter(|(path, _)| !outcome.refused.contains(path))
            .collect::<Vec<_>>()
            .into_par_iter()
            .map(|(path, (file, findings))| {
                let fixed = fix_file(&path, &file, &findings);
                (path, file, fixed)
            })
            .collect();
        for (path, file, fixed) in fixed {
            let (text, fixes) = match fixed {
                Fixed::Nothing => continue,
                Fixed::Refused => {
                    outcome.refused.push(path);
                    continue;
                }
                Fixed::Text(text, fixes, rules) => {
                    outcome.rules.extend(rules);
                    (text, fixes)
                }
            };
            outcome
                .changed
                .entry(path.clone())
                .or_insert_with(|| (file.text.clone(), String::new()))
                .1 = text.clone();
            overlay.insert(path.clone(), text);
            round.insert(path);
            outcome.applied += fixes;
        }
        if round.is_empty() {
            break;
        }
        report = rescan(Arc::new(overlay.clone()), &round);
    }
    (report, outcome)
}

/// What applying a file's fixes gave.
enum Fixed {
    /// No fix applied, or the text did not change.
    Nothing,
    /// The fixed text would parse worse than the original.
    Refused,
    /// The new text, how many fixes it took, and the rules they came from.
    Text(String, usize, BTreeSet<String>),
}

fn fix_file(path: &Path, file: &Arc<SourceFile>, findings: &[&Finding]) -> Fixed {
    let applied = apply_fixes(&file.text, findings.iter().filter_map(|f| f.fix.as_deref()));
    if applied.fixes == 0 || applied.text == file.text {
        return Fixed::Nothing;
    }
    let fixed = SourceFile::new(path, file.kind, applied.text);
    if parses_worse(file, &fixed) {
        return Fixed::Refused;
    }
    let text = match Arc::try_unwrap(fixed) {
        Ok(source) => source.text,
        Err(shared) => shared.text.clone(),
    };
    let rules = findings
        .iter()
        .filter(|f| {
            f.fix
                .as_ref()
                .is_some_and(|fix| fix.edits.iter().all(|e| applied.edits.contains(e)))
        })
        .map(|f| f.rule_id().to_string())
        .collect();
    Fixed::Text(text, applied.fixes, rules)
}

/// The warning to print when the fixes pinned actions from a tag table that may be behind;
/// `YOROI_TODAY` (`YYYY-MM-DD`) stands for today's date.
pub fn pin_table_warning(outcome: &FixOutcome) -> Option<String> {
    if !outcome.rules.iter().any(|r| r == "GHA008" || r == "GHA009") {
        return None;
    }
    let today = std::env::var("YOROI_TODAY")
        .ok()
        .filter(|d| !d.trim().is_empty())
        .unwrap_or_else(yoroi_checks::suppress::today);
    yoroi_checks::rules::github_actions::pins::stale_pin_table_warning(&today)
}

/// Writes the fixed files.
pub fn write(outcome: &FixOutcome) -> Result<(), CliError> {
    for (path, (_, text)) in &outcome.changed {
        std::fs::write(path, text).map_err(|source| CliError::Write {
            path: path.clone(),
            source,
        })?;
    }
    Ok(())
}

/// A unified diff of every changed file (`a/` and `b/` prefixes, as `git apply` reads).
pub fn diff(outcome: &FixOutcome) -> String {
    let mut out = String::new();
    for (path, (before, after)) in &outcome.changed {
        let name = path.to_string_lossy().replace('\\', "/");
        let name = name.trim_start_matches("./").trim_start_matches('/');
        out.push_str(
            &similar::TextDiff::from_lines(before, after)
                .unified_diff()
                .context_radius(3)
                .header(&format!("a/{name}"), &format!("b/{name}"))
                .to_string(),
        );
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// The line `--fix` and `--diff` end with.
pub fn summary(outcome: &FixOutcome, report: &Report, held_back: usize, dry_run: bool) -> String {
    let files = outcome.changed.len();
    let mut line = format!(
        "{} {} {} in {} {}; {} {}",
        if dry_run { "would apply" } else { "applied" },
        outcome.applied,
        if outcome.applied == 1 { "fix" } else { "fixes" },
        files,
        if files == 1 { "file" } else { "files" },
        report.active().count(),
        if report.active().count() == 1 {
            "finding remains"
        } else {
            "findings remain"
        },
    );
    if held_back > 0 {
        line.push_str(&format!(
            " ({held_back} with a fix that needs --unsafe-fixes)"
        ));
    }
    for path in &outcome.refused {
        line.push_str(&format!(
            "\nnot fixed: {} would no longer parse",
            path.display()
        ));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use yoroi_checks::{Catalog, Edit, Emitter};
    use yoroi_syntax::{FileKind, Span};

    /// A report of one K8S002 finding on `text` whose fix replaces `span` with `replacement`.
    fn report(text: &str, span: Span, replacement: &str) -> Report {
        let catalog = Catalog::builtin().expect("the catalog loads");
        let rule = catalog.get("K8S002").expect("K8S002 exists");
        let file = SourceFile::new("pod.yaml", FileKind::Yaml, text.to_string());
        let mut findings = Vec::new();
        Emitter::new(rule, &file, &mut findings)
            .report(span, "escalation allowed")
            .fix(
                "set it",
                vec![Edit {
                    span,
                    replacement: replacement.to_string(),
                }],
            );
        Report {
            findings,
            files_scanned: 1,
            rules: Vec::new(),
            duration: std::time::Duration::ZERO,
            absent: Vec::new(),
            coverage: yoroi_report::Coverage::default(),
        }
    }

    const TEXT: &str = "securityContext:\n  allowPrivilegeEscalation: true\n";

    #[test]
    fn a_fix_that_breaks_parsing_is_not_kept() {
        let at = Span::new(45, 49);
        let (_, outcome) = run(
            report(TEXT, at, "[unclosed"),
            FixOptions {
                unsafe_fixes: false,
            },
            |_, _| panic!("nothing was applied, so nothing is re-scanned"),
        );
        assert_eq!(outcome.applied, 0);
        assert!(outcome.changed.is_empty());
        assert_eq!(outcome.refused, vec![PathBuf::from("pod.yaml")]);
    }

    #[test]
    fn rounds_stop_when_the_rescan_offers_nothing() {
        let at = Span::new(45, 49);
        let mut rescans = 0;
        let (_, outcome) = run(
            report(TEXT, at, "false"),
            FixOptions {
                unsafe_fixes: false,
            },
            |overlay, changed| {
                rescans += 1;
                assert!(changed.contains(&PathBuf::from("pod.yaml")));
                let mut after = report(&overlay[&PathBuf::from("pod.yaml")], at, "false");
                after.findings.clear();
                after
            },
        );
        assert_eq!(rescans, 1);
        assert_eq!(outcome.applied, 1);
        assert_eq!(
            outcome.changed[&PathBuf::from("pod.yaml")].1,
            "securityContext:\n  allowPrivilegeEscalation: false\n"
        );
        assert!(diff(&outcome).contains("+  allowPrivilegeEscalation: false\n"));
    }
}
