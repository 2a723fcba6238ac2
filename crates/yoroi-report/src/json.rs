//! The JSON report, schema version 1 (documented in `docs/json-format.md`).

use crate::{Report, fingerprint, tool_version};
use serde_json::{Value, json};
use yoroi_checks::Finding;

pub const SCHEMA_VERSION: u32 = 1;

pub fn render(report: &Report) -> String {
    let by_severity: serde_json::Map<String, Value> = report
        .counts()
        .into_iter()
        .map(|(s, n)| (s.as_str().to_string(), json!(n)))
        .collect();
    let value = json!({
        "version": SCHEMA_VERSION,
        "tool": { "name": "yoroi", "version": tool_version() },
        "summary": {
            "files_scanned": report.files_scanned,
            "rules_run": report.rules.len(),
            "findings": report.active().count(),
            "suppressed": report.suppressed_count(),
            "baseline_unchanged": report.baselined_count(),
            "by_severity": by_severity,
            "duration_ms": report.duration.as_millis() as u64,
        },
        // Findings already in a baseline are left out, as everywhere but SARIF.
        "findings": report
            .findings
            .iter()
            .filter(|f| f.baseline != Some(yoroi_checks::BaselineState::Unchanged) || f.suppression.is_some())
            .map(finding)
            .collect::<Vec<_>>(),
    });
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_else(|_| "{}".into());
    text.push('\n');
    text
}

fn position(finding: &Finding, file: &yoroi_syntax::SourceFile, offset: usize) -> Value {
    let _ = finding;
    let pos = file.lines.line_col(&file.text, offset);
    json!({ "line": pos.line, "column": pos.column, "offset": offset })
}

fn finding(f: &Finding) -> Value {
    let meta = &f.rule.meta;
    json!({
        "rule_id": meta.id,
        "rule_name": meta.name,
        "severity": f.severity.as_str(),
        "category": meta.category,
        "title": meta.title,
        "message": f.message,
        "path": f.file.display_path(),
        "start": position(f, &f.file, f.span.start()),
        "end": position(f, &f.file, f.span.end()),
        "object": f.object,
        "labels": f.labels.iter().map(|l| {
            let pos = l.file.lines.line_col(&l.file.text, l.span.start());
            json!({ "path": l.file.display_path(), "line": pos.line, "column": pos.column, "message": l.message })
        }).collect::<Vec<_>>(),
        "fix": f.fix.as_ref().map(|fix| json!({
            "title": fix.title,
            "applicability": fix.applicability,
            "edits": fix.edits.iter().map(|e| json!({
                "start_offset": e.span.start(),
                "end_offset": e.span.end(),
                "replacement": e.replacement,
            })).collect::<Vec<_>>(),
        })),
        "fingerprint": fingerprint(f),
        "docs_url": f.rule.docs_url(),
        "suppressed": f.suppression.is_some(),
        "suppression": f.suppression.as_ref().map(|s| json!({ "kind": s.kind, "justification": s.justification })),
    })
}
