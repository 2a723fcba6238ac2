//! Compliance views (`yoroi scan --benchmark NAME`): every control of a benchmark with its
//! status and the findings behind it, as text, JSON or markdown.
//!
//! A control **fails** when a rule that judges it has an unsuppressed finding; **passes** when
//! it has rules, they ran, nothing fired, and the scan saw something the control is about;
//! is **not applicable** when the scan saw nothing of that kind (no Dockerfile for CIS Docker
//! 4.x); and is **manual** when no rule can judge it from files — either the benchmark says so,
//! or the setting lives outside the files (an account, a host, a cluster's live state).

use crate::Report;
use crate::ci::position;
use serde_json::{Value, json};
use std::fmt::Write as _;
use std::sync::Arc;
use yoroi_checks::benchmark::{Assessment, Benchmark, Control};
use yoroi_checks::{Catalog, Finding, Rule};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Fail,
    Pass,
    NotApplicable,
    Manual,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Fail => "fail",
            Status::Pass => "pass",
            Status::NotApplicable => "not-applicable",
            Status::Manual => "manual",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Status::Fail => "FAIL",
            Status::Pass => "PASS",
            Status::NotApplicable => "N/A ",
            Status::Manual => "MANUAL",
        }
    }
}

/// One control's verdict.
pub struct ControlResult<'a> {
    pub control: &'a Control,
    pub status: Status,
    /// The rules that judge it (whether or not they ran).
    pub rules: Vec<Arc<Rule>>,
    pub findings: Vec<&'a Finding>,
    /// Why the status is what it is, in a few words.
    pub reason: String,
}

/// Judges every control of `benchmark` against a finished scan.
pub fn evaluate<'a>(
    benchmark: &'a Benchmark,
    report: &'a Report,
    catalog: &Catalog,
) -> Vec<ControlResult<'a>> {
    benchmark
        .controls
        .iter()
        .map(|control| {
            let rules = benchmark.rules_for(control, catalog);
            let ran: Vec<&Arc<Rule>> = rules
                .iter()
                .filter(|r| report.rules.iter().any(|x| x.meta.id == r.meta.id))
                .collect();
            let findings: Vec<&Finding> = report
                .active()
                .filter(|f| ran.iter().any(|r| r.meta.id == f.rule.meta.id))
                .collect();
            let scope = benchmark.scope_of(control);
            let seen = scope.iter().any(|s| report.coverage.saw(*s));
            let (status, reason) = if rules.is_empty() {
                let why = control.note.clone().unwrap_or_else(|| {
                    if control.assessment == Assessment::Manual {
                        "manual in the benchmark: needs a person's review".to_string()
                    } else {
                        "not visible in the files yoroi reads".to_string()
                    }
                });
                (Status::Manual, why)
            } else if !findings.is_empty() {
                let n = findings.len();
                (
                    Status::Fail,
                    format!("{n} finding{}", if n == 1 { "" } else { "s" }),
                )
            } else if ran.is_empty() {
                (
                    Status::Manual,
                    "its rules were switched off for this scan".to_string(),
                )
            } else if !seen {
                let kinds: Vec<&str> = scope.iter().map(|s| s.as_str()).collect();
                (
                    Status::NotApplicable,
                    format!("no {} scanned", kinds.join(" or ")),
                )
            } else if control.assessment == Assessment::Manual {
                (
                    Status::Pass,
                    "nothing found; the benchmark still asks for a manual review".to_string(),
                )
            } else {
                (Status::Pass, "nothing found".to_string())
            };
            ControlResult {
                control,
                status,
                rules,
                findings,
                reason,
            }
        })
        .collect()
}

