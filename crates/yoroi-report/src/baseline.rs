//! Baselines: adopt yoroi on a large repository without fixing everything on day one.
//!
//! `--write-baseline FILE` records the current findings by their stable fingerprint (rule, path,
//! object and the normalised flagged text — never line numbers), and `--baseline FILE` reports
//! only findings that are not in it. SARIF still lists every result with its `baselineState`
//! (`new`, `unchanged`, and `absent` for recorded findings that are gone).

use crate::fingerprint::{legacy_fingerprint, unnumbered_fingerprint};
use crate::{Report, fingerprint};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use yoroi_checks::BaselineState;

pub const VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<Entry>,
}

/// One recorded finding. Only the fingerprint decides; the rest is for people and for SARIF's
/// `absent` results.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub fingerprint: String,
    pub rule_id: String,
    pub path: String,
    pub line: u32,
    pub message: String,
}

/// The baseline file for a report's unsuppressed findings.
pub fn write(report: &Report) -> String {
    let findings = report
        .findings
        .iter()
        .filter(|f| f.suppression.is_none())
        .map(|f| Entry {
            fingerprint: fingerprint(f),
            rule_id: f.rule.meta.id.clone(),
            path: f.file.display_path(),
            line: f.file.lines.line_col(&f.file.text, f.span.start()).line,
            message: f.message.clone(),
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&Baseline {
        version: VERSION,
        findings,
    })
    .unwrap_or_default();
    text.push('\n');
    text
}

pub fn parse(text: &str) -> Result<Baseline, String> {
    let baseline: Baseline = serde_json::from_str(text).map_err(|e| e.to_string())?;
    if baseline.version != VERSION {
        return Err(format!(
            "baseline version {} is not {VERSION}",
            baseline.version
        ));
    }
    Ok(baseline)
}

/// Marks each finding new or unchanged; recorded findings that no longer occur become the
/// report's `absent` list. Repeated fingerprints are matched one for one.
pub fn apply(report: &mut Report, baseline: &Baseline) {
    let mut remaining: HashMap<&str, Vec<&Entry>> = HashMap::new();
    for entry in &baseline.findings {
        remaining
            .entry(entry.fingerprint.as_str())
            .or_default()
            .push(entry);
    }
    // Baselines written before fingerprints counted the evaluation root hold the older form:
    // a finding that matches nothing under its fingerprint may match under that one.
    let mut unmatched = Vec::new();
    for (index, finding) in report.findings.iter_mut().enumerate() {
        let print = fingerprint(finding);
        let matched = remaining
            .get_mut(print.as_str())
            .and_then(Vec::pop)
            .is_some();
        if !matched {
            unmatched.push(index);
        }
        finding.baseline = Some(if matched {
            BaselineState::Unchanged
        } else {
            BaselineState::New
        });
    }
    // Then the form before occurrences were counted, then the one before the context was.
    for older in [unnumbered_fingerprint, legacy_fingerprint] {
        unmatched.retain(|&index| {
            let finding = &mut report.findings[index];
            let print = older(finding);
            let matched = remaining
                .get_mut(print.as_str())
                .and_then(Vec::pop)
                .is_some();
            if matched {
                finding.baseline = Some(BaselineState::Unchanged);
            }
            !matched
        });
    }
    let mut absent: Vec<Entry> = remaining.into_values().flatten().cloned().collect();
    absent.sort_by(|a, b| (&a.path, a.line, &a.rule_id).cmp(&(&b.path, b.line, &b.rule_id)));
    report.absent = absent;
}
