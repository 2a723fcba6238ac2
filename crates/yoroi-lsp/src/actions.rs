//! Code actions (a finding's fix, every safe fix of a file, inline suppressions) and hover
//! (the rule's title, rationale and remediation), computed from the findings of the buffer's
//! current version.

use crate::convert::{diagnostic, offset, text_edit};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionResponse, Contents, Hover, MarkupContent, MarkupKind,
    Position, Range, TextEdit, Uri, WorkspaceEdit,
};
use std::collections::{BTreeSet, HashMap};
use yoroi_checks::{Edit, Finding, FixKind};
use yoroi_syntax::{FileKind, SourceFile, Span};

/// What `# yoroi:ignore` gets as a reason until the user writes one.
const REASON_PLACEHOLDER: &str = "why this is acceptable";

/// The actions for the findings on the lines of `range`, plus "fix all" when the file has safe
/// fixes; `only` filters by kind as the client asked.
pub fn code_actions(
    uri: &Uri,
    findings: &[Finding],
    range: Range,
    only: Option<&[String]>,
) -> Vec<CodeActionResponse> {
    let Some(file) = findings.first().map(|f| &f.file) else {
        return Vec::new();
    };
    let first_line = file.lines.line_of(offset(&file.text, range.start));
    let last_line = file.lines.line_of(offset(&file.text, range.end));
    let mut actions = Vec::new();
    let mut ignored = BTreeSet::new();
    for finding in findings {
        let start = file.lines.line_of(finding.span.start());
        let end = file.lines.line_of(finding.span.end());
        if end < first_line || start > last_line {
            continue;
        }
        let id = finding.rule_id();
        if let Some(fix) = &finding.fix
            && !fix.edits.is_empty()
        {
            let unsafe_note = if fix.applicability == FixKind::Unsafe {
                " (unsafe)"
            } else {
                ""
            };
            actions.push(action(
                format!("{id}: {}{unsafe_note}", fix.title),
                CodeActionKind::QuickFix,
                uri,
                fix.edits.iter().map(|e| text_edit(file, e)).collect(),
                Some(finding),
                fix.applicability == FixKind::Safe,
            ));
        }
        if !ignored.insert((id.to_string(), start)) {
            continue;
        }
        if let Some(edit) = ignore_line(file, finding) {
            actions.push(action(
                format!("Ignore {id} on this line"),
                CodeActionKind::QuickFix,
                uri,
                vec![text_edit(file, &edit)],
                Some(finding),
                false,
            ));
        }
        if let Some(edit) = ignore_file(file, id) {
            actions.push(action(
                format!("Ignore {id} in this file"),
                CodeActionKind::QuickFix,
                uri,
                vec![text_edit(file, &edit)],
                Some(finding),
                false,
            ));
        }
    }
    let all = fix_all(findings);
    if !all.is_empty() {
        actions.push(action(
            "Apply every safe yoroi fix in this file".into(),
            CodeActionKind::SourceFixAll,
            uri,
            all.iter().map(|e| text_edit(file, e)).collect(),
            None,
            false,
        ));
    }
    actions
        .into_iter()
        .filter(|a| {
            only.is_none_or(|kinds| {
                let kind = a.kind.as_ref().map_or("", CodeActionKind::as_str);
                kinds
                    .iter()
                    .any(|k| kind == k || kind.starts_with(&format!("{k}.")))
            })
        })
        .map(CodeActionResponse::CodeAction)
        .collect()
}

fn action(
    title: String,
    kind: CodeActionKind,
    uri: &Uri,
    edits: Vec<TextEdit>,
    finding: Option<&Finding>,
    preferred: bool,
) -> CodeAction {
    CodeAction {
        title,
        kind: Some(kind),
        diagnostics: finding.map(|f| vec![diagnostic(f)]),
        is_preferred: preferred.then_some(true),
        edit: Some(WorkspaceEdit {
            changes: Some(HashMap::from([(uri.clone(), edits)])),
            ..WorkspaceEdit::default()
        }),
        ..CodeAction::default()
    }
}