/// Counts per status, in the order fail, pass, not applicable, manual.
pub fn totals(results: &[ControlResult<'_>]) -> [(Status, usize); 4] {
    [
        Status::Fail,
        Status::Pass,
        Status::NotApplicable,
        Status::Manual,
    ]
    .map(|s| (s, results.iter().filter(|r| r.status == s).count()))
}

fn rule_ids(rules: &[Arc<Rule>]) -> String {
    rules
        .iter()
        .map(|r| r.meta.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The terminal view: one line per control, findings indented under failing ones, then the
/// sections a file scan cannot judge, then the totals.
pub fn human(benchmark: &Benchmark, results: &[ControlResult<'_>]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} {}\n", benchmark.title, benchmark.version);
    let mut section = None;
    for r in results {
        if section != Some(&r.control.section) {
            section = Some(&r.control.section);
            let _ = writeln!(
                out,
                "{} {}",
                r.control.section,
                benchmark.section_title(&r.control.section)
            );
        }
        let _ = write!(
            out,
            "  {:<6} {:<8} {}",
            r.status.label(),
            r.control.id,
            r.control.title
        );
        if r.rules.is_empty() {
            let _ = writeln!(out, " — {}", r.reason);
        } else {
            let _ = writeln!(out, " [{}] — {}", rule_ids(&r.rules), r.reason);
        }
        for f in &r.findings {
            let (line, column) = position(f);
            let _ = writeln!(
                out,
                "           {}:{line}:{column} {} {}",
                f.file.display_path(),
                f.rule.meta.id,
                f.message
            );
        }
    }
    if !benchmark.out_of_scope.is_empty() {
        out.push_str("\nNot judged from files:\n");
        for s in &benchmark.out_of_scope {
            let _ = writeln!(
                out,
                "  {} {} — {}",
                s.id,
                s.title,
                s.note.as_deref().unwrap_or("")
            );
        }
    }
    let totals: Vec<String> = totals(results)
        .iter()
        .map(|(s, n)| format!("{n} {}", s.as_str()))
        .collect();
    let _ = writeln!(out, "\n{} controls: {}.", results.len(), totals.join(", "));
    out
}

/// The JSON view (`"version": 1`, documented in docs/json-format.md).
pub fn json(benchmark: &Benchmark, results: &[ControlResult<'_>]) -> String {
    let controls: Vec<Value> = results
        .iter()
        .map(|r| {
            json!({
                "id": r.control.id,
                "section": r.control.section,
                "title": r.control.title,
                "assessment": match r.control.assessment {
                    Assessment::Automated => "automated",
                    Assessment::Manual => "manual",
                },
                "status": r.status.as_str(),
                "reason": r.reason,
                "rules": r.rules.iter().map(|x| x.meta.id.clone()).collect::<Vec<_>>(),
                "findings": r.findings.iter().map(|f| {
                    let (line, column) = position(f);
                    json!({
                        "rule": f.rule.meta.id,
                        "severity": f.severity.to_string(),
                        "path": f.file.display_path(),
                        "line": line,
                        "column": column,
                        "object": f.object,
                        "message": f.message,
                    })
                }).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut summary = serde_json::Map::new();
    for (status, n) in totals(results) {
        summary.insert(status.as_str().to_string(), json!(n));
    }
    let doc = json!({
        "version": 1,
        "benchmark": {
            "id": benchmark.id,
            "title": benchmark.title,
            "version": benchmark.version,
        },
        "summary": summary,
        "controls": controls,
        "out_of_scope": benchmark.out_of_scope.iter().map(|s| json!({
            "section": s.id,
            "title": s.title,
            "note": s.note,
        })).collect::<Vec<_>>(),
    });
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "{}".into());
    text.push('\n');
    text
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The markdown view, for a job summary or a compliance report.
pub fn markdown(benchmark: &Benchmark, results: &[ControlResult<'_>]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## {} {}\n", benchmark.title, benchmark.version);
    let totals: Vec<String> = totals(results)
        .iter()
        .map(|(s, n)| format!("**{n}** {}", s.as_str()))
        .collect();
    let _ = writeln!(out, "{} controls: {}.\n", results.len(), totals.join(", "));
    out.push_str("| status | control | title | rules | details |\n");
    out.push_str("| --- | --- | --- | --- | --- |\n");
    for r in results {
        let mut details = cell(&r.reason);
        for f in &r.findings {
            let (line, _) = position(f);
            let _ = write!(
                details,
                "<br>`{}:{line}` {}",
                f.file.display_path(),
                cell(&f.message)
            );
        }
        let rules: Vec<String> = r
            .rules
            .iter()
            .map(|x| format!("[{}]({})", x.meta.id, x.docs_url()))
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            r.status.as_str(),
            cell(&r.control.id),
            cell(&r.control.title),
            rules.join(" "),
            details
        );
    }
    if !benchmark.out_of_scope.is_empty() {
        out.push_str("\n**Not judged from files:** ");
        let parts: Vec<String> = benchmark
            .out_of_scope
            .iter()
            .map(|s| format!("{} {}", s.id, cell(&s.title)))
            .collect();
        out.push_str(&parts.join("; "));
        out.push('\n');
    }
    out
}
