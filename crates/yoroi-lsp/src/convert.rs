//! Between yoroi's byte spans and the protocol's positions (0-based lines, UTF-16 columns),
//! file paths and URIs, and findings and diagnostics.

use lsp_types::{
    Code, CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location,
    Position, Range, TextEdit, Uri,
};
use std::path::{Path, PathBuf};
use yoroi_checks::{Edit, Finding, Severity};
use yoroi_syntax::{SourceFile, Span};

/// The protocol position of a byte offset.
pub fn position(file: &SourceFile, offset: usize) -> Position {
    let (line, character) = file.lines.line_col_utf16(&file.text, offset);
    Position { line, character }
}

pub fn range(file: &SourceFile, span: Span) -> Range {
    Range {
        start: position(file, span.start()),
        end: position(file, span.end()),
    }
}

/// The byte offset of a protocol position in `text`; positions past the end of a line or of
/// the text are clamped, as the protocol asks.
pub fn offset(text: &str, at: Position) -> usize {
    let mut line_start = 0;
    for _ in 0..at.line {
        match text[line_start..].find('\n') {
            Some(i) => line_start += i + 1,
            None => return text.len(),
        }
    }
    let line_end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |i| line_start + i);
    let mut units = 0;
    for (i, c) in text[line_start..line_end].char_indices() {
        if units >= at.character as usize {
            return line_start + i;
        }
        units += c.len_utf16();
    }
    line_end
}

pub fn path_of(uri: &Uri) -> Option<PathBuf> {
    if uri.scheme() != "file" {
        return None;
    }
    uri.to_file_path().ok()
}

pub fn uri_of(path: &Path) -> Option<Uri> {
    let absolute = std::path::absolute(path).ok()?;
    Uri::from_file_path(absolute).ok()
}

pub fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Critical | Severity::High => DiagnosticSeverity::Error,
        Severity::Medium => DiagnosticSeverity::Warning,
        Severity::Low => DiagnosticSeverity::Information,
        Severity::Info => DiagnosticSeverity::Hint,
    }
}

/// The diagnostic of a finding: the rule id as code, its docs page, the secondary labels as
/// related information.
pub fn diagnostic(finding: &Finding) -> Diagnostic {
    let rule = &finding.rule.meta;
    let related: Vec<DiagnosticRelatedInformation> = finding
        .labels
        .iter()
        .filter_map(|label| {
            Some(DiagnosticRelatedInformation {
                location: Location {
                    uri: uri_of(&label.file.path)?,
                    range: range(&label.file, label.span),
                },
                message: label.message.clone(),
            })
        })
        .collect();
    let message = match &finding.object {
        Some(object) => format!("{} ({object})", finding.message),
        None => finding.message.clone(),
    };
    Diagnostic {
        range: range(&finding.file, finding.span),
        severity: Some(severity(finding.severity)),
        code: Some(Code::String(rule.id.clone())),
        code_description: Uri::parse(&finding.rule.docs_url())
            .ok()
            .map(|href| CodeDescription { href }),
        source: Some("yoroi".into()),
        message: message.into(),
        tags: None,
        related_information: (!related.is_empty()).then_some(related),
        data: None,
    }
}

pub fn text_edit(file: &SourceFile, edit: &Edit) -> TextEdit {
    TextEdit {
        range: range(file, edit.span),
        new_text: edit.replacement.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use yoroi_syntax::FileKind;

    #[test]
    fn offsets_and_positions_agree_on_utf16_columns() {
        let text = "a: 1\nb: \"𝄞é\" x\nlast";
        let file = SourceFile::new("x.yaml", FileKind::Yaml, text.to_string());
        for at in [0, 3, 5, text.find('x').unwrap_or(0), text.len()] {
            assert_eq!(offset(text, position(&file, at)), at, "offset {at}");
        }
        let past = Position {
            line: 0,
            character: 99,
        };
        assert_eq!(offset(text, past), 4);
        let beyond = Position {
            line: 9,
            character: 0,
        };
        assert_eq!(offset(text, beyond), text.len());
    }

    #[test]
    fn diagnostics_never_show_a_secret() {
        use std::sync::Arc;
        use yoroi_checks::{Catalog, Engine, Selection, parse_file};
        // A fake token of the right shape (see checks/secrets/).
        let token = "ghp_yoroiFakeToken4Tests0123456789abcdef";
        let text = format!("FROM alpine:3.20\nENV GITHUB_TOKEN={token}\n");
        let file = SourceFile::new("Dockerfile", FileKind::Dockerfile, text);
        let catalog = Arc::new(Catalog::builtin().expect("the built-in catalog loads"));
        let engine = Engine::new(catalog, &Selection::default()).expect("engine");
        let findings = engine.check(&parse_file(file));
        assert!(findings.iter().any(|f| f.rule_id() == "SEC002"));
        for finding in &findings {
            let json = serde_json::to_string(&diagnostic(finding)).unwrap_or_default();
            assert!(!json.contains(token), "{json}");
        }
    }
}