/// The edits of every safe fix whose edits overlap no fix taken before it, in file order.
pub fn fix_all(findings: &[Finding]) -> Vec<Edit> {
    let mut taken: Vec<Edit> = Vec::new();
    for fix in findings.iter().filter_map(|f| f.fix.as_ref()) {
        if fix.applicability != FixKind::Safe || fix.edits.is_empty() {
            continue;
        }
        let overlaps =
            |a: Span, b: Span| a.start() < b.end() && b.start() < a.end() || a.start() == b.start();
        if fix
            .edits
            .iter()
            .any(|e| taken.iter().any(|t| overlaps(e.span, t.span)))
        {
            continue;
        }
        taken.extend(fix.edits.iter().cloned());
    }
    taken.sort_by_key(|e| (e.span.start(), e.span.end()));
    taken
}

/// `# yoroi:ignore RULE reason="…"` for the finding's line: at the end of the line in YAML and
/// HCL; in a Dockerfile (where `#` after an instruction is not a comment) alone on the line
/// above the instruction, which then covers the whole instruction. JSON has no comments.
fn ignore_line(file: &SourceFile, finding: &Finding) -> Option<Edit> {
    let comment = format!(
        "# yoroi:ignore {} reason=\"{REASON_PLACEHOLDER}\"",
        finding.rule_id()
    );
    match file.kind {
        FileKind::TerraformJson => None,
        FileKind::Dockerfile => {
            let dockerfile = yoroi_syntax::dockerfile::parse(&file.text);
            let start = dockerfile
                .instructions
                .iter()
                .find(|i| i.span.contains(finding.span.start()))
                .map_or(finding.span.start(), |i| i.span.start());
            let line = file.lines.line_span(file.lines.line_of(start), &file.text);
            let text = file.slice(line);
            let indent = &text[..text.len() - text.trim_start().len()];
            Some(Edit {
                span: Span::empty(line.start()),
                replacement: format!("{indent}{comment}\n"),
            })
        }
        FileKind::Yaml
        | FileKind::GithubWorkflow
        | FileKind::GithubAction
        | FileKind::GitlabCi
        | FileKind::Dependabot
        | FileKind::Terraform
        | FileKind::TerraformVars => {
            let line = file
                .lines
                .line_span(file.lines.line_of(finding.span.start()), &file.text);
            Some(Edit {
                span: Span::empty(line.end()),
                replacement: format!(" {comment}"),
            })
        }
    }
}

/// `# yoroi:ignore-file RULE reason="…"` on the first line (in a Dockerfile after the parser
/// directives, which must stay first).
fn ignore_file(file: &SourceFile, id: &str) -> Option<Edit> {
    let comment = format!("# yoroi:ignore-file {id} reason=\"{REASON_PLACEHOLDER}\"\n");
    let at = match file.kind {
        FileKind::TerraformJson => return None,
        FileKind::Dockerfile => yoroi_syntax::dockerfile::parse(&file.text)
            .directives
            .iter()
            .map(|d| {
                let line = file.lines.line_of(d.span.end());
                file.lines.line_start(line + 1)
            })
            .max()
            .unwrap_or(0),
        FileKind::Yaml
        | FileKind::GithubWorkflow
        | FileKind::GithubAction
        | FileKind::GitlabCi
        | FileKind::Dependabot
        | FileKind::Terraform
        | FileKind::TerraformVars => 0,
    };
    Some(Edit {
        span: Span::empty(at),
        replacement: comment,
    })
}

/// The rules flagged at `position`: title, message, rationale, remediation and a docs link.
pub fn hover(findings: &[Finding], position: Position) -> Option<Hover> {
    let file = &findings.first()?.file;
    let at = offset(&file.text, position);
    let line = file.lines.line_of(at);
    let here: Vec<&Finding> = findings
        .iter()
        .filter(|f| {
            f.span.start() <= at && at <= f.span.end()
                || f.span.is_empty() && file.lines.line_of(f.span.start()) == line
        })
        .collect();
    let first = here.first()?;
    let sections: Vec<String> = here.iter().map(|f| describe(f)).collect();
    Some(Hover {
        contents: Contents::MarkupContent(MarkupContent {
            kind: MarkupKind::Markdown,
            value: sections.join("\n\n---\n\n"),
        }),
        range: Some(crate::convert::range(file, first.span)),
    })
}

