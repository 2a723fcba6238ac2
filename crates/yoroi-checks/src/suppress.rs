//! Suppressions that never hide findings silently.
//!
//! One inline syntax for every format, in a comment:
//! `# yoroi:ignore RULE[,RULE…] reason="…" [until=YYYY-MM-DD]` on the finding's line, or alone on
//! the line above the construct it covers (a Terraform block, a Dockerfile instruction, a YAML
//! key with everything nested under it); `# yoroi:ignore-file RULE… reason="…"` anywhere covers
//! the file; a Kubernetes annotation `yoroi.dev/ignore: "RULE… reason"` covers its object's
//! document. RULE is an id or a name.
//!
//! A suppressed finding stays in the report, marked, with its justification. An expired `until`
//! suppresses nothing and is itself reported (`YOR004`); a directive that matched nothing is
//! reported too (`YOR005`), so suppressions stay honest as code changes.

use crate::catalog::Catalog;
use crate::finding::{Emitter, Finding};
use std::sync::Arc;
use yoroi_syntax::{FileKind, SourceFile, Span};

/// Why a finding is suppressed, as SARIF and JSON report it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// `inSource` (a comment or annotation in the scanned file).
    pub kind: &'static str,
    pub justification: String,
}

/// One suppression directive found in a file.
#[derive(Debug, Clone)]
pub struct Directive {
    pub file: Arc<SourceFile>,
    /// The directive itself (where unused/expired findings point).
    pub span: Span,
    /// Rule ids or names, as written.
    pub rules: Vec<String>,
    pub reason: Option<String>,
    /// `YYYY-MM-DD`; past it the directive suppresses nothing.
    pub until: Option<String>,
    /// The bytes whose findings it covers (the whole file for `ignore-file`).
    pub covers: Span,
}

/// Finds the directives of a file.
pub fn directives(file: &Arc<SourceFile>) -> Vec<Directive> {
    let text = file.text.as_str();
    if !text.contains("yoroi:ignore") && !text.contains("yoroi.dev/ignore") {
        return Vec::new();
    }
    let mut out = Vec::new();
    let lines: Vec<(usize, &str)> = line_starts(text);
    for (index, &(start, line)) in lines.iter().enumerate() {
        if let Some(at) = line.find("yoroi.dev/ignore:") {
            if file.kind == FileKind::Yaml {
                let value = line[at + "yoroi.dev/ignore:".len()..]
                    .trim()
                    .trim_matches(['"', '\'']);
                let (rules, reason, until) = parse_body(value, true);
                out.push(Directive {
                    file: Arc::clone(file),
                    span: Span::new(start + at, start + line.len()),
                    rules,
                    reason,
                    until,
                    covers: yaml_document_around(text, start),
                });
            }
            continue;
        }
        let Some(at) = comment_directive(line, file.kind) else {
            continue;
        };
        let body = &line[at..];
        let (file_wide, rest) = if let Some(rest) = body.strip_prefix("yoroi:ignore-file") {
            (true, rest)
        } else if let Some(rest) = body.strip_prefix("yoroi:ignore") {
            (false, rest)
        } else {
            continue;
        };
        let (rules, reason, until) = parse_body(rest, false);
        let span = Span::new(start + at, start + line.len());
        let standalone = line[..at]
            .trim_start()
            .trim_start_matches(['#', '/'])
            .trim()
            .is_empty();
        let covers = if file_wide {
            Span::new(0, text.len())
        } else if standalone {
            match lines[index + 1..].iter().position(|(_, l)| {
                let t = l.trim();
                !t.is_empty() && !t.starts_with('#') && !t.starts_with("//")
            }) {
                Some(offset) => unit_at(text, &lines, index + 1 + offset, file.kind),
                None => Span::empty(start),
            }
        } else {
            Span::new(start, start + line.len())
        };
        out.push(Directive {
            file: Arc::clone(file),
            span,
            rules,
            reason,
            until,
            covers,
        });
    }
    out
}

/// Where `yoroi:ignore` starts in a comment of this line, if it is in one.
fn comment_directive(line: &str, kind: FileKind) -> Option<usize> {
    let at = line.find("yoroi:ignore")?;
    let before = &line[..at];
    let in_comment = before.contains('#')
        || (matches!(kind, FileKind::Terraform | FileKind::TerraformVars) && before.contains("//"));
    in_comment.then_some(at)
}

