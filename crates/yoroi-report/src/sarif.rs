//! SARIF 2.1.0 for GitHub code scanning and other consumers: full rule metadata, regions,
//! related locations, fixes and stable `partialFingerprints`.

use crate::{Report, fingerprint, tool_version};
use serde_json::{Value, json};
use std::collections::HashMap;
use yoroi_checks::{Finding, Rule, Severity};
use yoroi_syntax::{SourceFile, Span};

/// Where relative artifact URIs are rooted.
#[derive(Debug, Clone, Default)]
pub struct SarifOptions {
    /// A `file://` URI (with a trailing slash) for `%SRCROOT%`; omitted when `None`.
    pub src_root: Option<String>,
}

pub fn render(report: &Report, options: &SarifOptions) -> String {
    let rule_index: HashMap<&str, usize> = report
        .rules
        .iter()
        .enumerate()
        .map(|(i, r)| (r.meta.id.as_str(), i))
        .collect();
    let secrets = crate::secret_spans(&report.findings);
    let mut run = json!({
        "tool": {
            "driver": {
                "name": "yoroi",
                "version": tool_version(),
                "semanticVersion": tool_version(),
                "informationUri": "https://yoroi.dev",
                "rules": report.rules.iter().map(|r| rule(r)).collect::<Vec<_>>(),
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": report
            .findings
            .iter()
            .map(|f| result(f, &rule_index, &secrets))
            .chain(report.absent.iter().map(absent_result))
            .collect::<Vec<_>>(),
    });
    if let Some(root) = &options.src_root {
        run["originalUriBaseIds"] = json!({ "%SRCROOT%": { "uri": root } });
    }
    log_text(run)
}

/// A SARIF 2.1.0 log holding one run, as pretty-printed text.
fn log_text(run: Value) -> String {
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [run],
    });
    let mut text = serde_json::to_string_pretty(&log).unwrap_or_else(|_| "{}".into());
    text.push('\n');
    text
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical | Severity::High => "error",
        Severity::Medium | Severity::Low => "warning",
        Severity::Info => "note",
    }
}

/// GitHub ranks alerts by this score: >= 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, else low.
fn security_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
        Severity::Info => "0.0",
    }
}

fn rule(r: &Rule) -> Value {
    let meta = &r.meta;
    let mut markdown = format!(
        "**{}**\n\n{}\n\n**Remediation**\n\n{}\n",
        meta.title,
        meta.rationale.trim(),
        meta.remediation.trim()
    );
    if !meta.references.is_empty() {
        markdown.push_str("\n**References**\n\n");
        for reference in &meta.references {
            markdown.push_str(&format!("- {reference}\n"));
        }
    }
    let mut tags = vec![
        "security".to_string(),
        r.domain.as_str().to_string(),
        serde_json::to_value(meta.category)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
    ];
    tags.extend(
        meta.references
            .iter()
            .filter(|&reference| reference.starts_with("CIS"))
            .map(|reference| {
                reference
                    .split(" — ")
                    .next()
                    .unwrap_or(reference)
                    .to_string()
            }),
    );
    // SARIF requires the tags of a rule to be unique; a domain and a category can share a name (`secrets`).
    let mut seen = std::collections::HashSet::new();
    tags.retain(|tag| !tag.is_empty() && seen.insert(tag.clone()));
    json!({
        "id": meta.id,
        "name": meta.name,
        "shortDescription": { "text": meta.title },
        "fullDescription": { "text": meta.rationale.trim() },
        "help": { "text": meta.remediation.trim(), "markdown": markdown },
        "helpUri": r.docs_url(),
        "defaultConfiguration": { "level": level(meta.severity) },
        "properties": {
            "tags": tags,
            "precision": "high",
            "problem.severity": level(meta.severity),
            "security-severity": security_severity(meta.severity),
            "severity": meta.severity.as_str(),
        }
    })
}

/// A relative path as a URI reference (percent-encoding what URIs do not allow).
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn artifact(file: &SourceFile) -> Value {
    let path = file.display_path();
    if file.path.is_absolute() {
        json!({ "uri": format!("file://{}", uri(&path)) })
    } else {
        json!({ "uri": uri(&path), "uriBaseId": "%SRCROOT%" })
    }
}

fn region(file: &SourceFile, span: Span, secrets: &Secrets<'_>) -> Value {
    let start = file.lines.line_col(&file.text, span.start());
    let end = file.lines.line_col(&file.text, span.end());
    let mut region = json!({
        "startLine": start.line,
        "startColumn": start.column,
        "endLine": end.line,
        "endColumn": end.column,
        "byteOffset": span.start(),
        "byteLength": span.len(),
    });
    let line = file.lines.line_span(start.line as usize - 1, &file.text);
    let masks = secrets
        .get(file.path.as_path())
        .map_or(&[][..], Vec::as_slice);
    let snippet = crate::mask(file.slice(line), line.start(), masks);
    if !snippet.is_empty() {
        region["snippet"] = json!({ "text": snippet });
    }
    region
}

/// A baseline finding that no longer occurs.
fn absent_result(entry: &crate::baseline::Entry) -> Value {
    json!({
        "ruleId": entry.rule_id,
        "message": { "text": entry.message },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": { "uri": uri(&entry.path), "uriBaseId": "%SRCROOT%" },
                "region": { "startLine": entry.line.max(1) },
            }
        }],
        "partialFingerprints": { "yoroi/v1": entry.fingerprint },
        "baselineState": "absent",
    })
}

type Secrets<'a> = HashMap<&'a std::path::Path, Vec<Span>>;

