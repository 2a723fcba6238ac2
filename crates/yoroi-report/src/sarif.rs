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
    let mut out = Vec::new();
    // Writing to a Vec cannot fail; serialisation of these types cannot either.
    let _ = write(report, options, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Results (or rules) serialised in parallel per batch: a batch's text is held at once, the
/// log's never.
const BATCH: usize = 16 * 1024;
/// Results per parallel task within a batch.
const CHUNK: usize = 256;

/// Streams the log (what [`render`] returns) to `out`, in the layout `serde_json`'s pretty
/// printer gives a `Value` of it: keys sorted, two-space indentation. Results and rules are
/// serialised through borrowed structs (fields declared in sorted key order) on every core, in
/// order, a batch at a time; a `Value` tree per result cost a map allocation per key and made
/// SARIF the slowest phase of a large scan.
pub fn write(
    report: &Report,
    options: &SarifOptions,
    writer: &mut impl std::io::Write,
) -> std::io::Result<()> {
    let rule_index: HashMap<&str, usize> = report
        .rules
        .iter()
        .enumerate()
        .map(|(i, r)| (r.meta.id.as_str(), i))
        .collect();
    let secrets = crate::secret_spans(&report.findings);
    writer.write_all(
        b"{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"runs\": [\n    {\n      \"columnKind\": \"unicodeCodePoints\",\n",
    )?;
    if let Some(root) = &options.src_root {
        #[derive(serde::Serialize)]
        struct BaseIds<'a> {
            #[serde(rename = "%SRCROOT%")]
            src_root: Uri<'a>,
        }
        #[derive(serde::Serialize)]
        struct Uri<'a> {
            uri: &'a str,
        }
        writer.write_all(b"      \"originalUriBaseIds\": ")?;
        let ids = BaseIds {
            src_root: Uri { uri: root },
        };
        writer.write_all(&serialize(&ids, 3))?;
        writer.write_all(b",\n")?;
    }
    writer.write_all(b"      \"results\": [")?;
    let mut results = Elements::new(4);
    results.write(writer, &report.findings, |chunk, out| {
        let mut masks = Masks::new(&secrets);
        for f in chunk {
            element(out, &result(f, &rule_index, &mut masks), 4);
        }
    })?;
    results.write(writer, &report.absent, |chunk, out| {
        for entry in chunk {
            element(out, &absent_result(entry), 4);
        }
    })?;
    results.finish(writer)?;
    writer.write_all(b",\n      \"tool\": {\n        \"driver\": {\n          \"informationUri\": \"https://yoroi.dev\",\n          \"name\": \"yoroi\",\n          \"rules\": [")?;
    let mut rules = Elements::new(6);
    rules.write(writer, &report.rules, |chunk, out| {
        for r in chunk {
            element(out, &rule(r), 6);
        }
    })?;
    rules.finish(writer)?;
    let version = serialize(tool_version(), 5);
    writer.write_all(b",\n          \"semanticVersion\": ")?;
    writer.write_all(&version)?;
    writer.write_all(b",\n          \"version\": ")?;
    writer.write_all(&version)?;
    writer.write_all(b"\n        }\n      }\n    }\n  ],\n  \"version\": \"2.1.0\"\n}\n")
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

/// The members of a JSON array at `depth` in the document, written as they come.
struct Elements {
    depth: usize,
    /// Whether an element has been written.
    started: bool,
}

impl Elements {
    fn new(depth: usize) -> Elements {
        Elements {
            depth,
            started: false,
        }
    }

    /// Appends `items`, serialised a chunk at a time on every core by `texts`, which writes each
    /// item of its chunk with [`element`].
    fn write<T: Sync>(
        &mut self,
        writer: &mut impl std::io::Write,
        items: &[T],
        texts: impl Fn(&[T], &mut Vec<u8>) + Sync,
    ) -> std::io::Result<()> {
        use rayon::prelude::*;
        for batch in items.chunks(BATCH) {
            let chunks: Vec<Vec<u8>> = batch
                .par_chunks(CHUNK)
                .map(|chunk| {
                    let mut out = Vec::with_capacity(chunk.len() * 2048);
                    texts(chunk, &mut out);
                    out
                })
                .collect();
            for text in &chunks {
                // Every element starts with `,`: not the array's first.
                let text = if self.started {
                    &text[..]
                } else {
                    text.get(1..).unwrap_or_default()
                };
                writer.write_all(text)?;
                self.started |= !text.is_empty();
            }
        }
        Ok(())
    }