/// `RULE[,RULE…] reason="…" until=…` (annotation values may give a bare reason after the rules).
fn parse_body(body: &str, bare_reason: bool) -> (Vec<String>, Option<String>, Option<String>) {
    let mut rules = Vec::new();
    let mut reason = None;
    let mut until = None;
    let mut rest = body.trim();
    // Rules first: ids or names; a comma continues the list, anything else ends it.
    while !rest.is_empty() {
        let end = rest
            .find(|c: char| c.is_whitespace() || c == ',')
            .unwrap_or(rest.len());
        let word = &rest[..end];
        if word.is_empty()
            || !word
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            break;
        }
        rules.push(word.to_string());
        let after = rest[end..].trim_start();
        match after.strip_prefix(',') {
            Some(more) => rest = more.trim_start(),
            None => {
                rest = after;
                break;
            }
        }
    }
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("reason=") {
            let (value, after) = quoted(r);
            reason = Some(value);
            rest = after.trim_start();
        } else if let Some(r) = rest.strip_prefix("until=") {
            let (value, after) = quoted(r);
            until = Some(value);
            rest = after.trim_start();
        } else if bare_reason {
            reason = Some(rest.trim().to_string());
            break;
        } else {
            break;
        }
    }
    (rules, reason.filter(|r| !r.trim().is_empty()), until)
}

fn quoted(s: &str) -> (String, &str) {
    if let Some(inner) = s.strip_prefix('"') {
        match inner.find('"') {
            Some(end) => (inner[..end].to_string(), &inner[end + 1..]),
            None => (inner.to_string(), ""),
        }
    } else {
        let end = s.find(char::is_whitespace).unwrap_or(s.len());
        (s[..end].to_string(), &s[end..])
    }
}

fn line_starts(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        out.push((start, line.trim_end_matches(['\n', '\r'])));
        start += line.len();
    }
    out
}

/// The construct that starts on line `index`: a Terraform block through its closing brace, a
/// Dockerfile instruction through its continuation lines, a YAML key with everything indented
/// under it; otherwise the line itself.
fn unit_at(text: &str, lines: &[(usize, &str)], index: usize, kind: FileKind) -> Span {
    let (start, line) = lines[index];
    let line_end = start + line.len();
    match kind {
        FileKind::Terraform | FileKind::TerraformVars if line.trim_end().ends_with('{') => {
            let mut depth = 0i64;
            let mut in_string = false;
            for (i, b) in text[start..].bytes().enumerate() {
                match b {
                    b'"' => in_string = !in_string,
                    b'{' if !in_string => depth += 1,
                    b'}' if !in_string => {
                        depth -= 1;
                        if depth == 0 {
                            return Span::new(start, start + i + 1);
                        }
                    }
                    _ => {}
                }
            }
            Span::new(start, text.len())
        }
        FileKind::Dockerfile => {
            let mut end = line_end;
            let mut i = index;
            while lines
                .get(i)
                .is_some_and(|(_, l)| l.trim_end().ends_with('\\') || l.trim_end().ends_with('`'))
            {
                i += 1;
                match lines.get(i) {
                    Some((s, l)) => end = s + l.len(),
                    None => break,
                }
            }
            Span::new(start, end)
        }
        FileKind::Yaml => {
            let indent = line.len() - line.trim_start().len();
            let mut end = line_end;
            for (s, l) in &lines[index + 1..] {
                let t = l.trim();
                if t.is_empty() || t.starts_with('#') {
                    continue;
                }
                let i = l.len() - l.trim_start().len();
                // A list item at the same indentation as its key still belongs to it.
                if i > indent
                    || (i == indent && t.starts_with("- ") && !line.trim_start().starts_with("- "))
                {
                    end = s + l.len();
                } else {
                    break;
                }
            }
            Span::new(start, end)
        }
        _ => Span::new(start, line_end),
    }
}

/// The YAML document (between `---` lines) around an offset.
fn yaml_document_around(text: &str, offset: usize) -> Span {
    let mut start = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let marker = line.starts_with("---");
        if marker && pos <= offset {
            start = pos;
        }
        if marker && pos > offset {
            return Span::new(start, pos);
        }
        pos += line.len();
    }
    Span::new(start, text.len())
}

