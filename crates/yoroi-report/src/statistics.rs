//! `--statistics`: how often each rule fired, to see where to start on an existing repository.

use crate::Report;
use serde_json::{Value, json};
use std::collections::HashMap;
use yoroi_checks::Severity;

/// One rule's count among the active findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleCount {
    pub id: String,
    pub name: String,
    /// The highest severity among the rule's findings (configuration may raise or lower it).
    pub severity: Severity,
    pub count: usize,
    /// Findings that carry a fix (`yoroi scan --fix`, or `--unsafe-fixes` for some).
    pub fixable: usize,
}

/// Every rule that fired, most findings first; ties by severity (highest first), then id.
pub fn compute(report: &Report) -> Vec<RuleCount> {
    let mut by_rule: HashMap<&str, RuleCount> = HashMap::new();
    for finding in report.active() {
        let meta = &finding.rule.meta;
        let entry = by_rule
            .entry(meta.id.as_str())
            .or_insert_with(|| RuleCount {
                id: meta.id.clone(),
                name: meta.name.clone(),
                severity: finding.severity,
                count: 0,
                fixable: 0,
            });
        entry.count += 1;
        entry.fixable += usize::from(finding.fix.is_some());
        entry.severity = entry.severity.max(finding.severity);
    }
    let mut counts: Vec<RuleCount> = by_rule.into_values().collect();
    counts.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then(b.severity.cmp(&a.severity))
            .then_with(|| a.id.cmp(&b.id))
    });
    counts
}

/// The table printed after a scan: count, fixable, severity, rule id and name.
pub fn table(counts: &[RuleCount]) -> String {
    if counts.is_empty() {
        return "No rule fired.\n".to_string();
    }
    let id_width = counts.iter().map(|c| c.id.len()).max().unwrap_or(4).max(4);
    let count_width = counts
        .iter()
        .map(|c| c.count.to_string().len())
        .max()
        .unwrap_or(5)
        .max(5);
    let mut out = format!(
        "{:>count_width$}  {:>7}  {:<8}  {:<id_width$}  name\n",
        "count", "fixable", "severity", "rule"
    );
    for c in counts {
        out.push_str(&format!(
            "{:>count_width$}  {:>7}  {:<8}  {:<id_width$}  {}\n",
            c.count,
            c.fixable,
            c.severity.as_str(),
            c.id,
            c.name
        ));
    }
    let total: usize = counts.iter().map(|c| c.count).sum();
    let fixable: usize = counts.iter().map(|c| c.fixable).sum();
    out.push_str(&format!(
        "{total} findings from {} rules; {fixable} with a fix.\n",
        counts.len()
    ));
    out
}

/// The same as a JSON array (the `statistics` member of the JSON report).
pub fn json(counts: &[RuleCount]) -> Value {
    Value::Array(
        counts
            .iter()
            .map(|c| {
                json!({
                    "rule": c.id,
                    "name": c.name,
                    "severity": c.severity.as_str(),
                    "count": c.count,
                    "fixable": c.fixable,
                })
            })
            .collect(),
    )
}