    /// Closes the array (`]` on its own line unless it is empty, as `serde_json` prints).
    fn finish(&self, writer: &mut impl std::io::Write) -> std::io::Result<()> {
        if self.started {
            writer.write_all(b"\n")?;
            writer.write_all(&b"  ".repeat(self.depth - 1))?;
        }
        writer.write_all(b"]")
    }
}

/// Appends `value` to `out` as a member of an array at `depth - 1`: a comma, a line break, the
/// indentation, then `value` pretty-printed at `depth`.
fn element<T: serde::Serialize + ?Sized>(out: &mut Vec<u8>, value: &T, depth: usize) {
    out.extend_from_slice(b",\n");
    let pretty = Pretty::at(depth);
    // Writing to a Vec cannot fail.
    let _ = pretty.indent(out);
    let mut serializer = serde_json::Serializer::with_formatter(out, pretty);
    // Serialising these types cannot fail.
    let _ = value.serialize(&mut serializer);
}

/// `value` pretty-printed as it appears `depth` levels deep in the document (its first line
/// not indented: the caller writes what precedes it).
fn serialize<T: serde::Serialize + ?Sized>(value: &T, depth: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, Pretty::at(depth));
    // Serialising these types into a Vec cannot fail.
    let _ = value.serialize(&mut serializer);
    out
}

/// `serde_json`'s `PrettyFormatter` (two spaces), starting at a given depth.
struct Pretty {
    depth: usize,
    has_value: bool,
}

impl Pretty {
    fn at(depth: usize) -> Pretty {
        Pretty {
            depth,
            has_value: false,
        }
    }

    fn indent<W: ?Sized + std::io::Write>(&self, writer: &mut W) -> std::io::Result<()> {
        const SPACES: &[u8; 64] = &[b' '; 64];
        let mut width = 2 * self.depth;
        while width > 0 {
            let n = width.min(SPACES.len());
            writer.write_all(&SPACES[..n])?;
            width -= n;
        }
        Ok(())
    }
}

impl serde_json::ser::Formatter for Pretty {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(b"[")
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            writer.write_all(b"\n")?;
            self.indent(writer)?;
        }
        writer.write_all(b"]")
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        writer.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(writer)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        _writer: &mut W,
    ) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(b"{")
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            writer.write_all(b"\n")?;
            self.indent(writer)?;
        }
        writer.write_all(b"}")
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        writer.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(writer)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
    ) -> std::io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + std::io::Write>(
        &mut self,
        _writer: &mut W,
    ) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
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

// The SARIF objects, borrowed. Fields are declared in sorted key order (by bytes, as a
// `serde_json::Value` map prints them), so the log reads as it did when it was built as a tree.

#[derive(serde::Serialize)]
struct Text<S> {
    text: S,
}

#[derive(serde::Serialize)]
struct RuleOut<'a> {
    #[serde(rename = "defaultConfiguration")]
    default_configuration: Configuration,
    #[serde(rename = "fullDescription")]
    full_description: Text<&'a str>,
    help: Help<'a>,
    #[serde(rename = "helpUri")]
    help_uri: String,
    id: &'a str,
    name: &'a str,
    properties: RuleProperties<'a>,
    #[serde(rename = "shortDescription")]
    short_description: Text<&'a str>,
}

#[derive(serde::Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(serde::Serialize)]
struct Help<'a> {
    markdown: String,
    text: &'a str,
}

#[derive(serde::Serialize)]
struct RuleProperties<'a> {
    precision: &'static str,
    #[serde(rename = "problem.severity")]
    problem_severity: &'static str,
    #[serde(rename = "security-severity")]
    security_severity: &'static str,
    severity: &'a str,
    tags: Vec<String>,
}

fn rule(r: &Rule) -> RuleOut<'_> {
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
            markdown.push_str("- ");
            markdown.push_str(reference);
            markdown.push('\n');
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
    RuleOut {
        default_configuration: Configuration {
            level: level(meta.severity),
        },
        full_description: Text {
            text: meta.rationale.trim(),
        },
        help: Help {
            markdown,
            text: meta.remediation.trim(),
        },
        help_uri: r.docs_url(),
        id: &meta.id,
        name: &meta.name,
        properties: RuleProperties {
            precision: "high",
            problem_severity: level(meta.severity),
            security_severity: security_severity(meta.severity),
            severity: meta.severity.as_str(),
            tags,
        },
        short_description: Text { text: &meta.title },
    }
}

/// A relative path as a URI reference (percent-encoding what URIs do not allow).
fn uri(path: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0xf)] as char);
        }
    }
    out
}