/// Applies the directives to the findings of a scan. Adds `YOR004`/`YOR005` findings for
/// expired and unused directives (when those rules run); `today` is `YYYY-MM-DD`.
pub fn apply(
    findings: &mut Vec<Finding>,
    directives: &[Directive],
    catalog: &Catalog,
    enabled: &dyn Fn(&str) -> bool,
    today: &str,
) {
    let mut extra = Vec::new();
    for directive in directives {
        let expired = directive
            .until
            .as_deref()
            .is_some_and(|until| until < today);
        if expired {
            if let Some(rule) = catalog.get("YOR004").filter(|r| enabled(&r.meta.id)) {
                let message = format!(
                    "suppression of {} expired on {}; the findings it covered are reported again",
                    directive.rules.join(", "),
                    directive.until.as_deref().unwrap_or("")
                );
                Emitter::new(rule, &directive.file, &mut extra).report(directive.span, message);
            }
            continue;
        }
        let mut used = false;
        for finding in findings.iter_mut() {
            let at = finding.span.start();
            let covered = directive.covers.contains(at)
                || (directive.covers.is_empty() && at == directive.covers.start());
            if finding.file.path != directive.file.path || !covered {
                continue;
            }
            let meta = &finding.rule.meta;
            let named = directive
                .rules
                .iter()
                .any(|r| r.eq_ignore_ascii_case(&meta.id) || *r == meta.name);
            if !named
                || finding.rule.meta.id.starts_with("YOR00")
                    && finding.rule.meta.id.as_str() >= "YOR004"
            {
                continue;
            }
            used = true;
            if finding.suppression.is_none() {
                finding.suppression = Some(Suppression {
                    kind: "inSource",
                    justification: directive.reason.clone().unwrap_or_default(),
                });
            }
        }
        let all_ran = directive
            .rules
            .iter()
            .all(|r| catalog.get(r).is_some_and(|rule| enabled(&rule.meta.id)));
        if !used
            && all_ran
            && let Some(rule) = catalog.get("YOR005").filter(|r| enabled(&r.meta.id))
        {
            {
                let message = format!(
                    "suppression of {} matched no finding; remove it",
                    directive.rules.join(", ")
                );
                Emitter::new(rule, &directive.file, &mut extra).report(directive.span, message);
            }
        }
    }
    findings.extend(extra);
}

/// Today's date (UTC) as `YYYY-MM-DD`, for `until=`.
pub fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    format!("{:04}-{:02}-{:02}", if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> Arc<SourceFile> {
        SourceFile::new(
            name,
            FileKind::from_file_name(name).unwrap(),
            text.to_string(),
        )
    }

    #[test]
    fn parses_rules_reason_and_expiry() {
        let f = file(
            "main.tf",
            "resource \"a\" \"b\" {\n  acl = \"public-read\" # yoroi:ignore AWS004, s3-bucket-public-acl reason=\"static site\" until=2030-01-01\n}\n",
        );
        let d = &directives(&f)[0];
        assert_eq!(d.rules, ["AWS004", "s3-bucket-public-acl"]);
        assert_eq!(d.reason.as_deref(), Some("static site"));
        assert_eq!(d.until.as_deref(), Some("2030-01-01"));
        assert_eq!(
            &f.text[d.covers.range()],
            "  acl = \"public-read\" # yoroi:ignore AWS004, s3-bucket-public-acl reason=\"static site\" until=2030-01-01"
        );
    }

    #[test]
    fn a_comment_above_covers_the_whole_construct() {
        let tf = file(
            "main.tf",
            "# yoroi:ignore AWS005 reason=\"scratch volume\"\nresource \"aws_ebs_volume\" \"v\" {\n  size = 1\n  tags = { a = \"}\" }\n}\nresource \"x\" \"y\" {}\n",
        );
        let d = &directives(&tf)[0];
        assert!(tf.text[d.covers.range()].ends_with("tags = { a = \"}\" }\n}"));
        let df = file(
            "Dockerfile",
            "FROM alpine:3.20\n# yoroi:ignore DKR004 reason=\"vendor installer\"\nRUN curl -fsSL https://x \\\n  | sh\nUSER app\n",
        );
        let d = &directives(&df)[0];
        assert_eq!(
            &df.text[d.covers.range()],
            "RUN curl -fsSL https://x \\\n  | sh"
        );
        let y = file(
            "a.yaml",
            "spec:\n  # yoroi:ignore K8S001 reason=\"node agent\"\n  securityContext:\n    privileged: true\n  other: 1\n",
        );
        let d = &directives(&y)[0];
        assert_eq!(
            &y.text[d.covers.range()],
            "  securityContext:\n    privileged: true"
        );
    }

    #[test]
    fn annotations_cover_their_document() {
        let y = file(
            "a.yaml",
            "kind: A\n---\nkind: Pod\nmetadata:\n  annotations:\n    yoroi.dev/ignore: \"K8S001 runs the CNI\"\n---\nkind: B\n",
        );
        let d = &directives(&y)[0];
        assert_eq!(d.rules, ["K8S001"]);
        assert_eq!(d.reason.as_deref(), Some("runs the CNI"));
        assert!(y.text[d.covers.range()].starts_with("---\nkind: Pod"));
        assert!(!y.text[d.covers.range()].contains("kind: B"));
    }

    #[test]
    fn today_is_a_date() {
        let t = today();
        assert_eq!(t.len(), 10);
        assert!(t.as_str() > "2026-01-01");
    }
}