fn describe(finding: &Finding) -> String {
    let meta = &finding.rule.meta;
    let mut out = format!(
        "**{}** `{}` ({}) — {}\n\n{}\n\n**Why:** {}\n\n**Fix:** {}",
        meta.id,
        meta.name,
        finding.severity,
        meta.title,
        finding.message,
        meta.rationale.trim(),
        meta.remediation.trim()
    );
    if let Some(fix) = &finding.fix {
        out.push_str(&format!("\n\n**Quick fix:** {}", fix.title));
    }
    out.push_str(&format!(
        "\n\n[{} documentation]({})",
        meta.id,
        finding.rule.docs_url()
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use yoroi_checks::{Catalog, Fix};

    fn finding(file: &Arc<SourceFile>, id: &str, edits: &[(usize, usize, &str)]) -> Finding {
        let catalog = Catalog::builtin().expect("the built-in catalog loads");
        let rule = Arc::clone(catalog.get(id).expect("rule exists"));
        let edits: Vec<Edit> = edits
            .iter()
            .map(|&(start, end, text)| Edit {
                span: Span::new(start, end),
                replacement: text.to_string(),
            })
            .collect();
        Finding {
            severity: rule.meta.severity,
            message: rule.meta.title.clone(),
            file: Arc::clone(file),
            span: edits.first().map_or(Span::empty(0), |e| e.span),
            labels: Vec::new(),
            object: None,
            fix: Some(Box::new(Fix {
                title: "fix".into(),
                applicability: FixKind::Safe,
                edits,
            })),
            suppression: None,
            baseline: None,
            redact: None,
            occurrence: 0,
            rule,
        }
    }

    #[test]
    fn fix_all_leaves_out_fixes_that_overlap_an_earlier_one() {
        let file = SourceFile::new("Dockerfile", FileKind::Dockerfile, "0123456789\n".into());
        let findings = [
            finding(&file, "DKR013", &[(0, 4, "a")]),
            finding(&file, "DKR030", &[(2, 6, "b")]),
            finding(&file, "DKR027", &[(6, 8, "c"), (9, 9, "d")]),
            finding(&file, "DKR029", &[(9, 9, "e")]),
        ];
        let edits: Vec<(usize, String)> = fix_all(&findings)
            .into_iter()
            .map(|e| (e.span.start(), e.replacement))
            .collect();
        let expected = [(0, "a"), (6, "c"), (9, "d")].map(|(s, r)| (s, r.to_string()));
        assert_eq!(edits, expected);
    }

    #[test]
    fn ignore_comments_use_each_format_s_comment_form() {
        let yaml = SourceFile::new("x.yaml", FileKind::Yaml, "a: 1\nb: 2\n".into());
        let f = finding(&yaml, "K8S001", &[(5, 9, "")]);
        let edit = ignore_line(&yaml, &f).expect("yaml has comments");
        assert_eq!(edit.span, Span::empty(9));
        assert!(
            edit.replacement
                .starts_with(" # yoroi:ignore K8S001 reason=")
        );

        let docker = SourceFile::new(
            "Dockerfile",
            FileKind::Dockerfile,
            "# syntax=docker/dockerfile:1\nFROM a\nRUN x \\\n  && y\n".into(),
        );
        let inside = docker.text.find("&& y").unwrap_or(0);
        let f = finding(&docker, "DKR030", &[(inside, inside + 4, "")]);
        let edit = ignore_line(&docker, &f).expect("dockerfile");
        assert_eq!(edit.span, Span::empty(docker.text.find("RUN").unwrap_or(0)));
        let edit = ignore_file(&docker, "DKR030").expect("dockerfile");
        assert_eq!(
            edit.span,
            Span::empty(docker.text.find("FROM").unwrap_or(0))
        );

        let json = SourceFile::new("main.tf.json", FileKind::TerraformJson, "{}".into());
        let f = finding(&json, "AWS009", &[(0, 1, "")]);
        assert!(ignore_line(&json, &f).is_none() && ignore_file(&json, "AWS009").is_none());
    }
}