#[derive(serde::Serialize)]
struct ArtifactOut {
    uri: String,
    #[serde(rename = "uriBaseId", skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

fn artifact(file: &SourceFile) -> ArtifactOut {
    let path = file.display();
    if file.path.is_absolute() {
        ArtifactOut {
            uri: format!("file://{}", uri(path)),
            uri_base_id: None,
        }
    } else {
        ArtifactOut {
            uri: uri(path),
            uri_base_id: Some("%SRCROOT%"),
        }
    }
}

#[derive(serde::Serialize)]
struct RegionOut {
    #[serde(rename = "byteLength")]
    byte_length: usize,
    #[serde(rename = "byteOffset")]
    byte_offset: usize,
    #[serde(rename = "endColumn")]
    end_column: u32,
    #[serde(rename = "endLine")]
    end_line: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<Text<String>>,
    #[serde(rename = "startColumn")]
    start_column: u32,
    #[serde(rename = "startLine")]
    start_line: u32,
}

type Secrets<'a> = HashMap<&'a std::path::Path, Vec<Span>>;

/// The secret spans of a file, looked up once for a run of findings in the same file (findings
/// are sorted by path) rather than once per region.
struct Masks<'s, 'a> {
    secrets: &'s Secrets<'a>,
    last: Option<(*const SourceFile, &'s [Span])>,
}

impl<'s, 'a> Masks<'s, 'a> {
    fn new(secrets: &'s Secrets<'a>) -> Self {
        Masks {
            secrets,
            last: None,
        }
    }

    fn of(&mut self, file: &SourceFile) -> &'s [Span] {
        if self.secrets.is_empty() {
            return &[];
        }
        if let Some((last, masks)) = self.last
            && std::ptr::eq(last, file)
        {
            return masks;
        }
        let masks = self
            .secrets
            .get(file.path.as_path())
            .map_or(&[][..], Vec::as_slice);
        self.last = Some((file, masks));
        masks
    }
}

fn region(file: &SourceFile, span: Span, masks: &mut Masks<'_, '_>) -> RegionOut {
    let start = file.lines.line_col(&file.text, span.start());
    let end = file.lines.line_col(&file.text, span.end());
    let line = file.lines.line_span(start.line as usize - 1, &file.text);
    let snippet = crate::mask(file.slice(line), line.start(), masks.of(file));
    RegionOut {
        byte_length: span.len(),
        byte_offset: span.start(),
        end_column: end.column,
        end_line: end.line,
        snippet: (!snippet.is_empty()).then_some(Text { text: snippet }),
        start_column: start.column,
        start_line: start.line,
    }
}

#[derive(serde::Serialize)]
struct Fingerprints {
    #[serde(rename = "yoroi/v1")]
    yoroi_v1: String,
}

#[derive(serde::Serialize)]
struct AbsentOut<'a> {
    #[serde(rename = "baselineState")]
    baseline_state: &'static str,
    locations: [AbsentLocation; 1],
    message: Text<&'a str>,
    #[serde(rename = "partialFingerprints")]
    partial_fingerprints: Fingerprints,
    #[serde(rename = "ruleId")]
    rule_id: &'a str,
}

#[derive(serde::Serialize)]
struct AbsentLocation {
    #[serde(rename = "physicalLocation")]
    physical_location: AbsentPhysical,
}

#[derive(serde::Serialize)]
struct AbsentPhysical {
    #[serde(rename = "artifactLocation")]
    artifact_location: ArtifactOut,
    region: StartLine,
}

#[derive(serde::Serialize)]
struct StartLine {
    #[serde(rename = "startLine")]
    start_line: u32,
}

/// A baseline finding that no longer occurs.
fn absent_result(entry: &crate::baseline::Entry) -> AbsentOut<'_> {
    AbsentOut {
        baseline_state: "absent",
        locations: [AbsentLocation {
            physical_location: AbsentPhysical {
                artifact_location: ArtifactOut {
                    uri: uri(&entry.path),
                    uri_base_id: Some("%SRCROOT%"),
                },
                region: StartLine {
                    start_line: entry.line.max(1),
                },
            },
        }],
        message: Text {
            text: &entry.message,
        },
        partial_fingerprints: Fingerprints {
            yoroi_v1: entry.fingerprint.clone(),
        },
        rule_id: &entry.rule_id,
    }
}

