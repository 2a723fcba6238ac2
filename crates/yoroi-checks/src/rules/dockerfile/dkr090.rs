//! DKR090 label-key-invalid: a `LABEL` key outside Docker's key format, or in a namespace Docker
//! reserves for itself.

use super::labels::labels;
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR090",
    check: Check::Dockerfile(check),
};

const RESERVED: &[&str] = &["com.docker.", "io.docker.", "org.dockerproject."];

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for label in labels(df) {
        let key = label.key.as_str();
        if key.contains('$') {
            continue;
        }
        let problem = if let Some(ns) = RESERVED.iter().find(|ns| key.to_ascii_lowercase().starts_with(**ns)) {
            format!("the `{}*` namespace is reserved for Docker", ns)
        } else if let Some(reason) = format_problem(key) {
            reason.to_string()
        } else {
            continue;
        };
        let finding = out.report(label.key_span, format!("label key `{key}`: {problem}"));
        if let Some(o) = object(df, label.instruction.stage) {
            finding.object(o);
        }
    }
}

/// Docker's guideline: lower-case letters, digits, `.` and `-`, starting with a letter and ending
/// with a letter or digit (`org.example.v2`), no `..` or `--`.
fn format_problem(key: &str) -> Option<&'static str> {
    if key.is_empty() {
        return Some("the key is empty");
    }
    if key.chars().any(|c| c.is_ascii_uppercase()) {
        return Some("keys should be lower case");
    }
    if !key
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-')
    {
        return Some("only lower-case letters, digits, `.` and `-` are allowed");
    }
    let starts = key.chars().next().is_some_and(|c| c.is_ascii_lowercase());
    let ends = key.chars().last().is_some_and(|c| c.is_ascii_alphanumeric());
    if !starts || !ends {
        return Some("keys start with a letter and end with a letter or digit");
    }
    if key.contains("..") || key.contains("--") {
        return Some("keys have no repeated `.` or `-`");
    }
    None
}
