//! The JSON report, schema version 1 (documented in `docs/json-format.md`).

use crate::{Report, fingerprint, tool_version};
use serde_json::{Value, json};
use yoroi_checks::Finding;

pub const SCHEMA_VERSION: u32 = 1;

pub fn render(report: &Report) -> String {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail; serialisation of these types cannot either.
    let _ = write(report, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Findings serialised in parallel per batch: a batch's text is held at once, the report's never.
const BATCH: usize = 16 * 1024;
/// Findings per parallel task within a batch.
const CHUNK: usize = 512;

/// Streams the report (what [`render`] returns) to `out`. The layout is serde_json's pretty
/// printer's; findings are serialised on every core, in order, a batch at a time.
pub fn write(report: &Report, writer: &mut impl std::io::Write) -> std::io::Result<()> {
    write_with(report, None, writer)
}

/// [`write`], with the `statistics` member (`--statistics`) when given.
pub fn write_with(
    report: &Report,
    statistics: Option<&Value>,
    writer: &mut impl std::io::Write,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    let by_severity: serde_json::Map<String, Value> = report
        .counts()
        .into_iter()
        .map(|(s, n)| (s.as_str().to_string(), json!(n)))
        .collect();
    #[derive(serde::Serialize)]
    struct Rest<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        statistics: Option<&'a Value>,
        summary: Value,
        tool: Value,
        version: u32,
    }
    let rest = Rest {
        statistics,
        summary: json!({
            "files_scanned": report.files_scanned,
            "rules_run": report.rules.len(),
            "findings": report.active().count(),
            "suppressed": report.suppressed_count(),
            "baseline_unchanged": report.baselined_count(),
            "by_severity": by_severity,
            "duration_ms": report.duration.as_millis() as u64,
        }),
        tool: json!({ "name": "yoroi", "version": tool_version() }),
        version: SCHEMA_VERSION,
    };
    // Findings already in a baseline are left out, as everywhere but SARIF.
    let shown: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| {
            f.baseline != Some(yoroi_checks::BaselineState::Unchanged) || f.suppression.is_some()
        })
        .collect();
    writer.write_all(b"{\n  \"findings\": [")?;
    for (b, batch) in shown.chunks(BATCH).enumerate() {
        let texts: Vec<Vec<u8>> = batch
            .par_chunks(CHUNK)
            .enumerate()
            .map(|(c, chunk)| {
                let mut out = Vec::with_capacity(chunk.len() * 1024);
                for (i, f) in chunk.iter().enumerate() {
                    if b + c + i > 0 {
                        out.push(b',');
                    }
                    out.extend_from_slice(b"\n    ");
                    let mut text = Vec::with_capacity(1024);
                    // Serialising borrowed structs into a Vec cannot fail.
                    let _ = serde_json::to_writer_pretty(&mut text, &finding(f));
                    // Indent the element to its depth in the document; JSON strings hold no
                    // raw newline, so every newline is layout.
                    for (n, line) in text.split(|&b| b == b'\n').enumerate() {
                        if n > 0 {
                            out.extend_from_slice(b"\n    ");
                        }
                        out.extend_from_slice(line);
                    }
                }
                out
            })
            .collect();
        for text in texts {
            writer.write_all(&text)?;
        }
    }
    writer.write_all(if shown.is_empty() {
        b"],\n"
    } else {
        b"\n  ],\n"
    })?;
    let mut tail = Vec::new();
    serde_json::to_writer_pretty(&mut tail, &rest).map_err(std::io::Error::other)?;
    // `{\n  "summary": …}`: the members continue the document's object.
    writer.write_all(tail.strip_prefix(b"{\n").unwrap_or(&tail))?;
    writer.write_all(b"\n")
}

// Findings are serialised through borrowed structs rather than a `serde_json::Value` tree: the
// tree cost a map allocation per key and was a fifth of a 1,000-file scan. Fields are declared in
// alphabetical order, the order `Value` maps print in, so the output is unchanged.

#[derive(serde::Serialize)]
struct Position {
    column: u32,
    line: u32,
    offset: usize,
}

#[derive(serde::Serialize)]
struct LabelOut<'a> {
    column: u32,
    line: u32,
    message: &'a str,
    path: &'a str,
}

#[derive(serde::Serialize)]
struct EditOut<'a> {
    end_offset: usize,
    replacement: &'a str,
    start_offset: usize,
}

#[derive(serde::Serialize)]
struct FixOut<'a> {
    applicability: &'a yoroi_checks::FixKind,
    edits: Vec<EditOut<'a>>,
    title: &'a str,
}

#[derive(serde::Serialize)]
struct SuppressionOut<'a> {
    justification: &'a str,
    kind: &'a str,
}

#[derive(serde::Serialize)]
struct FindingOut<'a> {
    category: &'a yoroi_checks::Category,
    docs_url: String,
    end: Position,
    fingerprint: String,
    fix: Option<FixOut<'a>>,
    labels: Vec<LabelOut<'a>>,
    message: &'a str,
    object: &'a Option<String>,
    path: &'a str,
    rule_id: &'a str,
    rule_name: &'a str,
    severity: &'a str,
    start: Position,
    suppressed: bool,
    suppression: Option<SuppressionOut<'a>>,
    title: &'a str,
}

fn position(file: &yoroi_syntax::SourceFile, offset: usize) -> Position {
    let pos = file.lines.line_col(&file.text, offset);
    Position {
        column: pos.column,
        line: pos.line,
        offset,
    }
}

fn finding(f: &Finding) -> FindingOut<'_> {
    let meta = &f.rule.meta;
    FindingOut {
        category: &meta.category,
        docs_url: f.rule.docs_url(),
        end: position(&f.file, f.span.end()),
        fingerprint: fingerprint(f),
        fix: f.fix.as_ref().map(|fix| FixOut {
            applicability: &fix.applicability,
            edits: fix
                .edits
                .iter()
                .map(|e| EditOut {
                    end_offset: e.span.end(),
                    replacement: &e.replacement,
                    start_offset: e.span.start(),
                })
                .collect(),
            title: &fix.title,
        }),
        labels: f
            .labels
            .iter()
            .map(|l| {
                let pos = l.file.lines.line_col(&l.file.text, l.span.start());
                LabelOut {
                    column: pos.column,
                    line: pos.line,
                    message: &l.message,
                    path: l.file.display(),
                }
            })
            .collect(),
        message: &f.message,
        object: &f.object,
        path: f.file.display(),
        rule_id: &meta.id,
        rule_name: &meta.name,
        severity: f.severity.as_str(),
        start: position(&f.file, f.span.start()),
        suppressed: f.suppression.is_some(),
        suppression: f.suppression.as_ref().map(|s| SuppressionOut {
            justification: &s.justification,
            kind: s.kind,
        }),
        title: &meta.title,
    }
}