#[derive(serde::Serialize)]
struct ResultOut<'a> {
    #[serde(rename = "baselineState", skip_serializing_if = "Option::is_none")]
    baseline_state: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fixes: Option<[FixOut<'a>; 1]>,
    level: &'static str,
    locations: [LocationOut<'a>; 1],
    message: Text<&'a str>,
    #[serde(rename = "partialFingerprints")]
    partial_fingerprints: Fingerprints,
    properties: Properties,
    #[serde(rename = "relatedLocations", skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<RelatedOut<'a>>,
    #[serde(rename = "ruleId")]
    rule_id: &'a str,
    #[serde(rename = "ruleIndex", skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    suppressions: Option<[SuppressionOut<'a>; 1]>,
}

#[derive(serde::Serialize)]
struct LocationOut<'a> {
    #[serde(rename = "logicalLocations", skip_serializing_if = "Option::is_none")]
    logical_locations: Option<[Logical<'a>; 1]>,
    #[serde(rename = "physicalLocation")]
    physical_location: PhysicalOut,
}

#[derive(serde::Serialize)]
struct Logical<'a> {
    #[serde(rename = "fullyQualifiedName")]
    fully_qualified_name: &'a str,
}

#[derive(serde::Serialize)]
struct PhysicalOut {
    #[serde(rename = "artifactLocation")]
    artifact_location: ArtifactOut,
    region: RegionOut,
}

#[derive(serde::Serialize)]
struct Properties {
    severity: &'static str,
}

#[derive(serde::Serialize)]
struct RelatedOut<'a> {
    id: usize,
    message: Text<&'a str>,
    #[serde(rename = "physicalLocation")]
    physical_location: PhysicalOut,
}

#[derive(serde::Serialize)]
struct SuppressionOut<'a> {
    justification: &'a str,
    kind: &'a str,
}

#[derive(serde::Serialize)]
struct FixOut<'a> {
    #[serde(rename = "artifactChanges")]
    artifact_changes: [ChangeOut<'a>; 1],
    description: Text<&'a str>,
}

#[derive(serde::Serialize)]
struct ChangeOut<'a> {
    #[serde(rename = "artifactLocation")]
    artifact_location: ArtifactOut,
    replacements: Vec<ReplacementOut<'a>>,
}

#[derive(serde::Serialize)]
struct ReplacementOut<'a> {
    #[serde(rename = "deletedRegion")]
    deleted_region: DeletedRegion,
    #[serde(rename = "insertedContent")]
    inserted_content: Text<&'a str>,
}

#[derive(serde::Serialize)]
struct DeletedRegion {
    #[serde(rename = "byteLength")]
    byte_length: usize,
    #[serde(rename = "byteOffset")]
    byte_offset: usize,
}