fn result(f: &Finding, rule_index: &HashMap<&str, usize>, secrets: &Secrets<'_>) -> Value {
    let mut result = json!({
        "ruleId": f.rule.meta.id,
        "level": level(f.severity),
        "message": { "text": f.message },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": artifact(&f.file),
                "region": region(&f.file, f.span, secrets),
            }
        }],
        "partialFingerprints": { "yoroi/v1": fingerprint(f) },
        "properties": { "severity": f.severity.as_str() },
    });
    if let Some(&index) = rule_index.get(f.rule.meta.id.as_str()) {
        result["ruleIndex"] = json!(index);
    }
    if let Some(state) = f.baseline {
        result["baselineState"] = json!(match state {
            yoroi_checks::BaselineState::New => "new",
            yoroi_checks::BaselineState::Unchanged => "unchanged",
        });
    }
    if let Some(suppression) = &f.suppression {
        result["suppressions"] = json!([{
            "kind": suppression.kind,
            "justification": suppression.justification,
        }]);
    }
    if let Some(object) = &f.object {
        result["locations"][0]["logicalLocations"] = json!([{ "fullyQualifiedName": object }]);
    }
    if !f.labels.is_empty() {
        result["relatedLocations"] = Value::Array(
            f.labels
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    json!({
                        "id": i + 1,
                        "message": { "text": l.message },
                        "physicalLocation": {
                            "artifactLocation": artifact(&l.file),
                            "region": region(&l.file, l.span, secrets),
                        }
                    })
                })
                .collect(),
        );
    }
    if let Some(fix) = &f.fix {
        result["fixes"] = json!([{
            "description": { "text": fix.title },
            "artifactChanges": [{
                "artifactLocation": artifact(&f.file),
                "replacements": fix.edits.iter().map(|e| json!({
                    "deletedRegion": { "byteOffset": e.span.start(), "byteLength": e.span.len() },
                    "insertedContent": { "text": e.replacement },
                })).collect::<Vec<_>>(),
            }]
        }]);
    }
    result
}

/// Why SARIF logs could not be merged.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("{name}: not JSON: {source}")]
    Json {
        name: String,
        source: serde_json::Error,
    },
    #[error("{name}: not a SARIF 2.1.0 log ({why})")]
    Shape { name: String, why: &'static str },
    #[error("{name}: run {run} was made by `{tool}`, not yoroi")]
    Tool {
        name: String,
        run: usize,
        tool: String,
    },
}

/// Combines the SARIF logs of several shards (`yoroi scan --shard K/N`) into one log with one
/// run: the rule lists are united by id (each result's `ruleIndex` is renumbered to match), the
/// results are concatenated in shard order, and `%SRCROOT%` comes from the first log that has
/// one. Only yoroi's own logs are accepted, so a merged run never mixes tools.
pub fn merge(logs: &[(String, String)]) -> Result<String, MergeError> {
    let mut rules: Vec<Value> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut results: Vec<Value> = Vec::new();
    let mut driver_template: Option<Value> = None;
    let mut base_ids: Option<Value> = None;
    for (name, text) in logs {
        let log: Value = serde_json::from_str(text).map_err(|source| MergeError::Json {
            name: name.clone(),
            source,
        })?;
        let shape = |why| MergeError::Shape {
            name: name.clone(),
            why,
        };
        if log.get("version").and_then(Value::as_str) != Some("2.1.0") {
            return Err(shape("`version` is not \"2.1.0\""));
        }
        let runs = log
            .get("runs")
            .and_then(Value::as_array)
            .ok_or_else(|| shape("no `runs` array"))?;
        for (n, run) in runs.iter().enumerate() {
            let driver = run
                .pointer("/tool/driver")
                .ok_or_else(|| shape("a run has no `tool.driver`"))?;
            let tool = driver.get("name").and_then(Value::as_str).unwrap_or("");
            if tool != "yoroi" {
                return Err(MergeError::Tool {
                    name: name.clone(),
                    run: n,
                    tool: tool.to_string(),
                });
            }
            if driver_template.is_none() {
                driver_template = Some(driver.clone());
            }
            if base_ids.is_none() {
                base_ids = run.get("originalUriBaseIds").cloned();
            }
            let run_rules = driver
                .get("rules")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let ids: Vec<Option<String>> = run_rules
                .iter()
                .map(|r| r.get("id").and_then(Value::as_str).map(str::to_string))
                .collect();
            for (rule, id) in run_rules.into_iter().zip(&ids) {
                if let Some(id) = id
                    && !index.contains_key(id)
                {
                    index.insert(id.clone(), rules.len());
                    rules.push(rule);
                }
            }
            for result in run
                .get("results")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let mut result = result.clone();
                let id = result
                    .get("ruleId")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .or_else(|| {
                        let i = result.get("ruleIndex")?.as_u64()?;
                        ids.get(usize::try_from(i).ok()?)?.clone()
                    });
                match id.as_deref().and_then(|id| index.get(id)) {
                    Some(&i) => result["ruleIndex"] = json!(i),
                    None => {
                        if let Some(object) = result.as_object_mut() {
                            object.remove("ruleIndex");
                        }
                    }
                }
                results.push(result);
            }
        }
    }
    let mut driver = driver_template.unwrap_or_else(|| {
        json!({
            "name": "yoroi",
            "version": tool_version(),
            "semanticVersion": tool_version(),
            "informationUri": "https://yoroi.dev",
        })
    });
    driver["rules"] = Value::Array(rules);
    let mut run = json!({
        "tool": { "driver": driver },
        "columnKind": "unicodeCodePoints",
        "results": results,
    });
    if let Some(ids) = base_ids {
        run["originalUriBaseIds"] = ids;
    }
    Ok(log_text(run))
}