fn result<'a>(
    f: &'a Finding,
    rule_index: &HashMap<&str, usize>,
    masks: &mut Masks<'_, '_>,
) -> ResultOut<'a> {
    ResultOut {
        baseline_state: f.baseline.map(|state| match state {
            yoroi_checks::BaselineState::New => "new",
            yoroi_checks::BaselineState::Unchanged => "unchanged",
        }),
        fixes: f.fix.as_ref().map(|fix| {
            [FixOut {
                artifact_changes: [ChangeOut {
                    artifact_location: artifact(&f.file),
                    replacements: fix
                        .edits
                        .iter()
                        .map(|e| ReplacementOut {
                            deleted_region: DeletedRegion {
                                byte_length: e.span.len(),
                                byte_offset: e.span.start(),
                            },
                            inserted_content: Text {
                                text: &e.replacement,
                            },
                        })
                        .collect(),
                }],
                description: Text { text: &fix.title },
            }]
        }),
        level: level(f.severity),
        locations: [LocationOut {
            logical_locations: f.object.as_deref().map(|object| {
                [Logical {
                    fully_qualified_name: object,
                }]
            }),
            physical_location: PhysicalOut {
                artifact_location: artifact(&f.file),
                region: region(&f.file, f.span, masks),
            },
        }],
        message: Text { text: &f.message },
        partial_fingerprints: Fingerprints {
            yoroi_v1: fingerprint(f),
        },
        properties: Properties {
            severity: f.severity.as_str(),
        },
        related_locations: f
            .labels
            .iter()
            .enumerate()
            .map(|(i, l)| RelatedOut {
                id: i + 1,
                message: Text { text: &l.message },
                physical_location: PhysicalOut {
                    artifact_location: artifact(&l.file),
                    region: region(&l.file, l.span, masks),
                },
            })
            .collect(),
        rule_id: &f.rule.meta.id,
        rule_index: rule_index.get(f.rule.meta.id.as_str()).copied(),
        suppressions: f.suppression.as_ref().map(|s| {
            [SuppressionOut {
                justification: &s.justification,
                kind: s.kind,
            }]
        }),
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Coverage, baseline};
    use std::sync::Arc;
    use std::time::Duration;
    use yoroi_checks::{
        BaselineState, Catalog, Edit, Engine, Fix, FixKind, Label, Selection, parse_file,
    };
    use yoroi_syntax::FileKind;

    /// A report using every optional member of a result: fixes, suppressions, baseline states,
    /// logical and related locations, masked secrets, absolute, relative and percent-encoded
    /// paths, absent baseline entries.
    fn report() -> Report {
        let catalog = Arc::new(Catalog::builtin().expect("the built-in catalog loads"));
        let engine = Engine::new(Arc::clone(&catalog), &Selection::default()).expect("engine");
        let mut findings = Vec::new();
        for path in ["/abs/dir with space/Dockerfile", "rel/Dockerfile.ü"] {
            let text = "FROM alpine:latest\nRUN curl -H \"Authorization: token ghp_yoroiFakeToken4Tests0123456789abcdef\" https://x | sh\n";
            findings.extend(engine.check(&parse_file(SourceFile::new(
                path,
                FileKind::Dockerfile,
                text.to_string(),
            ))));
        }
        assert!(findings.len() > 3, "the examples give findings");
        let other = SourceFile::new(
            "other/main.tf",
            FileKind::Terraform,
            "variable \"x\" {\n  default = \"\\\"quoted\\\"\\ttab\"\n}\n".to_string(),
        );
        for (i, f) in findings.iter_mut().enumerate() {
            match i % 4 {
                0 => {
                    f.fix = Some(Box::new(Fix {
                        title: "Pin the image".to_string(),
                        applicability: FixKind::Safe,
                        edits: vec![Edit {
                            span: f.span,
                            replacement: "alpine:3.20 # \"pinned\"\n".to_string(),
                        }],
                    }));
                    f.baseline = Some(BaselineState::New);
                }
                1 => {
                    f.suppression = Some(Box::new(yoroi_checks::suppress::Suppression {
                        kind: "inSource",
                        justification: "reviewed </script> \u{1}".to_string(),
                    }));
                    f.baseline = Some(BaselineState::Unchanged);
                }
                2 => {
                    f.labels.push(Label {
                        file: Arc::clone(&other),
                        span: yoroi_syntax::Span::new(16, 40),
                        message: "set here".to_string(),
                        usage: false,
                    });
                    f.object = Some("stage `build`".to_string());
                }
                _ => f.object = None,
            }
        }
        Report {
            findings,
            files_scanned: 2,
            rules: catalog.rules.clone(),
            duration: Duration::ZERO,
            absent: vec![baseline::Entry {
                fingerprint: "0123456789abcdef".to_string(),
                rule_id: "DF001".to_string(),
                path: "gone/Dockerfile".to_string(),
                line: 0,
                message: "no longer here".to_string(),
            }],
            coverage: Coverage::default(),
        }
    }

    /// The streamed log is laid out exactly as `serde_json` prints the same log as a `Value`:
    /// keys in sorted order, its indentation and escaping.
    #[test]
    fn streamed_log_is_serde_json_pretty_layout() {
        let report = report();
        for src_root in [None, Some("file:///work/\"root\"/".to_string())] {
            let text = render(&report, &SarifOptions { src_root });
            let value: Value = serde_json::from_str(&text).expect("the log is JSON");
            let expected = serde_json::to_string_pretty(&value).expect("prints") + "\n";
            assert_eq!(text, expected);
            assert_eq!(value["runs"][0]["results"].as_array().map(Vec::len), {
                Some(report.findings.len() + report.absent.len())
            });
            assert!(!text.contains("ghp_yoroiFakeToken"), "the secret is masked");
        }
    }

    #[test]
    fn empty_report_is_serde_json_pretty_layout() {
        let report = Report {
            findings: Vec::new(),
            files_scanned: 0,
            rules: Vec::new(),
            duration: Duration::ZERO,
            absent: Vec::new(),
            coverage: Coverage::default(),
        };
        let text = render(&report, &SarifOptions::default());
        let value: Value = serde_json::from_str(&text).expect("the log is JSON");
        assert_eq!(
            text,
            serde_json::to_string_pretty(&value).expect("prints") + "\n"
        );
        assert!(text.contains("\"results\": [],"));
    }

    /// More results than a batch: the batches join as one array.
    #[test]
    fn batches_join_into_one_array() {
        let mut report = report();
        let one = report.findings.clone();
        while report.findings.len() <= BATCH {
            report.findings.extend(one.iter().cloned());
        }
        let text = render(&report, &SarifOptions::default());
        let value: Value = serde_json::from_str(&text).expect("the log is JSON");
        assert_eq!(
            text,
            serde_json::to_string_pretty(&value).expect("prints") + "\n"
        );
    }
}
